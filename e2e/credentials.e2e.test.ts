import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAsStaff, waitForHeading } from './flows.js';
import { DEMO, expectNoAxeViolations, launchBrowser, startServer, watchForPageProblems, type RunningServer } from './harness.js';

/** The demo practice's time zone: the browser is put there, so its "today" is the practice's. */
const PRACTICE_TIME_ZONE = 'America/Chicago';
/** A licence in a state the demo data does not use, so it is told apart from any demo licence. */
const LICENCE_NAME = 'Counseling licence (WI)';
const LICENCE_NUMBER = 'WI-E2E-20481';
const COURSE = 'Foundations of sexual health (browser test)';
const PROVIDER = 'Candor Test Institute';
const CORE_KNOWLEDGE = 'Human sexuality core knowledge';
/** The core-knowledge requirement's eLearning cap (AASECT 2025.T.1: 75 of the 90 hours). */
const ONLINE_CAP = 75;

/** A calendar day some days from today in the practice's zone, as `YYYY-MM-DD`. */
function practiceDay(days: number): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: PRACTICE_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  const [year, month, day] = parts.split('-').map(Number);
  return new Date(Date.UTC(year!, month! - 1, day! + days)).toISOString().slice(0, 10);
}

/** How the app writes a calendar date for this (en-US) browser: "November 21, 2026". */
function longDate(day: string): string {
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

interface CoreKnowledgeFigures {
  required: number;
  logged: number;
  counted: number;
  remaining: number;
  onlineLogged: number;
  onlineCounted: number;
}

/**
 * Credentials and the certification log: the demo clinician records a licence that expires in 20
 * days and Today warns her; the owner opens it from her own Today and verifies it, which the
 * clinician then sees; the clinician logs two hours of online core-knowledge education, the
 * progress figures move by exactly that (the eLearning cap applied), and the CSV log holds the
 * row. Whatever demo credentials and hours exist, the assertions compare before and after.
 */
describe('Credentials and the certification log', () => {
  let server: RunningServer;
  let browser: Browser;
  let clinician: Page;
  let owner: Page;
  const problems: (() => string[])[] = [];
  const courseDay = practiceDay(-1);

  async function newPage(): Promise<Page> {
    const page = await (await browser.newContext({ baseURL: server.baseUrl, timezoneId: PRACTICE_TIME_ZONE, locale: 'en-US' })).newPage();
    problems.push(watchForPageProblems(page));
    return page;
  }

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    clinician = await newPage();
    await signInAsStaff(clinician, DEMO.clinician);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** The new licence's entry on the Credentials page, once listed. */
  async function licenceItem(page: Page): Promise<Locator> {
    const item = page
      .getByRole('list', { name: 'Licences' })
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 3, name: LICENCE_NAME }) });
    await item.waitFor();
    return item;
  }

  /** The core-knowledge row of the progress table, and its eLearning cap note, as numbers. */
  async function coreKnowledge(): Promise<CoreKnowledgeFigures> {
    const row = clinician.getByRole('table', { name: 'Hour requirements (in clock hours)' }).getByRole('row', { name: new RegExp(`^${CORE_KNOWLEDGE}`) });
    await row.waitFor();
    const cells = (await row.getByRole('cell').allTextContents()).map((text) => text.trim());
    const cap = /eLearning \(online\) hours: ([\d.]+) logged, ([\d.]+) count \(cap (\d+)\)/.exec(cells[5] ?? '');
    expect(cap, `cap note: ${cells[5]}`).not.toBeNull();
    expect(Number(cap![3])).toBe(ONLINE_CAP);
    return {
      required: Number(cells[0]),
      logged: Number(cells[1]),
      counted: Number(cells[2]),
      remaining: Number(cells[3]),
      onlineLogged: Number(cap![1]),
      onlineCounted: Number(cap![2]),
    };
  }

  it('adds a licence that expires in 20 days, unverified, and Today warns about it', async () => {
    await clinician.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Credentials' }).click();
    await waitForHeading(clinician, 'Credentials');
    await clinician.getByRole('heading', { level: 2, name: 'Licences' }).waitFor();
    await expectNoAxeViolations(clinician);

    // A licence needs its state, number and expiry: the form says so before sending anything.
    const form = clinician.getByRole('form', { name: 'Add a licence' });
    await form.getByRole('button', { name: 'Add licence' }).click();
    const summary = clinician.getByRole('alert').filter({ hasText: 'Some details need another look' });
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Licence number: Enter the licence number.');
    expect(await form.getByLabel('Expiry date').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(clinician);

    await form.getByLabel('Profession').selectOption('counseling');
    await form.getByLabel('State').selectOption('WI');
    await form.getByLabel('Licence number').fill(LICENCE_NUMBER);
    await form.getByLabel('Expiry date').fill(practiceDay(20));
    await form.getByRole('button', { name: 'Add licence' }).click();
    await clinician.getByRole('status').filter({ hasText: `Added ${LICENCE_NAME}.` }).waitFor();

    const item = await licenceItem(clinician);
    const text = (await item.textContent()) ?? '';
    expect(text).toContain(`Expires in 20 days (${longDate(practiceDay(20))})`);
    expect(text).toContain('Not verified.');
    expect(text).not.toContain('Verified by');
    expect(text).toContain(LICENCE_NUMBER);
    await expectNoAxeViolations(clinician);

    await clinician.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
    await waitForHeading(clinician, 'Today');
    const alert = clinician.getByRole('list', { name: 'Credentials to renew' }).getByRole('listitem').filter({ hasText: LICENCE_NAME });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Expires in 20 days');
    expect(await alert.getByRole('link', { name: LICENCE_NAME }).getAttribute('href')).toBe('/credentials');
    await expectNoAxeViolations(clinician);
  });

  it('lets the owner open it from her Today and verify it; the clinician then sees who verified it', async () => {
    owner = await newPage();
    await signInAsStaff(owner, DEMO.owner);
    // The owner's Today lists every clinician's expiring credentials, each opening that clinician's list.
    const alert = owner.getByRole('list', { name: 'Credentials to renew' }).getByRole('link', { name: `Dr. Amara Okafor: ${LICENCE_NAME}` });
    await alert.waitFor();
    await expectNoAxeViolations(owner);
    await alert.click();
    await waitForHeading(owner, 'Credentials');
    const whose = owner.getByLabel('Whose credentials');
    await expect.poll(async () => (await whose.locator('option:checked').textContent())?.trim()).toBe('Dr. Amara Okafor');

    const item = await licenceItem(owner);
    expect(await item.textContent()).toContain('Not verified.');
    await expectNoAxeViolations(owner);
    const verify = item.getByRole('form', { name: `Verify ${LICENCE_NAME}` });
    await verify.getByLabel('How you checked it').selectOption('primary-source-lookup');
    await verify.getByLabel('Note (optional)').fill('Checked on the Wisconsin licensing board’s lookup.');
    await verify.getByRole('button', { name: /^Mark as verified/ }).click();
    await owner.getByRole('status').filter({ hasText: `Marked ${LICENCE_NAME} as verified.` }).waitFor();
    await item.getByText(/^Verified by Priya Natarajan on .+ \(primary-source lookup\)\.$/).first().waitFor();
    expect(await item.textContent()).not.toContain('Not verified');
    await item.getByRole('button', { name: new RegExp(`^Withdraw verification of ${LICENCE_NAME.replace(/[()]/g, '\\$&')}$`) }).waitFor();
    await expectNoAxeViolations(owner);

    await clinician.goto('/credentials');
    await waitForHeading(clinician, 'Credentials');
    const own = await licenceItem(clinician);
    await own.getByText(/^Verified by Priya Natarajan on .+ \(primary-source lookup\)\.$/).first().waitFor();
    expect(await own.textContent()).toContain('Checked on the Wisconsin licensing board’s lookup.');
    // Only the owner verifies: the clinician has no such controls.
    expect(await own.getByRole('button', { name: /verif/i }).count()).toBe(0);
    await expectNoAxeViolations(clinician);
  });

  it('logs two hours of online core-knowledge education, and progress moves by exactly that', async () => {
    await clinician.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Certification' }).click();
    await waitForHeading(clinician, 'Certification');
    const before = await coreKnowledge();
    expect(before.required).toBe(90);
    await expectNoAxeViolations(clinician);

    const form = clinician.getByRole('form', { name: 'Log hours' });
    await form.getByRole('radio', { name: 'Continuing education' }).check();
    await form.getByLabel('Date').fill(courseDay);
    await form.getByLabel('Hours', { exact: true }).fill('2');
    await form.getByLabel('Course or event').fill(COURSE);
    await form.getByLabel('Provided by').fill(PROVIDER);
    await form.getByLabel('What it covered').selectOption('core-knowledge');
    await form.getByRole('radio', { name: 'Online (eLearning)' }).check();
    await form.getByRole('button', { name: 'Log hours' }).click();
    await clinician.getByRole('status').filter({ hasText: `Logged 2 hours of continuing education on ${longDate(courseDay)}.` }).waitFor();

    // Two more online hours: all of them logged, and as many counted as the eLearning cap leaves room for.
    const countedGain = Math.min(before.onlineLogged + 2, ONLINE_CAP) - Math.min(before.onlineLogged, ONLINE_CAP);
    await expect.poll(async () => (await coreKnowledge()).logged).toBe(before.logged + 2);
    const after = await coreKnowledge();
    expect(after.onlineLogged).toBe(before.onlineLogged + 2);
    expect(after.counted).toBe(before.counted + countedGain);
    expect(after.onlineCounted).toBe(before.onlineCounted + countedGain);
    expect(after.remaining).toBe(Math.max(0, 90 - after.counted));

    const row = clinician.getByRole('region', { name: 'Your log' }).getByRole('row').filter({ hasText: COURSE });
    await row.waitFor();
    expect(await row.textContent()).toContain('Online (eLearning)');
    await expectNoAxeViolations(clinician);
  });

  it('downloads the log as CSV (with the new row) and as PDF', async () => {
    const log = clinician.getByRole('region', { name: 'Your log' });
    const csvResponse = await clinician.request.get((await log.getByRole('link', { name: 'Download CSV' }).getAttribute('href'))!);
    expect(csvResponse.status()).toBe(200);
    expect(csvResponse.headers()['content-type']).toContain('text/csv');
    const csv = await csvResponse.text();
    expect(csv.split('\n')[0]).toMatch(/^date,kind,hours,title,provider,category,delivery,aasect_approved,given_by_supervisor,/);
    expect(csv).toContain(`${courseDay},education,2.00,${COURSE},${PROVIDER},core-knowledge,online,no,no,`);

    const pdfResponse = await clinician.request.get((await log.getByRole('link', { name: 'Download PDF' }).getAttribute('href'))!);
    expect(pdfResponse.status()).toBe(200);
    expect((await pdfResponse.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await expectNoAxeViolations(clinician);
    expect(problems.flatMap((pageProblems) => pageProblems())).toEqual([]);
  });
});
