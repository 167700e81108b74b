/** Steps that several browser tests share: signing in, reading headings and alerts. */
import { generate } from 'otplib';
import type { Locator, Page } from 'playwright-core';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from './harness.js';

export const WRONG_CODE_MESSAGE = "That code didn't work. Check your authenticator app and try again.";

/** The page's h1, once it shows `name`. */
export async function waitForHeading(page: Page, name: string | RegExp): Promise<Locator> {
  const heading = page.getByRole('heading', { level: 1, name });
  await heading.waitFor({ state: 'visible' });
  return heading;
}

/** The text of the alert region that has a message in it. */
export async function alertText(page: Page): Promise<string> {
  const alert = page.getByRole('alert').filter({ hasText: /\S/ });
  await alert.waitFor({ state: 'visible' });
  return ((await alert.textContent()) ?? '').trim();
}

/** Opens the app, lands on sign-in and submits an email and the demo password. */
export async function submitPassword(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/');
  await page.waitForURL('**/sign-in');
  await waitForHeading(page, 'Sign in to Candor');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** The current code of the demo staff authenticator. */
export function currentTotpCode(): Promise<string> {
  return generate({ secret: DEMO_TOTP_SECRET });
}

/** A six-digit code that is not valid in the current, previous or next 30-second step. */
export async function wrongTotpCode(): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const valid = new Set(
    await Promise.all([-60, -30, 0, 30, 60].map((offset) => generate({ secret: DEMO_TOTP_SECRET, epoch: now + offset }))),
  );
  let candidate = 123456;
  while (valid.has(String(candidate).padStart(6, '0'))) candidate += 1;
  return String(candidate).padStart(6, '0');
}

/** Enters a code on the second-factor step and submits it. */
export async function submitCode(page: Page, code: string): Promise<void> {
  await page.getByLabel('Code', { exact: true }).fill(code);
  await page.getByRole('button', { name: 'Continue' }).click();
}

/** Signs a demo staff member all the way in (password, then a fresh TOTP code); billing staff land on Billing. */
export async function signInAsStaff(page: Page, email: string, landing: string | RegExp = 'Today'): Promise<void> {
  await submitPassword(page, email);
  await waitForHeading(page, 'Enter your sign-in code');
  // Each time step's code is accepted once per account, and only steps after the last one used
  // (replay protection), within one step of the server's clock either way. So a second sign-in
  // in the same 30 seconds uses the next step's code, as an authenticator a little fast would;
  // only a third waits for the clock, as a person would.
  const account = `${new URL(page.url()).origin} ${email}`;
  let step = Math.floor(Date.now() / 30_000);
  const last = lastStepUsed.get(account) ?? 0;
  while (last >= step + 1) {
    await new Promise((resolve) => setTimeout(resolve, 30_000 - (Date.now() % 30_000) + 200));
    step = Math.floor(Date.now() / 30_000);
  }
  const use = Math.max(step, last + 1);
  lastStepUsed.set(account, use);
  await submitCode(page, await generate({ secret: DEMO_TOTP_SECRET, epoch: use * 30 }));
  await waitForHeading(page, landing);
}

const lastStepUsed = new Map<string, number>();

/** The visible texts of the links inside a locator. */
export async function linkTexts(scope: Locator): Promise<string[]> {
  return (await scope.getByRole('link').allTextContents()).map((text) => text.trim());
}

/** What has keyboard focus: its tag and role, e.g. `H1` or `DIV[alert]`. */
export async function focusedElement(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!active) return '';
    const role = active.getAttribute('role');
    return role ? `${active.tagName}[${role}]` : active.tagName;
  });
}

/** The owner's view of the newest email to `to`, read from the Outbox page. */
export async function newestEmailTo(ownerPage: Page, to: string): Promise<string> {
  await ownerPage.goto('/settings/outbox');
  await waitForHeading(ownerPage, 'Outbox');
  const message = ownerPage.getByRole('list', { name: 'Sent emails' }).getByRole('listitem').filter({ hasText: to }).first();
  await message.waitFor();
  return (await message.locator('pre').textContent()) ?? '';
}

/** The one-time link in an invitation email. */
export function invitationLinkIn(email: string): string | null {
  return /https?:\/\/\S+\/accept-invitation#token=[A-Za-z0-9_-]+/.exec(email)?.[0] ?? null;
}

/** Adds a client through the "Add a client" form and waits for their record. */
export async function addClient(
  page: Page,
  person: { firstName: string; lastName: string; email: string; dateOfBirth: string },
  checkPages?: (page: Page) => Promise<void>,
): Promise<void> {
  await page.goto('/clients');
  await waitForHeading(page, 'Clients');
  await checkPages?.(page);
  await page.getByRole('link', { name: 'Add client' }).click();
  await waitForHeading(page, 'Add a client');
  await checkPages?.(page);
  await page.getByLabel('First name', { exact: true }).fill(person.firstName);
  await page.getByLabel('Last name', { exact: true }).fill(person.lastName);
  await page.getByLabel('Email address (optional)').fill(person.email);
  await page.getByLabel('Date of birth').fill(person.dateOfBirth);
  await page.getByRole('button', { name: 'Add client' }).click();
  await waitForHeading(page, `${person.firstName} ${person.lastName}`);
}
