import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkTexts, signInAsStaff, waitForHeading } from './flows.js';
import { DEMO, expectNoAxeViolations, launchBrowser, startServer, watchForPageProblems, type RunningServer } from './harness.js';

const HEADER = 'kind,name,provider,format,city,state,country,length,cost_min,cost_max,counts_toward,url,description';
const GOOD_ROW = 'sar,Lakeshore SAR Weekend,Lakeshore Sexual Health Institute,in-person,Milwaukee,WI,United States,2 days,450,600,sar,https://example.org/lakeshore/sar,A two-day sexual attitude reassessment.';
const BAD_URL = 'lakeshore-online-core';
const secondRow = (url: string) => `continuing-education,Lakeshore Core Knowledge Online,Lakeshore Sexual Health Institute,online,,,,30 hours,300,300,core-knowledge;renewal,${url},`;

/**
 * The public directory and the training catalogue in the browser. The site administrator (the
 * demo owner) imports a two-row CSV in which one row's web address is wrong: with "import nothing
 * until every row is right" nothing is imported and the row and column are named; fixed, both
 * rows import and appear in the catalogue, and one is edited. The owner sees the practice is in
 * the directory. The demo clinician, whose profile is public, is shown a telehealth state she holds
 * no licence in next to its field, adds a language, saves and sees her public page's link; she reads
 * the contact request waiting for her, marks it read and opens the prospective client's record.
 */
describe('directory profile, contact requests and the training catalogue', () => {
  let server: RunningServer;
  let browser: Browser;
  const problems: (() => string[])[] = [];

  async function newPage(): Promise<Page> {
    const page = await (await browser.newContext({ baseURL: server.baseUrl, locale: 'en-US' })).newPage();
    problems.push(watchForPageProblems(page));
    return page;
  }

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('lets the site administrator import programmes from CSV: nothing while a row is wrong, every row once it is fixed', async () => {
    const admin = await newPage();
    await signInAsStaff(admin, DEMO.owner);
    const nav = admin.getByRole('navigation', { name: 'Main' });
    expect(await linkTexts(nav)).toContain('Training catalogue');
    await nav.getByRole('link', { name: 'Training catalogue' }).click();
    await waitForHeading(admin, 'Training catalogue');
    const list = admin.getByRole('list', { name: 'Programmes' });
    await list.waitFor();
    const programmes = list.locator(':scope > li');
    const before = await programmes.count();
    expect(before).toBeGreaterThan(0);
    expect(await admin.getByRole('link', { name: 'Export CSV' }).getAttribute('href')).toBe('/api/v1/admin/training.csv');
    await expectNoAxeViolations(admin);

    const importer = admin.getByRole('region', { name: 'Import from CSV' });
    const csv = importer.getByLabel('CSV', { exact: true });
    await csv.fill([HEADER, GOOD_ROW, secondRow(BAD_URL)].join('\n'));
    expect(await importer.getByRole('radio', { name: 'Import nothing until every row is right' }).isChecked()).toBe(true);

    // Checking only: the problem is named by row (the header is row 1) and column; nothing is written.
    await importer.getByRole('button', { name: 'Check only' }).click();
    const problemsAlert = importer.getByRole('alert').filter({ hasText: 'Row 3' });
    await problemsAlert.waitFor();
    expect(await problemsAlert.textContent()).toContain('Read 2 rows: one row needs another look, so nothing would be imported until they are fixed. Nothing was imported yet.');
    expect(await importer.getByRole('list', { name: 'Problems in the CSV' }).getByRole('listitem').allTextContents()).toEqual([
      'Row 3, url: must be a web address starting with https://',
    ]);
    await expectNoAxeViolations(admin);

    // Importing for real, all or nothing: still nothing.
    await importer.getByRole('button', { name: 'Import', exact: true }).click();
    await importer.getByRole('alert').filter({ hasText: 'Nothing was imported: one row needs another look.' }).waitFor();
    expect(await programmes.count()).toBe(before);
    expect(await list.getByRole('heading', { name: 'Lakeshore SAR Weekend' }).count()).toBe(0);
    await expectNoAxeViolations(admin);

    // Fixed, both rows import and appear in the catalogue.
    await csv.fill([HEADER, GOOD_ROW, secondRow('https://example.org/lakeshore/core-online')].join('\n'));
    await importer.getByRole('button', { name: 'Import', exact: true }).click();
    await importer.getByRole('status').filter({ hasText: 'Imported 2 programmes.' }).waitFor();
    await expect.poll(() => programmes.count()).toBe(before + 2);
    const sar = list.getByRole('article', { name: 'Lakeshore SAR Weekend' });
    expect(await sar.textContent()).toContain('Lakeshore Sexual Health Institute · Sexual attitude reassessment (SAR) seminar · In person');
    expect(await sar.textContent()).toContain('Milwaukee, WI, United States');
    expect(await sar.textContent()).toContain('$450–$600');
    const online = list.getByRole('article', { name: 'Lakeshore Core Knowledge Online' });
    expect(await online.getByRole('listitem').allTextContents()).toEqual(['Human sexuality core knowledge', 'Renewal credits (every three years)']);
    await expectNoAxeViolations(admin);

    // One is edited through the form; a wrong cost is shown beside its field first.
    await sar.getByRole('button', { name: 'Edit Lakeshore SAR Weekend' }).click();
    const form = admin.getByRole('form', { name: 'Edit Lakeshore SAR Weekend' });
    await form.getByLabel('Highest cost (optional)').fill('300');
    await form.getByRole('button', { name: 'Save changes' }).click();
    expect(await form.getByRole('alert').filter({ hasText: 'Some details need another look' }).textContent()).toContain('Highest cost: The highest cost must be at least the lowest.');
    expect(await form.getByLabel('Highest cost (optional)').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(admin);
    await form.getByLabel('Highest cost (optional)').fill('650');
    await form.getByLabel('Length (optional)').fill('Two and a half days');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await admin.getByRole('status').filter({ hasText: 'Saved “Lakeshore SAR Weekend”.' }).waitFor();
    await expect.poll(async () => sar.textContent()).toContain('Two and a half days');
    expect(await sar.textContent()).toContain('$450–$650');
    await expectNoAxeViolations(admin);

    // The export holds them, in the columns the import reads.
    const exported = await admin.request.get('/api/v1/admin/training.csv');
    expect(exported.status()).toBe(200);
    const text = await exported.text();
    expect(text.split('\n')[0]?.trim()).toBe(HEADER);
    expect(text).toContain('Lakeshore Core Knowledge Online');

    // The owner also sees that the practice is in the public directory.
    await nav.getByRole('link', { name: 'Directory profile' }).click();
    await waitForHeading(admin, 'Directory profile');
    const listing = admin.getByRole('region', { name: 'Practice in the public directory' });
    await listing.getByText('Your practice is in the public directory.', { exact: false }).waitFor();
    await listing.getByRole('button', { name: 'Take the practice out of the directory' }).waitFor();
    await expectNoAxeViolations(admin);
    await admin.context().close();
  });

  it('lets the clinician change her directory profile and find her public page', async () => {
    const clinician = await newPage();
    await signInAsStaff(clinician, DEMO.clinician);
    const nav = clinician.getByRole('navigation', { name: 'Main' });
    expect(await linkTexts(nav)).not.toContain('Training catalogue');
    await nav.getByRole('link', { name: 'Directory profile' }).click();
    await waitForHeading(clinician, 'Directory profile');
    const visibility = clinician.getByRole('region', { name: 'In the public directory' });
    await visibility.waitFor();
    const publicLink = visibility.getByRole('link', { name: 'See your public page' });
    expect(await publicLink.getAttribute('href')).toMatch(/^\/find\/therapists\/amara-okafor-[a-z0-9-]+$/);
    const languages = clinician.getByRole('group', { name: 'Languages you offer therapy in' });
    expect(await languages.getByRole('checkbox', { name: 'English' }).isChecked()).toBe(true);
    expect(await languages.getByRole('checkbox', { name: 'Spanish' }).isChecked()).toBe(true);
    expect(await clinician.getByLabel('Name shown to the public').inputValue()).toBe('Amara Okafor, LCSW, CST');
    // What the public sees of the office address, at the precision chosen.
    const precision = clinician.getByRole('group', { name: 'How much of the address the public sees' });
    expect(await precision.getByRole('radio', { name: 'City, state and ZIP code' }).isChecked()).toBe(true);
    expect(await precision.textContent()).toContain('The public sees “Chicago, IL 60611”.');
    await expectNoAxeViolations(clinician);

    // A telehealth state she holds no licence in is refused, and shown beside the states.
    const states = clinician.getByRole('group', { name: 'States where you see clients by telehealth' });
    await states.getByRole('checkbox', { name: 'California' }).check();
    await clinician.getByRole('button', { name: 'Save profile' }).click();
    const summary = clinician.getByRole('alert').filter({ hasText: 'Some details need another look' });
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Telehealth states: You have no current licence recorded in CA.');
    expect(await clinician.locator('#field-telehealthStates-error').textContent()).toBe('You have no current licence recorded in CA.');
    await expectNoAxeViolations(clinician);

    await states.getByRole('checkbox', { name: 'California' }).uncheck();
    await languages.getByRole('checkbox', { name: 'French' }).check();
    await clinician.getByRole('button', { name: 'Save profile' }).click();
    await clinician.getByRole('status').filter({ hasText: 'Your directory profile is saved.' }).waitFor();
    await visibility.getByRole('link', { name: 'See your public page' }).waitFor();
    await expectNoAxeViolations(clinician);

    // Saved: still there after a reload.
    await clinician.reload();
    await waitForHeading(clinician, 'Directory profile');
    await clinician.getByRole('region', { name: 'In the public directory' }).waitFor();
    expect(await clinician.getByRole('group', { name: 'Languages you offer therapy in' }).getByRole('checkbox', { name: 'French' }).isChecked()).toBe(true);
    const saved = await clinician.request.get('/api/v1/directory/profile');
    expect(((await saved.json()) as { languages: string[] }).languages).toEqual(['en', 'es', 'fr']);

    // Her public page (served by the server, outside the app) shows the new language.
    await clinician.getByRole('link', { name: 'See your public page' }).click();
    await waitForHeading(clinician, 'Amara Okafor, LCSW, CST');
    expect(await clinician.locator('dl').first().textContent()).toContain('English, Spanish, French');
    await expectNoAxeViolations(clinician);
    await clinician.context().close();
  });

  it('shows the clinician the contact request from her public profile, marks it read and opens the prospective client', async () => {
    const clinician = await newPage();
    await signInAsStaff(clinician, DEMO.clinician);
    await clinician.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Contact requests' }).click();
    await waitForHeading(clinician, 'Contact requests');
    const request = clinician.getByRole('article', { name: /^Riley Nguyen/ });
    await request.waitFor();
    expect(await clinician.getByRole('status').filter({ hasText: 'One contact request; one not read yet.' }).count()).toBe(1);
    expect(await request.getByRole('link', { name: 'riley.nguyen@example.com' }).getAttribute('href')).toBe('mailto:riley.nguyen@example.com');
    expect(await request.textContent()).toContain('Are you taking new couples on weekday evenings?');
    expect(await request.textContent()).toContain('Not read yet');
    await expectNoAxeViolations(clinician);

    await request.getByRole('button', { name: 'Mark as read the request from Riley Nguyen' }).click();
    await request.getByText(/^Read /).waitFor();
    expect(await request.textContent()).not.toContain('Not read yet');
    await clinician.getByRole('status').filter({ hasText: 'One contact request; all read.' }).waitFor();
    await expectNoAxeViolations(clinician);

    await request.getByRole('link', { name: /^Open Riley Nguyen’s record/ }).click();
    await waitForHeading(clinician, 'Riley Nguyen');
    await expectNoAxeViolations(clinician);
    await clinician.context().close();
  });

  it('met no page errors or Content-Security-Policy violations', () => {
    expect(problems.flatMap((read) => read())).toEqual([]);
  });
});
