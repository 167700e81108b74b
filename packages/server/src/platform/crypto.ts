import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Envelope encryption for clinical free text: AES-256-GCM with a fresh 96-bit IV per value
 * (NIST SP 800-38D §8.2.2). Stored form: `v1.<keyId>.<iv>.<tag>.<ciphertext>` (base64url), so
 * the key id travels beside each ciphertext and keys can rotate.
 */
export interface Keyring {
  activeKeyId: string;
  encrypt(plaintext: string): string;
  decrypt(stored: string): string;
  /** The key id a stored value was written with. */
  keyIdOf(stored: string): string;
  keyIds(): string[];
}

export class KeyError extends Error {}

const PREFIX = 'v1';

export function createKeyring(keys: { id: string; key: Buffer }[]): Keyring {
  if (keys.length === 0) throw new KeyError('no encryption key configured');
  const byId = new Map<string, Buffer>();
  for (const { id, key } of keys) {
    if (!/^[A-Za-z0-9_-]{1,32}$/.test(id)) throw new KeyError(`key id "${id}" must be 1–32 letters, digits, - or _`);
    if (key.length !== 32) throw new KeyError(`key "${id}" must be 32 bytes (base64 of 32 random bytes)`);
    byId.set(id, key);
  }
  const activeKeyId = keys[0]!.id;
  const activeKey = keys[0]!.key;
  return {
    activeKeyId,
    keyIds: () => [...byId.keys()],
    encrypt(plaintext) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', activeKey, iv);
      cipher.setAAD(Buffer.from(activeKeyId));
      const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      const tag = cipher.getAuthTag();
      return [PREFIX, activeKeyId, iv.toString('base64url'), tag.toString('base64url'), ct.toString('base64url')].join('.');
    },
    decrypt(stored) {
      const parts = stored.split('.');
      if (parts.length !== 5 || parts[0] !== PREFIX) throw new KeyError('stored value is not a Candor ciphertext');
      const [, keyId, iv, tag, ct] = parts as [string, string, string, string, string];
      const key = byId.get(keyId);
      if (!key) throw new KeyError(`encryption key "${keyId}" is not configured`);
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
        decipher.setAAD(Buffer.from(keyId));
        decipher.setAuthTag(Buffer.from(tag, 'base64url'));
        return Buffer.concat([decipher.update(Buffer.from(ct, 'base64url')), decipher.final()]).toString('utf8');
      } catch {
        // GCM authentication failed: the wrong key or altered bytes. Fail closed, never garbage.
        throw new KeyError(`value could not be decrypted with key "${keyId}" (wrong key or altered data)`);
      }
    },
    keyIdOf(stored) {
      const keyId = stored.split('.')[1];
      if (!keyId) throw new KeyError('stored value is not a Candor ciphertext');
      return keyId;
    },
  };
}

/** Parses `CANDOR_MASTER_KEY`: `id:base64key[,id:base64key…]`, or a bare base64 key (id `k1`). */
export function parseMasterKey(value: string): { id: string; key: Buffer }[] {
  return value.split(',').map((entry, index) => {
    const trimmed = entry.trim();
    const colon = trimmed.indexOf(':');
    const id = colon === -1 ? `k${index + 1}` : trimmed.slice(0, colon);
    const key = Buffer.from(colon === -1 ? trimmed : trimmed.slice(colon + 1), 'base64');
    return { id, key };
  });
}

export const KEY_FILE = 'master.key';

/**
 * Embedded mode: the key file in the data directory, created with mode 0600 on first start.
 * The file holds the same `id:base64` list as CANDOR_MASTER_KEY, newest first.
 */
export function loadOrCreateKeyFile(dataDir: string): { id: string; key: Buffer }[] {
  const file = path.join(dataDir, KEY_FILE);
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (!fs.existsSync(file)) {
    const id = `k${Date.now().toString(36)}`;
    fs.writeFileSync(file, `${id}:${randomBytes(32).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  }
  const mode = fs.statSync(file).mode & 0o777;
  if (mode & 0o077) fs.chmodSync(file, 0o600);
  return parseMasterKey(fs.readFileSync(file, 'utf8').trim());
}

/** Adds a new active key to the key file (the old ones stay so existing data still decrypts). */
export function prependKeyToFile(dataDir: string): string {
  const file = path.join(dataDir, KEY_FILE);
  const existing = fs.readFileSync(file, 'utf8').trim();
  const id = `k${Date.now().toString(36)}`;
  const tmp = `${file}.tmp`;
  fs.writeFileSync(tmp, `${id}:${randomBytes(32).toString('base64')},${existing}\n`, { mode: 0o600 });
  fs.renameSync(tmp, file);
  return id;
}

/** SHA-256 hex: for session ids, one-time tokens and recovery codes (high-entropy secrets). */
export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** A random token of `bytes` bytes, base64url. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}
