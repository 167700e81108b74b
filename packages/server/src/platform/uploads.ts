import { ValidationError } from './errors.js';

const MAGIC: Record<string, (b: Buffer) => boolean> = {
  'application/pdf': (b) => b.subarray(0, 5).toString('latin1') === '%PDF-',
  'image/png': (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
};
const NAMES: Record<string, string> = { 'application/pdf': 'PDF', 'image/png': 'PNG image', 'image/jpeg': 'JPEG image' };

/** Decodes an uploaded base64 file and checks it is what it says it is (by its first bytes). */
export function decodeUpload(dataBase64: string, contentType: string, maxBytes: number, field = 'dataBase64'): Buffer {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(dataBase64)) throw ValidationError.field(field, 'must be base64');
  const bytes = Buffer.from(dataBase64, 'base64');
  if (bytes.length > maxBytes) throw ValidationError.field(field, `the file is larger than ${Math.round(maxBytes / 1024)} KB`);
  if (!MAGIC[contentType]?.(bytes)) throw ValidationError.field(field, `the file is not a ${NAMES[contentType] ?? contentType}`);
  return bytes;
}
