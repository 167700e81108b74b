import type { HistorySummary } from '@candor/clinical';
import { renderPdf } from '../../platform/pdf.js';
import type { ReleaseItem } from '../releases/releases.schemas.js';
import type { Letter } from './referrals.schemas.js';

export interface LetterFacts {
  practiceName: string;
  clinicianName: string;
  date: string;
  recipientName: string;
  recipientOrganization: string | null;
  specialtyLabel: string;
  urgency: string;
  client: { name: string; dateOfBirth: string };
  reason: string;
  release: { id: string; signedAt: string; expiresOn: string; allowed: ReleaseItem[] };
  /** The client's own latest history, or null. Never anything from a partner's. */
  history: HistorySummary | null;
}

/**
 * The referral letter's content, built only from what the client's release allows: every
 * section below checks the release first. The letter is about one client; relationship and
 * partner data are never inputs.
 */
export function buildLetter(f: LetterFacts): Letter {
  const allows = (item: ReleaseItem) => f.release.allowed.includes(item);
  const blocks: Letter['blocks'] = [
    { kind: 'letterhead', text: f.practiceName },
    { kind: 'text', text: f.date },
    { kind: 'text', text: `To: ${f.recipientName}${f.recipientOrganization ? `, ${f.recipientOrganization}` : ''} (${f.specialtyLabel})` },
    { kind: 'heading', text: `Referral — ${f.urgency === 'routine' ? 'routine' : f.urgency}` },
    { kind: 'text', text: allows('identification') ? `Re: ${f.client.name}, born ${f.client.dateOfBirth}` : 'Re: our shared client (identified to you separately)' },
  ];
  if (allows('referral-reason')) blocks.push({ kind: 'heading', text: 'Reason for referral' }, { kind: 'text', text: f.reason });
  const h = f.history;
  if (h && allows('concerns') && h.concerns.length) {
    blocks.push({ kind: 'heading', text: 'Concerns described' });
    for (const c of h.concerns) blocks.push({ kind: 'item', text: [c.label, c.onset, c.course, c.context].filter(Boolean).join('; ') });
  }
  if (h && allows('medications') && h.medications.length) {
    blocks.push({ kind: 'heading', text: 'Medicines' });
    for (const m of h.medications) blocks.push({ kind: 'item', text: [m.name, m.dose, m.since ? `since ${m.since}` : null].filter(Boolean).join(', ') });
  }
  if (h && allows('supplements') && h.supplements.length) {
    blocks.push({ kind: 'heading', text: 'Supplements' });
    for (const m of h.supplements) blocks.push({ kind: 'item', text: [m.name, m.dose].filter(Boolean).join(', ') });
  }
  if (h && allows('conditions') && h.conditions.length) {
    blocks.push({ kind: 'heading', text: 'Health conditions' });
    for (const c of h.conditions) blocks.push({ kind: 'item', text: [c.name, c.since ? `since ${c.since}` : null].filter(Boolean).join(', ') });
  }
  if (h && allows('previous-treatments') && h.previousTreatments.length) {
    blocks.push({ kind: 'heading', text: 'Treatments tried' });
    for (const t of h.previousTreatments) blocks.push({ kind: 'item', text: [t.label, t.detail, t.when, t.outcome].filter(Boolean).join(', ') });
  }
  blocks.push(
    { kind: 'text', text: 'Thank you for seeing them. I would be grateful to hear the outcome so that we can coordinate care.' },
    { kind: 'text', text: `${f.clinicianName}, ${f.practiceName}` },
    { kind: 'text', text: `Shared with the client's written authorization, signed ${f.release.signedAt.slice(0, 10)}, valid until ${f.release.expiresOn}. Please do not share it further.` },
  );
  return { releaseId: f.release.id, blocks };
}

/** Renders the letter as a PDF on US Letter paper with the practice's name as letterhead. */
export function renderLetterPdf(letter: Letter): Promise<Uint8Array> {
  return renderPdf('Referral letter', letter.blocks);
}
