import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createKeyring, KeyError, loadOrCreateKeyFile, parseMasterKey, prependKeyToFile } from './crypto.js';

const key = (id: string) => ({ id, key: randomBytes(32) });

describe('the encryption envelope', () => {
  it('round-trips text, with a fresh IV each time and the key id beside the ciphertext', () => {
    const ring = createKeyring([key('a')]);
    const one = ring.encrypt('private words');
    const two = ring.encrypt('private words');
    expect(one).not.toBe(two);
    expect(one.startsWith('v1.a.')).toBe(true);
    expect(ring.decrypt(one)).toBe('private words');
    expect(ring.keyIdOf(one)).toBe('a');
  });

  it('fails closed with a clear error under the wrong key, never returning garbage', () => {
    const stored = createKeyring([key('a')]).encrypt('private words');
    const impostor = createKeyring([key('a')]);
    expect(() => impostor.decrypt(stored)).toThrow(new KeyError('value could not be decrypted with key "a" (wrong key or altered data)'));
    expect(() => createKeyring([key('b')]).decrypt(stored)).toThrow('encryption key "a" is not configured');
  });

  it('detects a flipped bit in the ciphertext', () => {
    const ring = createKeyring([key('a')]);
    const parts = ring.encrypt('private words').split('.');
    const ct = Buffer.from(parts[4]!, 'base64url');
    ct[0] = ct[0]! ^ 1;
    parts[4] = ct.toString('base64url');
    expect(() => ring.decrypt(parts.join('.'))).toThrow(KeyError);
  });

  it('reads old data after rotation: new key first, old keys kept', () => {
    const oldKey = key('old');
    const stored = createKeyring([oldKey]).encrypt('from last year');
    const rotated = createKeyring([key('new'), oldKey]);
    expect(rotated.activeKeyId).toBe('new');
    expect(rotated.decrypt(stored)).toBe('from last year');
  });

  it('rejects keys of the wrong length', () => {
    expect(() => createKeyring([{ id: 'a', key: randomBytes(16) }])).toThrow('key "a" must be 32 bytes');
  });

  it('parses CANDOR_MASTER_KEY lists and bare keys', () => {
    const k = randomBytes(32).toString('base64');
    expect(parseMasterKey(`k2:${k},k1:${k}`).map((e) => e.id)).toEqual(['k2', 'k1']);
    expect(parseMasterKey(k)[0]!.id).toBe('k1');
  });

  it('creates the embedded key file with owner-only permissions, and prepends on rotation', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'candor-key-'));
    const first = loadOrCreateKeyFile(dir);
    expect(fs.statSync(path.join(dir, 'master.key')).mode & 0o777).toBe(0o600);
    expect(loadOrCreateKeyFile(dir)).toEqual(first);
    const id = prependKeyToFile(dir);
    const after = loadOrCreateKeyFile(dir);
    expect(after.map((e) => e.id)).toEqual([id, first[0]!.id]);
    expect(fs.statSync(path.join(dir, 'master.key')).mode & 0o777).toBe(0o600);
    fs.rmSync(dir, { recursive: true });
  });
});
