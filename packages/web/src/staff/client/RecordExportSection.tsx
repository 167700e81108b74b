/** The address of a client's record as a FHIR R4 Bundle (a download, so a plain link). */
export function clientFhirUrl(clientId: string): string {
  return `/api/v1/clients/${encodeURIComponent(clientId)}/fhir`;
}

/** For the care team: the whole record in the health-care standard, to take to another system or clinician. */
export function RecordExportSection({ clientId }: { clientId: string }) {
  return (
    <section aria-labelledby="record-export-heading" className="panel">
      <h2 id="record-export-heading">Take the record elsewhere</h2>
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
    </section>
  );
}
