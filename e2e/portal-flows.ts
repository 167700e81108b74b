/** Steps of the client portal that the couple's browser test walks through for each partner. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { waitForHeading } from './flows.js';
import { expectNoAxeViolations } from './harness.js';

export interface Partner {
  firstName: string;
  lastName: string;
  email: string;
  dateOfBirth: string;
  password: string;
}

export const fullName = (partner: Partner) => `${partner.firstName} ${partner.lastName}`;

/** Opens the invitation link, chooses a password and lands on the portal home. */
export async function acceptInvitation(page: Page, link: string, partner: Partner): Promise<void> {
  await page.goto(link);
  await waitForHeading(page, 'Welcome to Candor');
  await expectNoAxeViolations(page);
  await page.getByLabel('New password', { exact: true }).fill(partner.password);
  await page.getByLabel('New password again').fill(partner.password);
  await page.getByRole('button', { name: 'Set password and continue' }).click();
  await waitForHeading(page, `Welcome, ${partner.firstName}`);
  expect(new URL(page.url()).pathname).toBe('/portal');
}

/** The portal's checklist of next steps, as "title|done" strings. */
export async function nextSteps(page: Page): Promise<string[]> {
  const list = page.getByRole('list', { name: 'Your next steps' });
  await list.waitFor();
  return (await list.getByRole('listitem').allTextContents()).map((text) => text.replace(/^\s*✓/, '').replace(/\s+/g, ' ').trim());
}

/**
 * Signs every consent offered, by typing the full name; the first attempt uses only the first
 * name, which the server refuses with a message shown next to the field. Returns the titles signed.
 */
export async function signEveryConsent(page: Page, partner: Partner): Promise<string[]> {
  const signed: string[] = [];
  const list = page.getByRole('list', { name: 'Consent forms' });
  for (;;) {
    await waitForHeading(page, 'Your consent forms');
    await list.waitFor();
    const next = list.getByRole('link', { name: /^Read and sign: / }).first();
    if ((await next.count()) === 0) break;
    const title = ((await next.textContent()) ?? '').replace(/^Read and sign: /, '').trim();
    await next.click();
    await waitForHeading(page, title);

    await page.getByRole('checkbox', { name: 'I have read and understood this' }).check();
    const nameField = page.getByLabel('Your full name');
    expect(await page.getByText('Type your full name to sign. This is your electronic signature.').count()).toBe(1);
    if (signed.length === 0) {
      await nameField.fill(partner.firstName);
      await page.getByRole('button', { name: 'Sign', exact: true }).click();
      await page.locator('#field-typedName[aria-invalid="true"]').waitFor();
      expect(await page.locator('#field-typedName-error').textContent()).toMatch(/full name/i);
      await expectNoAxeViolations(page);
    }
    await nameField.fill(fullName(partner));
    await page.getByRole('button', { name: 'Sign', exact: true }).click();
    const confirmation = page.getByText(`Signed by ${fullName(partner)} on`);
    await confirmation.waitFor();
    // Signed once and for all: no second signature is offered.
    expect(await page.getByRole('button', { name: 'Sign', exact: true }).count()).toBe(0);
    if (signed.length === 0) await expectNoAxeViolations(page);
    signed.push(title);
    await page.getByRole('link', { name: 'Back to your consent forms' }).first().click();
  }
  return signed;
}

/** Waits until the intake's autosave says "Saved" (after the change just made). */
export async function waitUntilSaved(page: Page): Promise<void> {
  await page.locator('.save-status', { hasText: /^Saved$/ }).waitFor();
}

/** Moves on from a step of the intake and waits for the next one. */
export async function continueTo(page: Page, heading: string): Promise<void> {
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await waitForHeading(page, heading);
  await expectNoAxeViolations(page);
}

export interface ShortHistory {
  /** A concern's label, as offered in "What would you like to add?". */
  concern: string;
  inOwnWords: string;
  /** Medicines by name, each with an optional dose. */
  medicines: { name: string; dose?: string }[];
}

/** From the portal home: a short history (one concern, some medicines, feeling safe), sent. */
export async function sendShortHistory(page: Page, history: ShortHistory): Promise<void> {
  await page.getByRole('link', { name: 'Tell us about yourself' }).click();
  await waitForHeading(page, 'What brings you here');
  await page.getByLabel('What would you like to add?').selectOption({ label: history.concern });
  await page.getByRole('button', { name: 'Add this concern' }).click();
  await page.getByRole('heading', { level: 3, name: `Concern 1: ${history.concern}` }).waitFor();
  await page.getByLabel('In your own words', { exact: true }).fill(history.inOwnWords);
  await expectNoAxeViolations(page);
  for (const step of ['What you have tried', 'Stress in your life', 'Recent changes', 'Health, medicines and supplements']) await continueTo(page, step);
  for (const [index, medicine] of history.medicines.entries()) {
    await page.getByLabel('Name of the medicine').fill(medicine.name);
    await page.getByRole('button', { name: 'Add medicine' }).click();
    await page.getByRole('heading', { level: 3, name: `Medicine ${index + 1}: ${medicine.name}` }).waitFor();
    if (medicine.dose) await page.getByLabel('Dose (optional)').nth(index).fill(medicine.dose);
  }
  await continueTo(page, 'Alcohol, tobacco and other substances');
  await continueTo(page, 'Feeling safe');
  await page.getByRole('radio', { name: 'Yes', exact: true }).check();
  await continueTo(page, 'Review and send');
  await page.getByRole('button', { name: 'Send to your therapist' }).click();
  await waitForHeading(page, 'Thank you');
  await expectNoAxeViolations(page);
}
