/**
 * Every column that holds AES-GCM ciphertext. `candor keys rotate` re-encrypts these, and the
 * encryption tests write a canary through each. A module adding an encrypted column adds it here.
 */
export const ENCRYPTED_COLUMNS = [
  { table: 'users', key: 'id', column: 'totp_secret' },
  { table: 'clients', key: 'id', column: 'presenting_concern' },
  { table: 'clients', key: 'id', column: 'identity' },
  { table: 'clients', key: 'id', column: 'contact' },
  { table: 'intakes', key: 'id', column: 'answers' },
  { table: 'mail_outbox', key: 'id', column: 'body' },
] as const;
