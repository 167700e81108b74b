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
});
