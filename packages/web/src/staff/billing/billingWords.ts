/** Billing's words: codes in plain language, and money in dollars (the API speaks whole cents). */
import type { CptCode, Modifier, PaymentMethod, PlaceOfService } from '../../api/billingTypes';

/** Short descriptions of the psychotherapy CPT codes (the time bands are the APA's). */
export const CPT_LABELS = {
  '90791': 'Diagnostic evaluation (intake)',
  '90832': 'Psychotherapy, 30 minutes (16–37)',
  '90834': 'Psychotherapy, 45 minutes (38–52)',
  '90837': 'Psychotherapy, 60 minutes (53 or more)',
  '90846': 'Couple or family therapy, client not present',
  '90847': 'Couple or family therapy, client present',
  '90853': 'Group psychotherapy',
} as const satisfies Record<CptCode, string>;

export const PLACE_OF_SERVICE_LABELS = {
  '02': 'Telehealth, with the client somewhere other than home',
  '10': 'Telehealth, with the client at home',
  '11': 'Office (in person)',
} as const satisfies Record<PlaceOfService, string>;

export const MODIFIER_LABELS = {
  '95': 'Real-time audio and video',
  GT: 'Audio and video, older modifier',
  FQ: 'Audio only',
  '93': 'Audio only, by telephone',
} as const satisfies Record<Modifier, string>;

export const PAYMENT_METHOD_LABELS = {
  card: 'Card',
  cash: 'Cash',
  check: 'Check',
  'bank-transfer': 'Bank transfer',
  insurance: 'Insurance',
  other: 'Other',
} as const satisfies Record<PaymentMethod, string>;

export const MODALITY_LABELS: Record<string, string> = { 'in-person': 'In person', video: 'Video' };

/** "90847 — Couple or family therapy, client present". */
export function cptText(code: string): string {
  const label = (CPT_LABELS as Record<string, string>)[code];
  return label ? `${code} — ${label}` : code;
}

const dollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

/** 10800 → "$108.00". */
export function formatMoney(cents: number): string {
  return dollars.format(cents / 100);
}

/** 18000 → "180.00", for a dollars field. */
export function centsToDollarsText(cents: number | null | undefined): string {
  return cents === null || cents === undefined ? '' : (cents / 100).toFixed(2);
}

/** The most the API accepts for one amount: $100,000.00. */
export const MAX_CENTS = 10_000_000;

/**
 * Dollars as typed ("180", "$180.50", "1,080.00") → cents, or null when it is not an amount
 * of money with at most two decimal places.
 */
export function dollarsToCents(text: string): number | null {
  const compact = text.trim().replace(/^\$/, '').replace(/,/g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(compact)) return null;
  const [whole = '0', fraction = ''] = compact.split('.');
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return Number.isSafeInteger(cents) ? cents : null;
}

/** A problem with a typed amount, as a sentence, or '' when it is fine (empty is fine when optional). */
export function amountProblem(text: string, { required, zeroAllowed }: { required: boolean; zeroAllowed: boolean }): string {
  if (!text.trim()) return required ? 'Enter an amount in dollars, for example 150.00.' : '';
  const cents = dollarsToCents(text);
  if (cents === null) return 'Enter an amount in dollars, for example 150.00.';
  if (!zeroAllowed && cents === 0) return 'Enter an amount more than $0.00.';
  if (cents > MAX_CENTS) return `Enter an amount of at most ${formatMoney(MAX_CENTS)}.`;
  return '';
}

/** "$58.00 owed", "Nothing owed", "$20.00 in credit". */
export function balanceText(balanceCents: number): string {
  if (balanceCents > 0) return `${formatMoney(balanceCents)} owed`;
  if (balanceCents < 0) return `${formatMoney(-balanceCents)} in credit`;
  return 'Nothing owed';
}

/** The first and last day of a month (`YYYY-MM`). */
export function monthRange(month: string): { from: string; to: string } {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

/** A month some months before or after another (`YYYY-MM`). */
export function addMonths(month: string, months: number): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const date = new Date(Date.UTC(year, monthNumber - 1 + months, 1));
  return date.toISOString().slice(0, 7);
}

export function isMonth(value: string | null): value is string {
  return value !== null && /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
}

/** "November 2026" (the month itself, never shifted by a time zone). */
export function formatMonth(month: string): string {
  return new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
}
