import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { CredentialKinds, type Credential, type CredentialKind } from '../../api/credentialTypes';
import { usePracticeUsers } from '../../api/usePractice';
import { useAddCredential, useCredentials } from '../../api/useCredentials';
import { hasRole } from '../../api/useSession';
import { useSignedInUser } from '../../auth/guards';
import { Alert, StatusMessage } from '../../components/Alert';
import { PageHeading } from '../../components/PageHeading';
import { RadioGroup } from '../../components/RadioGroup';
import { SelectField } from '../../components/TextField';
import { describeError } from '../../components/errorMessages';
import { CredentialForm } from './CredentialForm';
import { CredentialItem } from './CredentialItem';
import { KIND_HEADINGS, KIND_NAMES, credentialName } from './credentialWords';

const KIND_OPTIONS = [
  { value: 'degree', label: 'Degree' },
  { value: 'licence', label: 'Licence', hint: 'A state licence to practise, such as social work or counseling.' },
  { value: 'certification', label: 'Certification', hint: 'For example AASECT Certified Sex Therapist.' },
] as const;

/** Owners choose whose credentials to see: any active clinician or supervisor of the practice. */
function WhoseField({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const users = usePracticeUsers();
  const clinicians = (users.data ?? []).filter((u) => u.status === 'active' && (u.roles.includes('clinician') || u.roles.includes('supervisor')));
  return (
    <SelectField
      name="whose"
      label="Whose credentials"
      hint="As the practice owner you can see, add to and verify every clinician’s credentials."
      value={value}
      onChange={(event) => onChange(event.target.value)}
      options={[...(value ? [] : [{ value: '', label: users.isPending ? 'Loading…' : 'Choose a clinician' }]), ...clinicians.map((c) => ({ value: c.id, label: c.displayName }))]}
    />
  );
}

/** Adding a degree, licence or certification; the form shows only the chosen kind's fields. */
function AddCredential({ userId, onAdded }: { userId: string | undefined; onAdded: (credential: Credential) => void }) {
  const add = useAddCredential();
  const [kind, setKind] = useState<CredentialKind>('licence');
  const [round, setRound] = useState(0);
  return (
    <section aria-labelledby="add-credential-heading" className="panel">
      <h2 id="add-credential-heading">Add a credential</h2>
      <RadioGroup
        name="kind"
        legend="What are you adding?"
        options={KIND_OPTIONS}
        value={kind}
        onChange={(next) => {
          add.reset();
          setKind(next);
        }}
        inline
      />
      <CredentialForm
        key={`${kind}-${round}`}
        kind={kind}
        idPrefix="add"
        submitLabel={`Add ${KIND_NAMES[kind]}`}
        pendingLabel="Adding…"
        pending={add.isPending}
        error={add.error}
        onSubmit={(fields) =>
          add.mutate(
            { ...fields, kind, type: fields.type ?? '', ...(userId ? { userId } : {}) },
            {
              onSuccess: (credential) => {
                setRound((n) => n + 1);
                onAdded(credential);
              },
            },
          )
        }
      />
    </section>
  );
}

/** `/credentials`: a clinician's degrees, licences and certifications, with status and verification said in words. */
export function CredentialsPage() {
  const user = useSignedInUser();
  const isOwner = hasRole(user, 'owner');
  const isClinical = hasRole(user, 'clinician') || hasRole(user, 'supervisor');
  const [search, setSearch] = useSearchParams();
  const requested = search.get('userId') ?? '';
  const whose = isOwner ? requested || (isClinical ? user.id : '') : user.id;
  const viewingOther = whose !== user.id;
  const credentials = useCredentials(viewingOther ? whose : null, whose !== '' && (isOwner || isClinical));
  const [done, setDone] = useState<{ whose: string; text: string } | null>(null);
  const list = credentials.data ?? [];

  if (!isOwner && !isClinical) {
    return (
      <>
        <PageHeading>Credentials</PageHeading>
        <p>Credentials are kept by the practice’s clinicians and verified by the practice owner.</p>
      </>
    );
  }

  return (
    <>
      <PageHeading>Credentials</PageHeading>
      <p className="lead">{viewingOther ? 'Degrees, licences and certifications.' : 'Your degrees, licences and certifications.'}</p>
      <p>
        The practice owner checks each one against its source and marks it verified. Only verified, current credentials are shown on the public
        directory. Reminders go out 90, 30 and 7 days before anything expires.
      </p>
      {isOwner ? (
        <WhoseField
          value={whose}
          onChange={(id) => {
            setDone(null);
            setSearch(id ? { userId: id } : {});
          }}
        />
      ) : null}
      <StatusMessage>{done && done.whose === whose ? done.text : undefined}</StatusMessage>
      {whose === '' ? (
        <div className="empty-state">
          <p>Choose a clinician to see their credentials.</p>
        </div>
      ) : credentials.isPending ? (
        <p role="status" className="muted">
          Loading…
        </p>
      ) : credentials.isError ? (
        <Alert focus={false}>{describeError(credentials.error)}</Alert>
      ) : (
        <>
          {CredentialKinds.map((kind) => {
            const ofKind = list.filter((credential) => credential.kind === kind);
            return (
              <section key={kind} aria-labelledby={`${kind}-heading`} className="panel">
                <h2 id={`${kind}-heading`}>{KIND_HEADINGS[kind]}</h2>
                {ofKind.length ? (
                  <ul className="plain-list credential-list" aria-label={KIND_HEADINGS[kind]}>
                    {ofKind.map((credential) => (
                      <CredentialItem key={credential.id} credential={credential} isOwner={isOwner} onStatus={(text) => setDone({ whose, text })} />
                    ))}
                  </ul>
                ) : (
                  <p className="muted">No {KIND_HEADINGS[kind].toLowerCase()} recorded yet.</p>
                )}
              </section>
            );
          })}
          <AddCredential userId={viewingOther ? whose : undefined} onAdded={(credential) => setDone({ whose, text: `Added ${credentialName(credential)}.` })} />
        </>
      )}
    </>
  );
}
