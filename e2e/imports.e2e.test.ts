import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { alertText, signInAsStaff, waitForHeading } from './flows.js';
import { DEMO, expectNoAxeViolations, useBrowserPerTest } from './harness.js';

const file = (name: string, csv: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(csv) });

describe('importing from a spreadsheet', () => {
  const session = useBrowserPerTest();
  let page: Page;
  let pageProblems: () => string[];

  beforeEach(() => {
    ({ page, pageProblems } = session);
  });

  it('checks a client file, shows the row to correct, then imports it and an appointment for the new client', async () => {
    await signInAsStaff(page, DEMO.clinician);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clients' }).click();
    await waitForHeading(page, 'Clients');
    await page.getByRole('link', { name: 'Import from a spreadsheet' }).click();
    await waitForHeading(page, 'Import from a spreadsheet');

    const clients = page.getByRole('region', { name: '1. Clients' });
    await clients.getByLabel('CSV file of clients').setInputFiles(file('clients.csv', 'Legal First Name,Legal Last Name,DOB,Email Address\nRiley,Chen,13/01/1990,riley.chen@example.test\n'));
    await clients.getByRole('status').filter({ hasText: 'Chosen: clients.csv. Check it before importing.' }).waitFor();
    await clients.getByRole('button', { name: 'Check the file' }).click();
    expect(await alertText(page)).toBe('1 row needs a change before anything can be imported. Correct it in the spreadsheet, save it as CSV, and choose the file again.');
    const table = clients.getByRole('table', { name: /Rows to look at/ });
    expect((await table.getByRole('row').nth(1).textContent())?.trim()).toBe('2DOB: is not a date: write it YYYY-MM-DD or MM/DD/YYYY (dates are read month first: 04/17/1989)');
    expect(await clients.getByRole('button', { name: /^Import/ }).count()).toBe(0);
    await expectNoAxeViolations(page);

    await clients.getByLabel('CSV file of clients').setInputFiles(file('clients.csv', 'Legal First Name,Legal Last Name,DOB,Email Address\nRiley,Chen,01/13/1990,riley.chen@example.test\n'));
    await clients.getByRole('status').filter({ hasText: 'Chosen: clients.csv. Check it before importing.' }).waitFor();
    await clients.getByRole('button', { name: 'Check the file' }).click();
    await clients.getByRole('status').filter({ hasText: 'The file is ready: 1 client to import. Nothing has been imported yet.' }).waitFor();
    await clients.getByRole('button', { name: 'Import 1 client' }).click();
    await clients.getByRole('status').filter({ hasText: 'Imported 1 client.' }).waitFor();
    await expectNoAxeViolations(page);

    const appointments = page.getByRole('region', { name: '2. Appointments' });
    await appointments.getByLabel('CSV file of appointments').setInputFiles(file('appointments.csv', 'Client,Date,Time,Duration,Type\nRiley Chen,01/15/2024,10:00 AM,50,Intake\n'));
    await appointments.getByRole('status').filter({ hasText: 'Chosen: appointments.csv. Check it before importing.' }).waitFor();
    await appointments.getByRole('button', { name: 'Check the file' }).click();
    await appointments.getByRole('button', { name: 'Import 1 appointment' }).click();
    await appointments.getByRole('status').filter({ hasText: 'Imported 1 appointment.' }).waitFor();

    await page.getByRole('link', { name: 'Back to clients' }).click();
    await waitForHeading(page, 'Clients');
    await page.getByRole('list', { name: 'Client list' }).getByRole('link', { name: 'Riley Chen' }).waitFor();
    expect(pageProblems()).toEqual([]);
  });
});
