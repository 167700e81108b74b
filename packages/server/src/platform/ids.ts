import { randomFillSync } from 'node:crypto';

/**
 * Random bytes from the operating system's CSPRNG, fetched 4 KiB at a time: one system call per
 * few hundred ids instead of one each (ids and request ids are made on every request).
 */
const pool = Buffer.alloc(4096);
let offset = pool.length;

export function randomBytesFromPool(size: number): Buffer {
  if (offset + size > pool.length) {
    randomFillSync(pool);
    offset = 0;
  }
  const out = Buffer.from(pool.subarray(offset, offset + size));
  // Each byte is handed out once.
  pool.fill(0, offset, offset + size);
  offset += size;
  return out;
}

/**
 * A UUIDv7 (RFC 9562 §5.7): time-ordered, so new rows land at the end of primary-key indexes
 * on both SQLite and PostgreSQL, and 74 random bits make ids unguessable.
 */
export function newId(now: number = Date.now()): string {
  const bytes = randomBytesFromPool(16);
  bytes.writeUIntBE(now, 0, 6);
  bytes[6] = (bytes[6]! & 0x0f) | 0x70;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const ID_PATTERN = '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';
