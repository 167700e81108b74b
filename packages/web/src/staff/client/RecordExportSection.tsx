import { useState, type FormEvent } from 'react';
import { fieldErrorsOf } from '../../api/client';
import { useClientRecordRequests, useDecideRecordRequest, useImportQuestionnaireResponses, type RecordRequest } from '../../api/useRecordAccess';
import { Alert } from '../../components/Alert';
import { TextAreaField } from '../../components/TextField';
import { formatDate } from '../../components/dates';
import { describeError } from '../../components/errorMessages';

/** The address of a client's record as a FHIR R4 Bundle (a download, so a plain link). */
export function clientFhirUrl(clientId: string): string {
  return `/api/v1/clients/${encodeURIComponent(clientId)}/fhir`;
}

/**
 * For the care team: the client's requests for a copy of their record (reviewed, then released
 * or declined), and the whole record in the health-care standard, to take to another system.
 */
export function RecordExportSection({ clientId }: { clientId: string }) {
  const requests = useClientRecordRequests(clientId);
  const list = requests.data ?? [];
  return (
    <section aria-labelledby="record-export-heading" className="panel">
      <h2 id="record-export-heading">The record, for the client or elsewhere</h2>
      <h3>The client&apos;s requests for a copy</h3>
      <Alert focus={false}>{requests.isError ? describeError(requests.error) : undefined}</Alert>
      {requests.isPending ? (
        <p role="status" className="muted">
          Loading requests…
        </p>
      ) : list.length === 0 ? (
        <p className="muted">The client has not asked for a copy of their record.</p>
      ) : (
        <ul className="plain-list" aria-label="Requests for a copy of the record, newest first">
          {list.map((r) => (
            <RequestItem key={r.id} clientId={clientId} request={r} />
          ))}
        </ul>
      )}
      <h3>Take the record elsewhere</h3>
      <p>
        The record as a FHIR R4 file, the standard other health-care systems read: identity and contact details, relationships, signed
        agreements and releases, the history, questionnaires and scores, diagnoses, treatment plans, homework, referrals, appointments and signed
        session notes (each also as a PDF). A partner appears by name only. Your private process notes are never included. Each download is
        recorded in the audit log.
      </p>
      <p>
        <a href={clientFhirUrl(clientId)} download>
          Download the record (FHIR R4, JSON)
        </a>
      </p>
      <QuestionnaireImport clientId={clientId} />
    </section>
  );
}

/** Questionnaires the client answered elsewhere (a FHIR file from another system, or from Candor), scored and charted here. */
function QuestionnaireImport({ clientId }: { clientId: string }) {
  const upload = useImportQuestionnaireResponses(clientId);
  const [unreadable, setUnreadable] = useState(false);
  const problems = upload.error instanceof Error && 'fieldErrors' in upload.error ? (upload.error as { fieldErrors: { field: string; message: string }[] }).fieldErrors : [];

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setUnreadable(false);
    let resource: unknown;
    try {
      resource = JSON.parse(await file.text());
    } catch {
      resource = null;
    }
    const type = typeof resource === 'object' && resource !== null ? (resource as { resourceType?: unknown }).resourceType : undefined;
    if (type !== 'QuestionnaireResponse' && type !== 'Bundle') {
      setUnreadable(true);
      return;
    }
    upload.mutate(resource as { resourceType: 'QuestionnaireResponse' | 'Bundle' });
  };

  return (
    <>
      <h3>Bring in questionnaires answered elsewhere</h3>
      <p>
        A FHIR file of completed questionnaires (one QuestionnaireResponse, or a Bundle of them) for the instruments Candor scores, from another
        system or another Candor. Each is scored here and charted on the day it was answered. If anything in the file is wrong, nothing is
        brought in.
      </p>
      <div className="field">
        <label htmlFor="questionnaire-file">FHIR file (JSON)</label>
        <input id="questionnaire-file" type="file" accept=".json,application/json,application/fhir+json" disabled={upload.isPending} onChange={(event) => void choose(event.currentTarget.files?.[0])} />
      </div>
      <Alert>
        {unreadable ? 'That file is not a FHIR QuestionnaireResponse or Bundle: choose another file.' : upload.isError ? (
          <>
            {describeError(upload.error)}
            {problems.length ? (
              <ul>
                {problems.map((p) => (
                  <li key={`${p.field}${p.message}`}>
                    {p.field}: {p.message}
                  </li>
                ))}
              </ul>
            ) : null}
          </>
        ) : undefined}
      </Alert>
      {upload.data ? (
        <div role="status">
          <p>Brought in {upload.data.imported.length === 1 ? '1 questionnaire' : `${upload.data.imported.length} questionnaires`}:</p>
          <ul>
            {upload.data.imported.map((r) => (
              <li key={r.id}>
                {r.shortName}, {formatDate(r.completedAt.slice(0, 10))}: {r.total ?? '—'}
                {r.criticalItems.length ? ' — an answer needs your attention; open it in the chart.' : ''}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}

function RequestItem({ clientId, request }: { clientId: string; request: RecordRequest }) {
  const decide = useDecideRecordRequest(clientId);
  const [declining, setDeclining] = useState(false);
  const errors = decide.isError ? fieldErrorsOf(decide.error) : {};
  const asked = formatDate(request.requestedAt.slice(0, 10));

  const decline = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const reason = String(new FormData(event.currentTarget).get('reason') ?? '');
    decide.mutate({ id: request.id, release: false, reason });
  };

  if (request.status !== 'pending-review') {
    return (
      <li>
        Asked on {asked}:{' '}
        {request.status === 'released'
          ? `released on ${formatDate(request.reviewedAt!.slice(0, 10))}, downloaded ${request.downloads === 1 ? 'once' : `${request.downloads} times`}.`
          : `declined on ${formatDate(request.reviewedAt!.slice(0, 10))}.`}
      </li>
    );
  }
  return (
    <li className="record-request">
      <p>
        <strong>Asked on {asked}, waiting for your review.</strong> Please act by {formatDate(request.dueOn)}. Releasing sends the client the
        record as it stands now, as a PDF and a FHIR file, without your private process notes.
      </p>
      <Alert>{decide.isError && !errors.reason ? describeError(decide.error) : undefined}</Alert>
      {declining ? (
        <form onSubmit={decline} noValidate>
          <TextAreaField
            name="reason"
            label="Why you are not sending it now"
            hint="The client will read this. Declining is only for the reasons the law allows; they may ask for the decision to be reviewed."
            rows={4}
            required
            error={errors.reason}
          />
          <div className="form-actions">
            <button type="submit" className="button" disabled={decide.isPending}>
              Decline the request
            </button>
            <button type="button" className="button button-secondary" onClick={() => setDeclining(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <div className="form-actions">
          <button type="button" className="button" disabled={decide.isPending} onClick={() => decide.mutate({ id: request.id, release: true })}>
            {decide.isPending ? 'Preparing the record…' : 'Release the record to the client'}
          </button>
          <button type="button" className="button button-secondary" onClick={() => setDeclining(true)}>
            Decline…
          </button>
        </div>
      )}
    </li>
  );
}
