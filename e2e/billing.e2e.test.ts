import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkTexts, signInAsStaff, waitForHeading } from './flows.js';
import { DEMO, expectNoAxeViolations, launchBrowser, startServer, watchForPageProblems, type RunningServer } from './harness.js';

/** The demo practice's zone: the browsers here use it too, so their days are the practice's days. */
const ZONE = 'America/Chicago';

/** A day some days ago in the practice's zone, as `YYYY-MM-DD`. */
function practiceDay(daysAgo: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() - daysAgo * 86_400_000));
}

/** Headings a billing user must never meet: the clinical record's sections. */
const CLINICAL_HEADINGS = /session notes|treatment plan|history|homework|measures|questionnaire|diagnos|screening|referrals|releases|private|psychotherapy|consents/i;

/** "$1,234.50" → 123450. */
function cents(text: string): number {
  const match = /\$([\d,]+\.\d{2})/.exec(text);
  if (!match) throw new Error(`no amount in “${text}”`);
  return Math.round(Number(match[1]!.replace(/,/g, '')) * 100);
}

/**
 * Billing essentials in the browser. The owner sets a fee and a clinician's numbers in billing
 * settings; the billing user (who lands on Billing and is shown nothing clinical) codes the
 * demo couple's latest joint session — the demo leaves it uncharged — billed to one partner,
 * is shown a refused place of service next to its field, records a payment, sees the balance
 * move, and downloads the superbill (a PDF) and the income report (CSV). The session's own
 * clinician then finds the charge from the calendar.
 */
describe('billing: fees, a charge for a joint session, a payment, a superbill and the income report', () => {
  let server: RunningServer;
  let browser: Browser;
  const problems: (() => string[])[] = [];
  // The demo's latest joint session is a week ago at 10:00, in person (50 minutes).
  const sessionDay = practiceDay(7);
  let appointmentId = '';
  let accountPath = '';
  let billing: Page;

  async function newPage(): Promise<Page> {
    const page = await (await browser.newContext({ baseURL: server.baseUrl, timezoneId: ZONE, locale: 'en-US' })).newPage();
    problems.push(watchForPageProblems(page));
    return page;
  }

  /** axe, and — for the billing user — no clinical section anywhere on the page. */
  async function checkBillingPage(page: Page): Promise<void> {
    await expectNoAxeViolations(page);
    const headings = (await page.getByRole('heading').allTextContents()).map((text) => text.trim());
    expect(headings.filter((heading) => CLINICAL_HEADINGS.test(heading)), `clinical headings on ${page.url()}`).toEqual([]);
  }

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('lets the owner set a fee and a clinician’s numbers in billing settings', async () => {
    const owner = await newPage();
    await signInAsStaff(owner, DEMO.owner);
    const nav = owner.getByRole('navigation', { name: 'Main' });
    expect(await linkTexts(nav)).toContain('Billing');
    await nav.getByRole('link', { name: 'Settings' }).click();
    await owner.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Billing' }).click();
    await waitForHeading(owner, 'Billing settings');
    const fee = owner.getByLabel('90847 — Couple or family therapy, client present');
    await expect.poll(() => fee.inputValue()).not.toBe('');
    await expectNoAxeViolations(owner);

    // A mistyped tax ID is caught before anything is sent.
    const taxId = owner.getByLabel('Tax ID (optional)');
    const savedTaxId = await taxId.inputValue();
    await taxId.fill('36-45');
    await fee.fill('175');
    await owner.getByRole('button', { name: 'Save billing settings' }).click();
    const summary = owner.getByRole('alert').filter({ hasText: 'Some details need another look' });
    expect(await summary.textContent()).toContain('Tax ID: Enter the nine-digit tax ID, written 12-3456789.');
    expect(await taxId.getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(owner);
    await taxId.fill(savedTaxId);
    await owner.getByRole('button', { name: 'Save billing settings' }).click();
    await owner.getByRole('status').filter({ hasText: 'Your billing settings are saved.' }).waitFor();
    expect(await fee.inputValue()).toBe('175.00');

    // Each clinician's form starts from the numbers saved for them (the demo's, here).
    const okafor = owner.getByRole('listitem').filter({ has: owner.getByRole('heading', { name: 'Dr. Amara Okafor' }) });
    expect(await okafor.getByLabel('NPI').inputValue()).toBe('1326049871');
    expect(await okafor.getByLabel('Licence').inputValue()).toBe('Licensed Clinical Psychologist, Illinois 071.009876');
    await okafor.getByLabel('Licence').fill('Licensed Clinical Psychologist (IL) 071.009876');
    await okafor.getByRole('button', { name: /Save numbers/ }).click();
    await okafor.getByRole('status').filter({ hasText: 'Saved Dr. Amara Okafor’s numbers.' }).waitFor();
    await expectNoAxeViolations(owner);
    await owner.context().close();
  });

  it('lands the billing user on Billing, with nothing clinical in the navigation or the worklist', async () => {
    billing = await newPage();
    await signInAsStaff(billing, DEMO.billing, 'Billing');
    expect(await linkTexts(billing.getByRole('navigation', { name: 'Main' }))).toEqual(['Clients', 'Billing', 'Settings']);
    await billing.getByRole('table', { name: /^Sessions in / }).waitFor();
    await checkBillingPage(billing);

    // The session a week ago may fall in last month.
    if (sessionDay.slice(0, 7) !== practiceDay(0).slice(0, 7)) {
      await billing.getByRole('button', { name: 'Previous month' }).click();
      await billing.getByRole('heading', { level: 2, name: new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${sessionDay}T12:00:00Z`)) }).waitFor();
    }
    const table = billing.getByRole('table', { name: /^Sessions in / });
    // The demo's earlier joint sessions are coded already; the latest is left to code.
    expect(await table.getByRole('row').filter({ hasText: '90847' }).count()).toBeGreaterThan(0);
    await checkBillingPage(billing);
  });

  it('adds a charge for the couple’s joint session, billed to one partner, after a refused place of service is shown beside its field', async () => {
    const table = billing.getByRole('table', { name: /^Sessions in / });
    const row = table.getByRole('row').filter({ hasText: 'Joint session' }).filter({ has: billing.getByRole('link', { name: /^Add charge/ }) }).first();
    expect(await row.textContent()).toMatch(/Alex Morgan.*Jamie Chen|Jamie Chen.*Alex Morgan/);
    await row.getByRole('link', { name: /^Add charge/ }).click();

    await waitForHeading(billing, 'Charge for a session');
    appointmentId = decodeURIComponent(new URL(billing.url()).pathname.split('/').pop() ?? '');
    const session = billing.getByRole('region', { name: 'The session' });
    expect(await session.textContent()).toContain('Suggested: 90847 — Couple or family psychotherapy with the identified client present, 50 minutes');
    await checkBillingPage(billing);

    // A joint session is billed to one partner, chosen on purpose.
    await billing.getByRole('button', { name: 'Save charge' }).click();
    const summary = billing.getByRole('alert').filter({ hasText: 'Some details need another look' });
    expect(await summary.textContent()).toContain('Billed client: Choose who is billed for this session.');
    const billed = billing.getByRole('group', { name: 'Billed client' });
    expect(await billed.textContent()).toContain('Only this person’s statement shows this session; the other partner is not named on it.');
    await billed.getByRole('radio', { name: 'Alex Morgan' }).check();
    expect(await billing.getByRole('checkbox', { name: 'F52.6' }).isChecked()).toBe(true);
    expect(await billing.getByLabel('CPT code').inputValue()).toBe('90847');
    expect(await billing.getByLabel('Fee (dollars)').inputValue()).toBe('175.00');
    expect(await billing.getByLabel('Amount charged (dollars, optional)').inputValue()).toBe('');
    await checkBillingPage(billing);

    // The server's refusal is shown beside the field it names.
    await billing.getByRole('radio', { name: /^02 — / }).check();
    await billing.getByRole('button', { name: 'Save charge' }).click();
    const placeError = billing.locator('#field-placeOfService-error');
    await placeError.waitFor();
    expect(await placeError.textContent()).toBe('An in-person session is place of service 11 (office).');
    await checkBillingPage(billing);
    await billing.getByRole('radio', { name: /^11 — / }).check();
    await billing.getByRole('button', { name: 'Save charge' }).click();
    await billing.getByRole('status').filter({ hasText: 'Saved: Alex Morgan is charged $175.00 for this session' }).waitFor();
    await checkBillingPage(billing);
  });

  it('records a payment on the billed partner’s account and shows the new balance', async () => {
    await billing.getByRole('link', { name: 'Open Alex Morgan’s account' }).click();
    await waitForHeading(billing, 'Alex Morgan’s account');
    accountPath = new URL(billing.url()).pathname;
    const charges = billing.getByRole('table', { name: 'Charges billed to Alex Morgan' });
    await charges.getByRole('row').filter({ hasText: '$175.00' }).filter({ hasText: '90847' }).waitFor();
    const balance = billing.getByRole('region', { name: 'Balance' });
    const figures = async () => {
      const values = await balance.locator('dd').allTextContents();
      return { charged: cents(values[0]!), paid: cents(values[1]!), balance: cents(values[2]!) };
    };
    const before = await figures();
    expect(before.balance).toBe(before.charged - before.paid);
    expect(await balance.textContent()).toContain('owed');
    await checkBillingPage(billing);

    const payment = billing.getByRole('region', { name: 'Record a payment' });
    await payment.getByLabel('Amount (dollars)').fill('100');
    await payment.getByLabel('Method').selectOption({ label: 'Check' });
    expect(await payment.getByLabel('Received on').getAttribute('max')).toBe(practiceDay(0));
    await payment.getByLabel('Reference (optional)').fill('Check 1042');
    await payment.getByRole('button', { name: 'Record payment' }).click();
    await payment.getByRole('status').filter({ hasText: 'Recorded a payment of $100.00 from Alex Morgan' }).waitFor();
    await billing.getByRole('table', { name: 'Payments from Alex Morgan' }).getByRole('row').filter({ hasText: 'Check 1042' }).waitFor();
    await expect.poll(async () => (await figures()).paid).toBe(before.paid + 10000);
    expect((await figures()).balance).toBe(before.balance - 10000);
    await checkBillingPage(billing);
  });

  it('downloads the superbill as a PDF; the client record is the administrative one', async () => {
    // The superbill for the period that holds the session.
    await billing.getByLabel('First day').fill(sessionDay);
    const superbillLink = billing.getByRole('link', { name: 'Download superbill (PDF)' });
    const superbill = await billing.request.get((await superbillLink.getAttribute('href'))!);
    expect(superbill.status()).toBe(200);
    expect(superbill.headers()['content-type']).toBe('application/pdf');
    const pdf = await superbill.body();
    expect(pdf.length).toBeGreaterThan(500);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await checkBillingPage(billing);

    // The client record is the administrative one: nothing clinical on it either.
    await billing.getByRole('link', { name: 'Back to Alex Morgan' }).click();
    await waitForHeading(billing, 'Alex Morgan');
    await billing.getByRole('link', { name: 'Account and payments' }).waitFor();
    await checkBillingPage(billing);
    await billing.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clients' }).click();
    await waitForHeading(billing, 'Clients');
    expect(await billing.getByRole('link', { name: 'Relationships' }).count()).toBe(0);
    await checkBillingPage(billing);
  });

  it('shows the session coded on the worklist and downloads the income report as CSV', async () => {
    await billing.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Billing' }).click();
    await waitForHeading(billing, 'Billing');
    if (sessionDay.slice(0, 7) !== practiceDay(0).slice(0, 7)) await billing.getByRole('button', { name: 'Previous month' }).click();
    const coded = billing.locator(`tr:has(a[href$="/billing/appointments/${appointmentId}"])`);
    await coded.filter({ hasText: '90847 · $175.00 · billed to Alex Morgan' }).waitFor();
    const incomeLink = billing.getByRole('link', { name: /^Income report \(CSV\)/ });
    const income = await billing.request.get((await incomeLink.getAttribute('href'))!);
    expect(income.status()).toBe(200);
    expect(income.headers()['content-type']).toContain('text/csv');
    const csv = await income.text();
    expect(csv.split('\n')[0]).toBe('date,type,clinician,client,cpt,fee,charged,paid');
    expect(csv).toContain(`${sessionDay},charge,Dr. Amara Okafor,Alex Morgan,90847,175.00,175.00,`);
    await checkBillingPage(billing);
  });

  it('shows the billing user billing settings, and refuses the calendar', async () => {
    await billing.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await billing.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Billing' }).click();
    await waitForHeading(billing, 'Billing settings');
    expect(await billing.getByLabel('90847 — Couple or family therapy, client present').inputValue()).toBe('175.00');
    // Billing keeps clinicians' numbers too, starting from those the owner saved.
    const okafor = billing.getByRole('listitem').filter({ has: billing.getByRole('heading', { name: 'Dr. Amara Okafor' }) });
    expect(await okafor.getByLabel('NPI').inputValue()).toBe('1326049871');
    expect(await okafor.getByLabel('Licence').inputValue()).toBe('Licensed Clinical Psychologist (IL) 071.009876');
    await okafor.getByLabel('Licence').fill('Licensed Clinical Psychologist, Illinois 071.009876');
    await okafor.getByRole('button', { name: /Save numbers/ }).click();
    await okafor.getByRole('status').filter({ hasText: 'Saved Dr. Amara Okafor’s numbers.' }).waitFor();
    await checkBillingPage(billing);

    // Clinical pages are not the billing user's: the calendar is refused, not shown.
    await billing.goto('/calendar');
    await waitForHeading(billing, 'Calendar');
    await billing.getByRole('alert').filter({ hasText: /access/ }).waitFor();
    await checkBillingPage(billing);
    await billing.context().close();
  });

  it('shows the session’s clinician the charge from the calendar', async () => {
    const clinician = await newPage();
    await signInAsStaff(clinician, DEMO.clinician);
    await clinician.goto(`/calendar?week=${sessionDay}`);
    await waitForHeading(clinician, 'Calendar');
    await clinician.getByRole('list', { name: 'Days of the week' }).getByRole('button', { name: /Joint session/ }).click();
    const detail = clinician.getByRole('region', { name: 'Chosen appointment' });
    await detail.getByRole('link', { name: /^Codes and charge/ }).click();
    await waitForHeading(clinician, 'Charge for a session');
    expect(decodeURIComponent(new URL(clinician.url()).pathname)).toBe(`/billing/appointments/${appointmentId}`);
    await clinician.getByRole('heading', { name: 'Correct the charge' }).waitFor();
    expect(await clinician.getByRole('radio', { name: 'Alex Morgan' }).isChecked()).toBe(true);
    expect(await clinician.getByRole('link', { name: 'Back to the calendar' }).count()).toBe(1);
    await expectNoAxeViolations(clinician);

    // The care team sees the account too.
    await clinician.goto(accountPath);
    await waitForHeading(clinician, 'Alex Morgan’s account');
    expect(await clinician.getByRole('region', { name: 'Record a payment' }).count()).toBe(0);
    await expectNoAxeViolations(clinician);
    expect(problems.flatMap((p) => p())).toEqual([]);
  });
});
