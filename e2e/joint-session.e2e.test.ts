import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAsStaff, waitForHeading } from './flows.js';
import { DEMO, expectNoAxeViolations, launchBrowser, startServer, watchForPageProblems, type RunningServer } from './harness.js';
import { pdfText } from '../packages/server/src/test/pdf-text.js';

/** The demo practice's zone: the browsers here use it too, so their days and times are the practice's. */
const ZONE = 'America/Chicago';
/** The demo couple, whether their relationship is named ("Alex & Jamie") or listed by members. */
const COUPLE = /Alex.*Jamie|Jamie.*Alex/;
const VIDEO_LINK = 'https://video.example.test/okafor-couple';

const SUBJECTIVE = 'Alex and Jamie each described a sensate-focus practice that felt unhurried; Jamie noticed less pressure to “get somewhere”.';
const OBJECTIVE = 'Both on video from home, sitting together; warm, some laughter, Alex quieter when talking about pain.';
const ASSESSMENT = 'Pressure-avoidance cycle easing; Alex’s pain worry still shapes how they approach touch.';
const PLAN = 'Continue stage 1 twice a week; revisit after Alex’s physical therapy assessment.';

/** A day some days before today in the practice's zone, as `YYYY-MM-DD`. */
function practiceDay(daysAgo: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() - daysAgo);
  return date.toISOString().slice(0, 10);
}

/** "November 24, 2026": a day as the account's charges list shows it (en-US). */
const longDate = (day: string) => new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));

/**
 * The whole path for a couple: the demo clinician books a joint video session for Alex
 * and Jamie two days ago, before her working hours (on purpose), sees it in the calendar, writes
 * and signs a SOAP note from it (the session is then completed), and codes it herself — billed to
 * Alex alone, 90847, place of service 10, Alex's diagnosis. The billing user then finds the charge
 * on Alex's account and downloads a superbill that names Alex and never Jamie.
 */
describe('a joint session from booking to a signed note and a superbill', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const problems: (() => string[])[] = [];
  const sessionDay = practiceDay(2);
  /** The booked session in the week view: the demo has no other session at 7:30 that day. */
  const ours = () => page.getByRole('list', { name: 'Days of the week' }).getByRole('button', { name: /Joint session/ }).filter({ hasText: '7:30' });

  async function newPage(): Promise<Page> {
    const next = await (await browser.newContext({ baseURL: server.baseUrl, timezoneId: ZONE, locale: 'en-US' })).newPage();
    problems.push(watchForPageProblems(next));
    return next;
  }

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await newPage();
    await signInAsStaff(page, DEMO.clinician);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('books a joint video session for Alex & Jamie two days ago, outside working hours on purpose, and shows it in the calendar', async () => {
    await expectNoAxeViolations(page);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Calendar' }).click();
    await waitForHeading(page, 'Calendar');
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'New appointment' }).click();
    await waitForHeading(page, 'New appointment');
    await expectNoAxeViolations(page);

    const select = page.getByLabel('Relationship (optional)');
    const couple = (await select.locator('option').allTextContents()).find((text) => COUPLE.test(text));
    expect(couple, 'the demo couple’s relationship').toBeTruthy();
    await select.selectOption({ label: couple! });
    expect(await page.getByLabel('Kind of session').inputValue()).toBe('joint');
    expect(await page.getByRole('checkbox', { name: /Alex Morgan/ }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /Jamie Chen/ }).isChecked()).toBe(true);
    await page.getByLabel('Date').fill(sessionDay);
    await page.getByLabel('Start time').fill('07:30');
    await page.getByLabel('Length').selectOption({ label: '50 minutes' });
    await page.getByRole('group', { name: 'Where' }).getByRole('radio', { name: 'Video' }).check();
    await page.getByLabel('Video link').fill(VIDEO_LINK);
    await page.getByRole('button', { name: 'Book' }).click();

    // 7:30 is before her working hours (or on a weekend, outside them): the form asks first.
    const anyway = page.getByRole('checkbox', { name: 'Book outside working hours anyway' });
    await anyway.waitFor();
    expect(await page.locator('#field-startTime-error').textContent()).toContain('tick “Book outside working hours anyway” and book again');
    await expectNoAxeViolations(page);
    await anyway.check();
    await page.getByRole('button', { name: 'Book' }).click();

    await waitForHeading(page, 'Calendar');
    await page.getByRole('status').filter({ hasText: 'Booked the session from' }).waitFor();
    await ours().waitFor();
    const text = (await ours().textContent()) ?? '';
    expect(text).toMatch(COUPLE);
    expect(text).toContain('Video');
    await expectNoAxeViolations(page);
  });

  it('writes a SOAP note from the session, sees it saved, signs it, and the session is completed', async () => {
    await ours().click();
    const detail = page.getByRole('region', { name: 'Chosen appointment' });
    await detail.getByRole('button', { name: 'Write note' }).click();
    await detail.getByRole('radio', { name: 'SOAP' }).check();
    expect(await detail.getByRole('radio', { name: 'The whole session: one note for everyone' }).isChecked()).toBe(true);
    await expectNoAxeViolations(page);
    await detail.getByRole('button', { name: 'Start the note' }).click();

    await page.waitForURL('**/notes/*');
    await waitForHeading(page, 'Session note');
    const facts = page.getByLabel('About this note');
    await facts.getByText('Draft', { exact: true }).waitFor();
    // The note names its session: when (here, in the practice's zone), what kind, and who came.
    const session = facts.locator('.details-row').filter({ has: page.getByText('Session', { exact: true }) }).locator('dd');
    expect(await session.textContent()).toMatch(/7:30\sAM · Joint session · with (Alex Morgan and Jamie Chen|Jamie Chen and Alex Morgan)$/);
    expect(await session.getByRole('link').count()).toBe(2);
    expect(await facts.textContent()).toContain('One note for the whole session');
    await expectNoAxeViolations(page);

    await page.getByLabel('Subjective', { exact: true }).fill(SUBJECTIVE);
    await page.getByLabel('Objective', { exact: true }).fill(OBJECTIVE);
    await page.getByLabel('Assessment', { exact: true }).fill(ASSESSMENT);
    await page.getByRole('radio', { name: 'None indicated' }).check();
    await page.getByLabel('Plan', { exact: true }).fill(PLAN);
    await page.getByLabel('Plan', { exact: true }).blur();
    await page.getByRole('status').filter({ hasText: /^Saved at \d/ }).waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Sign note' }).click();
    await page.getByText('Once signed, the note can’t be edited.', { exact: false }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Yes, sign and lock it' }).click();
    await page.getByRole('status').filter({ hasText: 'Signed. The note is now locked' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'The signed note' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Subjective' }).count()).toBe(0);
    expect(await page.getByLabel('The note', { exact: true }).textContent()).toContain(PLAN);
    expect(await page.getByRole('region', { name: 'Signature' }).textContent()).toContain('By Dr. Amara Okafor on');
    expect(await facts.getByText('Signed', { exact: true }).count()).toBe(1);
    await expectNoAxeViolations(page);

    // Signing completed the appointment.
    await page.getByRole('link', { name: 'Back to the calendar' }).click();
    await waitForHeading(page, 'Calendar');
    // The calendar may first show the week it had cached, then the one it fetches again.
    await ours().filter({ hasText: 'Completed' }).waitFor();
    expect(await ours().textContent()).toContain('Completed');
    await ours().click();
    const chosen = page.getByRole('region', { name: 'Chosen appointment' });
    await chosen.getByRole('link', { name: 'Open the note for the whole session' }).waitFor();
    expect(await chosen.textContent()).toContain('Completed');
    expect(await chosen.getByRole('button', { name: 'Write another note' }).count()).toBe(1);
    await expectNoAxeViolations(page);
  });

  it('codes the session herself: billed to Alex alone, 90847 as suggested, place of service 10, Alex’s diagnosis', async () => {
    await page.getByRole('region', { name: 'Chosen appointment' }).getByRole('link', { name: /^Codes and charge/ }).click();
    await waitForHeading(page, 'Charge for a session');
    const session = page.getByRole('region', { name: 'The session' });
    const about = (await session.textContent()) ?? '';
    expect(about).toContain('Joint session');
    expect(about).toContain('50 minutes');
    expect(about).toContain('Suggested: 90847');
    await expectNoAxeViolations(page);

    const billed = page.getByRole('group', { name: 'Billed client' });
    expect(await billed.textContent()).toContain('Only this person’s statement shows this session; the other partner is not named on it.');
    await billed.getByRole('radio', { name: 'Alex Morgan' }).check();
    const diagnosis = page.getByRole('group', { name: 'Diagnosis codes (ICD-10-CM)' }).getByRole('checkbox', { name: 'F52.6' });
    expect(await diagnosis.isChecked()).toBe(true);
    const cpt = page.getByLabel('CPT code');
    const fee = page.getByLabel('Fee (dollars)');
    expect(await cpt.inputValue()).toBe('90847');
    expect(await fee.inputValue()).toBe('170.00');
    // Another code brings its own fee from the practice's schedule; the suggested one is taken again.
    await cpt.selectOption('90846');
    expect(await fee.inputValue()).toBe('160.00');
    await cpt.selectOption('90847');
    expect(await fee.inputValue()).toBe('170.00');
    await page.getByRole('radio', { name: /^10 — / }).check();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Save charge' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved: Alex Morgan is charged $170.00 for this session, coded 90847' }).waitFor();
    await expectNoAxeViolations(page);
  });

  it('shows the billing user the charge on Alex’s account, and a superbill that names Alex and never Jamie', async () => {
    const billing = await newPage();
    await signInAsStaff(billing, DEMO.billing, 'Billing');
    await expectNoAxeViolations(billing);
    await billing.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clients' }).click();
    await waitForHeading(billing, 'Clients');
    await expectNoAxeViolations(billing);
    await billing.getByRole('link', { name: 'Alex Morgan' }).click();
    await waitForHeading(billing, 'Alex Morgan');
    await expectNoAxeViolations(billing);
    await billing.getByRole('link', { name: 'Account and payments' }).click();
    await waitForHeading(billing, 'Alex Morgan’s account');
    const charge = billing.getByRole('table', { name: 'Charges billed to Alex Morgan' }).getByRole('row').filter({ hasText: longDate(sessionDay) });
    await charge.waitFor();
    const cells = (await charge.getByRole('cell').allTextContents()).map((text) => text.trim());
    expect(cells.slice(0, 4)).toEqual(['90847', 'F52.6', '$170.00', '$170.00']);
    await expectNoAxeViolations(billing);

    await billing.getByLabel('First day').fill(sessionDay);
    await billing.getByLabel('Last day').fill(sessionDay);
    const link = billing.getByRole('link', { name: 'Download superbill (PDF)' });
    const href = (await link.getAttribute('href'))!;
    expect(href).toContain(`from=${sessionDay}&to=${sessionDay}`);
    const superbill = await billing.request.get(href);
    expect(superbill.status()).toBe(200);
    expect(superbill.headers()['content-type']).toBe('application/pdf');
    const pdf = await superbill.body();
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(pdf);
    // The superbill gives the client's legal name (Alexandra), as an insurer needs it.
    expect(text).toMatch(/Client: Alex\w* Morgan/);
    expect(text).toContain('90847');
    expect(text).toContain(sessionDay);
    expect(text).not.toContain('Jamie');
    expect(text).not.toContain('Chen');
    await expectNoAxeViolations(billing);
    await billing.context().close();

    for (const check of problems) expect(check()).toEqual([]);
  });
});
