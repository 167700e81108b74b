import { requireInstrument } from '@candor/clinical';
import type { PdfBlock } from '../../platform/pdf.js';
import type { ClientExportData } from './client-bundle.js';

export interface HistoryHighlights {
  concerns: { label: string; inOwnWords: string | null; onset: string | null; distress: number | null; statusNow: string | null }[];
  timeline: { when: string; label: string }[];
}

const day = (iso: string) => iso.slice(0, 10);

/**
 * The record a client receives, as a readable document: the same parts as the FHIR export, in
 * plain words, with every signed session note in full. Psychotherapy notes are not part of it
 * (45 CFR 164.524(a)(1)(i)), and a partner appears by name only.
 */
export function recordPdfBlocks(d: ClientExportData, history: HistoryHighlights | null): PdfBlock[] {
  const c = d.client;
  const blocks: PdfBlock[] = [
    { kind: 'letterhead', text: d.practice.name },
    { kind: 'heading', text: `The record of ${c.displayName}` },
    { kind: 'text', text: `Prepared on ${day(d.exportedAt)}. It holds everything in your record except your therapist's private process notes, which the law keeps apart. The same record comes as a FHIR file that other health-care systems can read.` },
    { kind: 'heading', text: 'About you' },
    { kind: 'item', text: `Name: ${c.firstName} ${c.lastName}${c.preferredName ? ` (known as ${c.preferredName})` : ''}${c.pronouns ? `, ${c.pronouns}` : ''}` },
    { kind: 'item', text: `Date of birth: ${c.dateOfBirth}` },
    ...[['Gender identity', c.genderIdentity], ['Sex assigned at birth', c.sexAssignedAtBirth], ['Sexual orientation', c.sexualOrientation], ['Relationship status', c.relationshipStatus], ['Email', c.email], ['Phone', c.phone], ['Address', c.address]]
      .filter(([, v]) => v).map(([k, v]) => ({ kind: 'item' as const, text: `${k}: ${v}` })),
    ...(c.presentingConcern ? [{ kind: 'heading' as const, text: 'What brought you to therapy' }, { kind: 'text' as const, text: c.presentingConcern }] : []),
  ];
  if (d.relationships.length) {
    blocks.push({ kind: 'heading', text: 'Relationships in your care' }, ...d.relationships.map((r) => ({ kind: 'item' as const, text: `${r.name}, with ${r.partners.map((p) => p.displayName).join(', ')}` })));
  }
  const signed = d.consents.filter((s) => s.signature);
  if (signed.length || d.releases.length) {
    blocks.push({ kind: 'heading', text: 'Agreements and permissions' });
    for (const s of signed) blocks.push({ kind: 'item', text: `${s.document.title} (version ${s.version.version}), signed ${day(s.signature!.signedAt)}` });
    for (const r of d.releases) blocks.push({ kind: 'item', text: `Permission to share with ${[r.recipientName, r.recipientOrganization].filter(Boolean).join(', ')} for ${r.purpose}: ${r.status}, until ${r.expiresOn}` });
  }
  if (history && (history.concerns.length || history.timeline.length)) {
    blocks.push({ kind: 'heading', text: 'Your history' });
    for (const concern of history.concerns) {
      blocks.push({ kind: 'item', text: [concern.label, concern.onset, concern.statusNow ? `now: ${concern.statusNow}` : null, concern.distress === null ? null : `distress ${concern.distress} of 10`].filter(Boolean).join('; ') });
      if (concern.inOwnWords) blocks.push({ kind: 'text', text: `In your words: ${concern.inOwnWords}` });
    }
    for (const event of history.timeline) blocks.push({ kind: 'item', text: `${event.when}: ${event.label}` });
  }
  if (d.diagnoses.length) {
    blocks.push({ kind: 'heading', text: 'Diagnoses' }, ...d.diagnoses.map((x) => ({ kind: 'item' as const, text: `${x.label} (ICD-10-CM ${x.icd10}), ${x.status}, from ${x.diagnosedOn}` })));
  }
  if (d.responses.length) {
    blocks.push({ kind: 'heading', text: 'Questionnaires' }, { kind: 'row', cells: ['Date', 'Questionnaire', 'Total', 'Band'], widths: [0.2, 0.45, 0.1, 0.25], bold: true });
    for (const r of [...d.responses].sort((x, y) => x.completedAt.localeCompare(y.completedAt))) {
      const definition = requireInstrument(r.instrumentId);
      const band = r.score.severity ? definition.bands.find((b) => b.id === r.score.severity)?.label ?? r.score.severity : '';
      blocks.push({ kind: 'row', cells: [day(r.completedAt), definition.shortName, r.score.total === null ? '—' : String(r.score.total), band], widths: [0.2, 0.45, 0.1, 0.25] });
    }
  }
  for (const plan of d.plans) {
    blocks.push({ kind: 'heading', text: plan.relationshipId ? 'Treatment plan (together)' : 'Treatment plan' });
    blocks.push({ kind: 'text', text: `Started ${plan.startedOn}; ${plan.sessions.planned} sessions planned; ${plan.status}.` });
    for (const goal of plan.goals) {
      blocks.push({ kind: 'item', text: `Goal: ${goal.description}` });
      for (const o of goal.objectives) blocks.push({ kind: 'item', text: `Step: ${o.description}${o.progress.length ? ` (${o.progress.at(-1)!.status})` : ''}` });
    }
  }
  const homework = d.homework.filter((h) => h.assignees.some((a) => a.clientId === c.id));
  if (homework.length) blocks.push({ kind: 'heading', text: 'Practice between sessions' }, ...homework.map((h) => ({ kind: 'item' as const, text: `${h.title}, from ${h.startsOn} (${h.status})` })));
  if (d.referrals.length) {
    blocks.push({ kind: 'heading', text: 'Referrals' }, ...d.referrals.map((r) => ({ kind: 'item' as const, text: `${r.specialtyLabel}: ${[r.recipientName, r.recipientOrganization].filter(Boolean).join(', ') || 'recipient not yet chosen'} (${r.status})` })));
  }
  if (d.appointments.length) {
    blocks.push({ kind: 'heading', text: 'Appointments' }, { kind: 'row', cells: ['Date', 'Session', 'With', 'Status'], widths: [0.2, 0.25, 0.35, 0.2], bold: true });
    for (const a of d.appointments) blocks.push({ kind: 'row', cells: [day(a.startsAt), `${a.kind}, ${a.modality}`, a.clinician.displayName, a.status], widths: [0.2, 0.25, 0.35, 0.2] });
  }
  if (d.notes.length) {
    blocks.push({ kind: 'heading', text: 'Session notes' });
    for (const n of d.notes) blocks.push({ kind: 'heading', text: `Session of ${day(n.note.session.startsAt)}` }, ...n.text.trim().split('\n').filter(Boolean).map((line) => ({ kind: 'text' as const, text: line })));
  }
  return blocks;
}
