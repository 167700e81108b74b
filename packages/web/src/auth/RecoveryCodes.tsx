import { useEffect, useRef } from 'react';
import { PageHeading } from '../components/PageHeading';

interface RecoveryCodesProps {
  codes: string[];
  onDone: () => void;
  /** On its own page the heading is the h1; inside Settings it is an h2. */
  asPage?: boolean;
}

const HEADING = 'Save your recovery codes';

/** Shows the recovery codes once, with advice on keeping them safe. */
export function RecoveryCodes({ codes, onDone, asPage = false }: RecoveryCodesProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (!asPage) headingRef.current?.focus();
  }, [asPage]);

  return (
    <section aria-labelledby="recovery-codes-heading">
      {asPage ? (
        <PageHeading id="recovery-codes-heading">{HEADING}</PageHeading>
      ) : (
        <h2 id="recovery-codes-heading" ref={headingRef} tabIndex={-1}>
          {HEADING}
        </h2>
      )}
      <p>
        Your second factor is on. If you ever lose your phone or authenticator app, each of
        these codes lets you sign in once. <strong>This is the only time we show them.</strong>
      </p>
      <p>
        Keep them somewhere safe and private — a password manager is ideal, or a printed copy
        kept at home. Don&apos;t store them in the same place as your password.
      </p>
      <ul className="recovery-codes" aria-label="Recovery codes">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
      <div className="form-actions">
        <button type="button" onClick={onDone}>
          I&apos;ve saved my codes — continue
        </button>
      </div>
    </section>
  );
}
