import { inflateSync } from 'node:zlib';

/**
 * The text drawn in a PDF that Candor rendered with pdf-lib's standard fonts: inflates each
 * content stream and decodes its hex-string `Tj` operators (as the server's tests read them,
 * in packages/server/src/test/pdf-text.ts). Enough to assert what a superbill says.
 */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const lines: string[] = [];
  const streamPattern = /stream\r?\n/g;
  let match: RegExpExecArray | null;
  while ((match = streamPattern.exec(raw))) {
    const start = match.index + match[0].length;
    const end = raw.indexOf('endstream', start);
    if (end === -1) break;
    let content: string;
    try {
      content = inflateSync(Buffer.from(raw.slice(start, end), 'latin1')).toString('latin1');
    } catch {
      content = raw.slice(start, end);
    }
    for (const tj of content.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) lines.push(Buffer.from(tj[1]!, 'hex').toString('latin1'));
  }
  return lines.join('\n');
}
