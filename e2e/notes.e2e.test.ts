import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alertText, signInAsStaff, waitForHeading } from './flows.js';
import { DEMO, expectNoAxeViolations, launchBrowser, startServer, watchForPageProblems, type RunningServer } from './harness.js';

/** A day some days ago, as `YYYY-MM-DD` in the browser's (and this machine's) zone. */
function daysAgo(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() - days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The demo practice's day some days ago (its sessions are seeded in America/Chicago). */
function practiceDaysAgo(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Chicago', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() - days * 86_400_000));
}

const SUBJECTIVE = 'Taylor talked through how they told their partner about a boundary; it went better than feared.';
const OBJECTIVE = 'Relaxed on video, engaged; laughed when describing the week.';
const ASSESSMENT = 'Growing confidence in naming limits; avoidance is easing.';
const PLAN = 'Practise the likes-and-limits conversation; review in two weeks.';
const OTHER_TAB_PLAN = 'Plan written in another tab: move to stage 2 next session.';
const HOMEWORK = 'Write down three things that felt good and one limit, to share next time.';
const INTERVENTION = 'Communication exercise';
const ADDENDUM = 'Correction: the session ran 55 minutes, not 50.';
const PRIVATE_NOTE = 'I notice I rush to reassure Taylor; sit with the uncertainty more.';

/**
 * Session notes: the demo clinician writes a SOAP note for Taylor's session two days ago (the
 * demo's past) from the calendar, sees it autosaved and still there after a reload, is told
 * plainly when another tab saved first (her text kept to copy), signs it, adds a signed addendum
 * and finds it on Taylor's chart beside her private process notes. A no-show she books and marks
 * is documented on the practice's own template, found again from Today; and Dr. Park co-signs
 * her supervisee's note from her queue.
 */
describe('session notes: written from the calendar, autosaved, signed, amended and co-signed', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let owner: Page;
  let notePath = '';
  const problems: (() => string[])[] = [];
  /** The demo's video session with Taylor, two days ago in the practice's zone, still to be written up. */
  const taylorDay = practiceDaysAgo(2);

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await (await browser.newContext({ baseURL: server.baseUrl })).newPage();
    problems.push(watchForPageProblems(page));
    await signInAsStaff(page, DEMO.clinician);
    owner = await (await browser.newContext({ baseURL: server.baseUrl })).newPage();
    problems.push(watchForPageProblems(owner));
    await signInAsStaff(owner, DEMO.owner);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** Books an individual session for one demo client through the booking form. */
  async function bookPastSession(client: RegExp, day: string, time: string): Promise<void> {
    await page.goto('/calendar/new');
    await waitForHeading(page, 'New appointment');
    await page.getByRole('checkbox', { name: client }).check();
    await page.getByLabel('Date').fill(day);
    await page.getByLabel('Start time').fill(time);
    await page.getByRole('button', { name: 'Book' }).click();
    // Outside the clinician's working hours the form asks first: this session was agreed (and happened).
    const anyway = page.getByRole('checkbox', { name: 'Book outside working hours anyway' });
    await anyway.or(page.getByRole('heading', { level: 1, name: 'Calendar' })).first().waitFor();
    if (await anyway.isVisible()) {
      await anyway.check();
      await page.getByRole('button', { name: 'Book' }).click();
    }
    await waitForHeading(page, 'Calendar');
    await page.getByRole('status').filter({ hasText: 'Booked the session' }).waitFor();
  }

  const saved = (p: Page) => p.getByRole('status').filter({ hasText: /^Saved at \d/ });

  /** Types into a field and leaves it (which saves at once); resolves with the save's HTTP status. */
  async function writeAndLeave(p: Page, label: string, text: string): Promise<number> {
    const put = p.waitForResponse((response) => response.request().method() === 'PUT' && /\/api\/v1\/notes\/[^/]+$/.test(response.url()));
    const field = p.getByLabel(label, { exact: true });
    await field.fill(text);
    await field.blur();
    return (await put).status();
  }

  /** Taylor's past video session in the list view of its week. */
  const taylorsPastSession = () =>
    page.getByRole('list', { name: 'Appointments this week' }).getByRole('listitem').filter({ hasText: 'Taylor Brooks' }).filter({ hasText: 'Video' });

  it('starts a SOAP note from a past session in the calendar', async () => {
    await page.goto(`/calendar?view=list&week=${taylorDay}`);
    await waitForHeading(page, 'Calendar');
    const item = taylorsPastSession();
    await item.getByRole('button', { name: 'Write note' }).click();
    // The template question: SOAP, DAP and BIRP, SOAP chosen.
    await item.getByRole('radio', { name: 'DAP' }).waitFor();
    expect(await item.getByRole('radio', { name: 'BIRP' }).count()).toBe(1);
    expect(await item.getByRole('radio', { name: 'SOAP' }).isChecked()).toBe(true);
    await expectNoAxeViolations(page);
    await item.getByRole('button', { name: 'Start the note' }).click();

    await page.waitForURL('**/notes/*');
    await waitForHeading(page, 'Session note');
    notePath = new URL(page.url()).pathname;
    const facts = page.getByRole('definition').filter({ hasText: 'Draft' });
    await facts.waitFor();
    expect(await page.getByLabel('About this note').textContent()).toContain('Taylor Brooks');
    await expectNoAxeViolations(page);
  });

  it('saves as she writes, and the note is still there after a reload', async () => {
    await page.getByLabel('Subjective', { exact: true }).fill(SUBJECTIVE);
    await page.getByLabel('Objective', { exact: true }).fill(OBJECTIVE);
    await page.getByLabel('Assessment', { exact: true }).fill(ASSESSMENT);
    await page.getByLabel('Plan', { exact: true }).fill(PLAN);
    await page.getByLabel('Add an intervention').fill(INTERVENTION);
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByRole('list', { name: 'Interventions used' }).getByRole('listitem').filter({ hasText: INTERVENTION }).waitFor();
    await page.getByRole('radio', { name: 'Low' }).check();
    await page.getByLabel('Risk notes (optional)').fill('No current ideation; safety plan not needed.');
    await page.getByLabel('Homework assigned').fill(HOMEWORK);
    await page.getByLabel('Homework assigned').blur();
    await saved(page).waitFor();
    await expectNoAxeViolations(page);

    await page.reload();
    await waitForHeading(page, 'Session note');
    await page.getByLabel('Subjective', { exact: true }).waitFor();
    expect(await page.getByLabel('Subjective', { exact: true }).inputValue()).toBe(SUBJECTIVE);
    expect(await page.getByLabel('Plan', { exact: true }).inputValue()).toBe(PLAN);
    expect(await page.getByLabel('Homework assigned').inputValue()).toBe(HOMEWORK);
    expect(await page.getByRole('list', { name: 'Interventions used' }).textContent()).toContain(INTERVENTION);
    expect(await page.getByRole('radio', { name: 'Low' }).isChecked()).toBe(true);
    expect(await saved(page).count()).toBe(1);
  });

  it('never overwrites a save made in another tab: it says so and keeps her text to copy', async () => {
    const other = await page.context().newPage();
    problems.push(watchForPageProblems(other));
    await other.goto(notePath);
    await waitForHeading(other, 'Session note');
    expect(await writeAndLeave(other, 'Plan', OTHER_TAB_PLAN)).toBe(200);
    await saved(other).waitFor();
    await other.close();

    // This page still holds the version it loaded: its next save is refused.
    const mine = `${ASSESSMENT} Written here after the other tab saved.`;
    expect(await writeAndLeave(page, 'Assessment', mine)).toBe(409);
    expect(await alertText(page)).toBe('This note was changed elsewhere — reload to see the latest; your text is kept below so you can copy it.');
    const kept = page.getByLabel('Your text that wasn’t saved');
    expect(await kept.inputValue()).toContain(mine);
    expect(await page.getByLabel('Assessment', { exact: true }).count()).toBe(0);
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Reload the latest version' }).click();
    await page.getByRole('status').filter({ hasText: 'This is now the latest version of the note' }).waitFor();
    expect(await page.getByLabel('Plan', { exact: true }).inputValue()).toBe(OTHER_TAB_PLAN);
    expect(await page.getByLabel('Assessment', { exact: true }).inputValue()).toBe(ASSESSMENT);
    expect(await kept.inputValue()).toContain(mine);
    await expectNoAxeViolations(page);

    // She copies her sentence back in, and it saves.
    expect(await writeAndLeave(page, 'Assessment', mine)).toBe(200);
    await saved(page).waitFor();
    await page.getByRole('button', { name: 'I’ve copied what I need' }).click();
    expect(await kept.count()).toBe(0);
  });

  it('signs the note after a confirmation, and it is then locked', async () => {
    await page.getByRole('button', { name: 'Sign note' }).click();
    await page.getByText('Once signed, the note can’t be edited.', { exact: false }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Yes, sign and lock it' }).click();

    await page.getByRole('status').filter({ hasText: 'Signed. The note is now locked' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'The signed note' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Subjective' }).count()).toBe(0);
    const note = page.getByLabel('The note', { exact: true });
    expect(await note.textContent()).toContain(SUBJECTIVE);
    expect(await note.textContent()).toContain(OTHER_TAB_PLAN);
    expect(await note.textContent()).toContain(INTERVENTION);
    const signature = page.getByRole('region', { name: 'Signature' });
    expect(await signature.textContent()).toContain('By Dr. Amara Okafor on');
    expect(await signature.textContent()).toContain('Verified');
    expect(await page.getByRole('link', { name: 'Back to the calendar' }).count()).toBe(1);
    await expectNoAxeViolations(page);
  });

  it('adds a signed addendum beside the unchanged original', async () => {
    const addenda = page.getByRole('region', { name: 'Addenda' });
    expect(await addenda.textContent()).toContain('No addenda.');
    await addenda.getByRole('button', { name: 'Add signed addendum' }).click();
    expect(await addenda.locator('#field-addendum-error').textContent()).toBe('Write the addendum first.');
    await addenda.getByLabel('Addendum', { exact: true }).fill(ADDENDUM);
    await addenda.getByRole('button', { name: 'Add signed addendum' }).click();
    await addenda.getByRole('status').filter({ hasText: 'Addendum added and signed.' }).waitFor();
    const list = addenda.getByRole('list', { name: 'Addenda' });
    expect(await list.textContent()).toContain(ADDENDUM);
    expect(await list.textContent()).toContain('Signed by Dr. Amara Okafor on');
    expect(await page.getByLabel('The note', { exact: true }).textContent()).toContain(SUBJECTIVE);
    await expectNoAxeViolations(page);
  });

  it('lists the note on Taylor’s chart, beside her private process notes', async () => {
    await page.getByLabel('About this note').getByRole('link', { name: 'Taylor Brooks' }).click();
    await waitForHeading(page, 'Taylor Brooks');
    const notes = page.getByRole('region', { name: 'Session notes' });
    const row = notes.getByRole('row').filter({ hasText: 'SOAP' });
    await row.waitFor();
    const cells = (await row.getByRole('cell').allTextContents()).map((text) => text.trim());
    expect(cells).toEqual(['Individual session', 'SOAP', 'Signed', 'Dr. Amara Okafor', '1']);

    const privateNotes = page.getByRole('region', { name: 'My private process notes' });
    expect(await privateNotes.textContent()).toContain('Only you can see these notes.');
    expect(await privateNotes.textContent()).toContain('never exported or released');
    await privateNotes.getByLabel('Private process note').fill(PRIVATE_NOTE);
    await privateNotes.getByRole('button', { name: 'Save private note' }).click();
    await privateNotes.getByRole('status').filter({ hasText: 'Private note saved.' }).waitFor();
    await privateNotes.getByRole('list', { name: /My private process notes/ }).getByText(PRIVATE_NOTE).waitFor();
    await expectNoAxeViolations(page);

    // The chart's link opens the note, with the way back to the chart.
    await row.getByRole('link').click();
    await waitForHeading(page, 'Session note');
    expect(new URL(page.url()).pathname).toBe(notePath);
    await page.getByRole('link', { name: 'Back to Taylor Brooks' }).click();
    await waitForHeading(page, 'Taylor Brooks');
  });

  it('shows the session as completed in the calendar, with its note', async () => {
    await page.goto(`/calendar?view=list&week=${taylorDay}`);
    await waitForHeading(page, 'Calendar');
    const item = taylorsPastSession();
    await item.getByRole('link', { name: 'Open note' }).waitFor();
    expect(await item.textContent()).toContain('Completed');
    expect(await item.getByRole('button', { name: 'Write note' }).count()).toBe(0);
    await expectNoAxeViolations(page);
  });

  it('the owner adds a template of the practice’s own, with each problem next to its field', async () => {
    await owner.goto('/settings/note-templates');
    await waitForHeading(owner, 'Note templates');
    const table = owner.getByRole('table');
    expect(await table.textContent()).toContain('SOAP');
    await expectNoAxeViolations(owner);

    await owner.getByLabel('Template name').fill('Sex therapy progress');
    await owner.getByLabel('Field 1', { exact: true }).fill('Sexual functioning — update');
    await owner.getByRole('button', { name: 'Add a field' }).click();
    await owner.getByLabel('Field 2', { exact: true }).fill('Sexual functioning: update');
    await owner.getByRole('button', { name: 'Add template' }).click();
    const summary = owner.getByRole('alert').filter({ hasText: 'Some details need another look' });
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Field 2: This name is too close to field 1’s');
    expect(await owner.getByLabel('Field 2', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(owner);

    await owner.getByLabel('Field 2', { exact: true }).fill('Partner dynamics');
    await owner.getByRole('button', { name: 'Add template' }).click();
    await owner.getByRole('status').filter({ hasText: 'Added the “Sex therapy progress” template.' }).waitFor();
    await table.getByRole('row').filter({ hasText: 'Sex therapy progress' }).waitFor();
    expect(await table.getByRole('row').filter({ hasText: 'Sex therapy progress' }).textContent()).toContain(
      'Sexual functioning — update, Partner dynamics, Homework reviewed, Homework assigned, Measures reviewed',
    );
  });

  it('documents a no-show on that template, found again from Today', async () => {
    const day = daysAgo(1);
    await bookPastSession(/Jamie Chen/, day, '07:00');
    await page.goto(`/calendar?view=list&week=${day}`);
    const item = page.getByRole('list', { name: 'Appointments this week' }).getByRole('listitem').filter({ hasText: 'Jamie Chen' }).filter({ hasNotText: 'Alex' });
    await item.getByRole('button', { name: 'Mark as no-show' }).click();
    await page.getByRole('status').filter({ hasText: 'Recorded a no-show' }).waitFor();
    await item.getByRole('button', { name: 'Write note' }).click();
    await item.getByText('This session is recorded as a no-show', { exact: false }).waitFor();
    await item.getByRole('radio', { name: 'Sex therapy progress' }).check();
    await expectNoAxeViolations(page);
    await item.getByRole('button', { name: 'Start the no-show note' }).click();

    await waitForHeading(page, 'Session note');
    const noShowPath = new URL(page.url()).pathname;
    expect(await page.getByLabel('Sexual functioning — update').inputValue()).toBe('Client did not attend (no-show).');
    expect(await page.getByLabel('Partner dynamics').count()).toBe(1);

    // Today lists her drafts (the demo leaves one too) until they are signed.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
    await waitForHeading(page, 'Today');
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Supervision' }).count()).toBe(0);
    const toSign = page.getByRole('list', { name: 'Notes to sign' });
    await toSign.getByRole('link').first().waitFor();
    expect(await toSign.getByRole('link').count()).toBeGreaterThanOrEqual(2);
    await expectNoAxeViolations(page);
    // The newest draft is listed last.
    await toSign.getByRole('link').last().click();
    await waitForHeading(page, 'Session note');
    expect(new URL(page.url()).pathname).toBe(noShowPath);

    await page.getByRole('button', { name: 'Sign note' }).click();
    await page.getByRole('button', { name: 'Yes, sign and lock it' }).click();
    await page.getByRole('status').filter({ hasText: 'Signed. The note is now locked' }).waitFor();
    expect(await page.getByLabel('The note', { exact: true }).textContent()).toContain('Client did not attend (no-show).');
  });

  it('a supervisor co-signs her supervisee’s note from her queue', async () => {
    // The demo: Dr. Park supervises Sam Rivera, whose note about Marc waits for her co-signature.
    const helen = await (await browser.newContext({ baseURL: server.baseUrl })).newPage();
    problems.push(watchForPageProblems(helen));
    await signInAsStaff(helen, DEMO.supervisor);
    await helen.getByRole('list', { name: 'Notes to co-sign' }).getByRole('link', { name: /^Sam Rivera, LMFT’s note, signed/ }).waitFor();
    await helen.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Supervision' }).click();
    await waitForHeading(helen, 'Notes to co-sign');
    const queued = helen.getByRole('table').getByRole('row').filter({ hasText: 'Sam Rivera, LMFT' });
    expect(await queued.textContent()).toContain('BIRP note');
    // Each note says which session it documents, with who came; when it was signed comes second.
    expect(await queued.textContent()).toMatch(/with Marc Reyes · signed /);
    await expectNoAxeViolations(helen);
    await queued.getByRole('link').click();
    await waitForHeading(helen, 'Session note');
    expect(await helen.getByLabel('About this note').textContent()).toContain('Individual session · with Marc Reyes');
    const signature = helen.getByRole('region', { name: 'Signature' });
    expect(await signature.textContent()).toContain('Awaiting co-signature');
    // Only the author adds addenda.
    expect(await helen.getByRole('button', { name: 'Add signed addendum' }).count()).toBe(0);
    await expectNoAxeViolations(helen);
    await helen.getByRole('button', { name: 'Co-sign' }).click();
    await helen.getByRole('status').filter({ hasText: 'Co-signed.' }).waitFor();
    expect(await signature.textContent()).toContain('Co-signed on');
    expect(await helen.getByRole('button', { name: 'Co-sign' }).count()).toBe(0);

    await helen.getByRole('link', { name: 'Back to notes to co-sign' }).click();
    await helen.getByText('No notes are waiting for your co-signature.').waitFor();
    await helen.context().close();

    for (const check of problems) expect(check()).toEqual([]);
  });
});
