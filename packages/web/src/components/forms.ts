/** Small helpers for reading uncontrolled forms. */

/** The trimmed text value of a form field, or '' when absent. */
export function textValue(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value.trim() : '';
}

/** The raw (untrimmed) value, for passwords, where spaces may be intended. */
export function rawValue(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

/** Every checked value of a group of checkboxes sharing one name. */
export function checkedValues(form: FormData, name: string): string[] {
  return form.getAll(name).filter((value): value is string => typeof value === 'string');
}

/** Read a one-time token from a URL fragment such as `#token=abc`. */
export function tokenFromHash(hash: string): string {
  return new URLSearchParams(hash.replace(/^#/, '')).get('token') ?? '';
}

export const MIN_PASSWORD_LENGTH = 12;

/** Checks a new password and its repetition; returns field errors. */
export function checkNewPassword(password: string, confirmation: string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (password.length < MIN_PASSWORD_LENGTH) {
    errors.password = `Use at least ${MIN_PASSWORD_LENGTH} characters. A few unrelated words work well.`;
  } else if (password !== confirmation) {
    errors.confirmPassword = "The two passwords don't match yet.";
  }
  return errors;
}

export const WRONG_CODE_MESSAGE = "That code didn't work. Check your authenticator app and try again.";

/** Normalises a typed code: spaces, and the dash in "123-456", are not part of it. */
export function normaliseCode(input: string): string {
  const compact = input.replace(/\s+/g, '');
  return /^\d{3}-\d{3}$/.test(compact) ? compact.replace('-', '') : compact;
}
