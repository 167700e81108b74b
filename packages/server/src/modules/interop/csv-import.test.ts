import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, countRows, createClientVia, createTestApp, seedPractice, type SeededUser, type TestApp } from '../../test/harness.js';
import { dataSnapshot } from '../../test/snapshot.js';

/**
 * Clients and appointments from CSV (issue 10), on SQLite and PostgreSQL: other products'
 * column names, US dates, a dry run that reports every row's problems and writes nothing, an
 * import that writes every row in one transaction or nothing, duplicates skipped, the practice's
 * time zone (America/Chicago; the test clock stands at 2026-11-25 09:00 there).
 */
let t: TestApp;
let u: Record<string, SeededUser>;
const a: Record<string, Agent> = {};
let snapshot: () => Promise<string>;
let jordanId: string;

interface Report {
  dryRun: boolean;
  columns: { header: string; field: string }[];
  ignoredColumns: string[];
  rows: { row: number; action: 'create' | 'skip'; reason?: string; problems: { column: string; field: string; message: string }[] }[];
  created: number;
}

const importClients = (who: string, csv: string, dryRun: boolean, careTeam?: string[]) => a[who]!.post('/api/v1/imports/clients', { csv, dryRun, ...(careTeam ? { careTeam } : {}) });
const importAppointments = (who: string, csv: string, dryRun: boolean) => a[who]!.post('/api/v1/imports/appointments', { csv, dryRun });
const auditCount = async (action: string) => (await t.app.db.selectFrom('audit_events').select('id').where('action', '=', action).execute()).length;
const clientNamed = async (lastName: string) => t.app.db.selectFrom('clients').selectAll().where('last_name', '=', lastName).execute();

beforeAll(async () => {
  t = await createTestApp();
  ({ users: u } = await seedPractice(t, 'Lakeview Sex Therapy', [
    { key: 'okafor', roles: ['clinician'] },
    { key: 'rivera', roles: ['clinician'] },
    { key: 'owner', roles: ['owner'] },
    { key: 'billing', roles: ['billing'] },
  ]));
  await t.app.db.updateTable('users').set({ display_name: 'Dr. Amara Okafor' }).where('id', '=', u.okafor!.id).execute();
  await t.app.db.updateTable('users').set({ display_name: 'Sam Rivera' }).where('id', '=', u.rivera!.id).execute();
  for (const [key, user] of Object.entries(u)) {
    a[key] = new Agent(t);
    await a[key].signIn(user);
  }
  // Already in the practice: Jordan (Rivera's client), whom a file may name again.
  jordanId = await createClientVia(a.rivera!, { firstName: 'Jordan', lastName: 'Blake', dateOfBirth: '1984-09-12', email: 'jordan.blake@example.test' });
  snapshot = await dataSnapshot(t);
}, 60_000);
afterAll(async () => t.close());

describe('importing clients from CSV', () => {
  it('reads a SimplePractice-style and a template-style layout, with US dates, and reports the columns it ignores', async () => {
    const simplePractice = [
      'Legal First Name*,Legal Last Name*,What name do they go by?,Date of Birth,Email Address,Mobile Phone,Street,City,State,ZIP,Pronouns,Client ID',
      'Alexandra,Morgan,Alex,04/17/1989,Alex.Morgan@Example.test,(312) 555-0142,1200 N Lake Shore Dr,Chicago,IL,60610,she/her,SP-1001',
    ].join('\r\n');
    const res = await importClients('okafor', simplePractice, true);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      dryRun: true,
      columns: [
        { header: 'Legal First Name*', field: 'firstName' }, { header: 'Legal Last Name*', field: 'lastName' }, { header: 'What name do they go by?', field: 'preferredName' },
        { header: 'Date of Birth', field: 'dateOfBirth' }, { header: 'Email Address', field: 'email' }, { header: 'Mobile Phone', field: 'phone' },
        { header: 'Street', field: 'street' }, { header: 'City', field: 'city' }, { header: 'State', field: 'state' }, { header: 'ZIP', field: 'zip' }, { header: 'Pronouns', field: 'pronouns' },
      ],
      ignoredColumns: ['Client ID'],
      rows: [{ row: 2, action: 'create', problems: [] }],
      created: 0,
    });

    const template = ['first_name,last_name,date_of_birth,email_address,phone_number,street1,city,state,zip_code', 'Robin,Ellis,1971-06-30,robin.ellis@example.test,312-555-0199,,,,'].join('\n');
    const second = (await importClients('okafor', template, true)).json() as Report;
    expect(second.columns.map((c) => c.field)).toEqual(['firstName', 'lastName', 'dateOfBirth', 'email', 'phone', 'street', 'city', 'state', 'zip']);
    expect(second.ignoredColumns).toEqual([]);
    expect(second.rows).toEqual([{ row: 2, action: 'create', problems: [] }]);
  });

  it('reports every row’s problems by line and column on a dry run, and writes nothing', async () => {
    const csv = [
      'First Name,Last Name,DOB,Email,Status,Relationship Status',
      'Taylor,Reed,1990-02-03,taylor.reed@example.test,Active,Married',
      'Sam,,13/45/1990,not-an-email,,',
      'Kit,Young,01/02/2010,,,',
      '"Lee","Park","1980-02-03",,maybe,it\'s complicated',
      '',
      'Dana,Cole,1975-05-05,,,,extra',
      'Ash,Quinn,1/2/85,,,',
    ].join('\n');
    const before = await snapshot();
    const res = await importClients('okafor', csv, true);
    expect(res.statusCode).toBe(200);
    expect((res.json() as Report).rows).toEqual([
      { row: 2, action: 'create', problems: [] },
      {
        row: 3, action: 'create', problems: [
          { column: 'Last Name', field: 'lastName', message: 'is required' },
          { column: 'DOB', field: 'dateOfBirth', message: 'is not a date: write it YYYY-MM-DD or MM/DD/YYYY (dates are read month first: 04/17/1989)' },
          { column: 'Email', field: 'email', message: 'must be an email address' },
        ],
      },
      { row: 4, action: 'create', problems: [{ column: 'DOB', field: 'dateOfBirth', message: 'Candor is for adults: the client must be at least 18 years old' }] },
      {
        row: 5, action: 'create', problems: [
          { column: 'Status', field: 'status', message: 'is not one of: active, prospective, or inactive / discharged' },
          { column: 'Relationship Status', field: 'relationshipStatus', message: 'is not one of: single, dating, partnered, married, separated, divorced, widowed, other' },
        ],
      },
      { row: 7, action: 'create', problems: [{ column: '', field: 'cells', message: 'has 7 values but the header names 6 columns (a value with a comma in it needs double quotes round it)' }] },
      { row: 8, action: 'create', problems: [{ column: 'DOB', field: 'dateOfBirth', message: 'write the year in full (1985, not 85)' }] },
    ]);
    expect(await snapshot()).toBe(before);
    expect(await auditCount('client.import-check')).toBeGreaterThanOrEqual(1);
  });

  it('refuses a real import with any problem: 400 naming rows[N].field, and no row written', async () => {
    const csv = ['First Name,Last Name,DOB', 'Taylor,Reed,1990-02-03', 'Sam,Ortiz,2031-01-01'].join('\n');
    const clients = await countRows(t, 'clients');
    const before = await snapshot();
    const res = await importClients('okafor', csv, false);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().errors).toEqual([{ field: 'rows[3].dateOfBirth', message: 'cannot be in the future (column “DOB”)' }]);
    expect(await snapshot()).toBe(before);
    expect(await countRows(t, 'clients')).toBe(clients);
    expect(await clientNamed('Reed')).toEqual([]);
  });

  it('imports clean rows in one go: fields encrypted and read back, the care team set, duplicates and partners sharing an email handled', async () => {
    const csv = [
      'First Name,Last Name,Preferred Name,Pronouns,DOB,Email,Cell Phone,Address,Apt,City,State,Zip Code,Gender,Sexual Orientation,Relationship Status,Emergency Contact Name,Emergency Contact Phone,Emergency Contact Relationship,Presenting Problem',
      'Alexandra,Morgan,Alex,she/her,04/17/1989,Morgans@Example.test,(312) 555-0142,1200 N Lake Shore Dr,Apt 4,Chicago,IL,60610,Woman,Bisexual,Married,Dana Morgan,(312) 555-0188,Sister,Pain with penetration since childbirth.',
      'Jamie,Morgan,,he/him,1987-11-02,morgans@example.test,,,,,,,,,married,,,,',
      'Quinn,Hale,,,02/02/1980,,,,,,,,,,,,,,',
      'Alexandra,Morgan,,,1989-04-17,,,,,,,,,,,,,,',
    ].join('\n');
    await createClientVia(a.rivera!, { firstName: 'Quinn', lastName: 'Hale', dateOfBirth: '1980-02-02' });
    const res = await importClients('okafor', csv, false, [u.rivera!.id]);
    expect(res.statusCode).toBe(200);
    const report = res.json() as Report;
    expect(report.created).toBe(3);
    expect(report.dryRun).toBe(false);
    // Quinn Hale is Sam Rivera's client: Okafor's import must not tell her so, so it adds a record of its own (as adding a client by hand would).
    expect(report.rows).toEqual([
      { row: 2, action: 'create', problems: [] },
      { row: 3, action: 'create', problems: [] },
      { row: 4, action: 'create', problems: [] },
      { row: 5, action: 'skip', reason: 'the same person as row 2 (the same name and date of birth)', problems: [] },
    ]);

    const [alex] = await clientNamed('Morgan').then((rows) => rows.filter((r) => r.first_name === 'Alexandra'));
    // Nothing clinical or personal is stored as plain text.
    expect(alex!.identity).not.toContain('Bisexual');
    expect(alex!.contact).not.toContain('555-0142');
    expect(alex!.presenting_concern).not.toContain('childbirth');
    const record = (await a.okafor!.get(`/api/v1/clients/${alex!.id}`)).json();
    expect(record).toEqual({
      id: alex!.id, displayName: 'Alex Morgan', status: 'active', firstName: 'Alexandra', lastName: 'Morgan', preferredName: 'Alex', pronouns: 'she/her',
      email: 'morgans@example.test', dateOfBirth: '1989-04-17', phone: '(312) 555-0142', address: '1200 N Lake Shore Dr Apt 4, Chicago, IL 60610',
      emergencyContact: { name: 'Dana Morgan', relationship: 'Sister', phone: '(312) 555-0188' },
      preferredContactMethod: null, okToLeaveMessage: null, okToLeaveVoicemail: null,
      careTeam: [{ id: u.okafor!.id, displayName: 'Dr. Amara Okafor' }, { id: u.rivera!.id, displayName: 'Sam Rivera' }],
      genderIdentity: 'Woman', sexAssignedAtBirth: null, sexualOrientation: 'Bisexual', relationshipStatus: 'married', relationshipStructure: null, relationshipStructureOther: null,
      relationships: [], presentingConcern: 'Pain with penetration since childbirth.',
    });
    const jamie = (await clientNamed('Morgan')).find((r) => r.first_name === 'Jamie')!;
    const jamieRecord = (await a.rivera!.get(`/api/v1/clients/${jamie.id}`)).json();
    expect([jamieRecord.email, jamieRecord.pronouns, jamieRecord.relationshipStatus, jamieRecord.status]).toEqual(['morgans@example.test', 'he/him', 'married', 'active']);
    expect(await clientNamed('Hale')).toHaveLength(2);

    // One import entry, and each client's creation, as createClient audits it.
    const imports = await t.app.db.selectFrom('audit_events').selectAll().where('action', '=', 'client.import').execute();
    expect(imports.map((e) => [e.actor_id, e.resource_type, e.resource_id, e.outcome])).toEqual([[u.okafor!.id, 'client', null, 'success']]);
    const created = await t.app.db.selectFrom('audit_events').select('resource_id').where('action', '=', 'client.create').where('actor_id', '=', u.okafor!.id).execute();
    const hale = (await clientNamed('Hale')).map((r) => r.id);
    expect(created.map((e) => e.resource_id).sort()).toEqual([alex!.id, jamie.id, ...hale.filter((id) => created.some((e) => e.resource_id === id))].sort());
    expect(created).toHaveLength(3);
  });

  it('an owner, who sees every client, is told of a person already in the practice', async () => {
    const report = (await importClients('owner', ['Name,Birthdate', 'Jordan Blake,1984-09-12'].join('\n'), true, [u.okafor!.id])).json() as Report;
    expect(report.rows).toEqual([{ row: 2, action: 'skip', reason: 'already a client of this practice (the same name and date of birth)', problems: [] }]);
  });

  it('lets an owner import by naming the care team, but not identity details, and refuses a care team of non-clinicians', async () => {
    const csv = ['Name,Birthdate,Clinician', 'Ellis Robin,1971-06-30,"Okafor, Amara"', 'Casey Noor,1990-01-01,'].join('\n');
    expect((await importClients('owner', ['Name,Birthdate', 'Casey Noor,1990-01-01'].join('\n'), true)).json().errors)
      .toEqual([{ field: 'careTeam', message: 'choose at least one clinician for the imported clients’ care team' }]);
    expect((await importClients('owner', csv, true, [u.billing!.id])).json().errors).toEqual([{ field: 'careTeam', message: 'every member must be a clinician of this practice' }]);

    const checked = (await importClients('owner', csv, true)).json() as Report;
    expect(checked.rows).toEqual([
      { row: 2, action: 'create', problems: [] },
      { row: 3, action: 'create', problems: [{ column: 'Clinician', field: 'careTeam', message: 'name the client’s clinician, or choose a care team for the whole file' }] },
    ]);
    const identity = (await importClients('owner', ['First Name,Last Name,DOB,Gender Identity', 'Casey,Noor,1990-01-01,Nonbinary'].join('\n'), true, [u.okafor!.id])).json() as Report;
    expect(identity.rows[0]!.problems).toEqual([{ column: 'Gender Identity', field: 'genderIdentity', message: 'only a clinician can record identity details' }]);

    const res = await importClients('owner', csv.replace('Casey Noor,1990-01-01,', 'Casey Noor,1990-01-01,sam rivera'), false);
    expect(res.statusCode).toBe(200);
    const robin = (await clientNamed('Robin'))[0]!;
    expect([robin.first_name, robin.last_name, robin.date_of_birth]).toEqual(['Ellis', 'Robin', '1971-06-30']);
    expect((await a.owner!.get(`/api/v1/clients/${robin.id}`)).json().careTeam).toEqual([{ id: u.okafor!.id, displayName: 'Dr. Amara Okafor' }]);
    const casey = (await clientNamed('Noor'))[0]!;
    expect((await a.owner!.get(`/api/v1/clients/${casey.id}`)).json().careTeam).toEqual([{ id: u.rivera!.id, displayName: 'Sam Rivera' }]);
  });

  it('refuses a file without the columns it needs, an empty one and an oversized one, naming csv', async () => {
    const problem = async (csv: string) => {
      const res = await importClients('okafor', csv, true);
      expect(res.statusCode).toBe(400);
      return res.json().errors;
    };
    expect(await problem('Client ID,Phone\n17,555-0100')).toEqual([{
      field: 'csv',
      message: 'needs a column for the first name and the last name (“First Name” and “Last Name”, or one “Name” column); and for the date of birth (“Date of Birth” or “DOB”). The file’s columns are: Client ID, Phone',
    }]);
    expect(await problem('')).toEqual([{ field: 'csv', message: 'must not be empty' }]);
    expect(await problem('\n \n')).toEqual([{ field: 'csv', message: 'is empty: choose a CSV file whose first row names the columns' }]);
    expect(await problem('First Name,Last Name,DOB\n')).toEqual([{ field: 'csv', message: 'has a header row but no rows under it' }]);
    expect(await problem('First Name,Last Name,DOB\n"Unclosed,Quote,1990-01-01\n')).toEqual([{ field: 'csv', message: 'could not be read as CSV (near line 2): a quoted value is never closed' }]);
    expect(await problem(`First Name,Last Name,DOB\n${'A,B,1990-01-01\n'.repeat(5_001)}`)).toEqual([{ field: 'csv', message: 'has 5,001 rows; import at most 5,000 at a time (split the file)' }]);
    expect(await problem('x'.repeat(900_001))).toEqual([{ field: 'csv', message: 'must be at most 900000 characters' }]);
    expect(await problem('First Name,Last Name,DOB\nA\u0000,B,1990-01-01')).toEqual([{ field: 'csv', message: 'must not contain the NUL character (\\u0000)' }]);
    expect((await a.billing!.post('/api/v1/imports/clients', { csv: 'First Name,Last Name,DOB\nA,B,1990-01-01', dryRun: true })).statusCode).toBe(403);
  });
});

describe('importing appointments from CSV', () => {
  let alexId: string;
  let jamieId: string;

  beforeAll(async () => {
    const alex = (await clientNamed('Morgan')).find((r) => r.first_name === 'Alexandra')!;
    const jamie = (await clientNamed('Morgan')).find((r) => r.first_name === 'Jamie')!;
    alexId = alex.id;
    jamieId = jamie.id;
  });

  const list = async (who: string) => (await a[who]!.get('/api/v1/appointments?from=2026-11-01&to=2027-04-01')).json() as {
    clinician: { id: string }; attendees: { clientId: string }[]; kind: string; modality: string; startsAt: string; endsAt: string; timeZone: string; status: string; videoLink: string | null; lateCancellation: boolean;
  }[];

  it('reads an Acuity-style and a one-cell layout in the practice’s time zone, links clients and clinician, and skips what is already booked', async () => {
    const acuity = [
      'Client Name,Email,Calendar,Date,Time,End Time,Appointment Type,Location,Video Link',
      '"Alex Morgan; Jamie Morgan",,Dr. Amara Okafor,12/01/2026,5:00 PM,6:20 PM,Couples Therapy,Telehealth,https://meet.example.test/morgan',
      'Alex Morgan,,,03/15/2027,10:00,10:50,Individual,Office,',
    ].join('\n');
    const checked = await importAppointments('okafor', acuity, true);
    expect(checked.statusCode).toBe(200);
    expect((checked.json() as Report).columns.map((c) => `${c.header}→${c.field}`)).toEqual([
      'Client Name→clientName', 'Email→clientEmail', 'Calendar→clinician', 'Date→date', 'Time→time', 'End Time→end', 'Appointment Type→kind', 'Location→modality', 'Video Link→videoLink',
    ]);
    expect((checked.json() as Report).rows).toEqual([{ row: 2, action: 'create', problems: [] }, { row: 3, action: 'create', problems: [] }]);
    expect(await list('okafor')).toEqual([]);

    const res = await importAppointments('okafor', acuity, false);
    expect(res.statusCode).toBe(200);
    expect(res.json().created).toBe(2);
    const booked = await list('okafor');
    expect(booked.map((b) => ({ ...b, attendees: b.attendees.map((x) => x.clientId).sort() }))).toMatchObject([
      // 17:00 in Chicago in December is 23:00 UTC (CST); in March after the change, 10:00 is 15:00 UTC (CDT).
      { clinician: { id: u.okafor!.id }, attendees: [alexId, jamieId].sort(), kind: 'joint', modality: 'video', startsAt: '2026-12-01T23:00:00.000Z', endsAt: '2026-12-02T00:20:00.000Z', timeZone: 'America/Chicago', status: 'scheduled', videoLink: 'https://meet.example.test/morgan' },
      { clinician: { id: u.okafor!.id }, attendees: [alexId], kind: 'individual', modality: 'in-person', startsAt: '2027-03-15T15:00:00.000Z', endsAt: '2027-03-15T15:50:00.000Z', timeZone: 'America/Chicago', status: 'scheduled' },
    ]);

    // Another product's one-cell layout: past sessions, with their outcomes.
    const oneCell = [
      'ClientEmail,ClientDOB,StartDateTime,ApptLength,ApptType,ApptStatus',
      'morgans@example.test,04/17/1989,2026-11-10T09:00,50 min,90834 Psychotherapy,Kept',
      'morgans@example.test,1987-11-02,2026-11-12 09:00,50,90834,Late Cancel',
      'morgans@example.test,1987-11-02,2026-11-13 9:00 AM,1 hour,,No Show',
      '"Alex Morgan; Jamie Morgan",,12/01/2026 5:00 PM,80,couples,',
    ].join('\n');
    const report = (await importAppointments('okafor', oneCell.replace('"Alex Morgan; Jamie Morgan",,', 'morgans@example.test,,'), true)).json() as Report;
    expect(report.rows[3]).toEqual({ row: 5, action: 'create', problems: [{ column: 'ClientEmail', field: 'attendeeClientIds', message: 'more than one client matches: add their email, or a “Date of Birth” column' }] });
    const second = await importAppointments('okafor', oneCell.replace('"Alex Morgan; Jamie Morgan",,12/01/2026 5:00 PM,80,couples,', 'morgans@example.test; morgans@example.test,1989-04-17; 1987-11-02,12/01/2026 5:00 PM,80,couples,'), false);
    expect(second.statusCode).toBe(200);
    expect((second.json() as Report).rows).toEqual([
      { row: 2, action: 'create', problems: [] },
      { row: 3, action: 'create', problems: [] },
      { row: 4, action: 'create', problems: [] },
      { row: 5, action: 'skip', reason: 'already in the calendar (the same clinician, time and client)', problems: [] },
    ]);
    const past = (await list('okafor')).filter((b) => b.startsAt < '2026-11-20');
    expect(past.map((b) => [b.startsAt, b.status, b.lateCancellation, b.attendees.map((x) => x.clientId)])).toEqual([
      ['2026-11-10T15:00:00.000Z', 'completed', false, [alexId]],
      ['2026-11-12T15:00:00.000Z', 'cancelled', true, [jamieId]],
      ['2026-11-13T15:00:00.000Z', 'no-show', false, [jamieId]],
    ]);
    expect(await auditCount('appointment.import')).toBe(2);
    expect(await auditCount('appointment.create')).toBe(5);
  });

  it('reports clients off the caseload, other clinicians, overlaps, and statuses that cannot be yet; and writes nothing', async () => {
    const csv = [
      'Client,Client Email,Clinician,Start,Duration,Status,Modality',
      ',jordan.blake@example.test,,2026-12-03 10:00,50,,',
      'Alex Morgan,,Sam Rivera,2026-12-03 11:00,50,,',
      ',morgans@example.test,,2026-12-01 17:30,50,,',
      'Alex Morgan,,,2026-12-04 10:00,50,completed,',
      'Alex Morgan,,,2026-12-05 10:00,50,,video',
      'Alex Morgan,,,2026-12-06 10:00,2 hours,,',
      'Alex Morgan,,,2026-12-06 11:00,50,,',
      'Alex Morgan,,,2026-12-07 25:00,fifty,maybe,phone',
    ].join('\n');
    const before = await snapshot();
    const checked = (await importAppointments('okafor', csv, true)).json() as Report;
    expect(checked.rows).toEqual([
      { row: 2, action: 'create', problems: [{ column: 'Client Email', field: 'attendeeClientIds', message: 'no client on your caseload has this email' }] },
      { row: 3, action: 'create', problems: [{ column: 'Clinician', field: 'clinicianId', message: 'you can book only your own appointments' }] },
      { row: 4, action: 'create', problems: [{ column: 'Client Email', field: 'attendeeClientIds', message: 'more than one client matches: add their email, or a “Date of Birth” column' }] },
      { row: 5, action: 'create', problems: [{ column: 'Status', field: 'status', message: 'cannot be completed before it starts' }] },
      { row: 6, action: 'create', problems: [{ column: 'Video link', field: 'videoLink', message: 'add the video link for a video appointment' }] },
      { row: 7, action: 'create', problems: [] },
      { row: 8, action: 'create', problems: [{ column: 'Start', field: 'startsAt', message: 'overlaps the appointment on row 7' }] },
      {
        row: 9, action: 'create', problems: [
          { column: 'Start', field: 'startsAt', message: 'is not a time of day: write it 17:00 or 5:00 PM' },
          { column: 'Duration', field: 'durationMinutes', message: 'is not a length of time: write the minutes, such as 50' },
          { column: 'Modality', field: 'modality', message: 'is not one of: in-person or video (telehealth)' },
          { column: 'Status', field: 'status', message: 'is not one of: scheduled, completed, cancelled, late cancellation or no-show' },
        ],
      },
    ]);
    const overlap = (await importAppointments('okafor', 'Client,Start,Duration\nAlex Morgan,2026-12-01 17:30,50', true)).json() as Report;
    expect(overlap.rows[0]!.problems).toEqual([{ column: 'Start', field: 'startsAt', message: 'overlaps an appointment for the clinician starting 2026-12-01T23:00:00.000Z' }]);

    const refused = await importAppointments('okafor', csv, false);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors.slice(0, 2)).toEqual([
      { field: 'rows[2].attendeeClientIds', message: 'no client on your caseload has this email (column “Client Email”)' },
      { field: 'rows[3].clinicianId', message: 'you can book only your own appointments (column “Clinician”)' },
    ]);
    expect(await snapshot()).toBe(before);
  });

  it('lets an owner import for a clinician, only for that clinician’s caseload, and needs the clinician column', async () => {
    expect((await importAppointments('owner', 'Client Email,Date,Time,Duration\nmorgans@example.test,2026-12-10,10:00,50', true)).json().errors)
      .toEqual([{ field: 'csv', message: 'needs a column for the clinician (“Clinician”, with their name or email). The file’s columns are: Client Email, Date, Time, Duration' }]);
    const csv = ['Client,Clinician,Date,Time,Duration', `Jordan Blake,${u.okafor!.email},2026-12-10,10:00,50`, `Jordan Blake,${u.rivera!.email},2026-12-10,10:00,50`].join('\n');
    const checked = (await importAppointments('owner', csv, true)).json() as Report;
    expect(checked.rows).toEqual([
      { row: 2, action: 'create', problems: [{ column: 'Client', field: 'attendeeClientIds', message: 'is not on Dr. Amara Okafor’s caseload' }] },
      { row: 3, action: 'create', problems: [] },
    ]);
    const res = await importAppointments('owner', csv.split('\n').filter((_, i) => i !== 1).join('\n'), false);
    expect(res.statusCode).toBe(200);
    const [booked] = await list('rivera');
    expect([booked!.clinician.id, booked!.attendees.map((x) => x.clientId), booked!.startsAt]).toEqual([u.rivera!.id, [jordanId], '2026-12-10T16:00:00.000Z']);
  });
});

describe('any cell, any row', () => {
  it('answers 200 or a 400 problem+json naming csv or a row, never a 5xx, and a refusal writes nothing', async () => {
    const plausible = ['', 'Alex Morgan', 'morgans@example.test', '04/17/1989', '1989-04-17', '2/30/2026', '0000-01-01', '9999-12-31 23:59', '12/01/2026 5:00 PM', '25:61', '-5',
      '99999999999', '1e309', 'couples', 'video', 'no show', 'Dr. Amara Okafor', 'Okafor, Amara', ';;;', '"', '\n', 'https://x.test/a', 'javascript:alert(1)', '🏳️‍🌈', 'x'.repeat(600)];
    const cell = fc.oneof(fc.constantFrom(...plausible), fc.string({ maxLength: 30, unit: 'grapheme' }).filter((v) => !v.includes('\u0000')));
    const clientHeader = ['First Name', 'Last Name', 'DOB', 'Email', 'Gender', 'Status', 'Clinician', 'Address', 'Emergency Contact Phone'];
    const appointmentHeader = ['Client', 'Client Email', 'DOB', 'Clinician', 'Date', 'Time', 'End', 'Duration', 'Type', 'Modality', 'Status', 'Video Link', 'Room'];
    const before = { clients: await countRows(t, 'clients') };
    let current = await snapshot();
    await fc.assert(fc.asyncProperty(
      fc.boolean(), fc.boolean(), fc.array(fc.array(cell, { minLength: 13, maxLength: 13 }), { minLength: 1, maxLength: 4 }),
      async (clients, dryRun, rows) => {
        const header = clients ? clientHeader : appointmentHeader;
        const csv = stringify([header, ...rows.map((r) => r.slice(0, header.length))]);
        const res = await (clients ? importClients('okafor', csv, dryRun) : importAppointments('okafor', csv, dryRun));
        expect([200, 400]).toContain(res.statusCode);
        const after = await snapshot();
        if (res.statusCode === 400) {
          expect(res.headers['content-type']).toContain('application/problem+json');
          expect((res.json().errors as { field: string }[]).every((e) => e.field === 'csv' || e.field === 'careTeam' || /^rows(\[\d+\]\.[a-zA-Z.]+)?$/.test(e.field))).toBe(true);
          expect(after).toBe(current);
        }
        if (dryRun) expect(after).toBe(current);
        current = after;
      },
    ), { numRuns: 150 });
    expect(await countRows(t, 'clients')).toBeGreaterThanOrEqual(before.clients);
  }, 120_000);
});
