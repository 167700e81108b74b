import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { signInAsStaff, waitForHeading } from './flows.js';
import { DEMO, expectNoAxeViolations, useBrowserPerTest } from './harness.js';

describe('adding a client', () => {
  const session = useBrowserPerTest();
  let page: Page;
  let pageProblems: () => string[];

  beforeEach(() => {
    ({ page, pageProblems } = session);
  });

  it('shows the server’s field errors next to each field, then opens the new client', async () => {
    await signInAsStaff(page, DEMO.otherClinician);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clients' }).click();
    await waitForHeading(page, 'Clients');
    await page.getByRole('link', { name: 'Add client' }).click();
    await waitForHeading(page, 'Add a client');

    await page.getByLabel('First name', { exact: true }).fill('Sky');
    await page.getByLabel('Last name', { exact: true }).fill('Okoro');
    await page.getByLabel('Email address (optional)').fill('not-an-email');
    await page.getByLabel('Date of birth').fill('1990-02-03');
    await page.getByLabel('What brings them to therapy (optional)').fill('Wants to talk about intimacy after a long break.');
    await page.getByRole('button', { name: 'Add client' }).click();

    const email = page.getByLabel('Email address (optional)');
    await page.locator('#field-email[aria-invalid="true"]').waitFor();
    const describedBy = (await email.getAttribute('aria-describedby')) ?? '';
    expect(describedBy.split(' ')).toContain('field-email-error');
    const fieldError = ((await page.locator('#field-email-error').textContent()) ?? '').trim();
    expect(fieldError.length).toBeGreaterThan(0);
    const summary = page.getByRole('alert').filter({ hasText: 'Some details need another look' });
    expect(await summary.textContent()).toContain(`Email address: ${fieldError}`);
    await expectNoAxeViolations(page);

    await email.fill('sky.okoro@example.com');
    await page.getByRole('button', { name: 'Add client' }).click();
    await waitForHeading(page, 'Sky Okoro');
    expect(new URL(page.url()).pathname).toMatch(/^\/clients\/[^/]+$/);
    expect(await page.getByText('Wants to talk about intimacy after a long break.').count()).toBe(1);
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Back to clients' }).click();
    await waitForHeading(page, 'Clients');
    await page.getByLabel('Search clients by name').fill('Okoro');
    await page.waitForURL('**/clients?q=Okoro');
    const list = page.getByRole('list', { name: 'Client list' });
    await list.getByRole('link', { name: 'Sky Okoro' }).waitFor();
    expect(await list.getByRole('link').allTextContents()).toEqual(['Sky Okoro']);

    expect(pageProblems()).toEqual([]);
  });

  it('asks an owner who is not a clinician to choose the care team, and never shows them the clinical field', async () => {
    await signInAsStaff(page, DEMO.owner);
    await page.goto('/clients/new');
    await waitForHeading(page, 'Add a client');
    expect(await page.getByLabel(/What brings them to therapy/).count()).toBe(0);

    await page.getByLabel('First name', { exact: true }).fill('River');
    await page.getByLabel('Last name', { exact: true }).fill('Santos');
    await page.getByLabel('Date of birth').fill('1984-07-19');
    await page.getByRole('button', { name: 'Add client' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Some details need another look' });
    expect(await summary.textContent()).toContain('Care team: Choose at least one clinician.');
    await expectNoAxeViolations(page);

    await page.getByRole('group', { name: 'Care team' }).getByRole('checkbox', { name: 'Dr. Amara Okafor' }).check();
    await page.getByRole('button', { name: 'Add client' }).click();
    await waitForHeading(page, 'River Santos');
    expect(await page.getByText('Dr. Amara Okafor').count()).toBe(1);
    await expectNoAxeViolations(page);

    expect(pageProblems()).toEqual([]);
  });
});
