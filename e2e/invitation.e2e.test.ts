import { generate } from 'otplib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alertText, newestEmailTo, signInAsStaff, waitForHeading } from './flows.js';
import { DEMO, expectNoAxeViolations, launchBrowser, startServer, watchForPageProblems, type RunningServer } from './harness.js';

describe('invitations and password resets', () => {
  let server: RunningServer;
  let browser: Browser;
  let ownerContext: BrowserContext;
  /** The practice owner, signed in once: a TOTP code works only once per 30-second step. */
  let owner: Page;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    ownerContext = await browser.newContext({ baseURL: server.baseUrl });
    owner = await ownerContext.newPage();
    await signInAsStaff(owner, DEMO.owner);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('an invited clinician sets a password, enrols a second factor and keeps their recovery codes', async () => {
    await owner.goto('/settings/practice');
    await waitForHeading(owner, 'Practice');
    await owner.getByLabel('Name', { exact: true }).fill('Noor Haddad');
    await owner.getByLabel('Email address').fill('noor.haddad@demo.candor.test');
    await owner.getByRole('checkbox', { name: 'Clinician' }).check();
    await owner.getByRole('button', { name: 'Send invitation' }).click();
    await owner.getByRole('status').filter({ hasText: 'Invitation sent' }).waitFor();
    const email = await newestEmailTo(owner, 'noor.haddad@demo.candor.test');
    const link = /https?:\/\/\S+\/accept-invitation#token=[A-Za-z0-9_-]+/.exec(email)?.[0];
    expect(link, `no invitation link in:\n${email}`).toBeTruthy();

    const context = await browser.newContext({ baseURL: server.baseUrl });
    const page = await context.newPage();
    const pageProblems = watchForPageProblems(page);
    await page.goto(link!);
    await waitForHeading(page, 'Welcome to Candor');
    // The one-time token is taken out of the address bar once read.
    expect(new URL(page.url()).hash).toBe('');
    await expectNoAxeViolations(page);

    await page.getByLabel('New password', { exact: true }).fill('short');
    await page.getByLabel('New password again').fill('short');
    await page.getByRole('button', { name: 'Set password and continue' }).click();
    await page.locator('#field-password[aria-invalid="true"]').waitFor();

    await page.getByLabel('New password', { exact: true }).fill('blue heron quietly rowing');
    await page.getByLabel('New password again').fill('blue heron quietly rowing');
    await page.getByRole('button', { name: 'Set password and continue' }).click();

    await waitForHeading(page, 'Set up a second factor');
    const qr = page.getByRole('img', { name: 'QR code for adding Candor to your authenticator app' });
    await qr.waitFor();
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    const secret = ((await page.locator('code.secret').textContent()) ?? '').replace(/\s+/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    await expectNoAxeViolations(page);

    await page.getByLabel('Code from your app').fill('000000' === (await generate({ secret })) ? '111111' : '000000');
    await page.getByRole('button', { name: 'Turn on second factor' }).click();
    expect(await alertText(page)).toBe("That code didn't work. Check your authenticator app and try again.");

    await page.getByLabel('Code from your app').fill(await generate({ secret }));
    await page.getByRole('button', { name: 'Turn on second factor' }).click();
    await waitForHeading(page, 'Save your recovery codes');
    const codes = await page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem').allTextContents();
    expect(codes).toHaveLength(10);
    for (const code of codes) expect(code).toMatch(/^[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}$/);
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: /I've saved my codes/ }).click();
    await waitForHeading(page, 'Today');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await waitForHeading(page, 'Security');
    expect(await page.getByText('On.', { exact: true }).count()).toBe(1);

    expect(pageProblems()).toEqual([]);
    await context.close();
  });

  it('a clinician who forgot their password chooses a new one from the emailed link', async () => {
    const context = await browser.newContext({ baseURL: server.baseUrl });
    const page = await context.newPage();
    const pageProblems = watchForPageProblems(page);
    await page.goto('/forgot-password');
    await waitForHeading(page, 'Reset your password');
    await page.getByLabel('Email address').fill(DEMO.supervisor);
    await page.getByRole('button', { name: 'Send me a link' }).click();
    await page.getByRole('status').filter({ hasText: 'If an account uses that email address' }).waitFor();
    await expectNoAxeViolations(page);

    const email = await newestEmailTo(owner, DEMO.supervisor);
    const link = /https?:\/\/\S+\/reset-password#token=[A-Za-z0-9_-]+/.exec(email)?.[0];
    expect(link, `no reset link in:\n${email}`).toBeTruthy();

    await page.goto(link!);
    await waitForHeading(page, 'Choose a new password');
    await page.getByLabel('New password', { exact: true }).fill('lantern over the harbour');
    await page.getByLabel('New password again').fill('lantern over the harbor');
    await page.getByRole('button', { name: 'Save new password' }).click();
    await page.locator('#field-confirmPassword[aria-invalid="true"]').waitFor();
    await expectNoAxeViolations(page);

    await page.getByLabel('New password again').fill('lantern over the harbour');
    await page.getByRole('button', { name: 'Save new password' }).click();
    await page.getByRole('status').filter({ hasText: 'Your password has been changed.' }).waitFor();

    await page.getByRole('link', { name: 'Sign in with your new password' }).click();
    await waitForHeading(page, 'Sign in to Candor');
    await page.getByLabel('Email address').fill(DEMO.supervisor);
    await page.getByLabel('Password', { exact: true }).fill('lantern over the harbour');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await waitForHeading(page, 'Enter your sign-in code');

    expect(pageProblems()).toEqual([]);
    await context.close();
  });
});
