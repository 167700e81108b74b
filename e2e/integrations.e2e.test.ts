import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { signInAsStaff, waitForHeading } from './flows.js';
import { DEMO, expectNoAxeViolations, useBrowserPerTest } from './harness.js';

describe('integrations: access tokens and webhooks', () => {
  const session = useBrowserPerTest();
  let page: Page;
  let pageProblems: () => string[];

  beforeEach(() => {
    ({ page, pageProblems } = session);
  });

  it('the owner makes a token, sees it once, revokes it, and adds a webhook whose test message is logged', async () => {
    await signInAsStaff(page, DEMO.owner);
    await page.goto('/settings/integrations');
    await waitForHeading(page, 'Integrations');
    await expectNoAxeViolations(page);

    const tokens = page.getByRole('region', { name: 'Access tokens' });
    await tokens.getByRole('button', { name: 'Make the token' }).click();
    await tokens.locator('#field-name[aria-invalid="true"]').waitFor();
    await tokens.getByLabel('Name').fill('Accounting export');
    await tokens.getByLabel('Read charges, payments and the income report').check();
    await tokens.getByRole('button', { name: 'Make the token' }).click();
    const shown = tokens.getByLabel('The token “Accounting export”');
    await shown.waitFor();
    expect(await shown.inputValue()).toMatch(/^cndr_[A-Za-z0-9_-]{43}$/);
    await expectNoAxeViolations(page);
    await tokens.getByRole('button', { name: 'Revoke Accounting export' }).click();
    await tokens.getByRole('cell', { name: 'Revoked' }).waitFor();

    const hooks = page.getByRole('region', { name: 'Webhooks' });
    await hooks.getByLabel('Address').fill('http://billing.example.test/candor');
    await hooks.getByLabel('appointment.created').check();
    await hooks.getByRole('button', { name: 'Add the webhook' }).click();
    await hooks.getByText('Must start with https:// (http:// only for this machine).').waitFor();
    await hooks.getByLabel('Address').fill('https://billing.example.test/candor');
    await hooks.getByRole('button', { name: 'Add the webhook' }).click();
    expect(await hooks.getByLabel('The signing secret for https://billing.example.test/candor').inputValue()).toMatch(/^whsec_/);
    await hooks.getByRole('button', { name: 'Send a test message' }).click();
    await hooks.getByText('Delivery log').click();
    await hooks.getByRole('cell', { name: 'ping' }).waitFor();
    await expectNoAxeViolations(page);
    expect(pageProblems()).toEqual([]);
  });

  it('the owner downloads the whole practice, sealed with a passphrase typed twice', async () => {
    await signInAsStaff(page, DEMO.owner);
    await page.goto('/settings/practice');
    await waitForHeading(page, 'Practice');
    const move = page.getByRole('region', { name: 'Move the practice' });
    await move.getByLabel('Passphrase', { exact: true }).fill('a long and private passphrase');
    await move.getByLabel('Passphrase again').fill('a long and private passphrase, typo');
    await move.getByRole('button', { name: 'Download the practice' }).click();
    await move.getByText('The two passphrases are not the same.').waitFor();
    await expectNoAxeViolations(page);
    await move.getByLabel('Passphrase again').fill('a long and private passphrase');
    const [download] = await Promise.all([page.waitForEvent('download'), move.getByRole('button', { name: 'Download the practice' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^candor-practice-\d{4}-\d{2}-\d{2}\.candor$/);
    expect((await readFile(await download.path())).subarray(0, 26).toString()).toBe('CANDOR-PRACTICE-ARCHIVE-1\n');
    await move.getByRole('status').filter({ hasText: /^Downloaded candor-practice-/ }).waitFor();
    expect(pageProblems()).toEqual([]);
  });

  it('a clinician brings in a questionnaire answered elsewhere, from a FHIR file', async () => {
    await signInAsStaff(page, DEMO.clinician);
    await page.goto('/clients');
    await page.getByRole('list', { name: 'Client list' }).getByRole('link', { name: 'Alex Morgan' }).click();
    await waitForHeading(page, 'Alex Morgan');
    const section = page.getByRole('region', { name: 'The record, for the client or elsewhere' });
    const item = (linkId: string, value: number) => ({ linkId, answer: [{ valueInteger: value }] });
    const response = {
      resourceType: 'QuestionnaireResponse', status: 'completed', questionnaire: 'urn:candor:instrument:gad-7', authored: '2026-08-20T15:00:00.000Z',
      item: [item('q1', 1), item('q2', 1), item('q3', 2), item('q4', 0), item('q5', 1), item('q6', 1), item('q7', 0)],
    };
    await section.getByLabel('FHIR file (JSON)').setInputFiles({ name: 'gad7.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(response)) });
    await section.getByRole('status').filter({ hasText: 'Brought in 1 questionnaire' }).waitFor();
    expect(await section.getByText(/^GAD-7, .*: 6$/).count()).toBe(1);
    await expectNoAxeViolations(page);
    expect(pageProblems()).toEqual([]);
  });
});
