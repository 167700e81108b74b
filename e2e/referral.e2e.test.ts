import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addClient, invitationLinkIn, newestEmailTo, signInAsStaff, waitForHeading } from './flows.js';
import { DEMO, expectNoAxeViolations, launchBrowser, startServer, watchForPageProblems, type RunningServer } from './harness.js';
import { acceptInvitation, fullName, nextSteps, sendShortHistory, type Partner } from './portal-flows.js';

const run = Date.now().toString(36);
const rowan: Partner = { firstName: 'Rowan', lastName: 'Ellery', email: `rowan.${run}@example.com`, dateOfBirth: '1988-03-14', password: 'lanterns along the harbour wall' };
const RECIPIENT = 'Dr. Maya Chen';
const ORGANIZATION = 'Harbour Gynecology';
const WHO = `${RECIPIENT} at ${ORGANIZATION}`;
const PAIN = 'Pain or difficulty with penetration';
const SLOW = 180_000;

/**
 * A new client's history triggers screening suggestions; the clinician dismisses one, refers to
 * gynecology, asks the client's permission to share, the client signs it in the portal, and the
 * referral goes out with a letter that carries only what the release allows.
 */
describe('screening, a referral under a signed release of information, and diagnosis support', () => {
  let server: RunningServer;
  let browser: Browser;
  let clinician: Page;
  let owner: Page;
  let clientContext: BrowserContext;
  let client: Page;
  let chartPath = '';
  let referralPath = '';
  /** The client's release that does not allow medicines, to withdraw at the end. */
  let releaseWithoutMedicines = '';
  const problems: (() => string[])[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    clinician = await (await browser.newContext({ baseURL: server.baseUrl })).newPage();
    problems.push(watchForPageProblems(clinician));
    await signInAsStaff(clinician, DEMO.clinician);
    owner = await (await browser.newContext({ baseURL: server.baseUrl })).newPage();
    await signInAsStaff(owner, DEMO.owner);
    clientContext = await browser.newContext({ baseURL: server.baseUrl });
    client = await clientContext.newPage();
    problems.push(watchForPageProblems(client));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function openChart(): Promise<void> {
    await clinician.goto(chartPath);
    await waitForHeading(clinician, fullName(rowan));
  }

  it('the clinician adds a client with an email and invites them to the portal', async () => {
    await addClient(clinician, rowan, expectNoAxeViolations);
    chartPath = new URL(clinician.url()).pathname;

    const screening = clinician.getByRole('region', { name: 'Medical screening' });
    await screening.getByText('Nothing to suggest.', { exact: false }).waitFor();
    expect(await screening.textContent()).toContain('They are never shown to the client.');
    for (const section of ['Referrals', 'Releases of information', 'Diagnoses']) await clinician.getByRole('region', { name: section, exact: true }).waitFor();
    await clinician.getByRole('button', { name: 'Invite to the portal' }).click();
    await clinician.getByRole('status').filter({ hasText: `Invitation sent to ${rowan.email}` }).waitFor();
    await expectNoAxeViolations(clinician);
  });

  it('the client accepts and sends a short history: pain with penetration, Zoloft and a medicine nobody recognises', async () => {
    const link = invitationLinkIn(await newestEmailTo(owner, rowan.email));
    expect(link, `no invitation link for ${rowan.email}`).toBeTruthy();
    await expectNoAxeViolations(owner);
    await acceptInvitation(client, link!, rowan);
    await expectNoAxeViolations(client);
    await sendShortHistory(client, {
      concern: PAIN,
      inOwnWords: 'It hurts when we try, and I tense up before we start.',
      medicines: [{ name: 'Zoloft', dose: '50 mg' }, { name: 'Florinex' }],
    });
  }, SLOW);

  it('the clinician weighs the suggestions: dismisses one with a reason, maps a medicine, and refers to gynecology', async () => {
    await openChart();
    const screening = clinician.getByRole('region', { name: 'Medical screening' });
    const open = screening.getByRole('list', { name: 'Open suggestions' });
    const suggestion = (specialty: string) => open.getByRole('listitem').filter({ has: clinician.getByRole('heading', { level: 4, name: specialty, exact: true }) });
    await suggestion('Gynecology').waitFor();
    expect(await suggestion('Gynecology').textContent()).toContain(`Concern 1 — “${PAIN}”`);
    expect(await suggestion('Gynecology').textContent()).toContain('Urgency: Routine');
    expect(await suggestion('The prescribing clinician').textContent()).toContain('Medicine 1 — “Zoloft”');
    await suggestion('Gynecology').locator('summary', { hasText: 'Source' }).click();
    await suggestion('Gynecology').getByText('MSD Manual', { exact: false }).waitFor();
    await expectNoAxeViolations(clinician);

    // A medicine nobody recognised, mapped for the whole practice (this screens the history again).
    const unrecognised = screening.getByRole('list', { name: 'Medicines we did not recognise' });
    await unrecognised.getByRole('combobox', { name: /“Florinex”/ }).selectOption({ label: 'A common medicine or supplement with no screening rule' });
    await unrecognised.getByRole('button', { name: 'Save' }).click();
    await screening.getByRole('status').filter({ hasText: '“Florinex” is now recognised' }).waitFor();
    await screening.getByText('Every medicine and supplement in the history was recognised.').waitFor();

    // Dismissing needs a reason.
    await screening.getByRole('button', { name: 'Dismiss the pelvic-floor physical therapy suggestion' }).click();
    const dismissForm = screening.getByRole('form', { name: 'Dismiss the pelvic-floor physical therapy suggestion' });
    await dismissForm.getByRole('button', { name: 'Dismiss the suggestion' }).click();
    await dismissForm.getByText('Say why this suggestion does not apply.').waitFor();
    await expectNoAxeViolations(clinician);
    const reason = 'Already seeing a pelvic-floor physiotherapist since January.';
    await dismissForm.getByLabel('Why does it not apply?').fill(reason);
    await dismissForm.getByRole('button', { name: 'Dismiss the suggestion' }).click();
    await screening.getByRole('status').filter({ hasText: 'The pelvic-floor physical therapy suggestion was dismissed.' }).waitFor();
    const decided = screening.getByRole('list', { name: 'Decided suggestions' });
    await decided.getByText(`Reason: ${reason}`, { exact: false }).waitFor();
    expect(await suggestion('Pelvic-floor physical therapy').count()).toBe(0);

    // Refer: a drafted referral, with the suggestion's reason to start from.
    await screening.getByRole('button', { name: 'Refer to gynecology' }).click();
    const referForm = screening.getByRole('form', { name: 'Refer to Gynecology' });
    expect(await referForm.getByLabel('Reason for the referral').inputValue()).toContain('Pain with penetration needs a pelvic examination');
    await referForm.getByLabel("Recipient's name (optional)").fill(RECIPIENT);
    await referForm.getByLabel('Organization (optional)').fill(ORGANIZATION);
    await expectNoAxeViolations(clinician);
    await referForm.getByRole('button', { name: 'Draft the referral' }).click();
    await waitForHeading(clinician, 'Referral to Gynecology');
    referralPath = new URL(clinician.url()).pathname;
    expect(referralPath).toMatch(/^\/referrals\/[^/]+$/);
    expect(await clinician.getByRole('region', { name: 'Details' }).textContent()).toContain('Drafted');
    await clinician.getByText('There is no release of information for this client yet.').waitFor();
    expect(await clinician.getByRole('button', { name: 'Send the referral' }).isDisabled()).toBe(true);
    await expectNoAxeViolations(clinician);

    await openChart();
    const referrals = clinician.getByRole('region', { name: 'Referrals', exact: true });
    expect(await referrals.getByRole('row', { name: /Gynecology/ }).textContent()).toContain('Drafted');
    await clinician.getByRole('list', { name: 'Decided suggestions' }).getByRole('link', { name: 'Open the referral' }).waitFor();
  }, SLOW);

  it('the clinician asks the client’s permission to share with the recipient, without and with medicines', async () => {
    await openChart();
    await clinician.getByRole('link', { name: 'Ask for permission to share' }).click();
    await waitForHeading(clinician, `Ask ${fullName(rowan)} for permission to share`);
    await clinician.getByLabel("Recipient's name").fill(RECIPIENT);
    await clinician.getByLabel('Organization (optional)').fill(ORGANIZATION);
    await clinician.getByRole('button', { name: 'Ask for permission' }).click();
    const summary = clinician.getByRole('alert').filter({ hasText: 'Some details need another look' });
    expect(await summary.textContent()).toContain('Purpose: Say why it would be shared.');
    await expectNoAxeViolations(clinician);
    await clinician.getByLabel('Purpose').fill('A gynecology assessment of pain with penetration');
    expect(await clinician.getByRole('checkbox', { name: 'Their name and date of birth' }).isChecked()).toBe(true);
    expect(await clinician.getByRole('checkbox', { name: 'Their medicines' }).isChecked()).toBe(false);
    await clinician.getByRole('button', { name: 'Ask for permission' }).click();
    await waitForHeading(clinician, fullName(rowan));
    const releases = clinician.getByRole('region', { name: 'Releases of information' });
    await releases.getByText('Waiting for their signature').waitFor();

    // From the referral: the recipient is filled in, and the form comes back to the referral.
    await clinician.goto(referralPath);
    await waitForHeading(clinician, 'Referral to Gynecology');
    expect(await clinician.getByRole('group', { name: 'Release of information' }).textContent()).toContain('Cannot be used: The client has not signed it yet.');
    await clinician.getByRole('link', { name: `Ask the client's permission to share with ${RECIPIENT}` }).click();
    await waitForHeading(clinician, `Ask ${fullName(rowan)} for permission to share`);
    expect(await clinician.getByLabel("Recipient's name").inputValue()).toBe(RECIPIENT);
    await clinician.getByLabel('Purpose').fill('A gynecology assessment of pain with penetration, including your medicines');
    await clinician.getByRole('checkbox', { name: 'Their medicines' }).check();
    await expectNoAxeViolations(clinician);
    await clinician.getByRole('button', { name: 'Ask for permission' }).click();
    await waitForHeading(clinician, 'Referral to Gynecology');
    await expect.poll(() => clinician.getByRole('radio').count()).toBe(2);
    expect(await clinician.getByRole('radio', { disabled: true }).count()).toBe(2);
    await expectNoAxeViolations(clinician);
  }, SLOW);

  it('the client reads and signs both permissions in the portal', async () => {
    await client.goto('/portal');
    await waitForHeading(client, `Welcome, ${rowan.firstName}`);
    expect((await nextSteps(client)).filter((step) => step === `Read and sign: sharing with ${WHO} To do`)).toHaveLength(2);
    await expectNoAxeViolations(client);
    for (let signed = 0; signed < 2; signed += 1) {
      await client.goto('/portal/releases');
      await waitForHeading(client, 'Sharing your information');
      if (signed === 0) await expectNoAxeViolations(client);
      await client.getByRole('link', { name: `Read and sign: sharing with ${WHO}` }).first().click();
      await waitForHeading(client, `Sharing your information with ${WHO}`);
      const what = (await client.getByRole('region', { name: 'What this permission covers' }).textContent()) ?? '';
      if (!what.includes('Your medicines')) releaseWithoutMedicines = new URL(client.url()).pathname;
      await expectNoAxeViolations(client);
      await client.getByRole('checkbox', { name: 'I have read and understood this' }).check();
      await client.getByLabel('Your full name').fill(fullName(rowan));
      await client.getByRole('button', { name: 'Sign', exact: true }).click();
      await client.getByRole('heading', { level: 2, name: 'Thank you — signed' }).waitFor();
      if (signed === 0) await expectNoAxeViolations(client);
    }
    expect(releaseWithoutMedicines).toMatch(/^\/portal\/releases\/[^/]+$/);
    await client.goto('/portal/releases');
    await client.getByText('Nothing is waiting for your signature.').waitFor();
  }, SLOW);

  it('the clinician previews the letter under each release and sends the referral under the one with medicines', async () => {
    await clinician.goto(referralPath);
    await waitForHeading(clinician, 'Referral to Gynecology');
    const releases = clinician.getByRole('group', { name: 'Release of information' });
    await expect.poll(() => releases.getByRole('radio', { disabled: false }).count()).toBe(2);
    const letter = clinician.getByRole('article', { name: 'Letter preview' });

    await releases.locator('.choice').filter({ hasNotText: 'Their medicines' }).getByRole('radio').check();
    await letter.filter({ hasText: `Re: ${fullName(rowan)}` }).waitFor();
    expect(await letter.textContent()).not.toContain('Zoloft');

    await releases.locator('.choice').filter({ hasText: 'Their medicines' }).getByRole('radio').check();
    await letter.filter({ hasText: 'Zoloft, 50 mg' }).waitFor();
    expect(await letter.textContent()).toContain(`Re: ${fullName(rowan)}, born ${rowan.dateOfBirth}`);
    const pdfHref = (await clinician.getByRole('link', { name: 'Download PDF' }).getAttribute('href')) ?? '';
    expect(pdfHref).toMatch(/^\/api\/v1\/referrals\/[^/]+\/letter\.pdf\?releaseId=/);
    const pdf = await clinician.request.get(pdfHref);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    await expectNoAxeViolations(clinician);

    await clinician.getByRole('button', { name: 'Send the referral' }).click();
    await clinician.getByRole('status').filter({ hasText: 'The referral is marked as sent.' }).waitFor();
    expect(await clinician.getByRole('region', { name: 'Details' }).textContent()).toContain('Sent');
    const steps = clinician.getByRole('list', { name: 'Next steps' });
    expect((await steps.getByRole('button').allTextContents()).map((text) => text.trim())).toEqual(['Acknowledged', 'Seen', 'Closed', 'Declined by the client']);
    await clinician.getByRole('region', { name: 'The letter' }).getByRole('article', { name: 'Letter preview' }).filter({ hasText: 'Zoloft' }).waitFor();
    await expectNoAxeViolations(clinician);

    // Only the steps that can follow are offered; closing needs the outcome.
    await steps.getByRole('button', { name: 'Acknowledged' }).click();
    await clinician.getByRole('status').filter({ hasText: 'Marked as acknowledged.' }).waitFor();
    expect((await steps.getByRole('button').allTextContents()).map((text) => text.trim())).toEqual(['Seen', 'Closed', 'Declined by the client']);
    await steps.getByRole('button', { name: 'Closed' }).click();
    await clinician.getByRole('button', { name: 'Save: closed' }).click();
    await clinician.getByText('Record what the recipient reported before closing.').waitFor();
    await expectNoAxeViolations(clinician);
    await clinician.getByRole('button', { name: 'Cancel' }).click();

    await openChart();
    expect(await clinician.getByRole('region', { name: 'Referrals', exact: true }).getByRole('row', { name: /Gynecology/ }).textContent()).toContain('Acknowledged');
  }, SLOW);

  it('the client withdraws the permission that did not include medicines, after confirming', async () => {
    await client.goto(releaseWithoutMedicines);
    await client.getByRole('heading', { level: 2, name: 'Signed' }).waitFor();
    await client.getByRole('button', { name: 'Withdraw permission' }).click();
    await client.getByText(`Withdraw your permission to share with ${RECIPIENT}?`).waitFor();
    await expectNoAxeViolations(client);
    await client.getByRole('button', { name: 'Yes, withdraw my permission' }).click();
    await client.getByRole('heading', { level: 2, name: 'You withdrew your permission' }).waitFor();
    await expectNoAxeViolations(client);

    await openChart();
    await clinician.getByRole('region', { name: 'Releases of information' }).getByText('Withdrawn by the client').waitFor();
    await expectNoAxeViolations(clinician);
  }, SLOW);

  it('the clinician considers a diagnosis while the medical referral is pending, and records it with an override', async () => {
    await openChart();
    await clinician.getByRole('link', { name: 'Consider a diagnosis' }).click();
    await waitForHeading(clinician, `Consider a diagnosis for ${fullName(rowan)}`);
    await expectNoAxeViolations(clinician);
    await clinician.getByLabel('Diagnosis to consider').selectOption({ label: 'Genito-pelvic pain/penetration disorder (F52.6)' });
    const answer = (question: RegExp, choice: 'Yes' | 'No') => clinician.getByRole('group', { name: question }).getByRole('radio', { name: choice, exact: true }).check();
    await answer(/^Marked pain in the vulva/, 'Yes');
    await clinician.getByLabel('How long it has lasted, in months').fill('18');
    await answer(/^Does it cause clinically significant distress/, 'Yes');
    for (const other of [/non-sexual mental disorder/, /severe relationship distress/, /other significant stressors/, /substance or medication/]) await answer(other, 'No');

    const evaluation = clinician.getByRole('region', { name: 'How the criteria stand' });
    await evaluation.getByText('A medical referral for this client is still waiting for its outcome', { exact: false }).waitFor();
    await evaluation.getByText(/Not every criterion is met yet: 0 not met, 1 not yet known\./).waitFor();
    expect(await evaluation.textContent()).toContain('F52.6');
    await expectNoAxeViolations(clinician);

    await clinician.getByRole('radio', { name: 'Acquired' }).check();
    await clinician.getByRole('button', { name: 'Record anyway (override)' }).click();
    await clinician.getByLabel('Why you are recording it anyway').fill('Too short');
    await clinician.getByRole('button', { name: 'Record with an override' }).click();
    await clinician.getByText('Give the reason for the override, in at least 10 characters.').waitFor();
    await expectNoAxeViolations(clinician);
    const reason = 'Provisional while the gynecology assessment is pending.';
    await clinician.getByLabel('Why you are recording it anyway').fill(reason);
    await clinician.getByRole('button', { name: 'Record with an override' }).click();
    await waitForHeading(clinician, fullName(rowan));
    const diagnoses = clinician.getByRole('region', { name: 'Diagnoses', exact: true });
    await diagnoses.getByRole('heading', { level: 3, name: /Genito-pelvic pain\/penetration disorder/ }).waitFor();
    const recorded = (await diagnoses.textContent()) ?? '';
    for (const text of ['F52.6', 'Recorded with an override', reason, 'Acquired', 'Provisional']) expect(recorded).toContain(text);
    await expectNoAxeViolations(clinician);
  }, SLOW);

  it('Today shows referrals waiting too long for an outcome, and this one is not among them', async () => {
    await clinician.goto('/today');
    await waitForHeading(clinician, 'Today');
    const followUp = clinician.getByRole('region', { name: 'Things to follow up' });
    await followUp.locator('.empty-state, [aria-label="Overdue referrals"]').first().waitFor();
    expect(await followUp.textContent()).not.toContain(fullName(rowan));
    await expectNoAxeViolations(clinician);
    for (const check of problems) expect(check()).toEqual([]);
  });
});
