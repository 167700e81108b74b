import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';

/** TOTP per RFC 6238 (SHA-1, 6 digits, 30-second steps) — what authenticator apps expect. */
export const TOTP_ISSUER = 'Candor';

export function newTotpSecret(): string {
  return generateSecret({ length: 20 });
}

export async function totpEnrollment(secret: string, accountLabel: string): Promise<{ otpauthUri: string; qrCodeDataUrl: string }> {
  const otpauthUri = generateURI({ issuer: TOTP_ISSUER, label: accountLabel, secret });
  const qrCodeDataUrl = await QRCode.toDataURL(otpauthUri, { errorCorrectionLevel: 'M', margin: 2, width: 240 });
  return { otpauthUri, qrCodeDataUrl };
}

/**
 * Checks a code against the secret at `at`, allowing one step of clock drift either way.
 * Returns the matched time step (for replay protection), or null.
 */
export async function checkTotp(secret: string, code: string, at: Date, afterTimeStep: number): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  try {
    const result = await verify({
      secret,
      token: code,
      epoch: Math.floor(at.getTime() / 1000),
      epochTolerance: 30,
      ...(afterTimeStep > 0 ? { afterTimeStep } : {}),
    });
    return result.valid && 'timeStep' in result ? result.timeStep : null;
  } catch {
    return null;
  }
}
