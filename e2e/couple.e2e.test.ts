import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invitationLinkIn, newestEmailTo, signInAsStaff, waitForHeading } from './flows.js';
import { DEMO, expectNoAxeViolations, launchBrowser, startServer, watchForPageProblems, type RunningServer } from './harness.js';
import { acceptInvitation, continueTo, fullName, nextSteps, signEveryConsent, waitUntilSaved, type Partner } from './portal-flows.js';

const run = Date.now().toString(36);
const noa: Partner = { firstName: 'Noa', lastName: 'Lindqvist', email: `noa.${run}@example.com`, dateOfBirth: '1990-05-12', password: 'quiet morning by the lake' };
const kai: Partner = { firstName: 'Kai', lastName: 'Moreau', email: `kai.${run}@example.com`, dateOfBirth: '1987-11-30', password: 'paper boats on a slow river' };
const LIMITED_SECRETS_TITLE = 'Therapy together: what is shared (limited-secrets policy)';

/** Each partner's concern, and how their intake differs. */
const concerns = new Map([
  [noa, { label: 'Low or no interest in sex', reload: true, safe: 'Yes' }],
  [kai, { label: 'Reaching orgasm', reload: false, safe: 'I’m not sure' }],
]);

describe('a couple: relationship, portal invitations, consents and the history intake', () => {
  let server: RunningServer;
  let browser: Browser;
  let clinicianContext: BrowserContext;
  let clinician: Page;
  let ownerContext: BrowserContext;
  /** The owner reads the outbox (a TOTP code works once per 30-second step, so sign in once). */
  let owner: Page;
  let relationshipPath = '';
  const problems: (() => string[])[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    clinicianContext = await browser.newContext({ baseURL: server.baseUrl });
    clinician = await clinicianContext.newPage();
    problems.push(watchForPageProblems(clinician));
    await signInAsStaff(clinician, DEMO.clinician);
    ownerContext = await browser.newContext({ baseURL: server.baseUrl });
    owner = await ownerContext.newPage();
    await signInAsStaff(owner, DEMO.owner);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the clinician adds two clients, makes them a relationship with limited secrets and invites both', async () => {
    for (const partner of [noa, kai]) {
      await clinician.goto('/clients');
      await waitForHeading(clinician, 'Clients');
      await clinician.getByRole('link', { name: 'Add client' }).click();
      await waitForHeading(clinician, 'Add a client');
      await clinician.getByLabel('First name', { exact: true }).fill(partner.firstName);
      await clinician.getByLabel('Last name', { exact: true }).fill(partner.lastName);
      await clinician.getByLabel('Email address (optional)').fill(partner.email);
      await clinician.getByLabel('Date of birth').fill(partner.dateOfBirth);
      await clinician.getByRole('button', { name: 'Add client' }).click();
      await waitForHeading(clinician, fullName(partner));
      await expectNoAxeViolations(clinician);
    }

    await clinician.goto('/clients');
    await clinician.getByRole('main').getByRole('link', { name: 'Relationships' }).click();
    await waitForHeading(clinician, 'Relationships');
    await expectNoAxeViolations(clinician);
    await clinician.getByRole('link', { name: 'New relationship' }).click();
    await waitForHeading(clinician, 'New relationship');

    // Nobody chosen yet: the form says what is missing, next to each group.
    await clinician.getByRole('button', { name: 'Create relationship' }).click();
    const summary = clinician.getByRole('alert').filter({ hasText: 'Some details need another look' });
    expect(await summary.textContent()).toContain('Choose at least two people.');
    await expectNoAxeViolations(clinician);

    const members = clinician.getByRole('group', { name: 'Who is in this relationship?' });
    await members.getByRole('checkbox', { name: fullName(noa) }).check();
    await members.getByRole('checkbox', { name: fullName(kai) }).check();
    await clinician.getByLabel('Name (optional)').fill(`Noa and Kai ${run}`);
    const policy = clinician.getByRole('group', { name: 'Confidentiality policy' });
    expect(await policy.getByRole('radio').count()).toBe(3);
    await policy.getByRole('radio', { name: 'Limited secrets' }).check();
    await clinician.getByRole('button', { name: 'Create relationship' }).click();
    await waitForHeading(clinician, `Noa and Kai ${run}`);
    relationshipPath = new URL(clinician.url()).pathname;
    expect(relationshipPath).toMatch(/^\/relationships\/[^/]+$/);
    expect(await clinician.getByText('Limited secrets: The therapist decides').count()).toBe(1);
    await expectNoAxeViolations(clinician);

    await clinician.getByRole('button', { name: 'Invite partners to the portal' }).click();
    const outcome = clinician.getByRole('status').filter({ hasText: 'Invited:' });
    await outcome.waitFor();
    expect(await outcome.textContent()).toContain(`Invited: ${fullName(noa)} and ${fullName(kai)}.`);
    await expectNoAxeViolations(clinician);
  });

  for (const partner of [noa, kai]) {
    it(`${partner.firstName} accepts the invitation, signs every consent and sends their history`, async () => {
      const { label, reload, safe } = concerns.get(partner)!;
      const other = partner === noa ? kai : noa;
      const link = invitationLinkIn(await newestEmailTo(owner, partner.email));
      expect(link, `no invitation link for ${partner.email}`).toBeTruthy();
      await expectNoAxeViolations(owner);

      const context = await browser.newContext({ baseURL: server.baseUrl });
      const page = await context.newPage();
      problems.push(watchForPageProblems(page));
      await acceptInvitation(page, link!, partner);
      expect(await nextSteps(page)).toContain(`Read and sign: ${LIMITED_SECRETS_TITLE} To do`);
      expect((await nextSteps(page)).at(-1)).toBe('Tell us about yourself To do');
      const together = page.getByRole('region', { name: 'Your relationship' });
      expect(await together.textContent()).toContain(`You are seen together with ${other.firstName}.`);
      await expectNoAxeViolations(page);

      // Consents: each read in full and signed by typing the full name.
      await page.getByRole('link', { name: `Read and sign: ${LIMITED_SECRETS_TITLE}` }).click();
      await waitForHeading(page, 'Your consent forms');
      await expectNoAxeViolations(page);
      const signed = await signEveryConsent(page, partner);
      expect(signed).toContain(LIMITED_SECRETS_TITLE);
      expect(signed.length).toBeGreaterThanOrEqual(4);
      expect(await page.getByText('You have signed everything. Thank you.').count()).toBe(1);

      // The history intake.
      await page.getByRole('link', { name: 'Back to your home page' }).click();
      await waitForHeading(page, `Welcome, ${partner.firstName}`);
      await page.getByRole('link', { name: 'Tell us about yourself' }).click();
      await waitForHeading(page, 'What brings you here');
      expect(await page.getByText('Step 1 of 7').count()).toBe(1);
      expect(await page.getByRole('progressbar', { name: 'Sections done' }).getAttribute('max')).toBe('7');

      await page.getByLabel('What would you like to add?').selectOption({ label });
      await page.getByRole('button', { name: 'Add this concern' }).click();
      await waitForHeading(page, 'What brings you here');
      await page.getByRole('heading', { level: 3, name: `Concern 1: ${label}` }).waitFor();
      const words = `Things changed for ${partner.firstName} a while ago.`;
      await page.getByLabel('In your own words', { exact: true }).fill(words);
      expect(await page.getByText(`${words.length} of 2000 characters`).count()).toBe(1);
      if (partner === noa) {
        await page.getByRole('radio', { name: 'I remember roughly when (a year, or a month and year)' }).check();
        await page.getByLabel('Month (optional)').selectOption({ label: 'March' });
        await page.getByLabel('Year', { exact: true }).fill('2021');
        await page.getByRole('radio', { name: 'It started after a time when things were different' }).check();
        await page.getByRole('radio', { name: /^Only in some situations/ }).check();
      } else {
        await page.getByRole('radio', { name: 'It has always been this way' }).check();
        await page.getByRole('radio', { name: 'All the time, in every situation' }).check();
      }
      await page.getByRole('radio', { name: 'Most times (more than half the time)' }).check();
      await page.getByRole('radio', { name: '7', exact: true }).check();
      await page.getByRole('checkbox', { name: 'Prefer not to say: What makes it worse?' }).check();
      expect(await page.getByLabel('What makes it worse?', { exact: true }).count()).toBe(0);
      await waitUntilSaved(page);
      await expectNoAxeViolations(page);

      if (reload) {
        // Resuming on another visit: the draft was saved as it was typed.
        await page.reload();
        await waitForHeading(page, 'What brings you here');
        await page.getByRole('heading', { level: 3, name: `Concern 1: ${label}` }).waitFor();
        expect(await page.getByLabel('In your own words', { exact: true }).inputValue()).toBe(words);
        expect(await page.getByLabel('Year', { exact: true }).inputValue()).toBe('2021');
        expect(await page.getByRole('radio', { name: '7', exact: true }).isChecked()).toBe(true);
        expect(await page.getByRole('checkbox', { name: 'Prefer not to say: What makes it worse?' }).isChecked()).toBe(true);
      }

      await continueTo(page, 'What you have tried');
      expect(await page.getByText('Step 2 of 7').count()).toBe(1);
      await continueTo(page, 'Stress in your life');
      await continueTo(page, 'Recent changes');
      await continueTo(page, 'Health, medicines and supplements');
      await page.getByLabel('Name of the medicine').fill(partner === noa ? 'Sertraline' : 'Lisinopril');
      await page.getByRole('button', { name: 'Add medicine' }).click();
      await page.getByLabel('Dose (optional)').fill(partner === noa ? '50 mg once a day' : '10 mg');
      await expectNoAxeViolations(page);
      await continueTo(page, 'Alcohol, tobacco and other substances');
      await continueTo(page, 'Feeling safe');
      expect(await page.getByText('Only your therapist sees your answer').count()).toBe(1);
      await page.getByRole('radio', { name: safe, exact: true }).check();
      const crisis = page.getByRole('complementary', { name: 'Help is available' });
      if (safe === 'Yes') expect(await crisis.count()).toBe(0);
      else expect(await crisis.textContent()).toContain('1-800-799-7233');
      await expectNoAxeViolations(page);

      await continueTo(page, 'Review and send');
      const review = page.getByRole('main');
      expect(await review.textContent()).toContain(`Concern 1: ${label}`);
      expect(await review.textContent()).toContain(partner === noa ? 'Medicine: Sertraline · 50 mg once a day' : 'Medicine: Lisinopril · 10 mg');
      expect(await page.getByRole('region', { name: 'You’d prefer not to say' }).textContent()).toContain('Concern 1: what makes it worse');
      await page.getByRole('button', { name: 'Send to your therapist' }).click();
      await waitForHeading(page, 'Thank you');
      await expectNoAxeViolations(page);

      await page.getByRole('link', { name: 'Back to your home page' }).click();
      await waitForHeading(page, `Welcome, ${partner.firstName}`);
      expect((await nextSteps(page)).every((step) => step.endsWith('Done'))).toBe(true);
      await page.getByRole('link', { name: 'Tell us about yourself' }).click();
      await page.getByRole('button', { name: 'Update your answers' }).waitFor();
      await expectNoAxeViolations(page);
      await context.close();
    }, 180_000);
  }

  it('the clinician sees both histories side by side, each marked private to its partner', async () => {
    await clinician.goto(relationshipPath);
    await waitForHeading(clinician, `Noa and Kai ${run}`);
    const sideBySide = clinician.getByRole('region', { name: 'Histories side by side' });
    for (const partner of [noa, kai]) {
      const column = sideBySide.getByRole('region', { name: fullName(partner) });
      await column.waitFor();
      const marker = `Private to ${fullName(partner)} — do not share in joint sessions without their consent.`;
      expect(((await column.locator('.private-marker').textContent()) ?? '').trim()).toBe(marker);
      const describedBy = (await column.getAttribute('aria-describedby')) ?? '';
      expect((await clinician.locator(`[id="${describedBy}"]`).textContent())?.trim()).toBe(marker);
      const own = concerns.get(partner)!.label;
      const theirs = concerns.get(partner === noa ? kai : noa)!.label;
      expect(await column.getByRole('heading', { level: 4, name: own }).count()).toBe(1);
      expect(await column.getByRole('heading', { level: 4, name: theirs }).count()).toBe(0);
    }
    const noaColumn = sideBySide.getByRole('region', { name: fullName(noa) });
    expect(await noaColumn.getByRole('list', { name: 'Specifiers', exact: true }).textContent()).toContain('Acquired');
    expect(await noaColumn.textContent()).toContain('Sertraline · 50 mg once a day');
    const kaiColumn = sideBySide.getByRole('region', { name: fullName(kai) });
    expect(await kaiColumn.getByRole('list', { name: 'Specifiers', exact: true }).textContent()).toContain('Lifelong');
    expect(await kaiColumn.textContent()).toContain('Feels safe in their relationship(s): Not sure');
    await expectNoAxeViolations(clinician);

    // The record of one partner: consents signed, the history, and the relationship linked.
    await clinician.getByRole('link', { name: fullName(noa) }).first().click();
    await waitForHeading(clinician, fullName(noa));
    const consents = clinician.getByRole('region', { name: 'Consents' });
    await consents.getByRole('table').waitFor();
    expect(await consents.getByText('Waiting for signature').count()).toBe(0);
    expect(await consents.getByText(`by ${fullName(noa)} on`).count()).toBeGreaterThanOrEqual(4);
    await clinician.getByRole('region', { name: 'History' }).getByRole('heading', { level: 4, name: 'Low or no interest in sex' }).waitFor();
    expect(await clinician.getByRole('region', { name: 'Care' }).getByRole('link', { name: `Noa and Kai ${run}` }).count()).toBe(1);
    await expectNoAxeViolations(clinician);

    for (const check of problems) expect(check()).toEqual([]);
  });
});
