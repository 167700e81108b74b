import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { usePortalConsents, useSignConsent } from '../../api/useConsents';
import { Alert } from '../../components/Alert';
import { DocumentText } from '../../components/DocumentText';
import { PageHeading } from '../../components/PageHeading';
import { formatDateTime } from '../../components/dates';
import { describeError } from '../../components/errorMessages';
import { SignatureForm } from './SignatureForm';

/** One document to read in full, then sign — or, once signed, who signed it and when. */
export function PortalConsentPage() {
  const { versionId = '' } = useParams();
  const consents = usePortalConsents();
  const consent = consents.data?.find((item) => item.versionId === versionId);
  const sign = useSignConsent(versionId);
  const [justSigned, setJustSigned] = useState(false);
  const signedHeading = useRef<HTMLHeadingElement>(null);

  // After signing, the form is gone: move focus to the confirmation so it is announced.
  useEffect(() => {
    if (justSigned && consent?.signature) signedHeading.current?.focus();
  }, [justSigned, consent?.signature]);
  const back = (
    <p>
      <Link to="/portal/consents">Back to your consent forms</Link>
    </p>
  );

  if (!consent) {
    return (
      <>
        {back}
        <PageHeading title="Consent form">Consent form</PageHeading>
        {consents.isPending ? (
          <p role="status" className="muted">
            Loading…
          </p>
        ) : (
          <Alert focus={false}>
            {consents.isError ? describeError(consents.error) : "We couldn't find this form. It may have been replaced by a newer version."}
          </Alert>
        )}
      </>
    );
  }

  return (
    <>
      {back}
      <PageHeading title={`${consent.title} — Consent form`}>{consent.title}</PageHeading>
      <p className="muted">
        Version {consent.version}
        {consent.relationship ? ` · for your relationship${consent.relationship.name ? ` (${consent.relationship.name})` : ''}` : ''}
      </p>
      <article className="panel" aria-labelledby="document-heading">
        <h2 id="document-heading" className="visually-hidden">
          The document
        </h2>
        <DocumentText body={consent.body} />
      </article>
      {consent.signature ? (
        <section aria-labelledby="signed-heading" className="panel signed">
          <h2 id="signed-heading" ref={signedHeading} tabIndex={-1}>
            {justSigned ? 'Thank you — signed' : 'Signed'}
          </h2>
          <p>
            Signed by <strong>{consent.signature.typedName}</strong> on{' '}
            <time dateTime={consent.signature.signedAt}>{formatDateTime(consent.signature.signedAt)}</time>.
          </p>
          <p>
            <Link to="/portal/consents">Back to your consent forms</Link>
          </p>
        </section>
      ) : (
        <SignatureForm sign={sign} onSigned={() => setJustSigned(true)} />
      )}
    </>
  );
}
