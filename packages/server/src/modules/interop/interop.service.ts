import type { Bundle } from '@medplum/fhirtypes';
import { recordAudit } from '../../platform/audit.js';
import { auditEntry } from '../../platform/authz.js';
import type { AppContext, RequestContext } from '../../platform/context.js';
import { NotFoundError } from '../../platform/errors.js';
import { renderPdf, type PdfBlock } from '../../platform/pdf.js';
import { getClient, requireCareTeamClient } from '../clients/clients.service.js';
import { clientConsents } from '../consents/consents.service.js';
import { listClientDiagnoses } from '../diagnoses/diagnoses.service.js';
import { listHomework } from '../homework/homework.service.js';
import { clinicianSubject, getIntake, listIntakes } from '../intake/intake.service.js';
import { clientMeasures, getResponse } from '../measures/measures.service.js';
import { getNote, listClientNotes, listTemplates } from '../notes/notes.service.js';
import type { Note } from '../notes/notes.schemas.js';
import { getPlan, listPlans } from '../plans/plans.service.js';
import { getPractice } from '../practice/practice.service.js';
import { listClientReferrals } from '../referrals/referrals.service.js';
import { getRelationship } from '../relationships/relationships.service.js';
import { listClientReleases } from '../releases/releases.service.js';
import { appointmentsOfClient } from '../scheduling/scheduling.service.js';
import { buildClientBundle, type ClientExportData } from './client-bundle.js';

/** A read the caller may not make (a relationship or note outside their care) leaves that part out rather than failing the export. */
async function orSkip<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

/**
 * A client's record as a FHIR R4 Bundle, for a clinician on their care team. Every part is read
 * through its own module with the caller's access (and audited there); the export itself is
 * audited as `client.export-fhir`. Psychotherapy notes are never read; drafts are not part of
 * the record until signed.
 */
export async function exportClientFhir(app: AppContext, rc: RequestContext, clientId: string): Promise<Bundle> {
  await requireCareTeamClient(app, rc, clientId, 'client.export-fhir');
  const data = await gatherClientRecord(app, rc, clientId);
  await recordAudit(app.db, auditEntry(rc, 'client.export-fhir', 'client', clientId), app.clock.now());
  return buildClientBundle(data);
}

/** Everything a client's record export holds, read with the caller's access (each read audited by its module). */
export async function gatherClientRecord(app: AppContext, rc: RequestContext, clientId: string): Promise<ClientExportData> {
  const client = await getClient(app, rc, clientId);
  const practice = await getPractice(app, rc);
  const staff = new Map<string, string>(client.careTeam.map((m) => [m.id, m.displayName]));

  const relationships: ClientExportData['relationships'] = [];
  for (const r of client.relationships ?? []) {
    const relationship = await orSkip(() => getRelationship(app, rc, r.id));
    if (!relationship) continue;
    relationships.push({ id: relationship.id, name: relationship.name, partners: relationship.members.filter((m) => m.clientId !== clientId) });
  }

  const subject = await clinicianSubject(app, rc, clientId);
  const intakes: ClientExportData['intakes'] = [];
  for (const i of await listIntakes(app, rc, subject)) {
    if (i.status !== 'submitted') continue;
    const intake = await getIntake(app, rc, subject, i.id);
    intakes.push({ id: intake.id, version: intake.version, submittedAt: intake.submittedAt!, completedBy: intake.completedBy, answers: intake.answers });
  }

  const responses: ClientExportData['responses'] = [];
  for (const trend of (await clientMeasures(app, rc, clientId)).trends) {
    for (const point of trend.series) responses.push(await getResponse(app, rc, point.responseId));
  }

  const plans = [];
  for (const who of [{ clientId }, ...relationships.map((r) => ({ relationshipId: r.id }))]) {
    for (const summary of (await orSkip(() => listPlans(app, rc, who))) ?? []) plans.push(await getPlan(app, rc, summary.id));
  }

  const appointments = await appointmentsOfClient(app, practice.id, clientId);
  for (const a of appointments) staff.set(a.clinician.id, a.clinician.displayName);

  const templates = new Map((await listTemplates(app, rc)).map((t) => [t.id, t]));
  const notes: ClientExportData['notes'] = [];
  for (const summary of await listClientNotes(app, rc, clientId)) {
    if (summary.status !== 'signed') continue;
    const note = await orSkip(() => getNote(app, rc, summary.id));
    if (!note) continue;
    staff.set(note.author.id, note.author.displayName);
    const template = templates.get(note.template);
    const fieldLabels = Object.fromEntries((template?.fields ?? []).map((f) => [f.id, f.label]));
    const blocks = noteBlocks(note, template?.label ?? note.template, fieldLabels, staff);
    notes.push({
      note, templateLabel: template?.label ?? note.template, fieldLabels,
      text: blocks.map((b) => ('text' in b ? (b.kind === 'heading' ? `\n${b.text}` : b.text) : '')).join('\n').trim() + '\n',
      pdf: await renderPdf(`Progress note, ${note.session.startsAt.slice(0, 10)}`, blocks, new Date(note.signedAt!)),
    });
  }

  const homework = await listHomework(app, rc, { clientId });
  return {
    exportedAt: app.clock.now().toISOString(),
    practice: { id: practice.id, name: practice.name },
    client, relationships, staff, intakes, responses, plans, homework, appointments, notes,
    consents: await clientConsents(app, rc, clientId),
    releases: await listClientReleases(app, rc, clientId),
    diagnoses: await listClientDiagnoses(app, rc, clientId),
    referrals: await listClientReferrals(app, rc, clientId),
  };
}

/** A signed note as the blocks of its document: the session, each field under its label, interventions, risk, signatures. */
function noteBlocks(note: Note, templateLabel: string, labels: Record<string, string>, staff: Map<string, string>): PdfBlock[] {
  const blocks: PdfBlock[] = [
    { kind: 'letterhead', text: `Progress note (${templateLabel})` },
    { kind: 'text', text: `Session: ${note.session.kind}, ${note.session.startsAt} to ${note.session.endsAt} (${note.session.timeZone}). Attending: ${note.session.attendees.map((a) => a.displayName).join(', ')}.` },
  ];
  for (const [id, text] of Object.entries(note.content.fields)) {
    if (!text.trim()) continue;
    blocks.push({ kind: 'heading', text: labels[id] ?? id }, { kind: 'text', text });
  }
  if (note.content.interventions.length) blocks.push({ kind: 'heading', text: 'Interventions' }, ...note.content.interventions.map((i) => ({ kind: 'item' as const, text: i })));
  if (note.content.risk) blocks.push({ kind: 'heading', text: 'Risk' }, { kind: 'text', text: `${note.content.risk.level.replace('-', ' ')}${note.content.risk.notes ? `: ${note.content.risk.notes}` : ''}` });
  blocks.push(
    { kind: 'heading', text: 'Signed' },
    { kind: 'text', text: `${note.author.displayName}, ${note.signedAt}. Content SHA-256 ${note.contentHash}.` },
    ...(note.cosignedBy ? [{ kind: 'text' as const, text: `Co-signed by ${staff.get(note.cosignedBy) ?? 'a supervisor'}, ${note.cosignedAt}.` }] : []),
  );
  for (const a of note.addenda) blocks.push({ kind: 'heading', text: `Addendum, ${a.signedAt}` }, { kind: 'text', text: a.content });
  return blocks;
}
