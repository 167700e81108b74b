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
