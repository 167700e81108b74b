import type { PDFFont, PDFPage } from 'pdf-lib';

/**
 * Plain documents Candor prints (referral letters, superbills): a letterhead, headings,
 * wrapped text, bulleted items and table rows, on US Letter paper with pdf-lib's standard
 * fonts. Nothing is embedded that the caller did not put in a block.
 */
export type PdfBlock =
  | { kind: 'letterhead' | 'heading' | 'text' | 'item'; text: string }
  | { kind: 'row'; cells: string[]; widths: number[]; bold?: boolean };

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

/** `date` fixes the document's creation and modification dates, so the same content gives the same bytes. */
export async function renderPdf(title: string, blocks: PdfBlock[], date?: Date): Promise<Uint8Array> {
  // Loaded on first use: pdf-lib is a sixth of the server's start-up imports, and most starts print nothing.
  const { PDFDocument, StandardFonts, rgb } = await import('pdf-lib');
  const pdf = await PDFDocument.create();
  pdf.setTitle(title);
  pdf.setProducer('Candor');
  if (date) { pdf.setCreationDate(date); pdf.setModificationDate(date); }
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const margin = 64;
  let page: PDFPage = pdf.addPage([612, 792]);
  let y = 792 - margin;
  const width = 612 - margin * 2;
  const color = rgb(0.1, 0.1, 0.15);
  for (const block of blocks) {
    if (block.kind === 'row') {
      // Each cell wraps within its column; the row is as tall as its tallest cell.
      const size = 9;
      const font = block.bold ? bold : regular;
      const cells = block.cells.map((cell, i) => wrap(drawable(cell, font), font, size, (block.widths[i] ?? 1) * width - 4));
      const lines = Math.max(1, ...cells.map((c) => c.length));
      if (y - lines * (size + 3) < margin) { page = pdf.addPage([612, 792]); y = 792 - margin; }
      let x = margin;
      cells.forEach((cellLines, i) => {
        cellLines.forEach((line, j) => page.drawText(line, { x, y: y - size - j * (size + 3), size, font, color }));
        x += (block.widths[i] ?? 1) * width;
      });
      y -= lines * (size + 3) + 3;
      continue;
    }
    const font = block.kind === 'text' || block.kind === 'item' ? regular : bold;
    const size = block.kind === 'letterhead' ? 16 : block.kind === 'heading' ? 12 : 11;
    const text = drawable(block.kind === 'item' ? `• ${block.text}` : block.text, font);
    y -= block.kind === 'heading' ? 10 : 4;
    for (const line of wrap(text, font, size, width)) {
      if (y < margin + size) { page = pdf.addPage([612, 792]); y = 792 - margin; }
      page.drawText(line, { x: margin + (block.kind === 'item' ? 10 : 0), y: y - size, size, font, color });
      y -= size + 5;
    }
    if (block.kind === 'letterhead') {
      page.drawLine({ start: { x: margin, y: y - 2 }, end: { x: 612 - margin, y: y - 2 }, thickness: 1, color: rgb(0.3, 0.35, 0.5) });
      y -= 12;
    }
  }
  return pdf.save();
}
