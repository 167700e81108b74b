import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { signInAsStaff, submitPassword, waitForHeading } from './flows.js';
import { DEMO, expectNoAxeViolations, useBrowserPerTest } from './harness.js';

/** The demo client with a submitted history, a relationship and signed consents. */
const ALEX = 'Alex Morgan';

async function openClient(page: Page, name: string): Promise<void> {
  await page.goto('/clients');
  await waitForHeading(page, 'Clients');
  await page.getByRole('list', { name: 'Client list' }).getByRole('link', { name }).click();
  await waitForHeading(page, name);
}

describe('client records, the history on a client’s behalf, and consent documents', () => {
  const session = useBrowserPerTest();
  let page: Page;
  let pageProblems: () => string[];

  beforeEach(() => {
    ({ page, pageProblems } = session);
  });

  it('a clinician reads the full record, edits it with field errors shown in place, and fills in the history for the client', async () => {
    await signInAsStaff(page, DEMO.clinician);
    await openClient(page, ALEX);
    for (const section of ['About', 'Contact', 'Care', 'Consents', 'History']) {
      await page.getByRole('region', { name: section, exact: true }).waitFor();
    }
    await page.getByRole('region', { name: 'History' }).getByRole('list', { name: 'Specifiers', exact: true }).waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Edit details' }).click();
    await waitForHeading(page, `Edit ${ALEX}'s details`);
    expect(await page.locator('#pronoun-suggestions option').count()).toBeGreaterThanOrEqual(4);
    await page.getByLabel('Pronouns (optional)').fill('she/they');
    await page.getByLabel('Email address (optional)').fill('not-an-email');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.locator('#field-email[aria-invalid="true"]').waitFor();
    expect(((await page.locator('#field-email-error').textContent()) ?? '').length).toBeGreaterThan(0);
    await expectNoAxeViolations(page);
    await page.getByLabel('Email address (optional)').fill('alex.morgan@demo.candor.test');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await waitForHeading(page, new RegExp(`^${ALEX}$`));
    expect(await page.getByRole('region', { name: 'About' }).getByText('she/they', { exact: true }).count()).toBe(1);

    await page.getByRole('link', { name: 'Fill in the history on their behalf' }).click();
    await waitForHeading(page, `${ALEX}’s history`);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Update the answers' }).click();
    // A new draft starts from the version already sent, so every section is done: the review.
    await waitForHeading(page, 'Review and send');
    expect(await page.getByText(`You are filling this in on ${ALEX}'s behalf.`).count()).toBe(1);
    await page.getByRole('button', { name: 'Change what brings you here' }).click();
    await waitForHeading(page, 'What brings you here');
    await page.getByLabel('What makes it better?', { exact: true }).first().fill('Time away together, without the baby monitor.');
    await page.locator('.save-status', { hasText: /^Saved$/ }).waitFor();
    await expectNoAxeViolations(page);
    await page.goto(`${new URL(page.url()).pathname}?step=review`);
    await waitForHeading(page, 'Review and send');
    await page.getByRole('button', { name: 'Send to their record' }).click();
    await waitForHeading(page, 'Thank you');
    expect(await page.getByText(`The history is saved to ${ALEX}'s record.`).count()).toBe(1);

    await page.getByRole('link', { name: `Back to ${ALEX}` }).click();
    await waitForHeading(page, new RegExp(`^${ALEX}$`));
    const history = page.getByRole('region', { name: 'History' });
    await history.getByText('Version 2, filled in by the clinician', { exact: false }).waitFor();
    expect(await history.getByText('Time away together, without the baby monitor.').count()).toBe(1);

    // The record leaves as a FHIR R4 file; the file name carries no name, only the record's id.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('region', { name: 'The record, for the client or elsewhere' }).getByRole('link', { name: 'Download the record (FHIR R4, JSON)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^candor-record-[0-9a-f-]{36}\.fhir\.json$/);
    const bundle = JSON.parse(await readFile(await download.path(), 'utf8'));
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    const patient = bundle.entry.find((e: { resource: { resourceType: string } }) => e.resource.resourceType === 'Patient').resource;
    expect(patient.name[0]).toEqual({ use: 'official', family: 'Morgan', given: ['Alexandra'] });
    expect(pageProblems()).toEqual([]);
  });

  it('the owner sees only the administrative record and publishes a new version of a consent document', async () => {
    await signInAsStaff(page, DEMO.owner);
    await openClient(page, ALEX);
    await page.getByRole('region', { name: 'Contact' }).waitFor();
    for (const hidden of ['Consents', 'History']) expect(await page.getByRole('region', { name: hidden, exact: true }).count()).toBe(0);
    expect(await page.getByText('Sexual orientation').count()).toBe(0);
    await expectNoAxeViolations(page);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Consent documents' }).click();
    await waitForHeading(page, 'Consent documents');
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Fees, payment and cancellations' }).click();
    await waitForHeading(page, 'Fees, payment and cancellations');
    expect(await page.getByText('Clients will be asked to sign the new version. Earlier versions, and the signatures given to them, are kept.').count()).toBe(1);
    await page.getByLabel('Title').fill('Fees, payment and cancellations (2027)');
    await page.getByRole('button', { name: 'Publish new version' }).click();
    await page.getByRole('status').filter({ hasText: 'Version 2 is published.' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Current version (2): Fees, payment and cancellations (2027)' }).waitFor();
    expect(await page.getByRole('list', { name: 'Versions, newest first' }).getByRole('listitem').count()).toBe(2);
    await expectNoAxeViolations(page);
    expect(pageProblems()).toEqual([]);
  });

  it('a draft saved on another device first is reloaded, and the person is told calmly', async () => {
    const laptop = page;
    await submitPassword(laptop, DEMO.client);
    await waitForHeading(laptop, /^Welcome, /);
    await laptop.goto('/portal/intake');
    await laptop.getByRole('button', { name: 'Update your answers' }).click();
    await waitForHeading(laptop, 'Review and send');
    await laptop.goto('/portal/intake?step=safety');
    await waitForHeading(laptop, 'Feeling safe');

    const phoneContext = await session.browser.newContext({ baseURL: session.server.baseUrl });
    const phone = await phoneContext.newPage();
    await submitPassword(phone, DEMO.client);
    await waitForHeading(phone, /^Welcome, /);
    await phone.goto('/portal/intake?step=safety');
    await waitForHeading(phone, 'Feeling safe');
    const notes = 'Is there anything else you’d like your therapist to know? (optional)';
    await phone.getByLabel(notes, { exact: true }).fill('Written on the phone.');
    await phone.locator('.save-status', { hasText: /^Saved$/ }).waitFor();
    await phoneContext.close();

    await laptop.getByLabel(notes, { exact: true }).fill('Written on the laptop.');
    const notice = laptop.getByRole('status').filter({ hasText: 'updated on another device' });
    await notice.waitFor();
    expect(await laptop.getByLabel(notes, { exact: true }).inputValue()).toBe('Written on the phone.');
    await expectNoAxeViolations(laptop);
    expect(pageProblems()).toEqual([]);
  });
});
