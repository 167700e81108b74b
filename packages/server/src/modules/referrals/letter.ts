import type { HistorySummary } from '@candor/clinical';
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
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

/** WinAnsi (the standard fonts' encoding) cannot draw every character: replace what it cannot. */
function drawable(text: string, font: PDFFont): string {
  return [...text].map((ch) => { try { font.encodeText(ch); return ch; } catch { return '?'; } }).join('');
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, size) > width && line) { lines.push(line); line = word; } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** Renders the letter as a PDF on US Letter paper with the practice's name as letterhead. */
export async function renderLetterPdf(letter: Letter): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle('Referral letter');
  pdf.setProducer('Candor');
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const margin = 64;
  let page: PDFPage = pdf.addPage([612, 792]);
  let y = 792 - margin;
  const width = 612 - margin * 2;
  for (const block of letter.blocks) {
    const font = block.kind === 'text' || block.kind === 'item' ? regular : bold;
    const size = block.kind === 'letterhead' ? 16 : block.kind === 'heading' ? 12 : 11;
    const text = drawable(block.kind === 'item' ? `• ${block.text}` : block.text, font);
    const before = block.kind === 'heading' ? 10 : 4;
    y -= before;
    for (const line of wrap(text, font, size, width)) {
      if (y < margin + size) { page = pdf.addPage([612, 792]); y = 792 - margin; }
      page.drawText(line, { x: margin + (block.kind === 'item' ? 10 : 0), y: y - size, size, font, color: rgb(0.1, 0.1, 0.15) });
      y -= size + 5;
    }
    if (block.kind === 'letterhead') {
      page.drawLine({ start: { x: margin, y: y - 2 }, end: { x: 612 - margin, y: y - 2 }, thickness: 1, color: rgb(0.3, 0.35, 0.5) });
      y -= 12;
    }
  }
  return pdf.save();
}
