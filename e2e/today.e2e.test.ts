import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAsStaff, waitForHeading } from './flows.js';
import { DEMO, expectNoAxeViolations, launchBrowser, startServer, watchForPageProblems, type RunningServer } from './harness.js';

/** The demo practice's time zone: the browser is put there, so its "today" is the practice's. */
const PRACTICE_TIME_ZONE = 'America/Chicago';
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'] as const;
const TIME_OFF_LABEL = 'Study leave';

/** A calendar day some days from today in the practice's zone, as `YYYY-MM-DD`. */
function practiceDay(days: number): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: PRACTICE_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  const [year, month, day] = parts.split('-').map(Number);
  return new Date(Date.UTC(year!, month! - 1, day! + days)).toISOString().slice(0, 10);
}

/** The first day at least `days` from today that falls on `weekday` (0 Sunday … 6 Saturday). */
function weekdayFrom(days: number, weekday: number): string {
  let offset = days;
  while (new Date(`${practiceDay(offset)}T00:00:00Z`).getUTCDay() !== weekday) offset += 1;
  return practiceDay(offset);
}

/** A day plus some days, as `YYYY-MM-DD`. */
function plusDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** How the app writes a calendar date for this (en-US) browser: "November 21, 2026". */
function longDate(day: string): string {
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

/**
 * A clinician's day and diary: Today shows the demo clinician's two sessions with who is coming,
 * Alex's homework and the questionnaires due; she sets her working week, adds time off (which a
 * booking cannot go into) and removes it, and books a Saturday session outside her hours on purpose.
 */
describe('Today, working hours and time off', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let pageProblems: () => string[];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await (await browser.newContext({ baseURL: server.baseUrl, timezoneId: PRACTICE_TIME_ZONE, locale: 'en-US' })).newPage();
    pageProblems = watchForPageProblems(page);
    await signInAsStaff(page, DEMO.clinician);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** Today's sessions list and its sessions, once loaded. */
  async function todaysSessions(): Promise<Locator> {
    const list = page.getByRole('list', { name: 'Today’s sessions' });
    await list.waitFor();
    return list.locator(':scope > li');
  }

  it('shows today’s sessions with who is coming, then homework, questionnaires due and plans', async () => {
    await waitForHeading(page, 'Today');
    const sessions = await todaysSessions();
    expect(await sessions.count()).toBe(2);

    const taylor = sessions.nth(0);
    expect(await taylor.getByRole('heading', { level: 3 }).textContent()).toMatch(/^11:00\s*–\s*11:50\sAM · Individual session$/);
    expect(await taylor.textContent()).toContain('In person, Room Birch');
    expect(await taylor.textContent()).toContain('No note yet');
    expect(await taylor.getByRole('link', { name: 'Taylor Brooks' }).getAttribute('href')).toMatch(/^\/clients\//);

    const couple = sessions.nth(1);
    expect(await couple.getByRole('heading', { level: 3 }).textContent()).toMatch(/^4:00\s*–\s*4:50\sPM · Joint session$/);
    expect(await couple.getByRole('link').allTextContents()).toEqual(expect.arrayContaining(['Alex Morgan', 'Jamie Chen']));
    expect(await couple.textContent()).toContain('Room Willow');

    // Alex has logged the sensate-focus practice five times, four of them done, the last five days ago.
    const homework = page.getByRole('region', { name: 'Homework since last time' });
    const alex = homework.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Alex Morgan' }) });
    await alex.waitFor();
    expect(await alex.textContent()).toContain(`Done 4 of 5 logged · last practised ${longDate(practiceDay(-5))}`);

    const measures = page.getByRole('list', { name: 'Questionnaires due' });
    const due = (await measures.getByRole('listitem').allTextContents()).join('\n');
    expect(due).toMatch(/PHQ-9 for Alex Morgan, due /);
    expect(due).toContain('CSI-4 for');
    expect(await page.getByRole('region', { name: 'Plans due for review' }).textContent()).toContain('No treatment plans are due for review.');

    // The clinician's day comes first, then notes and follow-ups.
    const headings = (await page.getByRole('heading', { level: 2 }).allTextContents()).map((text) => text.trim());
    const order = ['Today’s sessions', 'Homework since last time', 'Questionnaires due', 'Plans due for review', 'Session notes', 'Things to follow up'];
    const positions = order.map((heading) => headings.indexOf(heading));
    expect(positions.every((position) => position >= 0), `headings: ${headings.join(', ')}`).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    await expectNoAxeViolations(page);

    // An attendee's name opens their chart.
    await taylor.getByRole('link', { name: 'Taylor Brooks' }).click();
    await waitForHeading(page, 'Taylor Brooks');
  });

  it('sets a Monday-to-Friday working week, showing a wrong range next to its day', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Working hours' }).click();
    await waitForHeading(page, 'Working hours and time off');
    const day = (name: string) => page.getByRole('group', { name });
    await day('Monday').waitFor();
    // The demo's week: weekdays, no weekend.
    expect(await day('Monday').getByLabel('Available').isChecked()).toBe(true);
    expect(await day('Saturday').getByLabel('Available').isChecked()).toBe(false);
    expect(await page.getByLabel('Time zone').inputValue()).toBe(PRACTICE_TIME_ZONE);
    await expectNoAxeViolations(page);

    // An end before the start: the server's answer lands on Wednesday's end time.
    await day('Wednesday').getByLabel('Start time').fill('09:00');
    await day('Wednesday').getByLabel('End time').fill('08:00');
    await page.getByRole('button', { name: 'Save working hours' }).click();
    const wednesdayEnd = day('Wednesday').getByLabel('End time');
    await page.locator('#field-hours-3-ends-error').waitFor();
    expect(await page.locator('#field-hours-3-ends-error').textContent()).toBe('Must be after the start.');
    expect(await wednesdayEnd.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('alert').filter({ hasText: 'Some details need another look' }).textContent()).toContain('Wednesday, end time: Must be after the start.');
    await expectNoAxeViolations(page);

    for (const name of WEEKDAYS) {
      await day(name).getByLabel('Available').check();
      await day(name).getByLabel('Start time').fill('09:00');
      await day(name).getByLabel('End time').fill('17:00');
    }
    for (const name of ['Saturday', 'Sunday']) await day(name).getByLabel('Available').uncheck();
    await page.getByRole('button', { name: 'Save working hours' }).click();
    await page.getByRole('status').filter({ hasText: 'The working hours are saved.' }).waitFor();

    await page.reload();
    await waitForHeading(page, 'Working hours and time off');
    await day('Friday').waitFor();
    expect(await day('Monday').getByLabel('Start time').inputValue()).toBe('09:00');
    expect(await day('Friday').getByLabel('End time').inputValue()).toBe('17:00');
    expect(await day('Saturday').getByLabel('Available').isChecked()).toBe(false);
    expect(await day('Saturday').getByLabel('Start time').isDisabled()).toBe(true);
  });

  it('adds time off next week, which a booking cannot go into, and removes it', async () => {
    const monday = weekdayFrom(7, 1);
    const form = page.getByRole('form', { name: 'Add time off' });
    await form.getByLabel('Start date').fill(monday);
    await form.getByLabel('Start time').fill('00:00');
    await form.getByLabel('End date').fill(plusDays(monday, 2));
    await form.getByLabel('End time').fill('23:59');
    await form.getByLabel('Label (optional)').fill(TIME_OFF_LABEL);
    await form.getByRole('button', { name: 'Add time off' }).click();
    await page.getByRole('status').filter({ hasText: `Added ${TIME_OFF_LABEL}.` }).waitFor();
    const timeOff = page.getByRole('list', { name: 'Time off' }).getByRole('listitem').filter({ hasText: TIME_OFF_LABEL });
    await timeOff.waitFor();
    expect(await timeOff.textContent()).toContain(new Intl.DateTimeFormat('en-US', { weekday: 'long', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${monday}T00:00:00Z`)));
    await expectNoAxeViolations(page);

    // Tuesday of that week is time off: said plainly, with no way to book over it.
    await page.goto('/calendar/new');
    await waitForHeading(page, 'New appointment');
    await page.getByRole('checkbox', { name: /Taylor Brooks/ }).check();
    await page.getByLabel('Date').fill(plusDays(monday, 1));
    await page.getByLabel('Start time').fill('10:00');
    await page.getByRole('button', { name: 'Book' }).click();
    const message = page.locator('#field-startTime-error');
    await message.waitFor();
    expect(await message.textContent()).toMatch(/^The clinician is away at this time\. Their time off runs from /);
    expect(await page.getByLabel('Book outside working hours anyway').count()).toBe(0);
    await expectNoAxeViolations(page);

    await page.goto('/settings/hours');
    await waitForHeading(page, 'Working hours and time off');
    const listed = page.getByRole('list', { name: 'Time off' }).getByRole('listitem').filter({ hasText: TIME_OFF_LABEL });
    await listed.getByRole('button', { name: /^Remove\b/ }).click();
    await page.getByRole('status').filter({ hasText: `Removed ${TIME_OFF_LABEL}.` }).waitFor();
    await page.getByText('No time off planned.').waitFor();
    expect(await page.getByRole('list', { name: 'Time off' }).count()).toBe(0);
    await expectNoAxeViolations(page);
  });

  it('books a Saturday session outside working hours once the clinician says so', async () => {
    const saturday = weekdayFrom(14, 6);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Calendar' }).click();
    await waitForHeading(page, 'Calendar');
    await page.getByRole('link', { name: 'New appointment' }).click();
    await waitForHeading(page, 'New appointment');
    await page.getByRole('checkbox', { name: /Taylor Brooks/ }).check();
    await page.getByLabel('Date').fill(saturday);
    await page.getByLabel('Start time').fill('10:00');
    await page.getByRole('button', { name: 'Book' }).click();

    const message = page.locator('#field-startTime-error');
    await message.waitFor();
    expect(await message.textContent()).toMatch(/^This is outside the clinician’s working hours\./);
    expect(await page.getByLabel('Start time').getAttribute('aria-invalid')).toBe('true');
    const anyway = page.getByLabel('Book outside working hours anyway');
    expect(await anyway.isChecked()).toBe(false);
    await expectNoAxeViolations(page);

    await anyway.check();
    await page.getByRole('button', { name: 'Book' }).click();
    await waitForHeading(page, 'Calendar');
    await page.getByRole('status').filter({ hasText: 'Booked the session from Saturday' }).waitFor();
    const session = page.getByRole('list', { name: 'Days of the week' }).getByRole('button', { name: /Individual session/ });
    await session.waitFor();
    expect(await session.textContent()).toContain('Taylor Brooks');
    await expectNoAxeViolations(page);
    expect(pageProblems()).toEqual([]);
  });
});
