import { stringify } from 'csv-stringify/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, createTestApp, seedPractice, type SeededUser, type TestApp } from '../../test/harness.js';

let t: TestApp;
let u: Record<string, SeededUser>;
const a: Record<string, Agent> = {};
let anonymous: Agent;

interface Programme { id: string; kind: string; kindLabel: string; name: string; provider: string; format: string; formatLabel: string; city: string | null; state: string | null; country: string | null; length: string | null; costMin: number | null; costMax: number | null; countsToward: { id: string; label: string }[]; url: string; description: string | null; updatedAt: string }
interface Search { results: Programme[]; total: number; page: number; pages: number }

const COLUMNS = ['kind', 'name', 'provider', 'format', 'city', 'state', 'country', 'length', 'cost_min', 'cost_max', 'counts_toward', 'url', 'description'];
const csvOf = (rows: (string | number)[][], columns = COLUMNS) => stringify(rows, { header: true, columns });

const widener = {
  kind: 'degree', name: 'M.Ed. in Human Sexuality Education', provider: 'Widener University', format: 'in-person', city: 'Chester', state: 'PA', country: 'USA',
  length: '2 years', costMin: 30000, costMax: 45000, countsToward: ['degree', 'core-knowledge'], url: 'https://www.widener.edu/human-sexuality', description: 'A graduate degree with a clinical track.',
};

async function programmeCount(): Promise<number> {
  return (await t.app.db.selectFrom('training_programmes').select('id').execute()).length;
}

async function clearCatalogue(): Promise<void> {
  await t.app.db.deleteFrom('training_programmes').execute();
}

const comparable = (p: Programme) => { const { id: _id, updatedAt: _updatedAt, ...rest } = p; return rest; };

beforeAll(async () => {
  t = await createTestApp();
  ({ users: u } = await seedPractice(t, 'Training', [{ key: 'admin', roles: ['owner'] }, { key: 'owner', roles: ['owner'] }, { key: 'clinician', roles: ['clinician'] }]));
  await t.app.db.updateTable('users').set({ site_admin: 1 }).where('id', '=', u.admin!.id).execute();
  for (const [k, user] of Object.entries(u)) { a[k] = new Agent(t); await a[k].signIn(user); }
  anonymous = new Agent(t);
});
afterAll(async () => t.close());

describe('curating the catalogue', () => {
  it('is for the site administrator alone: a practice owner or clinician gets 403, and nothing is written', async () => {
    const created = await a.admin!.post('/api/v1/admin/training', widener);
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    for (const who of ['owner', 'clinician'] as const) {
      expect((await a[who]!.get('/api/v1/admin/training')).statusCode).toBe(403);
      expect((await a[who]!.post('/api/v1/admin/training', widener)).statusCode).toBe(403);
      expect((await a[who]!.request('PUT', `/api/v1/admin/training/${id}`, { ...widener, name: 'Hijacked' })).statusCode).toBe(403);
      expect((await a[who]!.request('DELETE', `/api/v1/admin/training/${id}`)).statusCode).toBe(403);
      expect((await a[who]!.post('/api/v1/admin/training/import', { csv: csvOf([]), mode: 'all' })).statusCode).toBe(403);
      expect((await a[who]!.get('/api/v1/admin/training.csv')).statusCode).toBe(403);
    }
    expect((await anonymous.get('/api/v1/admin/training')).statusCode).toBe(401);
    expect(await programmeCount()).toBe(1);
    expect((await t.app.db.selectFrom('training_programmes').select('name').executeTakeFirstOrThrow()).name).toBe(widener.name);
  });

  it('creates, updates and deletes a programme', async () => {
    await clearCatalogue();
    const created = await a.admin!.post('/api/v1/admin/training', { ...widener, name: '  M.Ed. in Human Sexuality Education  ' });
    expect(created.statusCode).toBe(201);
    const p = created.json() as Programme;
    expect(p).toEqual({
      id: expect.any(String), kind: 'degree', kindLabel: 'Graduate degree', name: 'M.Ed. in Human Sexuality Education', provider: 'Widener University', format: 'in-person', formatLabel: 'In person',
      city: 'Chester', state: 'PA', country: 'USA', length: '2 years', costMin: 30000, costMax: 45000,
      countsToward: [{ id: 'degree', label: 'The graduate degree' }, { id: 'core-knowledge', label: 'Human sexuality core knowledge' }],
      url: 'https://www.widener.edu/human-sexuality', description: 'A graduate degree with a clinical track.', updatedAt: t.clock.now().toISOString(),
    });
    expect((await a.admin!.get('/api/v1/admin/training')).json()).toEqual([p]);

    const updated = await a.admin!.request('PUT', `/api/v1/admin/training/${p.id}`, { ...widener, format: 'hybrid', costMax: 50000, countsToward: ['degree'] });
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({ id: p.id, format: 'hybrid', formatLabel: 'Hybrid', costMax: 50000, countsToward: [{ id: 'degree', label: 'The graduate degree' }] });
    const row = await t.app.db.selectFrom('training_programmes').selectAll().where('id', '=', p.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ format: 'hybrid', cost_max: 50000, counts_toward: '["degree"]', updated_by: u.admin!.id });
    expect((await a.admin!.request('PUT', '/api/v1/admin/training/0190a4c2-0000-7000-8000-000000000000', widener)).statusCode).toBe(404);

    expect((await a.admin!.request('DELETE', `/api/v1/admin/training/${p.id}`)).statusCode).toBe(204);
    expect(await programmeCount()).toBe(0);
    expect((await a.admin!.request('DELETE', `/api/v1/admin/training/${p.id}`)).statusCode).toBe(404);
    const audit = await t.app.db.selectFrom('audit_events').select('action').where('resource_id', '=', p.id).orderBy('seq').execute();
    expect(audit.map((x) => x.action)).toEqual(['training.create', 'training.update', 'training.delete']);
  });

  it('refuses bad input naming each field, and writes nothing', async () => {
    const res = await a.admin!.post('/api/v1/admin/training', { ...widener, url: 'ftp://files.widener.edu/programme', countsToward: ['core-knowledge', 'astrology'], costMin: 5000, costMax: 4000 });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      { field: 'url', message: 'must be a web address starting with https://' },
      { field: 'countsToward', message: '“astrology” is not one of: degree, core-knowledge, sex-therapy, sar, clinical, supervision, renewal' },
      { field: 'costMax', message: 'must be at least the lowest cost' },
    ]);
    expect((await a.admin!.post('/api/v1/admin/training', { ...widener, url: 'javascript:alert(1)' })).json().errors).toEqual([{ field: 'url', message: 'must be a web address starting with https://' }]);
    expect((await a.admin!.post('/api/v1/admin/training', { ...widener, city: null, country: null })).json().errors)
      .toEqual([{ field: 'city', message: 'give a city (or a country) for a programme that meets in person' }]);
    expect((await a.admin!.post('/api/v1/admin/training', { ...widener, kind: 'bootcamp' })).json().errors[0].field).toBe('kind');
    expect((await a.admin!.post('/api/v1/admin/training', { ...widener, name: '   ' })).json().errors).toEqual([{ field: 'name', message: 'is required' }]);
    expect(await programmeCount()).toBe(0);
  });
});

describe('importing and exporting CSV', () => {
  const good1 = ['certificate', 'Sex Therapy Certificate', 'University of Michigan', 'online', '', '', '', '1 year', '4500', '6000', 'sex-therapy;core-knowledge', 'https://ssw.umich.edu/sex-therapy', ''];
  const good2 = ['sar', 'SAR weekend', 'Institute for Sexual Health', 'in-person', 'Minneapolis', 'MN', 'USA', '2 days', '', '', 'sar', 'https://example.org/sar', 'Small groups'];
  const badUrl = ['continuing-education', 'Webinars', 'CE Co', 'online', '', '', '', '', '', '', 'renewal', 'www.ce.example', ''];
  const badCost = ['continuing-education', 'Pricey webinars', 'CE Co', 'online', '', '', '', '', '900', '100', 'renewal|astrology', 'https://ce.example', ''];

  it('refuses a file with the wrong columns, naming the missing and unknown ones', async () => {
    const columns = COLUMNS.map((c) => (c === 'url' ? 'website' : c));
    const res = await a.admin!.post('/api/v1/admin/training/import', { csv: csvOf([good1], columns), mode: 'all' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ field: 'csv', message: `missing columns: url. unknown columns: website. Expected: ${COLUMNS.join(', ')}` }]);
    const ragged = await a.admin!.post('/api/v1/admin/training/import', { csv: `${COLUMNS.join(',')}\ncertificate,Too,few\n`, mode: 'valid-rows' });
    expect(ragged.statusCode).toBe(400);
    expect(ragged.json().errors.map((e: { field: string }) => e.field)).toEqual(['csv']);
    expect(await programmeCount()).toBe(0);
  });

  it('reports bad rows by spreadsheet row and field; mode all imports nothing, valid-rows only the good rows, a dry run nothing', async () => {
    const csv = csvOf([good1, badUrl, good2, badCost]);
    const problems = [
      { row: 3, field: 'url', message: 'must be a web address starting with https://' },
      { row: 5, field: 'counts_toward', message: '“astrology” is not one of: degree, core-knowledge, sex-therapy, sar, clinical, supervision, renewal' },
      { row: 5, field: 'cost_max', message: 'must be at least the lowest cost' },
    ];
    const all = await a.admin!.post('/api/v1/admin/training/import', { csv, mode: 'all' });
    expect(all.statusCode).toBe(200);
    expect(all.json()).toEqual({ imported: 0, dryRun: false, rows: 4, problems });
    expect(await programmeCount()).toBe(0);

    const dry = await a.admin!.post('/api/v1/admin/training/import', { csv, mode: 'valid-rows', dryRun: true });
    expect(dry.json()).toEqual({ imported: 0, dryRun: true, rows: 4, problems });
    expect(await programmeCount()).toBe(0);

    const valid = await a.admin!.post('/api/v1/admin/training/import', { csv, mode: 'valid-rows' });
    expect(valid.json()).toEqual({ imported: 2, dryRun: false, rows: 4, problems });
    expect(await programmeCount()).toBe(2);
    const list = (await a.admin!.get('/api/v1/admin/training')).json() as Programme[];
    expect(list.map((p) => p.name).sort()).toEqual(['SAR weekend', 'Sex Therapy Certificate']);
    expect(list.find((p) => p.name === 'Sex Therapy Certificate')).toMatchObject({ costMin: 4500, costMax: 6000, city: null, countsToward: [{ id: 'sex-therapy' }, { id: 'core-knowledge' }] });

    const badCostText = await a.admin!.post('/api/v1/admin/training/import', { csv: csvOf([[...good1.slice(0, 8), 'about $5k', '', ...good1.slice(10)]]), mode: 'all' });
    expect(badCostText.json().problems).toEqual([{ row: 2, field: 'cost_min', message: 'must be a whole number of dollars' }]);
    expect(await programmeCount()).toBe(2);
  });

  it('gives back the same programmes when the export is imported again', async () => {
    await a.admin!.post('/api/v1/admin/training', { ...widener, description: 'Evenings, "cohort" model,\nwith a practicum.' });
    await a.admin!.post('/api/v1/admin/training', {
      kind: 'continuing-education', name: 'Bullet-point CE', provider: 'CE Co', format: 'online', countsToward: ['renewal'], url: 'https://ce.example/bullets', description: '- 40 hours a year, AASECT approved', costMin: 0,
    });
    const before = ((await a.admin!.get('/api/v1/admin/training')).json() as Programme[]).map(comparable);
    expect(before).toHaveLength(4);
    const exported = await a.admin!.get('/api/v1/admin/training.csv');
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(exported.body.split('\n')[0]).toBe(COLUMNS.join(','));
    // The export keeps a spreadsheet from reading a cell as a formula.
    expect(exported.body).toContain("'- 40 hours a year, AASECT approved");

    await clearCatalogue();
    const imported = await a.admin!.post('/api/v1/admin/training/import', { csv: exported.body, mode: 'all' });
    expect(imported.json()).toEqual({ imported: 4, dryRun: false, rows: 4, problems: [] });
    const after = ((await a.admin!.get('/api/v1/admin/training')).json() as Programme[]).map(comparable);
    expect(after).toEqual(before);
  });
});

describe('public search', () => {
  beforeAll(async () => {
    await clearCatalogue();
    const rows: (string | number)[][] = [];
    for (let i = 1; i <= 18; i++) rows.push(['continuing-education', `Webinar series ${String(i).padStart(2, '0')}`, 'CE Co', 'online', '', '', '', '', '', '', 'renewal', `https://ce.example/${i}`, '']);
    rows.push(['degree', widener.name, widener.provider, 'in-person', 'Chester', 'PA', 'USA', '2 years', 30000, 45000, 'degree;core-knowledge', widener.url, '']);
    rows.push(['sar', 'Online reassessment seminar', 'Modern Sex Therapy Institutes', 'online', '', '', '', '2 days', '', '', 'sar', 'https://mst.example/sar', '']);
    rows.push(['certificate', 'Clinical supervision programme', 'Midwest Institute', 'hybrid', 'Minneapolis', 'MN', 'USA', '', '', '', 'sex-therapy;supervision', 'https://midwest.example', '100% practical']);
    const res = await a.admin!.post('/api/v1/admin/training/import', { csv: csvOf(rows), mode: 'all' });
    expect(res.json()).toMatchObject({ imported: 21, problems: [] });
  });

  it('pages 21 programmes 20 to a page, by name, with no sign-in', async () => {
    const first = (await anonymous.get('/api/v1/public/training')).json() as Search;
    expect(first).toMatchObject({ total: 21, page: 1, pages: 2 });
    expect(first.results).toHaveLength(20);
    expect(first.results[0]!.name).toBe('Clinical supervision programme');
    const second = await anonymous.get('/api/v1/public/training?page=2');
    expect(second.statusCode).toBe(200);
    expect(second.json()).toMatchObject({ total: 21, page: 2, pages: 2 });
    expect((second.json() as Search).results.map((p) => p.name)).toEqual(['Webinar series 18']);
    expect(new Set([...first.results, ...(second.json() as Search).results].map((p) => p.id)).size).toBe(21);
    expect((await anonymous.get('/api/v1/public/training?page=3')).json()).toMatchObject({ results: [], total: 21, page: 3, pages: 2 });
  });

  it('filters by words, kind, format, what it counts toward and state', async () => {
    const names = async (query: string) => {
      const res = await anonymous.get(`/api/v1/public/training?${query}`);
      expect(res.statusCode, query).toBe(200);
      return (res.json() as Search).results.map((p) => p.name);
    };
    expect(await names('q=widener')).toEqual([widener.name]);
    expect(await names(`q=${encodeURIComponent('Human  SEXUALITY widener')}`)).toEqual([widener.name]);
    expect(await names('q=reassessment')).toEqual(['Online reassessment seminar']);
    expect(await names(`q=${encodeURIComponent('100%')}`)).toEqual(['Clinical supervision programme']);
    // Punctuation separates words: nothing reaches the database as a LIKE wildcard.
    expect(await names(`q=${encodeURIComponent('series_0%')}`)).toHaveLength(18);
    expect(await names(`q=${encodeURIComponent('webinar 07')}`)).toEqual(['Webinar series 07']);
    expect(await names('kind=sar')).toEqual(['Online reassessment seminar']);
    expect(await names('format=hybrid')).toEqual(['Clinical supervision programme']);
    expect(await names('format=in-person')).toEqual([widener.name]);
    expect(await names('countsToward=supervision')).toEqual(['Clinical supervision programme']);
    expect(await names('countsToward=sar')).toEqual(['Online reassessment seminar']);
    expect(await names('countsToward=core-knowledge')).toEqual([widener.name]);
    expect(await names('state=MN')).toEqual(['Clinical supervision programme']);
    expect(await names('kind=degree&state=PA')).toEqual([widener.name]);
    expect(await names('kind=degree&state=MN')).toEqual([]);
    expect((await anonymous.get('/api/v1/public/training?format=online&countsToward=renewal')).json()).toMatchObject({ total: 18, pages: 1 });
  });

  it('refuses a filter that is not one of the choices', async () => {
    const kind = await anonymous.get('/api/v1/public/training?kind=bootcamp');
    expect(kind.statusCode).toBe(400);
    expect(kind.json().errors).toEqual([{ field: 'query.kind', message: 'is not one of the choices' }]);
    expect((await anonymous.get('/api/v1/public/training?format=carrier-pigeon')).json().errors).toEqual([{ field: 'query.format', message: 'is not one of the choices' }]);
    expect((await anonymous.get('/api/v1/public/training?countsToward=astrology')).json().errors).toEqual([{ field: 'query.countsToward', message: 'is not one of the choices' }]);
    expect((await anonymous.get('/api/v1/public/training?page=0')).json().errors).toEqual([{ field: 'query.page', message: 'must be a whole number from 1' }]);
    expect((await anonymous.get('/api/v1/public/training?page=two')).statusCode).toBe(400);
  });
});
