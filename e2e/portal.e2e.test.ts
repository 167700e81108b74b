import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { signInAsStaff, submitPassword, waitForHeading } from './flows.js';
import { DEMO, DEMO_PASSWORD, expectNoAxeViolations, useBrowserPerTest } from './harness.js';

describe('the client portal', () => {
  const session = useBrowserPerTest();
  let page: Page;
  let pageProblems: () => string[];

  beforeEach(() => {
    ({ page, pageProblems } = session);
  });

  it('welcomes a client who signs in with a password alone, and signs them out', async () => {
    await submitPassword(page, DEMO.client);
    await waitForHeading(page, /^Welcome, /);
    expect(new URL(page.url()).pathname).toBe('/portal');
    expect(await page.title()).toBe('Welcome — Candor');

    const header = ((await page.getByRole('banner').textContent()) ?? '').trim();
    expect(header).toMatch(/^Your private space at \S/);
    expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
    expect(await page.getByText('Only your therapist sees what you write here.').count()).toBe(1);
    expect(await page.getByRole('heading', { level: 2, name: 'What happens next' }).count()).toBe(1);
    await expectNoAxeViolations(page);

    // A client has no business in the staff app: its paths send them home.
    await page.goto('/clients');
    await waitForHeading(page, /^Welcome, /);
    expect(new URL(page.url()).pathname).toBe('/portal');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await waitForHeading(page, 'Sign in to Candor');
    await page.goto('/portal');
    await page.waitForURL('**/sign-in');

    expect(pageProblems()).toEqual([]);
  });

  it('a client’s request for her record is released by her therapist, and she downloads it', async () => {
    // The demo's Alex asked for her record; Dr. Okafor reviews and releases it from the chart.
    await signInAsStaff(page, DEMO.clinician);
    await page.goto('/clients');
    await page.getByRole('list', { name: 'Client list' }).getByRole('link', { name: 'Alex Morgan' }).click();
    await waitForHeading(page, 'Alex Morgan');
    const section = page.getByRole('region', { name: 'The record, for the client or elsewhere' });
    await section.getByText(/waiting for your review/).waitFor();
    await expectNoAxeViolations(page);
    await section.getByRole('button', { name: 'Release the record to the client' }).click();
    await section.getByText(/released on .*, downloaded 0 times\./).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await waitForHeading(page, 'Sign in to Candor');

    await submitPassword(page, DEMO.client);
    await waitForHeading(page, /^Welcome, /);
    await page.getByRole('banner').getByRole('link', { name: 'Your record' }).click();
    await waitForHeading(page, 'Your record');
    expect(await page.title()).toBe('Your record — Candor');
    await expectNoAxeViolations(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download your record (PDF)' }).click()]);
    expect(download.suggestedFilename()).toBe('my-record.pdf');
    expect((await readFile(await download.path())).subarray(0, 5).toString()).toBe('%PDF-');
    // With no request waiting, she may ask again.
    await page.getByRole('button', { name: 'Ask for a copy of my record' }).click();
    await page.getByRole('status').filter({ hasText: 'You have asked for your record.' }).waitFor();
    expect(pageProblems()).toEqual([]);
  });

  it('lets a client change their password from Your account', async () => {
    await submitPassword(page, DEMO.client);
    await waitForHeading(page, /^Welcome, /);
    await page.getByRole('banner').getByRole('link', { name: 'Your account' }).click();
    await waitForHeading(page, 'Your account');
    expect(await page.title()).toBe('Your account — Candor');
    await expectNoAxeViolations(page);
    await page.getByLabel('Current password').fill(DEMO_PASSWORD);
    await page.getByLabel('New password', { exact: true }).fill('a private new passphrase');
    await page.getByLabel('New password again').fill('a private new passphrase');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByRole('status').filter({ hasText: 'Your password has been changed.' }).waitFor();
    await expectNoAxeViolations(page);
    expect(pageProblems()).toEqual([]);
  });

});
