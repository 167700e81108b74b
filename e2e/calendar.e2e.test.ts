import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAsStaff, waitForHeading } from './flows.js';
import { DEMO, expectNoAxeViolations, launchBrowser, startServer, watchForPageProblems, type RunningServer } from './harness.js';

/** The demo couple, whether their relationship is named ("Alex & Jamie") or listed by members. */
const COUPLE = /Alex.*Jamie|Jamie.*Alex/;
/** The demo practice's time zone, where the demo clinician's working hours (weekdays, 8 am to 7 pm) are. */
const PRACTICE_TIME_ZONE = 'America/Chicago';
/** The room booked here: the demo couple's own weekly session (Room Willow) may fall in the same weeks. */
const ROOM = 'Room 2';

/** A Tuesday at least two weeks ahead, as `YYYY-MM-DD` in the browser's (and this machine's) zone. */
function tuesdayAhead(): string {
  const date = new Date();
  date.setDate(date.getDate() + 14);
  while (date.getDay() !== 2) date.setDate(date.getDate() + 1);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A day some days after another, both `YYYY-MM-DD`. */
function addDaysTo(start: string, days: number): string {
  const date = new Date(`${start}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * The calendar: the demo clinician books a weekly joint session for the demo couple, sees it in
 * the day, week and list views, is told plainly when a second booking overlaps it, and cancels the
 * rest of the series from one session on.
 */
describe('the calendar: a weekly joint session, a conflict, and cancelling a series', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let pageProblems: () => string[];
  const day = tuesdayAhead();

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    // In the practice's zone, 10 am is inside the demo clinician's working hours wherever this machine is.
    page = await (await browser.newContext({ baseURL: server.baseUrl, timezoneId: PRACTICE_TIME_ZONE })).newPage();
    pageProblems = watchForPageProblems(page);
    await signInAsStaff(page, DEMO.clinician);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** Chooses the demo couple's relationship in the booking form. */
  async function chooseCouple(): Promise<void> {
    const select = page.getByLabel('Relationship (optional)');
    const options = await select.locator('option').allTextContents();
    const couple = options.find((text) => COUPLE.test(text));
    expect(couple, `no relationship for Alex and Jamie among ${options.join(', ')}`).toBeTruthy();
    await select.selectOption({ label: couple! });
  }

  it('books a weekly joint session for Alex and Jamie and shows it in the week', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Calendar' }).click();
    await waitForHeading(page, 'Calendar');
    await page.getByRole('list', { name: 'Days of the week' }).waitFor();
    expect(await page.getByRole('list', { name: 'Days of the week' }).locator(':scope > li').count()).toBe(7);
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'New appointment' }).click();
    await waitForHeading(page, 'New appointment');
    await expectNoAxeViolations(page);
    await chooseCouple();
    // Choosing a relationship makes it a joint session, with both partners included.
    expect(await page.getByLabel('Kind of session').inputValue()).toBe('joint');
    expect(await page.getByRole('checkbox', { name: /Alex Morgan/ }).isChecked()).toBe(true);
    await page.getByLabel('Date').fill(day);
    await page.getByLabel('Start time').fill('10:00');
    await page.getByLabel('Length').selectOption({ label: '50 minutes' });
    await page.getByLabel('Room (optional)').fill('2');
    await page.getByLabel('Repeats').selectOption({ label: 'Every week' });
    await page.getByLabel('Number of sessions').fill('4');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Book' }).click();

    await waitForHeading(page, 'Calendar');
    await page.getByRole('status').filter({ hasText: 'Booked 4 sessions from' }).waitFor();
    const week = page.getByRole('list', { name: 'Days of the week' });
    const session = week.getByRole('button', { name: /Joint session/ }).filter({ hasText: ROOM });
    await session.waitFor();
    expect(await session.textContent()).toMatch(COUPLE);
    expect(await session.textContent()).toContain(ROOM);
    await expectNoAxeViolations(page);

    await session.click();
    const detail = page.getByRole('region', { name: 'Chosen appointment' });
    await detail.waitFor();
    expect(await detail.textContent()).toContain('repeats');
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'List', exact: true }).click();
    const list = page.getByRole('list', { name: 'Appointments this week' });
    await list.waitFor();
    expect(await list.getByRole('listitem').filter({ hasText: ROOM }).count()).toBe(1);
    await expectNoAxeViolations(page);

    // Weekly: the next week has the next session.
    await page.getByRole('button', { name: 'Next week' }).click();
    await list.getByRole('listitem').filter({ hasText: ROOM }).getByText('Joint session', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Week', exact: true }).click();
    await page.getByRole('list', { name: 'Days of the week' }).getByRole('button', { name: /Joint session/ }).filter({ hasText: ROOM }).waitFor();
  });

  it('shows the first session on its day in the Day view', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Calendar' }).click();
    await waitForHeading(page, 'Calendar');
    await page.getByRole('button', { name: 'Day', exact: true }).click();
    // Wait for the view to switch (reading the attribute at once raced React's render).
    await page.getByRole('button', { name: 'Day', exact: true, pressed: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Day', exact: true }).getAttribute('aria-pressed')).toBe('true');
    // The day view opens on today where the browser is.
    const today = await page.evaluate(() => new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date()));
    await page.locator(`#day-heading time[datetime="${today}"]`).waitFor();
    await expectNoAxeViolations(page);

    // Day by day from the keyboard to the session's day.
    const ahead = Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
    expect(ahead).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Next day' }).focus();
    for (let i = 1; i <= ahead; i += 1) {
      await page.keyboard.press('Enter');
      await page.locator(`#day-heading time[datetime="${addDaysTo(today, i)}"]`).waitFor();
    }
    expect(new URL(page.url()).searchParams.get('day')).toBe(day);
    // The heading names the day ("Tuesday, December 8"), and the day's list is named by it.
    const dayName = (await page.locator('#day-heading time').textContent()) ?? '';
    expect(dayName).toMatch(/day\b/);
    const list = page.getByRole('list', { name: dayName });
    const session = list.getByRole('button', { name: /Joint session/ }).filter({ hasText: ROOM });
    await session.waitFor();
    expect(await session.textContent()).toMatch(COUPLE);
    await session.click();
    await page.getByRole('region', { name: 'Chosen appointment' }).waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Today', exact: true }).click();
    await page.locator(`#day-heading time[datetime="${today}"]`).waitFor();
  });

  it('shows a second, overlapping booking’s conflict next to the start time', async () => {
    await page.goto('/calendar/new');
    await waitForHeading(page, 'New appointment');
    await page.getByRole('checkbox', { name: /Alex Morgan/ }).check();
    await page.getByLabel('Date').fill(day);
    await page.getByLabel('Start time').fill('10:30');
    await page.getByRole('button', { name: 'Book' }).click();

    const message = page.locator('#field-startTime-error');
    await message.waitFor();
    expect(await message.textContent()).toMatch(/^This time overlaps another appointment.*That appointment starts /);
    expect(await page.getByLabel('Start time').getAttribute('aria-invalid')).toBe('true');
    const summary = page.getByRole('alert').filter({ hasText: 'Some details need another look' });
    expect(await summary.textContent()).toContain('Start time: This time overlaps another appointment');
    await expectNoAxeViolations(page);
    expect(new URL(page.url()).pathname).toBe('/calendar/new');
  });

  it('cancels the series from its second session on', async () => {
    await page.getByRole('link', { name: 'Back to the calendar' }).click();
    await waitForHeading(page, 'Calendar');
    // The first session's week: then the next, where the second one is.
    await page.goto(`/calendar?view=list&week=${day}`);
    await waitForHeading(page, 'Calendar');
    await page.getByRole('button', { name: 'Next week' }).click();
    const list = page.getByRole('list', { name: 'Appointments this week' });
    const ours = list.getByRole('listitem').filter({ hasText: ROOM });
    await ours.getByText('Joint session', { exact: false }).waitFor();
    await ours.getByRole('button', { name: 'Cancel appointment' }).click();
    await list.getByRole('radio', { name: 'This session and every later one in the series' }).check();
    await expectNoAxeViolations(page);
    await list.getByRole('button', { name: 'Yes, cancel' }).click();
    await page.getByRole('status').filter({ hasText: 'Cancelled 3 sessions' }).waitFor();
    await list.getByText('Cancelled', { exact: true }).waitFor();
    await expectNoAxeViolations(page);

    // The first session stands.
    await page.getByRole('button', { name: 'Previous week' }).click();
    await ours.getByRole('button', { name: 'Cancel appointment' }).waitFor();
    expect(pageProblems()).toEqual([]);
  });
});
