import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  WRONG_CODE_MESSAGE,
  alertText,
  currentTotpCode,
  focusedElement,
  linkTexts,
  signInAsStaff,
  submitCode,
  submitPassword,
  waitForHeading,
  wrongTotpCode,
} from './flows.js';
import { DEMO, DEMO_PASSWORD, expectNoAxeViolations, useBrowserPerTest } from './harness.js';

describe('signing in to the staff app', () => {
  const session = useBrowserPerTest();
  let page: Page;
  let pageProblems: () => string[];

  beforeEach(() => {
    ({ page, pageProblems } = session);
  });

  it('refuses a wrong code with a clear message, accepts the right one and shows the clinician their clients', async () => {
    await submitPassword(page, DEMO.clinician);
    await waitForHeading(page, 'Enter your sign-in code');
    expect(await page.title()).toBe('Enter your sign-in code — Candor');
    await expectNoAxeViolations(page);

    await submitCode(page, await wrongTotpCode());
    expect(await alertText(page)).toBe(WRONG_CODE_MESSAGE);
    expect(await focusedElement(page)).toBe('DIV[alert]');
    await expectNoAxeViolations(page);

    await submitCode(page, await currentTotpCode());
    await waitForHeading(page, 'Today');
    expect(await page.title()).toBe('Today — Candor');
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await linkTexts(nav)).toEqual(['Today', 'Clients', 'Calendar', 'Credentials', 'Certification', 'Contact requests', 'Directory profile', 'Settings']);
    expect(await page.getByRole('banner').textContent()).toContain('Dr. Amara Okafor');
    // Today's sessions load after the page: wait for the answer (the demo books two for today).
    const sessions = page.getByRole('list', { name: 'Today’s sessions' });
    await sessions.waitFor();
    expect(await sessions.locator(':scope > li').count()).toBe(2);
    await expectNoAxeViolations(page);

    await nav.getByRole('link', { name: 'Clients' }).click();
    await waitForHeading(page, 'Clients');
    expect(await focusedElement(page)).toBe('H1');
    expect(await page.title()).toBe('Clients — Candor');
    const clientList = page.getByRole('list', { name: 'Client list' });
    await clientList.waitFor();
    const names = await linkTexts(clientList);
    expect(names).toEqual(expect.arrayContaining(['Alex Morgan', 'Jamie Chen', 'Taylor Brooks']));
    await expectNoAxeViolations(page);

    await nav.getByRole('link', { name: 'Settings' }).click();
    await waitForHeading(page, 'Security');
    expect(await page.getByText('On.', { exact: true }).count()).toBe(1);
    await expectNoAxeViolations(page);

    expect(pageProblems()).toEqual([]);
  });

  it('shows the sign-in page to a signed-out visitor, and a plain message for a wrong password', async () => {
    await page.goto('/clients');
    await page.waitForURL('**/sign-in');
    await waitForHeading(page, 'Sign in to Candor');
    expect(await page.title()).toBe('Sign in — Candor');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expectNoAxeViolations(page);

    await submitPassword(page, DEMO.clinician, 'not-the-password');
    expect(await alertText(page)).toBe("That email and password don't match. Please check them and try again.");
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await waitForHeading(page, 'Reset your password');
    await expectNoAxeViolations(page);

    expect(pageProblems()).toEqual([]);
  });

  it('lets the owner see practice settings, invite a colleague and read the outbox', async () => {
    await signInAsStaff(page, DEMO.owner);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Settings' }).click();
    await waitForHeading(page, 'Security');
    await page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Practice' }).click();
    await waitForHeading(page, 'Practice');
    await page.getByRole('table').waitFor();
    await expectNoAxeViolations(page);

    await page.getByLabel('Name', { exact: true }).fill('Casey Nguyen');
    await page.getByLabel('Email address').fill('casey.nguyen@demo.candor.test');
    await page.getByRole('checkbox', { name: 'Clinician' }).check();
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByRole('status').filter({ hasText: 'Invitation sent to casey.nguyen@demo.candor.test.' }).waitFor();

    await page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Outbox' }).click();
    await waitForHeading(page, 'Outbox');
    const messages = page.getByRole('list', { name: 'Sent emails' }).getByRole('listitem');
    await messages.first().waitFor();
    expect(await messages.first().textContent()).toContain('casey.nguyen@demo.candor.test');
    await expectNoAxeViolations(page);

    expect(pageProblems()).toEqual([]);
  });

  it('changes a password from Settings: a wrong current password is named, then the new one is saved', async () => {
    await signInAsStaff(page, DEMO.billing, /^(Today|Billing)$/);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await waitForHeading(page, 'Security');
    const fill = async (current: string) => {
      await page.getByLabel('Current password').fill(current);
      await page.getByLabel('New password', { exact: true }).fill('a brand new passphrase');
      await page.getByLabel('New password again').fill('a brand new passphrase');
      await page.getByRole('button', { name: 'Change password' }).click();
    };
    await fill('not my password');
    await page.getByText("That isn't your current password.").waitFor();
    await expectNoAxeViolations(page);
    await fill(DEMO_PASSWORD);
    await page.getByRole('status').filter({ hasText: 'Your password has been changed.' }).waitFor();
    expect(await page.getByLabel('Current password').inputValue()).toBe('');
    await expectNoAxeViolations(page);
    expect(pageProblems()).toEqual([]);
  });
});
