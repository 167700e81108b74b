import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addClient, invitationLinkIn, newestEmailTo, signInAsStaff, waitForHeading } from './flows.js';
import { DEMO, expectNoAxeViolations, launchBrowser, startServer, watchForPageProblems, type RunningServer } from './harness.js';
import { acceptInvitation, fullName, nextSteps, type Partner } from './portal-flows.js';

const run = Date.now().toString(36);
const sasha: Partner = { firstName: 'Sasha', lastName: 'Quinlan', email: `sasha.${run}@example.com`, dateOfBirth: '1985-07-21', password: 'amber lanterns over the bay' };
const PHQ9_TITLE = 'Patient Health Questionnaire-9 (depression)';
const IIEF5_TITLE = 'International Index of Erectile Function, 5-item version (SHIM)';
const PHQ_LABELS = ['Not at all', 'Several days', 'More than half the days', 'Nearly every day'];
/** Item 9 ("better off dead or of hurting yourself") above 0: the crisis resources must appear. */
const PHQ_ANSWERS = [1, 2, 1, 1, 0, 1, 0, 0, 1];
const PHQ_TOTAL = PHQ_ANSWERS.reduce((sum, value) => sum + value, 0);
const IIEF_ANSWERS = ['4', '4', '3', '4', '4'];
const SLOW = 180_000;

/**
 * Measurement-based care end to end: the clinician asks for two questionnaires, the client
 * answers them on a phone-sized screen one question at a time (resuming after a reload), an
 * answer about self-harm shows crisis resources at once and raises a safety alert, and the
 * clinician sees the charts and tables and acknowledges the alert on Today.
 */
describe('questionnaires: asked for on the chart, answered in the portal, charted, and a safety alert', () => {
  let server: RunningServer;
  let browser: Browser;
  let clinician: Page;
  let owner: Page;
  let client: Page;
  let chartPath = '';
  const problems: (() => string[])[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    clinician = await (await browser.newContext({ baseURL: server.baseUrl })).newPage();
    problems.push(watchForPageProblems(clinician));
    await signInAsStaff(clinician, DEMO.clinician);
    owner = await (await browser.newContext({ baseURL: server.baseUrl })).newPage();
    await signInAsStaff(owner, DEMO.owner);
    // The client answers on a phone.
    client = await (await browser.newContext({ baseURL: server.baseUrl, viewport: { width: 390, height: 844 } })).newPage();
    problems.push(watchForPageProblems(client));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function openChart(): Promise<void> {
    await clinician.goto(chartPath);
    await waitForHeading(clinician, fullName(sasha));
  }

  const measuresRegion = () => clinician.getByRole('region', { name: 'Measures', exact: true });

  it('the clinician adds a client with an email, invites them, and the client accepts', async () => {
    await addClient(clinician, sasha, expectNoAxeViolations);
    chartPath = new URL(clinician.url()).pathname;
    await clinician.getByRole('button', { name: 'Invite to the portal' }).click();
    await clinician.getByRole('status').filter({ hasText: `Invitation sent to ${sasha.email}` }).waitFor();

    const link = invitationLinkIn(await newestEmailTo(owner, sasha.email));
    expect(link, `no invitation link for ${sasha.email}`).toBeTruthy();
    await acceptInvitation(client, link!, sasha);
  }, SLOW);

  it('the clinician asks for a PHQ-9 and an IIEF-5, once each, on the chart', async () => {
    await openChart();
    const measures = measuresRegion();
    await measures.getByText('No answers yet.', { exact: false }).waitFor();
    const form = measures.getByRole('form', { name: 'Ask for a questionnaire' });
    expect(await form.getByRole('radio', { name: 'Once' }).isChecked()).toBe(true);
    for (const [shortName, title, licence] of [
      ['PHQ-9', PHQ9_TITLE, 'Free to reproduce'],
      ['IIEF-5', IIEF5_TITLE, 'Copyrighted'],
    ] as const) {
      await form.getByLabel('Questionnaire').selectOption({ label: `${shortName} — ${title}` });
      // The licence status is shown with the choice.
      await form.getByText(licence, { exact: false }).waitFor();
      await form.getByRole('button', { name: 'Ask for it' }).click();
      await form.getByRole('status').filter({ hasText: `Asked ${fullName(sasha)}: ${shortName}, once` }).waitFor();
    }
    const waiting = measures.getByRole('list', { name: 'Waiting for an answer' });
    await waiting.getByText('IIEF-5', { exact: false }).waitFor();
    expect(await waiting.textContent()).toContain('PHQ-9');
    expect(await measures.getByRole('list', { name: 'Questionnaire requests' }).getByRole('button', { name: /^Cancel PHQ-9/ }).count()).toBe(1);
    await expectNoAxeViolations(clinician);
  });

  /** Chooses an answer for the question on screen and moves on. */
  async function answerAndNext(label: string, position: number, count: number): Promise<void> {
    await client.getByText(`Question ${position} of ${count}`, { exact: true }).waitFor();
    // One question at a time: only this question's answers are on the page.
    await client.getByRole('radio', { name: label, exact: true }).check();
    await client.getByRole('button', { name: 'Next' }).click();
  }

  it('the client answers the PHQ-9 one question at a time, resumes after a reload, and sees crisis resources at once', async () => {
    await client.goto('/portal');
    await waitForHeading(client, `Welcome, ${sasha.firstName}`);
    expect(await nextSteps(client)).toEqual(expect.arrayContaining(['Answer a few questions: PHQ-9 To do', 'Answer a few questions: IIEF-5 To do']));
    await expectNoAxeViolations(client);

    await client.getByRole('link', { name: 'Answer a few questions: PHQ-9' }).click();
    await waitForHeading(client, PHQ9_TITLE);
    await client.getByText('Question 1 of 9', { exact: true }).waitFor();
    await client.getByText('Thinking about: Last 2 weeks').waitFor();
    await client.getByText('Over the last 2 weeks, how often have you been bothered', { exact: false }).waitFor();
    const progress = client.getByRole('progressbar', { name: 'Questions answered' });
    expect(await progress.getAttribute('max')).toBe('9');
    expect(await client.getByRole('radio').count()).toBe(4);
    await expectNoAxeViolations(client);

    for (const [index, value] of PHQ_ANSWERS.slice(0, 4).entries()) await answerAndNext(PHQ_LABELS[value]!, index + 1, 9);
    await client.getByText('Question 5 of 9', { exact: true }).waitFor();
    await client.locator('.save-status', { hasText: /^Saved$/ }).waitFor();
    expect(await progress.getAttribute('value')).toBe('4');

    // Reloading (or coming back on another device) resumes at the first unanswered question.
    await client.reload();
    await waitForHeading(client, PHQ9_TITLE);
    await client.getByText('Question 5 of 9', { exact: true }).waitFor();
    await client.getByText('4 of 9 answered').waitFor();
    await client.getByRole('button', { name: 'Back' }).click();
    await client.getByText('Question 4 of 9', { exact: true }).waitFor();
    expect(await client.getByRole('radio', { name: PHQ_LABELS[PHQ_ANSWERS[3]!]!, exact: true }).isChecked()).toBe(true);
    await client.getByRole('button', { name: 'Next' }).click();
    await expectNoAxeViolations(client);

    for (const [index, value] of PHQ_ANSWERS.slice(4).entries()) await answerAndNext(PHQ_LABELS[value]!, index + 5, 9);
    await client.getByRole('heading', { level: 2, name: 'Check your answers' }).waitFor();
    const review = client.getByRole('list', { name: 'Your answers' });
    expect(await review.getByRole('listitem').count()).toBe(9);
    expect(await review.getByRole('listitem').nth(8).textContent()).toContain('Several days');
    await expectNoAxeViolations(client);

    await client.getByRole('button', { name: 'Send to your therapist' }).click();
    await waitForHeading(client, 'Thank you');
    const crisis = client.getByRole('alert').filter({ hasText: 'You don’t have to face this alone' });
    await crisis.waitFor();
    const crisisText = (await crisis.textContent()) ?? '';
    expect(crisisText).toContain('988');
    expect(crisisText).toContain('We’ve let your therapist know');
    await expectNoAxeViolations(client);
  }, SLOW);

  it('the client answers the IIEF-5 from their next steps; no crisis resources this time', async () => {
    await client.getByRole('link', { name: 'Back to your home page' }).click();
    await waitForHeading(client, `Welcome, ${sasha.firstName}`);
    const steps = await nextSteps(client);
    expect(steps).toContain('Answer a few questions: IIEF-5 To do');
    expect(steps.some((step) => step.includes('PHQ-9'))).toBe(false);
    await client.getByRole('link', { name: 'Answer a few questions: IIEF-5' }).click();
    await waitForHeading(client, IIEF5_TITLE);
    await client.getByText('Thinking about: Past 6 months').waitFor();
    await expectNoAxeViolations(client);
    for (const [index, label] of IIEF_ANSWERS.entries()) await answerAndNext(label, index + 1, 5);
    await client.getByRole('heading', { level: 2, name: 'Check your answers' }).waitFor();
    await client.getByRole('button', { name: 'Send to your therapist' }).click();
    await waitForHeading(client, 'Thank you');
    await client.getByText('Your answers have gone to your therapist.').waitFor();
    expect(await client.getByRole('alert').filter({ hasText: 'face this alone' }).count()).toBe(0);
    await expectNoAxeViolations(client);

    await client.goto('/portal/measures');
    await waitForHeading(client, 'Your questionnaires');
    await client.getByText('Nothing is waiting.', { exact: false }).waitFor();
    await expectNoAxeViolations(client);
  }, SLOW);

  it('the clinician sees both questionnaires charted, with tables of the totals, and opens one response', async () => {
    await openChart();
    const measures = measuresRegion();
    const phq = measures.getByRole('region', { name: /^PHQ-9/ });
    const chart = phq.locator('canvas[role="img"]');
    await chart.waitFor();
    expect(await chart.getAttribute('aria-label')).toContain(`PHQ-9 total over time: one answer: ${PHQ_TOTAL} (Mild)`);
    const phqTable = phq.getByRole('table', { name: 'PHQ-9 answers, oldest first' });
    expect(await phqTable.getByRole('row').nth(1).textContent()).toMatch(new RegExp(`${PHQ_TOTAL}Mild$`));
    expect(await phq.textContent()).toMatch(/too early to say/i);

    const iief = measures.getByRole('region', { name: /^IIEF-5/ });
    await iief.locator('canvas[role="img"]').waitFor();
    const iiefTable = iief.getByRole('table', { name: 'IIEF-5 answers, oldest first' });
    expect(await iiefTable.getByRole('row').nth(1).textContent()).toMatch(/19Mild erectile dysfunction$/);
    // No reliable change index is sourced for the IIEF-5: the reason is given instead.
    expect(await iief.textContent()).toContain('No test–retest or internal-consistency figure');
    expect(await measures.getByRole('list', { name: 'Waiting for an answer' }).count()).toBe(0);
    await expectNoAxeViolations(clinician);

    await phqTable.getByRole('link').first().click();
    await waitForHeading(clinician, /^PHQ-9 answered on /);
    const answers = clinician.getByRole('table', { name: 'Answers, in the order asked' });
    expect(await answers.getByRole('row').nth(9).textContent()).toContain('Several days (1)');
    await clinician.getByText('assess safety', { exact: false }).waitFor();
    await expectNoAxeViolations(clinician);
  });

  it('the demo couple’s relationship page asks both partners at once and charts each instrument once, for everyone', async () => {
    await clinician.goto('/relationships');
    await waitForHeading(clinician, 'Relationships');
    await clinician.getByRole('link', { name: /Alex/ }).first().click();
    await waitForHeading(clinician, /Alex/);
    const measures = measuresRegion();
    const csi = measures.getByRole('region', { name: /^CSI-4/ });
    await csi.locator('canvas[role="img"]').waitFor();
    expect(await csi.locator('canvas[role="img"]').getAttribute('aria-label')).toMatch(/^CSI-4 totals for /);
    await csi.getByRole('table', { name: /^CSI-4 answers of .*, oldest first$/ }).waitFor();
    expect(await csi.getByRole('columnheader', { name: 'Answered by' }).count()).toBe(1);
    expect(await measures.getByRole('region').filter({ has: clinician.locator('canvas') }).count()).toBeGreaterThan(0);
    await expectNoAxeViolations(clinician);

    const form = measures.getByRole('form', { name: 'Ask for a questionnaire' });
    await form.getByLabel('Questionnaire').selectOption({ label: 'GAD-7 — Generalized Anxiety Disorder-7' });
    await form.getByRole('radio', { name: 'Every few weeks' }).check();
    await form.getByLabel('Every how many weeks').fill('4');
    await form.getByRole('button', { name: 'Ask for it' }).click();
    await form.getByRole('status').filter({ hasText: 'Asked each partner separately: GAD-7, every 4 weeks' }).waitFor();
    await expectNoAxeViolations(clinician);
  });

  it('the owner sees each instrument’s licence, and every problem with a wording file by question', async () => {
    await owner.goto('/settings/instruments');
    await waitForHeading(owner, 'Instruments');
    const iiefRow = owner.getByRole('row').filter({ hasText: 'IIEF-5' });
    expect(await iiefRow.textContent()).toContain('Copyrighted');
    expect(await iiefRow.textContent()).toContain('no licensed wording imported');
    await expectNoAxeViolations(owner);
    const form = owner.getByRole('form', { name: 'Import licensed wording' });
    await form.getByLabel('Questionnaire').selectOption({ label: `IIEF-5 — ${IIEF5_TITLE}` });
    await form.getByLabel('Wording file').setInputFiles({ name: 'iief-5.csv', mimeType: 'text/csv', buffer: Buffer.from('linkId,text\nq1,First question\nq9,Not a question of this instrument\n') });
    await form.getByRole('button', { name: 'Import' }).click();
    const problemList = form.getByRole('list', { name: 'Problems with the file' });
    await problemList.waitFor();
    const listed = await problemList.getByRole('listitem').allTextContents();
    expect(listed.some((problem) => problem.startsWith('Question q9:'))).toBe(true);
    expect(listed.some((problem) => problem.startsWith('Question q2:'))).toBe(true);
    await expectNoAxeViolations(owner);
  });

  it('Today puts the safety alert first, and the clinician acknowledges it with what they did', async () => {
    await clinician.goto('/today');
    await waitForHeading(clinician, 'Today');
    const alerts = clinician.getByRole('region', { name: 'Needs attention today' });
    const item = alerts.getByRole('listitem').filter({ hasText: fullName(sasha) });
    await item.waitFor();
    expect(await item.textContent()).toContain('Item 9');
    // Safety comes before everything else on the page.
    const headings = (await clinician.getByRole('heading', { level: 2 }).allTextContents()).map((text) => text.trim());
    expect(headings[0]).toBe('Needs attention today');
    expect(headings).toContain('Things to follow up');
    await expectNoAxeViolations(clinician);

    await item.getByRole('button', { name: `Acknowledge the alert for ${fullName(sasha)}` }).click();
    const form = alerts.getByRole('form', { name: `Acknowledge the alert for ${fullName(sasha)}` });
    await form.getByRole('button', { name: 'Acknowledge' }).click();
    await form.getByText('Say what you did', { exact: false }).waitFor();
    await expectNoAxeViolations(clinician);
    await form.getByLabel('What did you do?').fill('Called Sasha the same hour; safety plan reviewed together and a session booked for tomorrow.');
    await form.getByRole('button', { name: 'Acknowledge' }).click();
    await alerts.getByRole('status').filter({ hasText: `The alert for ${fullName(sasha)} is acknowledged` }).waitFor();
    await item.waitFor({ state: 'detached' });
    await expectNoAxeViolations(clinician);

    expect(problems.flatMap((list) => list())).toEqual([]);
  });
});
