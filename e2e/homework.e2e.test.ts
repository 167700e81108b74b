import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alertText, signInAsStaff, submitPassword, waitForHeading } from './flows.js';
import { DEMO, expectNoAxeViolations, launchBrowser, startServer, watchForPageProblems, type RunningServer } from './harness.js';

/** The demo couple, whether their relationship is named ("Alex & Jamie") or listed by members. */
const COUPLE = /Alex.*Jamie|Jamie.*Alex/;
/** The demo practice's time zone: "today" in the browser is the practice's today. */
const PRACTICE_TIME_ZONE = 'America/Chicago';
const SLOW = 180_000;

const PROBLEM = 'Pain with penetration since childbirth, and worry that it will come back';
const GOAL = 'Feel at ease and in control during intimacy';
const OBJECTIVE = 'Practise body-awareness breathing four times a week';
const SECOND_OBJECTIVE = 'Rate worry before intimacy once a week';
const PROGRESS_NOTE = 'Three practices this week; worry rated lower.';
/** The demo couple's homework, as the library words it, and the new round given in this test. */
const EXERCISE = 'Touch without pressure — stage 1';
const NEW_EXERCISE = 'Touch without pressure — stage 1, three more weeks';
const HOW_IT_WENT = 'Slow and calm. We laughed a lot, which helped.';
const REFLECTION = 'I noticed I relaxed more once we stopped watching the clock.';
/** Reflections Alex logged in the demo: one kept private, one shared. */
const DEMO_PRIVATE_REFLECTION = 'I kept thinking about whether Jamie was bored.';
const DEMO_SHARED_REFLECTION = 'I liked not having to decide where it goes.';

/** A calendar day some days from today in the practice's zone, as `YYYY-MM-DD`. */
function practiceDay(days: number): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: PRACTICE_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  const [year, month, day] = parts.split('-').map(Number);
  const date = new Date(Date.UTC(year!, month! - 1, day! + days));
  return date.toISOString().slice(0, 10);
}

/**
 * Treatment plans and homework end to end: the demo couple's plan as the demo left it; the demo
 * clinician writes a plan for Alex (tied to her recorded diagnosis, with a questionnaire linked),
 * records progress on an objective, reviews the plan after someone else did and closes it; stops the couple's
 * sensate-focus homework and gives stage 1 again for three more weeks; Alex logs a practice on a
 * phone with a private reflection; the clinician sees that it happened and how it went, but never
 * a reflection until Alex chooses to share it.
 */
describe('treatment plans and homework: a plan with progress and reviews, and practice logged in the portal', () => {
  let server: RunningServer;
  let browser: Browser;
  let clinician: Page;
  let client: Page;
  let couplePath = '';
  let alexPath = '';
  const problems: (() => string[])[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    clinician = await (await browser.newContext({ baseURL: server.baseUrl, timezoneId: PRACTICE_TIME_ZONE })).newPage();
    problems.push(watchForPageProblems(clinician));
    await signInAsStaff(clinician, DEMO.clinician);
    // Alex logs practice on a phone.
    client = await (await browser.newContext({ baseURL: server.baseUrl, timezoneId: PRACTICE_TIME_ZONE, viewport: { width: 390, height: 844 } })).newPage();
    problems.push(watchForPageProblems(client));
  }, SLOW);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function openCouple(): Promise<void> {
    await clinician.goto(couplePath);
    await waitForHeading(clinician, COUPLE);
  }

  const planRegion = () => clinician.getByRole('region', { name: 'Treatment plan', exact: true });
  const homeworkRegion = () => clinician.getByRole('region', { name: 'Homework', exact: true });
  const objectiveItem = () => planRegion().getByRole('list', { name: 'Objectives of goal 1' }).getByRole('listitem').filter({ hasText: OBJECTIVE });

  it('the couple’s plan shows each partner’s questionnaire answers; the clinician writes Alex a plan after being told what is missing', async () => {
    await clinician.goto('/relationships');
    await waitForHeading(clinician, 'Relationships');
    await clinician.getByRole('link', { name: COUPLE }).first().click();
    await waitForHeading(clinician, COUPLE);
    couplePath = new URL(clinician.url()).pathname;
    const couplePlan = planRegion();
    await couplePlan.getByText('Level 3 of 4: Specific suggestions').waitFor();
    expect(await couplePlan.textContent()).toContain('Concrete tasks or behaviour changes.');
    expect(await couplePlan.getByLabel('Sessions used').evaluate((element) => element.tagName)).toBe('METER');
    const csi = couplePlan.getByRole('table', { name: /^CSI-4 totals, oldest first/ });
    expect(await csi.getByRole('columnheader', { name: 'Answered by' }).count()).toBe(1);
    expect(await csi.getByRole('row').count()).toBeGreaterThan(1);
    // A plan already runs, so none is offered to start.
    expect(await couplePlan.getByRole('link', { name: 'Start a treatment plan' }).count()).toBe(0);
    await expectNoAxeViolations(clinician);

    await clinician.getByRole('link', { name: 'Alex Morgan' }).first().click();
    await waitForHeading(clinician, 'Alex Morgan');
    alexPath = new URL(clinician.url()).pathname;
    await planRegion().getByText('No active treatment plan.').waitFor();
    await planRegion().getByRole('link', { name: 'Start a treatment plan' }).click();
    await waitForHeading(clinician, 'New treatment plan for Alex Morgan');
    await clinician.getByRole('checkbox', { name: /^Genito-pelvic pain\/penetration disorder \(F52\.6\)/ }).waitFor();
    await clinician.getByRole('checkbox', { name: /^FSFI — / }).waitFor();
    await expectNoAxeViolations(clinician);

    // Saving an empty plan says what is missing, next to each field and in a summary.
    await clinician.getByRole('button', { name: 'Save the plan' }).click();
    const summary = clinician.getByRole('alert').filter({ hasText: 'Some details need another look' });
    await summary.waitFor();
    const listed = await summary.getByRole('listitem').allTextContents();
    expect(listed).toEqual(
      expect.arrayContaining(['Problem 1: description: Describe the problem.', 'PLISSIT level: Choose a level.', 'Review date: Choose when to review the plan.']),
    );
    expect(await clinician.locator('#plan-problems-0-description').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(clinician);

    await clinician.getByLabel('Description', { exact: true }).fill(PROBLEM);
    await clinician.getByRole('checkbox', { name: /^Genito-pelvic pain\/penetration disorder/ }).check();
    await clinician.getByLabel('The goal', { exact: true }).fill(GOAL);
    // A new goal already addresses the first problem.
    expect(await clinician.getByRole('checkbox', { name: /^Problem 1: Pain with penetration/ }).isChecked()).toBe(true);
    await clinician.getByRole('checkbox', { name: /^FSFI — / }).check();
    await clinician.getByLabel('What will show it is met').fill(OBJECTIVE);
    await clinician.getByLabel('Target date (optional)').fill(practiceDay(21));
    await clinician.getByRole('button', { name: 'Add an objective to goal 1' }).click();
    // Focus moves to the new objective.
    expect(await clinician.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Objective 2');
    await clinician.getByLabel('What will show it is met').nth(1).fill(SECOND_OBJECTIVE);
    await clinician.getByRole('checkbox', { name: 'Mindfulness-based body awareness' }).check();
    await clinician.getByRole('checkbox', { name: 'Graded dilator work with pelvic-floor physical therapy' }).check();
    await clinician.getByRole('radio', { name: '3. Specific suggestions' }).check();
    await clinician.getByLabel('Sessions planned').fill('10');
    await clinician.getByLabel('Review date').fill(practiceDay(56));
    await expectNoAxeViolations(clinician);
    await clinician.getByRole('button', { name: 'Save the plan' }).click();

    await waitForHeading(clinician, 'Alex Morgan');
    const plan = planRegion();
    await plan.getByText('Level 3 of 4: Specific suggestions').waitFor();
    const text = (await plan.textContent()) ?? '';
    expect(text).toContain('F52.6');
    expect(text).toContain(PROBLEM);
    expect(text).toContain('Mindfulness-based body awareness');
    expect(text).toContain('Version 1, written by');
    expect(text).not.toContain('Review due');
    expect(text).toMatch(/\d+ of 10 planned sessions used/);
    expect(await plan.getByLabel('Sessions used').getAttribute('max')).toBe('10');
    const goal = plan.getByRole('region', { name: `Goal 1: ${GOAL}` });
    expect(await goal.getByRole('list', { name: 'Objectives of goal 1' }).getByRole('listitem').count()).toBe(2);
    // The linked questionnaire's answers so far: Alex's own, so nobody else's column.
    const fsfi = goal.getByRole('table', { name: /^FSFI totals, oldest first/ });
    await fsfi.waitFor();
    expect(await fsfi.getByRole('row').count()).toBeGreaterThan(1);
    expect(await fsfi.getByRole('columnheader', { name: 'Answered by' }).count()).toBe(0);
    await expectNoAxeViolations(clinician);
  }, SLOW);

  it('records progress on an objective, after a rating out of range is explained', async () => {
    const plan = planRegion();
    await plan.getByRole('button', { name: `Record progress on “${OBJECTIVE}”` }).click();
    const form = plan.getByRole('form', { name: `Record progress on “${OBJECTIVE}”` });
    await form.getByLabel('Status').selectOption({ label: 'In progress' });
    await form.getByLabel('Rating (optional)').fill('11');
    await form.getByRole('button', { name: 'Save progress' }).click();
    await form.getByText('Enter a whole number from 0 to 10, or leave it empty.').waitFor();
    await expectNoAxeViolations(clinician);

    await form.getByLabel('Rating (optional)').fill('4');
    await form.getByLabel('Note (optional)').fill(PROGRESS_NOTE);
    await form.getByRole('button', { name: 'Save progress' }).click();
    await plan.getByRole('status').filter({ hasText: `Progress recorded: “${OBJECTIVE}” is in progress.` }).waitFor();
    const objectiveText = (await objectiveItem().textContent()) ?? '';
    expect(objectiveText).toContain('In progress');
    expect(objectiveText).toContain('rated 4 out of 10');
    expect(objectiveText).toContain(PROGRESS_NOTE);
    // Focus is back on the button that opened the form.
    expect(await clinician.evaluate(() => document.activeElement?.textContent)).toContain('Record progress');
    await expectNoAxeViolations(clinician);
  });

  it('reviews the plan: a review saved elsewhere meanwhile is explained and reloaded, and progress carries over', async () => {
    await planRegion().getByRole('link', { name: 'Review the plan' }).click();
    await waitForHeading(clinician, 'Review the treatment plan for Alex Morgan');
    await clinician.getByRole('button', { name: 'Save as version 2' }).waitFor();
    expect(await clinician.getByLabel('Description', { exact: true }).inputValue()).toBe(PROBLEM);
    await expectNoAxeViolations(clinician);
    const planId = /\/plans\/([^/]+)\/review/.exec(clinician.url())?.[1] ?? '';

    // Someone else reviews the plan while this page is open.
    const status = await clinician.evaluate(async (id) => {
      const { token } = (await (await fetch('/api/v1/auth/csrf')).json()) as { token: string };
      type Stored = {
        version: number; sessionsPlanned: number; reviewOn: string; plissit: string;
        problems: { id: string; description: string; diagnoses: { id: string }[] }[];
        goals: { id: string; description: string; problemIds: string[]; measureInstrumentIds: string[]; objectives: { id: string; description: string; targetDate: string | null }[] }[];
        interventions: { id: string }[];
      };
      const plan = (await (await fetch(`/api/v1/treatment-plans/${id}`)).json()) as Stored;
      const response = await fetch(`/api/v1/treatment-plans/${id}/versions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': token },
        body: JSON.stringify({
          basedOnVersion: plan.version,
          reviewSummary: 'Reviewed with the supervisor.',
          sessionsPlanned: plan.sessionsPlanned,
          reviewOn: plan.reviewOn,
          plissit: plan.plissit,
          content: {
            problems: plan.problems.map((p) => ({ id: p.id, description: p.description, diagnosisIds: p.diagnoses.map((d) => d.id) })),
            goals: plan.goals.map((g) => ({
              id: g.id, description: g.description, problemIds: g.problemIds, measureInstrumentIds: g.measureInstrumentIds,
              objectives: g.objectives.map((o) => ({ id: o.id, description: o.description, targetDate: o.targetDate })),
            })),
            interventionIds: plan.interventions.map((i) => i.id),
          },
        }),
      });
      return response.status;
    }, planId);
    expect(status).toBe(201);

    await clinician.getByLabel('Sessions planned').fill('12');
    await clinician.getByLabel('Review summary').fill('Worry is easing; two more sessions before the physical therapy review.');
    await clinician.getByRole('button', { name: 'Save as version 2' }).click();
    expect(await alertText(clinician)).toContain('Someone else reviewed this plan after you opened it');
    await expectNoAxeViolations(clinician);

    await clinician.getByRole('button', { name: 'Reload the latest version' }).click();
    await clinician.getByRole('button', { name: 'Save as version 3' }).waitFor();
    await clinician.getByLabel('Sessions planned').fill('12');
    await clinician.getByLabel('Review summary').fill('Worry is easing; two more sessions before the physical therapy review.');
    await clinician.getByRole('button', { name: 'Save as version 3' }).click();

    await waitForHeading(clinician, 'Alex Morgan');
    const plan = planRegion();
    await plan.getByText('Version 3, last changed', { exact: false }).waitFor();
    const text = (await plan.textContent()) ?? '';
    expect(text).toMatch(/\d+ of 12 planned sessions used/);
    expect(text).toContain('Worry is easing');
    // The objective kept its id, so its progress carried over.
    expect((await objectiveItem().textContent()) ?? '').toContain('rated 4 out of 10');
    const versions = plan.getByRole('list', { name: 'Versions of the plan' });
    expect(await versions.getByRole('listitem').count()).toBe(3);
    await expectNoAxeViolations(clinician);

    await versions.getByRole('link', { name: /^Version 1, written by / }).click();
    await waitForHeading(clinician, 'Treatment plan for Alex Morgan, version 1');
    await clinician.getByText('Read-only: this version as it was written', { exact: false }).waitFor();
    expect(await clinician.getByText('version 3 is the current one', { exact: false }).count()).toBe(1);
    expect(await clinician.getByLabel('Sessions used').getAttribute('max')).toBe('10');
    expect(await clinician.getByRole('button', { name: /^Record progress/ }).count()).toBe(0);
    await expectNoAxeViolations(clinician);
  }, SLOW);

  it('closes Alex’s plan after asking; it stays readable under earlier plans', async () => {
    await clinician.goto(alexPath);
    await waitForHeading(clinician, 'Alex Morgan');
    const plan = planRegion();
    await plan.getByRole('button', { name: 'Close the plan' }).click();
    await plan.getByText('Close this treatment plan?', { exact: false }).waitFor();
    await expectNoAxeViolations(clinician);
    await plan.getByRole('button', { name: 'Yes, close the plan' }).click();
    await plan.getByRole('status').filter({ hasText: 'The plan is closed.' }).waitFor();
    await plan.getByRole('link', { name: 'Start a treatment plan' }).waitFor();
    await plan.getByRole('list', { name: 'Earlier plans' }).getByRole('link', { name: /\(closed, version 3\)$/ }).waitFor();
    await expectNoAxeViolations(clinician);
  });

  it('the couple’s homework shows Alex’s entries and only the reflection she shared; it is stopped and stage 1 given again', async () => {
    await openCouple();
    const demo = homeworkRegion().getByRole('region', { name: `${EXERCISE} Active`, exact: true });
    const demoText = (await demo.textContent()) ?? '';
    expect(demoText).toContain('Alex Morgan: Practised 4 times');
    expect(demoText).toContain('Jamie Chen: Not practised yet');
    await demo.getByText(DEMO_SHARED_REFLECTION).waitFor();
    expect(demoText).toContain('Shared by Alex');
    expect(await clinician.content()).not.toContain(DEMO_PRIVATE_REFLECTION);
    await expectNoAxeViolations(clinician);

    await demo.getByRole('button', { name: `Stop the homework “${EXERCISE}”` }).click();
    await demo.getByText(`Stop “${EXERCISE}”?`, { exact: false }).waitFor();
    await expectNoAxeViolations(clinician);
    await demo.getByRole('button', { name: 'Yes, stop it' }).click();
    await homeworkRegion().getByRole('status').filter({ hasText: `Stopped “${EXERCISE}”.` }).waitFor();
    await homeworkRegion().getByRole('region', { name: `${EXERCISE} Stopped`, exact: true }).waitFor();

    const form = homeworkRegion().getByRole('form', { name: 'Give homework' });
    await form.getByLabel('Exercise').selectOption({ label: 'Sensate focus — stage 1 (non-genital touch)' });
    // The wording comes from the library, and can be changed for these clients.
    expect(await form.getByLabel('Title the client sees').inputValue()).toBe(EXERCISE);
    expect(await form.getByLabel('Instructions').inputValue()).toContain('Take turns');
    expect(await form.getByLabel('How often (optional)').inputValue()).toBe('2–3 times a week, 20–60 minutes');
    expect(await form.getByRole('radio', { name: 'Both partners, together' }).isChecked()).toBe(true);
    expect(await form.getByRole('radio', { name: 'Only Alex Morgan' }).count()).toBe(1);
    await form.getByLabel('Title the client sees').fill(NEW_EXERCISE);
    await expectNoAxeViolations(clinician);

    await form.getByRole('button', { name: 'Give this homework' }).click();
    // Both partners, in whichever order the relationship lists them.
    await form.getByRole('status').filter({ hasText: new RegExp(`^Given to (Alex Morgan and Jamie Chen|Jamie Chen and Alex Morgan): ${NEW_EXERCISE}\\.$`) }).waitFor();
    const item = homeworkRegion().getByRole('region', { name: `${NEW_EXERCISE} Active`, exact: true });
    await item.waitFor();
    const text = (await item.textContent()) ?? '';
    expect(text).toContain('Alex Morgan: Not practised yet');
    expect(text).toContain('Jamie Chen: Not practised yet');
    expect(text).toContain('2–3 times a week, 20–60 minutes');
    await expectNoAxeViolations(clinician);
  }, SLOW);

  it('Alex logs a practice on a phone, with a private reflection that is not shared', async () => {
    await submitPassword(client, DEMO.client);
    await waitForHeading(client, 'Welcome, Alex');
    const card = client.getByRole('region', { name: 'Your exercises' });
    await card.getByText(NEW_EXERCISE).waitFor();
    await expectNoAxeViolations(client);

    await card.getByRole('link', { name: 'See your exercises and log a practice' }).click();
    await waitForHeading(client, 'Your exercises');
    const exercise = client.getByRole('region', { name: NEW_EXERCISE, exact: true });
    await exercise.getByText('How often: 2–3 times a week, 20–60 minutes', { exact: false }).waitFor();
    // The instructions are shown as paragraphs.
    expect(await exercise.locator('.document-text p').count()).toBeGreaterThan(2);
    // The stopped exercise keeps its entries but takes no more.
    const finished = client.getByRole('region', { name: EXERCISE, exact: true });
    await finished.getByText('Your therapist has finished this exercise with you.', { exact: false }).waitFor();
    expect(await finished.getByRole('form').count()).toBe(0);

    const form = exercise.getByRole('form', { name: 'Log a practice' });
    const when = form.getByLabel('When');
    expect(await when.inputValue()).toBe(practiceDay(0));
    expect(await when.getAttribute('max')).toBe(practiceDay(0));
    await form.getByText('Your therapist will see this.').waitFor();
    await form.getByText('your partner and your therapist don’t see it unless you choose to share it', { exact: false }).waitFor();
    const share = form.getByRole('checkbox', { name: 'Share this reflection with my partner and therapist' });
    expect(await share.isChecked()).toBe(false);
    await expectNoAxeViolations(client);

    await form.getByRole('button', { name: 'Save this entry' }).click();
    await form.getByText('Say whether you did it — either answer is fine.').first().waitFor();
    await expectNoAxeViolations(client);

    await form.getByRole('radio', { name: 'Yes, I did it' }).check();
    await form.getByLabel('How did it go? (optional)').fill(HOW_IT_WENT);
    await form.getByLabel('A private reflection (optional)').fill(REFLECTION);
    await form.getByRole('button', { name: 'Save this entry' }).click();
    await form.getByRole('status').filter({ hasText: 'Saved. Thank you for noting it.' }).waitFor();

    const entries = exercise.getByRole('list', { name: `Your entries for ${NEW_EXERCISE}` });
    const entry = entries.getByRole('listitem').first();
    await entry.getByText(REFLECTION).waitFor();
    expect(await entry.textContent()).toContain('Private to you');
    expect(await entry.textContent()).toContain(HOW_IT_WENT);
    await entry.getByRole('button', { name: /^Share it/ }).waitFor();
    await exercise.getByText('Nothing shared yet.', { exact: false }).waitFor();
    await expectNoAxeViolations(client);
  }, SLOW);

  const newItem = () => homeworkRegion().getByRole('region', { name: `${NEW_EXERCISE} Active`, exact: true });

  it('the clinician sees that Alex practised and how it went, but not the private reflection', async () => {
    await openCouple();
    const item = newItem();
    await item.getByText('Alex Morgan: Practised once', { exact: false }).waitFor();
    const row = item.getByRole('table', { name: "Alex Morgan's entries, newest first" }).getByRole('row').nth(1);
    const rowText = (await row.textContent()) ?? '';
    expect(rowText).toContain('Yes');
    expect(rowText).toContain(HOW_IT_WENT);
    expect(rowText).toContain('None shared');
    expect((await item.textContent()) ?? '').toContain('Jamie Chen: Not practised yet');
    expect(await clinician.content()).not.toContain(REFLECTION);
    await expectNoAxeViolations(clinician);

    // Alex's own chart shows only Alex's completion, and no private reflection either.
    await clinician.goto(alexPath);
    await waitForHeading(clinician, 'Alex Morgan');
    const own = newItem();
    await own.getByText('Alex Morgan: Practised once', { exact: false }).waitFor();
    expect((await own.textContent()) ?? '').not.toContain('Jamie Chen');
    const page = await clinician.content();
    expect(page).not.toContain(REFLECTION);
    expect(page).not.toContain(DEMO_PRIVATE_REFLECTION);
    await expectNoAxeViolations(clinician);
  });

  it('when Alex chooses to share the reflection, the clinician sees it marked as shared by Alex', async () => {
    const exercise = client.getByRole('region', { name: NEW_EXERCISE, exact: true });
    const entry = exercise.getByRole('list', { name: `Your entries for ${NEW_EXERCISE}` }).getByRole('listitem').first();
    await entry.getByRole('button', { name: /^Share it/ }).click();
    await entry.getByRole('status').filter({ hasText: 'Your reflection is now shared with your partner and your therapist.' }).waitFor();
    expect(await entry.textContent()).toContain('Shared with your partner and your therapist');
    await entry.getByRole('button', { name: /^Make it private again/ }).waitFor();
    await expectNoAxeViolations(client);

    await openCouple();
    const row = newItem().getByRole('table', { name: "Alex Morgan's entries, newest first" }).getByRole('row').nth(1);
    await row.getByText(REFLECTION).waitFor();
    expect(await row.textContent()).toContain('Shared by Alex');
    await expectNoAxeViolations(clinician);
  });

  it('the practice rewords a library item in Settings → Interventions, and adds its own', async () => {
    await clinician.goto('/settings/interventions');
    await waitForHeading(clinician, 'Interventions');
    const sensate = clinician.getByRole('region', { name: 'Sensate focus', exact: true });
    const stage2 = sensate.getByRole('article', { name: /^Sensate focus — stage 2/ });
    // The heading shows before the library has loaded: wait for the item itself.
    await stage2.waitFor();
    expect(await stage2.getByRole('link', { name: /wikipedia\.org/ }).count()).toBe(1);
    await expectNoAxeViolations(clinician);

    await stage2.getByRole('button', { name: /^Edit Sensate focus — stage 2/ }).click();
    const form = stage2.getByRole('form', { name: /^Edit Sensate focus — stage 2/ });
    await form.getByLabel('Title the client sees').fill('Gentle touch — stage 2');
    await form.getByLabel('How often (optional)').fill('Twice a week');
    await expectNoAxeViolations(clinician);
    await form.getByRole('button', { name: 'Save changes' }).click();
    await clinician.getByRole('status').filter({ hasText: 'Saved “Sensate focus — stage 2' }).waitFor();
    await stage2.getByText('Edited by your practice').waitFor();
    expect(await stage2.textContent()).toContain('Gentle touch — stage 2');
    await expectNoAxeViolations(clinician);

    const add = clinician.getByRole('form', { name: "Add your practice's own" });
    await add.getByRole('button', { name: 'Add to the library' }).click();
    await add.getByRole('alert').filter({ hasText: 'Category: Choose a category.' }).waitFor();
    await add.getByLabel('Category').selectOption({ label: 'Communication' });
    await add.getByLabel('Name', { exact: true }).fill('Weekly check-in');
    await add.getByLabel('Summary for clinicians').fill('A short weekly conversation about what felt good and what to change.');
    await add.getByLabel('Title the client sees').fill('Your weekly check-in');
    await add.getByLabel('Instructions the client reads').fill('Once a week, take ten minutes together.\n\nEach of you names one thing that felt good.');
    await add.getByRole('checkbox', { name: 'Designed to be done together by partners' }).check();
    await add.getByRole('button', { name: 'Add to the library' }).click();
    await clinician.getByRole('status').filter({ hasText: 'Added “Weekly check-in” to your library.' }).waitFor();
    await clinician.getByRole('region', { name: 'Communication', exact: true }).getByRole('article', { name: 'Weekly check-in' }).getByText("Your practice's own").waitFor();
    await expectNoAxeViolations(clinician);

    expect(problems.flatMap((list) => list())).toEqual([]);
  });
});
