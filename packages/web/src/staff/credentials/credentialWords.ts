/** Credentials in plain words: names, expiry and verification said in full, never by colour alone. */
import { US_STATES } from '@candor/clinical';
import type { Credential, CredentialKind, CredentialStatus, VerificationMethod } from '../../api/credentialTypes';
import { formatDate, formatInstantDate } from '../../components/dates';

export const KIND_HEADINGS: Record<CredentialKind, string> = { degree: 'Degrees', licence: 'Licences', certification: 'Certifications' };
export const KIND_NAMES: Record<CredentialKind, string> = { degree: 'degree', licence: 'licence', certification: 'certification' };

export const VERIFICATION_METHOD_LABELS = {
  'primary-source-lookup': 'Looked up with the licensing board or issuer',
  'original-document': 'Saw the original document',
  'issuer-confirmation': 'The issuer confirmed it',
  other: 'Another way',
} as const satisfies Record<VerificationMethod, string>;

/** "primary-source lookup" as said inside a sentence. */
const METHOD_PHRASES: Record<string, string> = {
  'primary-source-lookup': 'primary-source lookup',
  'original-document': 'original document seen',
  'issuer-confirmation': 'confirmed by the issuer',
  other: 'another way',
};

export const STATE_OPTIONS = US_STATES.map((state) => ({ value: state.id, label: `${state.label} (${state.id})` }));

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The credential's name as the server writes it in alerts: "Social work licence (IL)", "Master's degree, Social Work". */
export function credentialName(credential: Pick<Credential, 'kind' | 'type' | 'typeLabel' | 'title' | 'jurisdiction'>): string {
  if (credential.kind === 'degree') return credential.title ? `${credential.typeLabel}, ${credential.title}` : credential.typeLabel;
  if (credential.kind === 'licence') return `${credential.title ?? `${credential.typeLabel} licence`}${credential.jurisdiction ? ` (${credential.jurisdiction})` : ''}`;
  return credential.type === 'other' && credential.title ? credential.title : credential.typeLabel;
}

/** "Expires in 23 days", "Expires today", "Expired 4 days ago". */
export function expiryText(daysUntilExpiry: number): string {
  if (daysUntilExpiry > 1) return `Expires in ${daysUntilExpiry} days`;
  if (daysUntilExpiry === 1) return 'Expires tomorrow';
  if (daysUntilExpiry === 0) return 'Expires today';
  if (daysUntilExpiry === -1) return 'Expired yesterday';
  return `Expired ${plural(-daysUntilExpiry, 'day')} ago`;
}

/** The status in words, and the badge's look (which only repeats the words). */
export function statusOf(credential: Pick<Credential, 'status' | 'daysUntilExpiry' | 'expiresOn'>): { text: string; className: string } {
  const on = credential.expiresOn ? formatDate(credential.expiresOn) : '';
  const classes: Record<CredentialStatus, string> = {
    current: 'badge badge-success',
    expiring: 'badge badge-waiting',
    expired: 'badge badge-overdue',
    'no-expiry': 'badge badge-stopped',
  };
  const className = classes[credential.status];
  if (credential.status === 'no-expiry' || credential.daysUntilExpiry === null) return { text: 'No expiry date', className };
  if (credential.status === 'expired') return { text: `Expired on ${on}`, className };
  if (credential.status === 'expiring') return { text: `${expiryText(credential.daysUntilExpiry)} (${on})`, className };
  return { text: `Current, expires on ${on}`, className };
}

/** "Verified by Priya Natarajan on 3 November 2026 (primary-source lookup)". */
export function verifiedText(verification: NonNullable<Credential['verification']>): string {
  const how = METHOD_PHRASES[verification.method] ?? verification.method;
  return `Verified by ${verification.verifiedByName || 'the practice owner'} on ${formatInstantDate(verification.verifiedAt, 'long')} (${how})`;
}

/** "240 KB", "1.2 MB". */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
