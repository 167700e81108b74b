import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAsStaff } from './flows.js';
import { DEMO, expectNoAxeViolations, launchBrowser, startServer, watchForPageProblems, type RunningServer } from './harness.js';

/**
 * The public directory in a real browser. Someone looking for help finds a therapist by ZIP code
 * and specialty with JavaScript turned off (the pages are plain server-rendered HTML), opens the
 * profile, and sends a contact request; the therapist sees it when they sign in. With JavaScript
 * on, "Use my location" searches around the browser's position. The training page filters
 * programmes. axe checks every public page.
 */
describe('the public directory: find a therapist and ask for help', () => {
  let server: RunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const problems: (() => string[])[] = [];

  async function newPage(options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
    const context = await browser.newContext({ baseURL: server.baseUrl, timezoneId: 'America/Chicago', locale: 'en-US', ...options });
    contexts.push(context);
    const page = await context.newPage();
    problems.push(watchForPageProblems(page));
    return page;
  }

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.stop();
    expect(problems.flatMap((p) => p())).toEqual([]);
  });

  /** axe needs JavaScript: check the page a script-less visitor is on by opening it in a browser with scripts. */
  async function axeAt(url: string): Promise<Page> {
    const page = await newPage();
    await page.goto(url);
    await expectNoAxeViolations(page);
    return page;
  }

  it('finds a therapist by ZIP code and specialty without JavaScript and sends a contact request the clinician sees', async () => {
    const visitor = await newPage({ javaScriptEnabled: false });
    await visitor.goto('/find');
    expect(await visitor.getByRole('heading', { level: 1 }).textContent()).toBe('Find a sex therapist');
    await axeAt('/find');

    await visitor.getByLabel('US ZIP code').fill('60611');
    await visitor.getByLabel('Help with').selectOption({ label: 'Pain or difficulty with penetration' });
    await visitor.getByLabel('Sort by').selectOption({ label: 'Distance' });
    await visitor.getByRole('button', { name: 'Search' }).click();
    await visitor.waitForURL(/\/find\?.*zip=60611/);
    expect(await visitor.locator('#results-heading').textContent()).toBe('2 therapists within 25 miles of ZIP 60611');
    const results = visitor.locator('ol.results > li');
    expect(await results.locator('h3').allTextContents()).toEqual(['Amara Okafor, LCSW, CST', 'Dr. Nadia Haddad, PsyD, CST']);
    // Distances are shown in words, nearest first; only verified credentials appear, each marked.
    expect(await results.nth(0).getByText(/miles from ZIP 60611/).textContent()).toBe('0.0 miles from ZIP 60611');
    expect(await results.nth(1).getByText(/miles from ZIP 60611/).textContent()).toBe('9.0 miles from ZIP 60611');
    expect(await results.nth(0).getByRole('list', { name: 'Verified credentials' }).textContent()).not.toContain('(WI)');
    await axeAt(visitor.url());

    await results.nth(0).getByRole('link', { name: 'Amara Okafor, LCSW, CST' }).click();
    await visitor.waitForURL(/\/find\/therapists\//);
    expect(await visitor.getByRole('heading', { level: 1 }).textContent()).toBe('Amara Okafor, LCSW, CST');
    const profileUrl = visitor.url();
    const checker = await axeAt(profileUrl);

    // A missing confirmation of age is named next to its field, and what was typed is kept.
    const fill = async (page: Page) => {
      await page.getByLabel('Your name (a first name is fine)').fill('Quinn Avery');
      await page.getByLabel('Email', { exact: true }).fill('quinn.avery@example.com');
      await page.getByLabel('A short message (optional)').fill('My partner and I would like help reconnecting; weekday evenings suit us.');
    };
    await fill(visitor);
    await visitor.getByRole('button', { name: 'Send request' }).click();
    await visitor.waitForLoadState();
    expect(await visitor.locator('#adult-error').textContent()).toBe('this directory is for adults: please confirm you are 18 or older');
    expect(await visitor.getByLabel('Your name (a first name is fine)').inputValue()).toBe('Quinn Avery');
    await fill(checker);
    await checker.getByRole('button', { name: 'Send request' }).click();
    await expect.poll(() => checker.locator('#adult-error').count()).toBe(1);
    await expectNoAxeViolations(checker);

    await visitor.getByLabel('I am 18 or older').check();
    await visitor.getByRole('button', { name: 'Send request' }).click();
    await visitor.waitForURL(/sent=1/);
    expect(await visitor.getByRole('status').textContent()).toContain('Your request has been sent to Amara Okafor, LCSW, CST.');
    await axeAt(visitor.url());

    const clinician = await newPage();
    await signInAsStaff(clinician, DEMO.clinician);
    await expect.poll(() => clinician.getByRole('main').textContent()).toContain('Quinn Avery');
    await clinician.goto('/contact-requests');
    await expect.poll(() => clinician.getByRole('main').textContent()).toContain('My partner and I would like help reconnecting; weekday evenings suit us.');
    expect(await clinician.getByRole('main').textContent()).toContain('quinn.avery@example.com');
  });

  it('searches around the browser’s location when JavaScript is on', async () => {
    // The Loop, Chicago: Dr. Park's office (Lakeview) is about 4 miles north.
    const page = await newPage({ geolocation: { latitude: 41.885155, longitude: -87.621512 }, permissions: ['geolocation'] });
    await page.goto('/find');
    await page.getByRole('button', { name: 'Use my location' }).click();
    await page.waitForURL(/lat=41\.8852/);
    await expect.poll(() => page.locator('#results-heading').textContent()).toMatch(/therapists within 25 miles of your location$/);
    const first = page.locator('ol.results > li').first();
    expect(await first.locator('h3').textContent()).toBe('Amara Okafor, LCSW, CST');
    expect(await first.getByText(/miles from your location/).textContent()).toBe('0.7 miles from your location');
    await expectNoAxeViolations(page);
  });

  it('filters training programmes', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto('/find/training');
    await axeAt('/find/training');
    await page.getByLabel('Kind').selectOption({ label: 'Sexual attitude reassessment (SAR) seminar' });
    await page.getByLabel('Format').selectOption({ label: 'Online' });
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/kind=sar/);
    expect(await page.locator('ol.results h3').allTextContents()).toEqual(['Virtual SAR']);
    await axeAt(page.url());
  });
});
