import { US_STATES } from '@candor/clinical';
import { useRef, useState, type FormEvent } from 'react';
import { fieldErrorsOf } from '../../api/client';
import { VerificationMethods, type Credential, type VerificationMethod } from '../../api/credentialTypes';
import {
  credentialDocumentUrl, useAttachDocument, useRemoveCredential, useRemoveDocument, useUpdateCredential, useVerifyCredential, useWithdrawVerification,
} from '../../api/useCredentials';
import { Alert } from '../../components/Alert';
import { DetailsList, type DetailRow } from '../../components/DetailsList';
import { SelectField, TextAreaField } from '../../components/TextField';
import { formatDate } from '../../components/dates';
import { describeError } from '../../components/errorMessages';
import { textValue } from '../../components/forms';
import { CredentialForm } from './CredentialForm';
import { KIND_NAMES, VERIFICATION_METHOD_LABELS, credentialName, formatSize, statusOf, verifiedText } from './credentialWords';
import { DOCUMENT_ACCEPT, documentProblem, readDocument } from './documentUpload';

const stateName = (code: string | null) => (code ? `${US_STATES.find((s) => s.id === code)?.label ?? code} (${code})` : null);

function detailRows(credential: Credential): DetailRow[] {
  const expiry: DetailRow = ['Expiry date', credential.expiresOn ? formatDate(credential.expiresOn) : 'Does not expire'];
  // Shown only when recorded: the forms do not ask for it, but a credential may carry it.
  const issued: DetailRow = ['Issued on', credential.issuedOn ? formatDate(credential.issuedOn) : undefined];
  if (credential.kind === 'degree') return [['Institution', credential.issuer], ['Year awarded', credential.year === null ? null : String(credential.year)]];
  if (credential.kind === 'licence') {
    return [['Profession', credential.typeLabel], ['State', stateName(credential.jurisdiction)], ['Licence number', credential.number], ['Issued by', credential.issuer ?? undefined], issued, expiry];
  }
  return [['Issued by', credential.issuer], ['Certificate number', credential.number], issued, expiry];
}

/** Verified says by whom, when and how; anything else says plainly that nobody has checked it. */
function VerificationLine({ credential }: { credential: Credential }) {
  const { verification } = credential;
  if (!verification) {
    return (
      <div className="verification verification-none">
        <p>
          <strong>Not verified.</strong> The practice owner has not checked this {KIND_NAMES[credential.kind]} yet.
        </p>
      </div>
    );
  }
  return (
    <div className="verification verification-done">
      <p>
        <strong>{verifiedText(verification)}.</strong>
      </p>
      {verification.note ? <p className="muted">Note: {verification.note}</p> : null}
    </div>
  );
}

/** Attached scans or certificates: each a download link, with a way to attach another. */
function Documents({ credential, name, idBase, onStatus }: { credential: Credential; name: string; idBase: string; onStatus: (text: string) => void }) {
  const attach = useAttachDocument(credential.id);
  const remove = useRemoveDocument(credential.id);
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState('');
  const [reading, setReading] = useState(false);
  const inputId = `${idBase}-document`;
  const serverProblem = fieldErrorsOf(attach.error).dataBase64 ?? fieldErrorsOf(attach.error).contentType ?? fieldErrorsOf(attach.error).filename;
  const error = problem || serverProblem;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = input.current?.files?.[0] ?? null;
    const found = documentProblem(file);
    setProblem(found);
    if (found || !file) return;
    setReading(true);
    try {
      const body = await readDocument(file);
      attach.mutate(body, {
        onSuccess: () => {
          onStatus(`Attached ${body.filename} to ${name}.`);
          if (input.current) input.current.value = '';
        },
      });
    } catch {
      setProblem('The file could not be read. Please choose it again.');
    } finally {
      setReading(false);
    }
  }

  return (
    <div className="credential-documents">
      <h4 id={`${idBase}-documents-heading`}>Documents</h4>
      {credential.documents.length ? (
        <ul className="plain-list document-list" aria-labelledby={`${idBase}-documents-heading`}>
          {credential.documents.map((document) => (
            <li key={document.id}>
              <a href={credentialDocumentUrl(credential.id, document.id)} download={document.filename}>
                Download {document.filename}
              </a>{' '}
              <span className="muted">({formatSize(document.size)})</span>{' '}
              <button
                type="button"
                className="button-link"
                disabled={remove.isPending && remove.variables === document.id}
                onClick={() => remove.mutate(document.id, { onSuccess: () => onStatus(`Removed ${document.filename} from ${name}.`) })}
              >
                Remove<span className="visually-hidden"> {document.filename}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No documents attached.</p>
      )}
      <Alert>{remove.isError ? describeError(remove.error) : attach.isError && !serverProblem ? describeError(attach.error) : undefined}</Alert>
      <form onSubmit={(event) => void handleSubmit(event)} noValidate className="inline-form" aria-label={`Attach a document to ${name}`}>
        <div className={error ? 'field field-invalid' : 'field'}>
          <label htmlFor={inputId}>Attach a document</label>
          <p id={`${inputId}-hint`} className="field-hint">
            A scan or certificate: PDF, PNG or JPEG, up to 600 KB.
          </p>
          {error ? (
            <p id={`${inputId}-error`} className="field-error">
              {error}
            </p>
          ) : null}
          <input
            ref={input}
            id={inputId}
            name="document"
            type="file"
            accept={DOCUMENT_ACCEPT}
            aria-invalid={error ? true : undefined}
            aria-describedby={[`${inputId}-hint`, error ? `${inputId}-error` : ''].filter(Boolean).join(' ')}
            onChange={() => setProblem('')}
          />
        </div>
        <button type="submit" className="button-secondary" disabled={reading || attach.isPending}>
          {reading || attach.isPending ? 'Attaching…' : 'Attach'}
          <span className="visually-hidden"> to {name}</span>
        </button>
      </form>
    </div>
  );
}

/** Owners: mark a credential verified (how it was checked, with a note), or withdraw the verification. */
function OwnerVerification({ credential, name, idBase, onStatus }: { credential: Credential; name: string; idBase: string; onStatus: (text: string) => void }) {
  const verify = useVerifyCredential(credential.id);
  const withdraw = useWithdrawVerification(credential.id);
  const [method, setMethod] = useState<VerificationMethod>('primary-source-lookup');
  const [localError, setLocalError] = useState('');
  const serverErrors = fieldErrorsOf(verify.error);
  const noteError = localError || serverErrors.note;
  const general = verify.isError && !serverErrors.note ? (serverErrors.expiresOn ?? describeError(verify.error)) : undefined;

  if (credential.verification) {
    return (
      <div className="credential-verify">
        <button
          type="button"
          className="button-secondary"
          disabled={withdraw.isPending}
          onClick={() => withdraw.mutate(undefined, { onSuccess: () => onStatus(`Withdrew the verification of ${name}.`) })}
        >
          {withdraw.isPending ? 'Withdrawing…' : 'Withdraw verification'}
          <span className="visually-hidden"> of {name}</span>
        </button>
        <Alert>{withdraw.isError ? describeError(withdraw.error) : undefined}</Alert>
      </div>
    );
  }
  if (credential.status === 'expired') {
    return <p className="muted">An expired {KIND_NAMES[credential.kind]} can&apos;t be verified. Once it is renewed, record the new expiry date, then verify it.</p>;
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const note = textValue(new FormData(event.currentTarget), 'note');
    if (method === 'other' && !note) {
      setLocalError('Say how you checked it.');
      return;
    }
    setLocalError('');
    verify.mutate(note ? { method, note } : { method }, { onSuccess: () => onStatus(`Marked ${name} as verified.`) });
  }

  return (
    <form onSubmit={handleSubmit} noValidate className="credential-verify" aria-label={`Verify ${name}`}>
      <SelectField
        id={`${idBase}-method`}
        name="method"
        label="How you checked it"
        value={method}
        onChange={(event) => setMethod(event.target.value as VerificationMethod)}
        options={VerificationMethods.map((value) => ({ value, label: VERIFICATION_METHOD_LABELS[value] }))}
      />
      <TextAreaField
        id={`${idBase}-note`}
        name="note"
        label={method === 'other' ? 'How you checked it, in a sentence' : 'Note (optional)'}
        hint="For example, the board’s lookup page and what it showed."
        rows={2}
        maxLength={500}
        error={noteError}
      />
      <Alert>{general}</Alert>
      <div className="form-actions">
        <button type="submit" disabled={verify.isPending}>
          {verify.isPending ? 'Saving…' : 'Mark as verified'}
          <span className="visually-hidden">: {name}</span>
        </button>
      </div>
    </form>
  );
}

/** Removing asks first: the credential leaves the list (the practice's audit trail keeps the history). */
function RemoveCredential({ credential, name, idBase, onStatus }: { credential: Credential; name: string; idBase: string; onStatus: (text: string) => void }) {
  const remove = useRemoveCredential();
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button type="button" className="button-secondary" onClick={() => setConfirming(true)}>
        Remove<span className="visually-hidden"> {name}</span>
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-labelledby={`${idBase}-remove-question`}>
      <p id={`${idBase}-remove-question`} className="confirm-question">
        Remove {name}? It will no longer be listed or count toward certification.
      </p>
      <div className="form-actions">
        <button type="button" disabled={remove.isPending} onClick={() => remove.mutate(credential.id, { onSuccess: () => onStatus(`Removed ${name}.`) })}>
          {remove.isPending ? 'Removing…' : `Yes, remove the ${KIND_NAMES[credential.kind]}`}
        </button>
        <button type="button" className="button-secondary" onClick={() => setConfirming(false)}>
          Keep it
        </button>
      </div>
      <Alert>{remove.isError ? describeError(remove.error) : undefined}</Alert>
    </div>
  );
}

function EditCredential({ credential, idBase, onDone }: { credential: Credential; idBase: string; onDone: (text?: string) => void }) {
  const update = useUpdateCredential(credential.id);
  return (
    <CredentialForm
      kind={credential.kind}
      credential={credential}
      idPrefix={`${idBase}-edit`}
      submitLabel="Save changes"
      pendingLabel="Saving…"
      pending={update.isPending}
      error={update.error}
      onSubmit={(fields) =>
        update.mutate(fields, {
          onSuccess: (saved) => {
            const withdrawn = credential.verification && !saved.verification ? ' The verification was withdrawn: the practice owner needs to check it again.' : '';
            onDone(`Saved ${credentialName(saved)}.${withdrawn}`);
          },
        })
      }
      onCancel={() => onDone()}
    />
  );
}

interface CredentialItemProps {
  credential: Credential;
  isOwner: boolean;
  onStatus: (text: string) => void;
}

/** One credential: its status and verification in words, its details, documents and what can be done with it. */
export function CredentialItem({ credential, isOwner, onStatus }: CredentialItemProps) {
  const [editing, setEditing] = useState(false);
  const name = credentialName(credential);
  const status = statusOf(credential);
  const idBase = `credential-${credential.id.replace(/[^A-Za-z0-9_-]/g, '')}`;

  return (
    <li className="credential">
      <h3 id={`${idBase}-name`}>{name}</h3>
      <p className="credential-status">
        <span className={status.className}>{status.text}</span>
      </p>
      <VerificationLine credential={credential} />
      {editing ? (
        <EditCredential
          credential={credential}
          idBase={idBase}
          onDone={(text) => {
            setEditing(false);
            if (text) onStatus(text);
          }}
        />
      ) : (
        <>
          {isOwner ? <OwnerVerification credential={credential} name={name} idBase={idBase} onStatus={onStatus} /> : null}
          <DetailsList rows={detailRows(credential)} label={`Details of ${name}`} />
          <Documents credential={credential} name={name} idBase={idBase} onStatus={onStatus} />
          <div className="record-actions">
            <button type="button" className="button-secondary" onClick={() => setEditing(true)}>
              Change<span className="visually-hidden"> {name}</span>
            </button>
            <RemoveCredential credential={credential} name={name} idBase={idBase} onStatus={onStatus} />
          </div>
        </>
      )}
    </li>
  );
}
