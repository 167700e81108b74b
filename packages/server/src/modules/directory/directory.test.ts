import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, createClientVia, createTestApp, lastMailTo, seedPractice, type SeededUser, type TestApp } from '../../test/harness.js';

/**
 * The public directory: who appears (opted-in practice, listed profile, active clinician with a
 * verified, current licence), the search filters, distance (against great-circle distances worked
 * out by hand with the spherical law of cosines), escaping, contact requests and their privacy,
 * and that nothing private is reachable from the public pages.
 */
let t: TestApp;
let u: Record<string, SeededUser>;
let v: Record<string, SeededUser>;
const a: Record<string, Agent> = {};
const slugs: Record<string, string> = {};
const PUBLIC = () => new Agent(t);

interface Result { slug: string; displayName: string; distanceMiles: number | null; telehealthStates: string[]; credentials: { label: string; verified: boolean }[]; practiceName: string }
interface Search { results: Result[]; total: number; page: number; pages: number; radiusMiles: number | null; notices: string[]; sort: string }

const profile = (over: Record<string, unknown> = {}) => ({
  listed: true, displayName: 'Therapist', pronouns: null, bio: 'I help adults and couples.', specialties: ['low-desire'], populations: ['couples'], approaches: ['cbt'],
  languages: ['en'], insurance: [], feeMin: 120, feeMax: 150, slidingScale: false, inPerson: true, street: null, city: 'Chicago', state: 'IL', zip: '60611',
  addressPrecision: 'city', telehealth: false, telehealthStates: [], accepting: true, ...over,
});

async function licence(holder: Agent, owner: Agent | null, state: string, expiresOn = '2027-12-31', number = `LIC-${state}-${Math.random().toString(36).slice(2, 8)}`): Promise<string> {
  const res = await holder.post('/api/v1/credentials', { kind: 'licence', type: 'social-work', jurisdiction: state, number, expiresOn });
  expect(res.statusCode).toBe(201);
  const id = (res.json() as { id: string }).id;
  if (owner) expect((await owner.post(`/api/v1/credentials/${id}/verification`, { method: 'primary-source-lookup' })).statusCode).toBe(200);
  return id;
}

async function saveProfile(agent: Agent, body: Record<string, unknown>): Promise<string> {
  const res = await agent.request('PUT', '/api/v1/directory/profile', body);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as { slug: string }).slug;
}

async function search(query: string): Promise<Search> {
  const res = await PUBLIC().get(`/api/v1/public/therapists?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Search;
}

beforeAll(async () => {
  t = await createTestApp();
  ({ users: u } = await seedPractice(t, 'Riverside', [{ key: 'owner', roles: ['owner'] }, { key: 'okafor', roles: ['clinician'] }, { key: 'park', roles: ['clinician', 'supervisor'] }, { key: 'lee', roles: ['clinician'] }]));
  ({ users: v } = await seedPractice(t, 'Lakeside', [{ key: 'owner2', roles: ['owner', 'clinician'] }, { key: 'nadia', roles: ['clinician'] }]));
  for (const [k, user] of [...Object.entries(u), ...Object.entries(v)]) { a[k] = new Agent(t); await a[k].signIn(user); }
  expect((await a.owner!.request('PUT', '/api/v1/directory/practice', { listed: true })).statusCode).toBe(200);

  await licence(a.okafor!, a.owner!, 'IL');
  await licence(a.okafor!, null, 'WI', '2027-06-30', 'WI-UNVERIFIED-7731');
  slugs.okafor = await saveProfile(a.okafor!, profile({
    displayName: 'Amara Okafor', zip: '60611', specialties: ['low-desire', 'pain-penetration'], populations: ['couples', 'lgbtq'], languages: ['en', 'es'],
    telehealth: true, telehealthStates: ['IL', 'WI'], bio: 'Warm, practical couples work on desire.',
  }));
  await licence(a.park!, a.owner!, 'IL');
  slugs.park = await saveProfile(a.park!, profile({ displayName: 'Helen Park', zip: '60657', specialties: ['erection'], populations: ['older-adults'], languages: ['en', 'ko'], accepting: false }));
  await licence(a.lee!, a.owner!, 'IL');
  slugs.lee = await saveProfile(a.lee!, profile({ displayName: 'Jordan Lee', zip: '60201', specialties: ['orgasm'] }));
  await licence(a.nadia!, a.owner2!, 'IL');
  slugs.nadia = await saveProfile(a.nadia!, profile({ displayName: 'Nadia Haddad', zip: '60302', specialties: ['pain-penetration'], languages: ['en', 'ar'] }));
  await licence(a.owner2!, a.owner2!, 'NY');
  slugs.owner2 = await saveProfile(a.owner2!, profile({ displayName: 'Riley New York', zip: '10001', state: 'NY', city: 'New York', specialties: ['pain-penetration'] }));
});
afterAll(async () => t.close());

describe('who the public directory shows', () => {
  it('shows only listed profiles with a verified licence, in practices that opted in, across practices', async () => {
    // Lakeside has not opted in yet: its clinicians are not public.
    expect((await search('')).results.map((r) => r.displayName).sort()).toEqual(['Amara Okafor', 'Helen Park', 'Jordan Lee']);
    expect((await PUBLIC().get(`/api/v1/public/therapists/${slugs.nadia}`)).statusCode).toBe(404);
    // Only the owner opts a practice in.
    expect((await a.nadia!.request('PUT', '/api/v1/directory/practice', { listed: true })).statusCode).toBe(403);
    expect((await a.owner2!.request('PUT', '/api/v1/directory/practice', { listed: true })).statusCode).toBe(200);
    const all = await search('');
    expect(all.results.map((r) => r.displayName).sort()).toEqual(['Amara Okafor', 'Helen Park', 'Jordan Lee', 'Nadia Haddad', 'Riley New York']);
    expect(new Set(all.results.map((r) => r.practiceName))).toEqual(new Set(['Riverside', 'Lakeside']));
  });

  it('hides a profile whose licence is unverified, withdrawn or unlisted', async () => {
    await licence(a.lee!, null, 'IN');
    const credentials = (await a.lee!.get('/api/v1/credentials')).json() as { id: string; jurisdiction: string }[];
    const il = credentials.find((c) => c.jurisdiction === 'IL')!;
    expect((await a.owner!.request('DELETE', `/api/v1/credentials/${il.id}/verification`)).statusCode).toBe(200);
    expect((await search('')).results.map((r) => r.displayName)).not.toContain('Jordan Lee');
    expect((await PUBLIC().get(`/find/therapists/${slugs.lee}`)).statusCode).toBe(404);
    const own = (await a.lee!.get('/api/v1/directory/profile')).json() as { isPublic: boolean; notShownBecause: string[] };
    expect(own).toMatchObject({ isPublic: false, notShownBecause: ['No licence of yours has been verified by your practice owner yet.'] });
    expect((await a.owner!.post(`/api/v1/credentials/${il.id}/verification`, { method: 'original-document' })).statusCode).toBe(200);
    expect((await search('')).results.map((r) => r.displayName)).toContain('Jordan Lee');

    await saveProfile(a.lee!, profile({ displayName: 'Jordan Lee', zip: '60201', specialties: ['orgasm'], listed: false }));
    expect((await search('')).results.map((r) => r.displayName)).not.toContain('Jordan Lee');
    expect((await PUBLIC().get(`/api/v1/public/therapists/${slugs.lee}`)).statusCode).toBe(404);
    await saveProfile(a.lee!, profile({ displayName: 'Jordan Lee', zip: '60201', specialties: ['orgasm'] }));
  });

  it('shows only verified credentials, each marked verified, and telehealth only where a licence is verified', async () => {
    const amara = (await PUBLIC().get(`/api/v1/public/therapists/${slugs.okafor}`)).json() as Result;
    expect(amara.credentials).toEqual([{ kind: 'licence', label: 'Social work licence (IL)', verified: true, verifiedOn: '2026-11-25' }]);
    expect(amara.telehealthStates).toEqual(['IL']);
    // Public, with one telehealth state held back until its licence is verified.
    expect((await a.okafor!.get('/api/v1/directory/profile')).json()).toMatchObject({ isPublic: true, notShownBecause: ['Telehealth in WI is not shown until a licence there is verified.'] });
    const html = (await PUBLIC().get(`/find/therapists/${slugs.okafor}`)).body;
    expect(html).toContain('<span class="badge">Verified</span>Social work licence (IL)');
    expect(html).not.toContain('(WI)');
    expect((await search('telehealthState=WI')).total).toBe(0);
    expect((await search('telehealthState=IL')).results.map((r) => r.displayName)).toEqual(['Amara Okafor']);
  });
});

describe('searching', () => {
  it('filters by specialty, population, language, accepting and words', async () => {
    expect((await search('specialty=pain-penetration')).results.map((r) => r.displayName).sort()).toEqual(['Amara Okafor', 'Nadia Haddad', 'Riley New York']);
    expect((await search('population=older-adults')).results.map((r) => r.displayName)).toEqual(['Helen Park']);
    expect((await search('language=ar')).results.map((r) => r.displayName)).toEqual(['Nadia Haddad']);
    expect((await search('accepting=true')).results.map((r) => r.displayName)).not.toContain('Helen Park');
    expect((await search('q=warm+desire')).results.map((r) => r.displayName)).toEqual(['Amara Okafor']);
    expect((await search('q=spanish')).results.map((r) => r.displayName)).toEqual(['Amara Okafor']);
    expect((await search('q=100%25')).total).toBe(0);
    const bad = await PUBLIC().get('/api/v1/public/therapists?specialty=astrology');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([{ field: 'query.specialty', message: 'is not one of the choices' }]);
  });

  it('orders by great-circle distance from a ZIP code, within the radius', async () => {
    // From 60601 (41.885155, -87.621512), by the spherical law of cosines with R = 3958.7613 mi:
    // 60611 0.741, 60657 4.038, 60302 8.683, 60201 12.270, 10001 710.574.
    const near = await search('zip=60601&radius=50&sort=distance');
    expect(near.results.map((r) => [r.displayName, r.distanceMiles])).toEqual([['Amara Okafor', 0.7], ['Helen Park', 4], ['Nadia Haddad', 8.7], ['Jordan Lee', 12.3]]);
    expect((await search('zip=60601&radius=10&sort=distance')).results.map((r) => r.displayName)).toEqual(['Amara Okafor', 'Helen Park', 'Nadia Haddad']);
    // A point from the browser works the same way.
    expect((await search('lat=41.885155&lon=-87.621512&radius=5&sort=distance')).results.map((r) => r.distanceMiles)).toEqual([0.7, 4]);
  });

  it('caps a radius over 500 miles and says so', async () => {
    const wide = await search('zip=60601&radius=2000&sort=distance');
    expect(wide.radiusMiles).toBe(500);
    expect(wide.notices).toEqual(['The distance was capped at 500 miles.']);
    expect(wide.results.map((r) => r.displayName)).not.toContain('Riley New York');
    const html = (await PUBLIC().get('/find?zip=60601&radius=2000')).body;
    expect(html).toContain('The distance was capped at 500 miles.');
  });

  it('answers an unknown ZIP code with a clear message and suggestions', async () => {
    const res = await PUBLIC().get('/api/v1/public/therapists?zip=60699');
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ field: 'query.zip', message: expect.stringMatching(/^We could not find the ZIP code 60699\. Did you mean \d{5}, \d{5}, \d{5}\?$/) }]);
    const page = await PUBLIC().get('/find?zip=60699');
    expect(page.statusCode).toBe(400);
    expect(page.body).toContain('We could not find the ZIP code 60699.');
    expect(page.body).toMatch(/Nearby ZIP codes we know: <a href="\/find\?zip=\d{5}">\d{5}<\/a>/);
  });

  it('pages results twenty at a time', async () => {
    const res = await search('page=2');
    expect(res).toMatchObject({ page: 2, pages: 1, total: 5, results: [] });
    expect((await PUBLIC().get('/api/v1/public/therapists?page=0')).json().errors).toEqual([{ field: 'query.page', message: 'must be a whole number from 1' }]);
  });
});

describe('the public pages', () => {
  it('render without JavaScript, escape a bio’s markup and give every page a title and landmarks', async () => {
    const bio = '<script>alert("x")</script><b>bold</b> & more';
    await saveProfile(a.park!, profile({ displayName: 'Helen Park', zip: '60657', specialties: ['erection'], populations: ['older-adults'], languages: ['en', 'ko'], accepting: false, bio }));
    expect(((await a.park!.get('/api/v1/directory/profile')).json() as { bio: string }).bio).toBe(bio);
    const res = await PUBLIC().get(`/find/therapists/${slugs.park}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;b&gt;bold&lt;/b&gt; &amp; more');
    expect(res.body).not.toContain('<script>alert');
    expect(res.body).toMatch(/<title>Helen Park · Candor directory<\/title>/);
    expect(res.body).toContain('<main id="main">');
    const list = await PUBLIC().get('/find?specialty=erection');
    expect(list.body).toContain(`<a href="/find/therapists/${slugs.park}">Helen Park</a>`);
    expect((await PUBLIC().get('/find/training')).statusCode).toBe(200);
    expect((await PUBLIC().get('/find/assets/find.js')).headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it('serves a listed clinician’s photo and refuses a file that is not the image it claims to be', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    const bad = await a.okafor!.request('PUT', '/api/v1/directory/profile/photo', { contentType: 'image/png', dataBase64: Buffer.from('not an image').toString('base64') });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([{ field: 'dataBase64', message: 'the file is not a PNG image' }]);
    expect((await a.okafor!.request('PUT', '/api/v1/directory/profile/photo', { contentType: 'image/png', dataBase64: png.toString('base64') })).statusCode).toBe(200);
    const photo = await PUBLIC().get(`/find/therapists/${slugs.okafor}/photo`);
    expect(photo.headers['content-type']).toBe('image/png');
    expect(photo.rawPayload.equals(png)).toBe(true);
  });

  it('never reaches private data: clients, unlisted clinicians, emails, licence numbers', async () => {
    await createClientVia(a.okafor!, { firstName: 'Zebulon', lastName: 'Quartermaine', email: 'zq@example.test' });
    const pages = [
      (await PUBLIC().get('/find')).body, (await PUBLIC().get('/find?q=zebulon')).body, (await PUBLIC().get(`/find/therapists/${slugs.okafor}`)).body,
      (await PUBLIC().get('/api/v1/public/therapists')).body, (await PUBLIC().get(`/api/v1/public/therapists/${slugs.okafor}`)).body,
    ];
    for (const body of pages) {
      for (const secret of ['Zebulon', 'Quartermaine', 'zq@example.test', u.okafor!.email, 'WI-UNVERIFIED-7731', 'LIC-', u.okafor!.id]) expect(body).not.toContain(secret);
    }
    expect((await search('q=zebulon')).total).toBe(0);
    expect((await PUBLIC().get(`/api/v1/public/therapists/${u.okafor!.id}`)).statusCode).toBe(404);
    expect((await PUBLIC().get('/find/therapists/no-such-person-123')).statusCode).toBe(404);
    // Staff routes stay closed to the public.
    expect((await PUBLIC().get('/api/v1/directory/inquiries')).statusCode).toBe(401);
    expect((await PUBLIC().get('/api/v1/directory/profile')).statusCode).toBe(401);
  });
});

describe('contact requests', () => {
  it('creates a prospective client for that clinician, encrypted and audited, and emails no content', async () => {
    const message = 'We would like help with desire differences; evenings suit us.';
    const res = await PUBLIC().post(`/api/v1/public/therapists/${slugs.okafor}/contact`, { name: 'Casey Rowan', email: 'casey@example.test', preferredContact: 'email', message, adult: true });
    expect(res.statusCode).toBe(202);
    const client = await t.app.db.selectFrom('clients').selectAll().where('email', '=', 'casey@example.test').executeTakeFirstOrThrow();
    expect(client).toMatchObject({ first_name: 'Casey', last_name: 'Rowan', status: 'prospective', date_of_birth: '' });
    const team = await t.app.db.selectFrom('care_team').select('user_id').where('client_id', '=', client.id).execute();
    expect(team.map((r) => r.user_id)).toEqual([u.okafor!.id]);
    const inquiry = await t.app.db.selectFrom('directory_inquiries').selectAll().where('client_id', '=', client.id).executeTakeFirstOrThrow();
    expect(inquiry.message).not.toContain('desire');
    expect(t.app.keyring.decrypt(inquiry.message)).toBe(message);
    const audit = await t.app.db.selectFrom('audit_events').selectAll().where('resource_id', '=', inquiry.id).execute();
    expect(audit.map((r) => [r.action, r.actor_role])).toEqual([['directory.contact', 'public']]);
    const mail = await lastMailTo(t, u.okafor!.email);
    expect(mail.subject).toBe('Someone would like to work with you');
    for (const secret of ['Casey', 'Rowan', 'casey@example.test', 'desire']) expect(mail.text).not.toContain(secret);

    const seen = (await a.okafor!.get('/api/v1/directory/inquiries')).json() as { id: string; name: string; email: string; message: string; readAt: string | null }[];
    expect(seen).toEqual([expect.objectContaining({ name: 'Casey Rowan', email: 'casey@example.test', message, readAt: null })]);
    expect(((await a.okafor!.get('/api/v1/today')).json() as { directoryInquiries: { displayName: string }[] }).directoryInquiries.map((i) => i.displayName)).toEqual(['Casey Rowan']);
    expect((await a.park!.get('/api/v1/directory/inquiries')).json()).toEqual([]);
    expect((await a.park!.post(`/api/v1/directory/inquiries/${seen[0]!.id}/read`)).statusCode).toBe(404);
    expect((await a.okafor!.post(`/api/v1/directory/inquiries/${seen[0]!.id}/read`)).statusCode).toBe(204);
    expect(((await a.okafor!.get('/api/v1/today')).json() as { directoryInquiries: unknown[] }).directoryInquiries).toEqual([]);
    // The prospective client needs a date of birth before care begins.
    const activate = await a.okafor!.patch(`/api/v1/clients/${client.id}`, { status: 'active' });
    expect(activate.statusCode).toBe(400);
    expect(activate.json().errors).toEqual([{ field: 'dateOfBirth', message: 'record the date of birth before care begins' }]);
  });

  it('names the field for bad input and writes nothing', async () => {
    const before = await t.app.db.selectFrom('clients').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const noAdult = await PUBLIC().post(`/api/v1/public/therapists/${slugs.okafor}/contact`, { name: 'Sam', email: 'sam@example.test', preferredContact: 'email', adult: false });
    expect(noAdult.statusCode).toBe(400);
    expect(noAdult.json().errors).toEqual([{ field: 'adult', message: 'this directory is for adults: please confirm you are 18 or older' }]);
    const noWay = await PUBLIC().post(`/api/v1/public/therapists/${slugs.okafor}/contact`, { name: 'Sam', preferredContact: 'phone', adult: true });
    expect(noWay.json().errors).toEqual([
      { field: 'email', message: 'give an email address or a phone number so the therapist can reply' },
      { field: 'phone', message: 'you asked to be contacted by phone: please give your number' },
    ]);
    const form = await PUBLIC().request('POST', `/find/therapists/${slugs.okafor}/contact`, 'name=Sam&email=not-an-email&preferredContact=email&adult=true', { headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(form.statusCode).toBe(400);
    expect(form.body).toContain('<p class="field-error" id="email-error">does not look like an email address</p>');
    expect(form.body).toContain('value="not-an-email"');
    const after = await t.app.db.selectFrom('clients').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('sends from the plain HTML form and drops a honeypot submission', async () => {
    const form = await PUBLIC().request('POST', `/find/therapists/${slugs.nadia}/contact`, 'name=Morgan+Lake&phone=%28312%29+555-0100&preferredContact=phone&message=Hello&adult=true&website=', { headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(form.statusCode).toBe(303);
    expect(form.headers.location).toBe(`/find/therapists/${slugs.nadia}?sent=1`);
    expect((await PUBLIC().get(`/find/therapists/${slugs.nadia}?sent=1`)).body).toContain('Your request has been sent to Nadia Haddad.');
    expect(((await a.nadia!.get('/api/v1/directory/inquiries')).json() as { name: string; phone: string }[]).map((i) => [i.name, i.phone])).toEqual([['Morgan Lake', '(312) 555-0100']]);

    const before = await t.app.db.selectFrom('directory_inquiries').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const bot = await PUBLIC().post(`/api/v1/public/therapists/${slugs.nadia}/contact`, { name: 'Buy now', email: 'bot@example.test', preferredContact: 'email', adult: true, website: 'http://spam.example' });
    expect(bot.statusCode).toBe(202);
    const after = await t.app.db.selectFrom('directory_inquiries').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
    expect(await t.app.db.selectFrom('clients').select('id').where('email', '=', 'bot@example.test').executeTakeFirst()).toBeUndefined();
  });

  it('rate-limits a flood from one address', async () => {
    const flood = PUBLIC();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      statuses.push((await flood.post(`/api/v1/public/therapists/${slugs.park}/contact`, { name: `Flood ${i}`, email: `flood${i}@example.test`, preferredContact: 'email', adult: true })).statusCode);
    }
    expect(statuses).toEqual([202, 202, 202, 202, 202, 429]);
    expect(await t.app.db.selectFrom('clients').select('id').where('email', '=', 'flood5@example.test').executeTakeFirst()).toBeUndefined();
    // The plain HTML form is limited the same way, with a page a person can read.
    const formStatuses: number[] = [];
    let last = '';
    for (let i = 0; i < 6; i += 1) {
      const res = await flood.request('POST', `/find/therapists/${slugs.park}/contact`, `name=Form+${i}&email=form${i}%40example.test&preferredContact=email&adult=true`, { headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      formStatuses.push(res.statusCode);
      last = res.body;
    }
    expect(formStatuses).toEqual([303, 303, 303, 303, 303, 429]);
    expect(last).toContain('<h1>Please wait a little</h1>');
    expect(await t.app.db.selectFrom('clients').select('id').where('email', '=', 'form5@example.test').executeTakeFirst()).toBeUndefined();
  });
});

describe('writing a profile', () => {
  it('refuses telehealth where there is no licence, an unknown ZIP and missing office details, naming each field', async () => {
    const res = await a.park!.request('PUT', '/api/v1/directory/profile', profile({ displayName: 'Helen Park', zip: '00000', city: null, telehealth: true, telehealthStates: ['CA'] }));
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      { field: 'zip', message: expect.stringMatching(/^is not a US ZIP code we know; did you mean \d{5}, \d{5}, \d{5}\?$/) },
      { field: 'city', message: 'the office city is needed for sessions in person' },
      { field: 'telehealthStates', message: 'you have no current licence recorded in CA' },
    ]);
    const none = await a.park!.request('PUT', '/api/v1/directory/profile', profile({ inPerson: false, telehealth: false }));
    expect(none.json().errors).toEqual([{ field: 'inPerson', message: 'offer sessions in person, by telehealth, or both' }]);
    expect((await a.owner!.request('PUT', '/api/v1/directory/profile', profile())).statusCode).toBe(403);
  });

  it('shows the address only to the precision the clinician chose', async () => {
    await saveProfile(a.lee!, profile({ displayName: 'Jordan Lee', zip: '60201', street: '1 Main St', city: 'Evanston', addressPrecision: 'city' }));
    let p = (await PUBLIC().get(`/api/v1/public/therapists/${slugs.lee}`)).json() as { location: string };
    expect(p.location).toBe('Evanston, IL');
    await saveProfile(a.lee!, profile({ displayName: 'Jordan Lee', zip: '60201', street: '1 Main St', city: 'Evanston', addressPrecision: 'street' }));
    p = (await PUBLIC().get(`/api/v1/public/therapists/${slugs.lee}`)).json() as { location: string };
    expect(p.location).toBe('1 Main St, Evanston, IL 60201');
  });
});
