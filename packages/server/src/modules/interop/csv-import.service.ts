import { appendAudit, recordAudit } from '../../platform/audit.js';
import { auditEntry, hasRole, isClinical, requireRole } from '../../platform/authz.js';
import type { Actor, AppContext, RequestContext } from '../../platform/context.js';
import type { DbOrTx } from '../../platform/db.js';
import { ValidationError, type FieldProblem } from '../../platform/errors.js';
import type { NewClient } from '../clients/clients.schemas.js';
import { clientIdentities, createClientsInTx, newClientProblems } from '../clients/clients.service.js';
import { getPracticeRecord, practiceClinicians } from '../practice/practice.service.js';
import { appointmentsStartingAt, createAppointmentsInTx, occurrences, schedulingConflict, type ImportedAppointment } from '../scheduling/scheduling.service.js';
import type { AppointmentImportInput, ClientImportInput, ImportReport, RowReport } from './csv-import.schemas.js';
import {
  APPOINTMENT_COLUMNS, APPOINTMENT_STATUS_CHOICES, CLIENT_COLUMNS, CLIENT_STATUS_CHOICES, KIND_CHOICES, MODALITY_CHOICES,
  appointmentStatusOf, cellOf, clientStatusOf, clinicianNameKeys, columnName, kindOf, mapColumns, modalityOf, nameKey, parseClock, parseDateTime, parseDay, parseDuration,
  readCsv, relationshipStatusOf, relationshipStructureOf, sexAssignedAtBirthOf, splitFullName,
  type AppointmentColumn, type ClientColumn, type ColumnMap, type CsvRow, type CsvTable,
} from './csv-layouts.js';

/**
 * Clients and appointments from another practice product's CSV export. Each row is checked as
 * the normal create path checks it (clients.service newClientProblems, the care team's
 * clinicians, scheduling's conflicts), and every problem is reported by row and column. A dry
 * run writes nothing; an import writes every row in one transaction, or nothing while any row
 * has a problem. A person or appointment already in the practice (or earlier in the file) is
 * skipped, not an error. Row contents are never logged.
 */
type Problem = RowReport['problems'][number];

/** How many problems a refused import names (the dry run's report has them all). */
const MAX_ERRORS = 100;

function missingColumns(missing: string[], headers: string[]): ValidationError {
  const found = headers.filter(Boolean);
  const shown = found.slice(0, 30).join(', ') + (found.length > 30 ? ', …' : '');
  return ValidationError.field('csv', `needs a column for ${missing.join('; and for ')}. The file’s columns are: ${shown || 'none'}`);
}

/** A real import of a file with problems: 400 naming each row and field (rows[N].field, N the row's line), nothing written. */
function refuseProblems(report: ImportReport): void {
  const errors: FieldProblem[] = report.rows.flatMap((r) => r.problems.map((p) => ({ field: `rows[${r.row}].${p.field}`, message: p.column ? `${p.message} (column “${p.column}”)` : p.message })));
  if (errors.length === 0) return;
  const shown = errors.slice(0, MAX_ERRORS);
  if (errors.length > MAX_ERRORS) shown.push({ field: 'rows', message: `and ${errors.length - MAX_ERRORS} more problems: check the file first (a dry run) to see every one` });
  throw new ValidationError(shown);
}

function reportOf<F extends string>(map: ColumnMap<F>, rows: RowReport[], dryRun: boolean, created: number): ImportReport {
  return { dryRun, columns: map.recognized, ignoredColumns: map.ignored, rows, created };
}

/** A row whose cells do not line up with the header has its values in the wrong columns: only that is reported. */
function cellCountProblem(table: CsvTable, row: CsvRow): Problem | null {
  const width = table.headers.length;
  if (row.cells.length > width && row.cells.slice(width).some(Boolean)) {
    return { column: '', field: 'cells', message: `has ${row.cells.length} values but the header names ${width} columns (a value with a comma in it needs double quotes round it)` };
  }
  if (row.cells.length < width) return { column: '', field: 'cells', message: `has ${row.cells.length} values but the header names ${width} columns` };
  return null;
}

interface Clinician { id: string; displayName: string; email: string }

/** Finds a practice clinician by the email they sign in with, or by name ("Dr. Amara Okafor", "Okafor, Amara", "Amara Okafor, LMFT"). */
function clinicianFinder(clinicians: Clinician[]): (value: string) => { ok: Clinician } | { error: string } {
  const byEmail = new Map(clinicians.map((c) => [c.email.toLowerCase(), c]));
  const byName = new Map<string, Clinician[]>();
  for (const c of clinicians) for (const key of clinicianNameKeys(c.displayName)) byName.set(key, [...(byName.get(key) ?? []), c]);
  return (value) => {
    if (value.includes('@')) {
      const found = byEmail.get(value.trim().toLowerCase());
      return found ? { ok: found } : { error: 'no clinician of this practice signs in with this email' };
    }
    const matches = new Set(clinicianNameKeys(value).flatMap((key) => byName.get(key) ?? []));
    if (matches.size === 1) return { ok: [...matches][0]! };
    return { error: matches.size > 1 ? 'more than one clinician has this name: give their email instead' : 'no clinician of this practice has this name' };
  };
}

const splitList = (value: string) => value.split(/[;|]/).map((s) => s.trim()).filter(Boolean);

// ── Clients ─────────────────────────────────────────────────────────────────────────────────

interface Person { nameKeys: string[]; email: string | null; dateOfBirth: string; row?: number }

/** People by name and date of birth and by email, to find the same person again. */
class PeopleIndex {
  private readonly byNameAndBirth = new Map<string, Person>();
  private readonly byEmail = new Map<string, Person[]>();

  add(person: Person): void {
    for (const key of person.nameKeys) if (!this.byNameAndBirth.has(`${key}|${person.dateOfBirth}`)) this.byNameAndBirth.set(`${key}|${person.dateOfBirth}`, person);
    if (person.email) this.byEmail.set(person.email, [...(this.byEmail.get(person.email) ?? []), person]);
  }

  /**
   * The same person: the same name and date of birth, or the same email with the same name or
   * date of birth. An email alone is not enough: partners often share one address.
   */
  find(person: Person): { person: Person; why: string } | null {
    for (const key of person.nameKeys) {
      const same = this.byNameAndBirth.get(`${key}|${person.dateOfBirth}`);
      if (same) return { person: same, why: 'the same name and date of birth' };
    }
    for (const other of person.email ? (this.byEmail.get(person.email) ?? []) : []) {
      if (other.dateOfBirth === person.dateOfBirth) return { person: other, why: 'the same email and date of birth' };
      if (other.nameKeys.some((k) => person.nameKeys.includes(k))) return { person: other, why: 'the same email and name' };
    }
    return null;
  }
}

const personNameKeys = (first: string, last: string, preferred: string | null) =>
  [...new Set([nameKey(`${first} ${last}`), ...(preferred ? [nameKey(`${preferred} ${last}`)] : [])])];

type ClientCreate = { input: NewClient; status: 'prospective' | 'active' | 'discharged'; careTeam: string[] };

async function checkClientRows(app: AppContext, db: DbOrTx, actor: Actor, careTeam: string[], table: CsvTable, map: ColumnMap<ClientColumn>): Promise<{ rows: RowReport[]; creates: ClientCreate[] }> {
  const clinicians = await practiceClinicians(db, actor.practiceId);
  const clinicianIds = new Set(clinicians.map((c) => c.id));
  if (careTeam.some((id) => !clinicianIds.has(id))) throw ValidationError.field('careTeam', 'every member must be a clinician of this practice');
  const baseTeam = new Set(careTeam);
  if (isClinical(actor)) baseTeam.add(actor.userId);
  if (baseTeam.size === 0 && !map.columns.has('clinician')) throw ValidationError.field('careTeam', 'choose at least one clinician for the imported clients’ care team');
  const findClinician = clinicianFinder(clinicians);

  // Duplicates are looked for among the clients the caller may see: the whole practice for an owner
  // (who sees every client's administrative record), a clinician's own caseload otherwise — the
  // report must not tell a clinician who is another clinician's client (creating a client never does).
  const known = new PeopleIndex();
  for (const c of await clientIdentities(db, actor.practiceId, hasRole(actor, 'owner') ? null : actor.userId)) {
    known.add({ nameKeys: personNameKeys(c.firstName, c.lastName, c.preferredName), email: c.email, dateOfBirth: c.dateOfBirth });
  }
  const inFile = new PeopleIndex();
  const rows: RowReport[] = [];
  const creates: ClientCreate[] = [];

  for (const row of table.rows) {
    const misaligned = cellCountProblem(table, row);
    if (misaligned) {
      rows.push({ row: row.line, action: 'create', problems: [misaligned] });
      continue;
    }
    const problems: Problem[] = [];
    const columnOf = new Map<string, string>();
    const add = (field: string, column: string, message: string) => {
      if (!problems.some((p) => p.field === field)) problems.push({ column, field, message });
    };
    const cell = (field: ClientColumn) => {
      const found = cellOf(map, row, field);
      columnOf.set(field, found.column);
      return found.value;
    };

    let firstName = cell('firstName');
    let lastName = cell('lastName');
    if (!firstName && !lastName && map.columns.has('fullName')) {
      const full = cellOf(map, row, 'fullName');
      columnOf.set('firstName', full.column).set('lastName', full.column);
      const split = full.value ? splitFullName(full.value) : null;
      if (split) ({ first: firstName, last: lastName } = split);
      else if (full.value) add('lastName', full.column, 'give a first and a last name (“Morgan, Alex” or “Alex Morgan”)');
      else add('firstName', full.column, 'is required');
    } else {
      if (!firstName) add('firstName', columnOf.get('firstName')!, 'is required');
      if (!lastName) add('lastName', columnOf.get('lastName')!, 'is required');
    }

    let dateOfBirth = '';
    const birth = cell('dateOfBirth');
    if (!birth) add('dateOfBirth', columnOf.get('dateOfBirth')!, 'is required');
    else {
      const day = parseDay(birth);
      if ('error' in day) add('dateOfBirth', columnOf.get('dateOfBirth')!, day.error);
      else dateOfBirth = day.ok;
    }

    const choice = <T>(field: ClientColumn, read: (v: string) => T | null, choices: string): T | null => {
      const value = cell(field);
      if (!value) return null;
      const parsed = read(value);
      if (parsed === null) add(field, columnOf.get(field)!, `is not one of: ${choices}`);
      return parsed;
    };
    const status = choice('status', clientStatusOf, CLIENT_STATUS_CHOICES) ?? 'active';
    const sexAssignedAtBirth = choice('sexAssignedAtBirth', sexAssignedAtBirthOf, 'female, male, intersex, prefer not to say');
    const relationshipStatus = choice('relationshipStatus', relationshipStatusOf, 'single, dating, partnered, married, separated, divorced, widowed, other');
    const relationshipStructure = choice('relationshipStructure', relationshipStructureOf, 'monogamous, open, polyamorous, other');

    // An address in parts (street, city, state, ZIP) is joined into the one address Candor keeps.
    const street = [cell('street'), cell('street2')].filter(Boolean).join(' ');
    const address = [street, [cell('city'), [cell('state'), cell('zip')].filter(Boolean).join(' ')].filter(Boolean).join(', '), cell('country')].filter(Boolean).join(', ');
    columnOf.set('address', columnOf.get('street')!);

    const emergencyName = cell('emergencyContactName');
    const emergencyPhone = cell('emergencyContactPhone');
    const emergencyRelationship = cell('emergencyContactRelationship');
    columnOf.set('emergencyContact.name', columnOf.get('emergencyContactName')!).set('emergencyContact.phone', columnOf.get('emergencyContactPhone')!)
      .set('emergencyContact.relationship', columnOf.get('emergencyContactRelationship')!);
    if (emergencyName && !emergencyPhone) add('emergencyContact.phone', columnOf.get('emergencyContactPhone')!, 'give the emergency contact’s phone number with their name');
    if (emergencyPhone && !emergencyName) add('emergencyContact.name', columnOf.get('emergencyContactName')!, 'give the emergency contact’s name with their phone number');

    const team = new Set(baseTeam);
    const named = cell('clinician');
    columnOf.set('careTeam', columnOf.get('clinician')!);
    for (const part of splitList(named)) {
      const found = findClinician(part);
      if ('error' in found) add('careTeam', columnOf.get('careTeam')!, found.error);
      else team.add(found.ok.id);
    }
    if (team.size === 0 && !named) add('careTeam', columnOf.get('careTeam')!, 'name the client’s clinician, or choose a care team for the whole file');
    if (team.size > 10) add('careTeam', columnOf.get('careTeam')!, 'a care team has at most 10 clinicians');

    const email = cell('email').toLowerCase();
    const preferredName = cell('preferredName');
    const given: Record<string, unknown> = {
      preferredName, pronouns: cell('pronouns'), email, phone: cell('phone'), address,
      emergencyContact: emergencyName && emergencyPhone ? { name: emergencyName, relationship: emergencyRelationship || null, phone: emergencyPhone } : null,
      genderIdentity: cell('genderIdentity'), sexAssignedAtBirth, sexualOrientation: cell('sexualOrientation'), relationshipStatus, relationshipStructure,
      presentingConcern: cell('presentingConcern'),
    };
    // Empty cells give no value (as a field left out of the form).
    const input = { firstName, lastName, dateOfBirth, ...Object.fromEntries(Object.entries(given).filter(([, v]) => v !== null && v !== '')) } as NewClient;
    // The create path's own checks (lengths, email, an adult's date of birth, clinical fields only by a clinician).
    for (const p of newClientProblems(app, actor, input)) add(p.field, columnOf.get(p.field) ?? columnName(map, p.field as ClientColumn), p.message);

    if (firstName && lastName && dateOfBirth) {
      const person: Person = { nameKeys: personNameKeys(firstName, lastName, preferredName || null), email: email || null, dateOfBirth, row: row.line };
      const existing = known.find(person);
      const earlier = existing ? null : inFile.find(person);
      inFile.add(person);
      if (existing || earlier) {
        rows.push({ row: row.line, action: 'skip', reason: existing ? `already a client of this practice (${existing.why})` : `the same person as row ${earlier!.person.row} (${earlier!.why})`, problems: [] });
        continue;
      }
    }
    rows.push({ row: row.line, action: 'create', problems });
    if (problems.length === 0) creates.push({ input, status, careTeam: [...team] });
  }
  return { rows, creates };
}

/**
 * Imports clients from CSV (owners, clinicians and supervisors, as createClient allows). Each
 * imported client's care team is the body's `careTeam`, the importing clinician, and anyone the
 * row's clinician column names; identity details and the presenting concern only from a clinician.
 * Status comes from a status column, else `active` (they are in care elsewhere already).
 */
export async function importClients(app: AppContext, rc: RequestContext, input: ClientImportInput): Promise<ImportReport> {
  const actor = requireRole(rc, 'owner', 'clinician', 'supervisor');
  const table = readCsv(input.csv);
  const map = mapColumns(table.headers, CLIENT_COLUMNS);
  const missing: string[] = [];
  if (!(map.columns.has('firstName') && map.columns.has('lastName')) && !map.columns.has('fullName')) missing.push('the first name and the last name (“First Name” and “Last Name”, or one “Name” column)');
  if (!map.columns.has('dateOfBirth')) missing.push('the date of birth (“Date of Birth” or “DOB”)');
  if (missing.length) throw missingColumns(missing, table.headers);

  if (input.dryRun) {
    const { rows } = await checkClientRows(app, app.db, actor, input.careTeam ?? [], table, map);
    await recordAudit(app.db, auditEntry(rc, 'client.import-check', 'client', null), app.clock.now());
    return reportOf(map, rows, true, 0);
  }
  return app.db.transaction().execute(async (tx) => {
    const { rows, creates } = await checkClientRows(app, tx, actor, input.careTeam ?? [], table, map);
    const report = reportOf(map, rows, false, creates.length);
    refuseProblems(report);
    await createClientsInTx(app, tx, rc, actor, creates);
    await appendAudit(tx, auditEntry(rc, 'client.import', 'client', null), app.clock.now());
    return report;
  });
}

// ── Appointments ────────────────────────────────────────────────────────────────────────────

interface ClientRef { id: string; nameKeys: string[]; email: string | null; dateOfBirth: string }

type PlannedAppointment = { report: RowReport; appointment: ImportedAppointment | null; columns: Map<string, string> };

const hasDate = (value: string) => /\d{1,4}[-/]\d{1,2}[-/]\d{1,4}/.test(value);
const HAS_TIME = /\d:\d|\d\s*[ap]\.?m\b/i;

async function checkAppointmentRows(app: AppContext, db: DbOrTx, actor: Actor, table: CsvTable, map: ColumnMap<AppointmentColumn>): Promise<{ rows: RowReport[]; creates: ImportedAppointment[] }> {
  const { time_zone: zone } = await getPracticeRecord(db, actor.practiceId);
  const clinicians = await practiceClinicians(db, actor.practiceId);
  const findClinician = clinicianFinder(clinicians);
  const owner = hasRole(actor, 'owner');
  // An owner books for any clinician; anyone else only their own, so only their caseload is searched (and nothing else is revealed).
  const scope = owner ? 'of this practice' : 'on your caseload';
  const pool: ClientRef[] = (await clientIdentities(db, actor.practiceId, owner ? null : actor.userId)).map((c) => ({
    id: c.id, nameKeys: personNameKeys(c.firstName, c.lastName, c.preferredName), email: c.email, dateOfBirth: c.dateOfBirth,
  }));
  const caseloads = new Map<string, Set<string>>();
  const caseloadOf = async (clinicianId: string) => {
    if (!caseloads.has(clinicianId)) caseloads.set(clinicianId, new Set((await clientIdentities(db, actor.practiceId, clinicianId)).map((c) => c.id)));
    return caseloads.get(clinicianId)!;
  };
  const now = app.clock.now().getTime();
  const planned: PlannedAppointment[] = [];

  for (const row of table.rows) {
    const misaligned = cellCountProblem(table, row);
    if (misaligned) {
      planned.push({ report: { row: row.line, action: 'create', problems: [misaligned] }, appointment: null, columns: new Map() });
      continue;
    }
    const problems: Problem[] = [];
    const columns = new Map<string, string>();
    const add = (field: string, column: string, message: string) => {
      if (!problems.some((p) => p.field === field)) problems.push({ column, field, message });
    };
    const cell = (field: AppointmentColumn) => {
      const found = cellOf(map, row, field);
      columns.set(field, found.column);
      return found.value;
    };

    // The clinician: named in the row, else the clinician importing.
    let clinician: Clinician | null = null;
    const namedClinician = cell('clinician');
    columns.set('clinicianId', columns.get('clinician')!);
    if (namedClinician) {
      const found = findClinician(namedClinician);
      if ('error' in found) add('clinicianId', columns.get('clinician')!, found.error);
      else if (found.ok.id !== actor.userId && !owner) add('clinicianId', columns.get('clinician')!, 'you can book only your own appointments');
      else clinician = found.ok;
    } else if (isClinical(actor)) clinician = clinicians.find((c) => c.id === actor.userId) ?? { id: actor.userId, displayName: 'you', email: '' };
    else add('clinicianId', columns.get('clinician')!, 'choose the clinician for this appointment');

    // Who is coming: by email, or by name (and date of birth where names repeat); several separated by “;”.
    const emails = splitList(cell('clientEmail')).map((e) => e.toLowerCase());
    const fullNames = splitList(cell('clientName'));
    const firstNames = splitList(cell('clientFirstName'));
    const lastNames = splitList(cell('clientLastName'));
    const births = splitList(cell('clientDateOfBirth'));
    const clientColumn = emails.length ? columns.get('clientEmail')! : fullNames.length || !firstNames.length ? columns.get('clientName')! : columns.get('clientFirstName')!;
    columns.set('attendeeClientIds', clientColumn);
    const people = Math.max(emails.length, fullNames.length, firstNames.length, lastNames.length);
    const clientIds: string[] = [];
    if (people === 0) add('attendeeClientIds', clientColumn, 'is required: who is the appointment with?');
    for (let i = 0; i < people; i++) {
      const name = fullNames[i] ?? (firstNames[i] && lastNames[i] ? `${firstNames[i]} ${lastNames[i]}` : null);
      const keys = name ? [nameKey(name.includes(',') ? `${name.slice(name.indexOf(',') + 1)} ${name.slice(0, name.indexOf(','))}` : name)] : [];
      let birth: string | null = null;
      if (births[i]) {
        const day = parseDay(births[i]!);
        if ('error' in day) add('clientDateOfBirth', columns.get('clientDateOfBirth')!, day.error);
        else birth = day.ok;
      }
      if (!emails[i] && !keys.length) {
        add('attendeeClientIds', clientColumn, 'give each client’s email, or their first and last name');
        continue;
      }
      let matches = emails[i] ? pool.filter((c) => c.email === emails[i]) : pool.filter((c) => c.nameKeys.some((k) => keys.includes(k)));
      if (emails[i] && matches.length > 1 && keys.length) matches = matches.filter((c) => c.nameKeys.some((k) => keys.includes(k)));
      if (birth) matches = matches.filter((c) => c.dateOfBirth === birth);
      if (matches.length === 1) clientIds.push(matches[0]!.id);
      else if (matches.length > 1) add('attendeeClientIds', clientColumn, 'more than one client matches: add their email, or a “Date of Birth” column');
      else add('attendeeClientIds', clientColumn, `no client ${scope} has this ${emails[i] ? 'email' : 'name'}${birth ? ' and date of birth' : ''}`);
    }
    const attendees = [...new Set(clientIds)];
    if (attendees.length > 8) add('attendeeClientIds', clientColumn, 'an appointment has at most 8 people');

    // When: one start cell, or a date and a time, in the practice's time zone.
    const start = cell('start');
    const date = cell('date');
    const time = cell('time');
    const dayColumn = columns.get(start || !date ? 'start' : 'date')!;
    const timeColumn = columns.get('time')!;
    columns.set('startsAt', start || date || !time ? dayColumn : timeColumn);
    const startAt = ((): { ok: string } | { error: string; column: string } => {
      const whole = (value: string, column: string) => {
        const parsed = parseDateTime(value, zone);
        return 'error' in parsed ? { error: parsed.error, column } : parsed;
      };
      const day = start || date;
      if (!day) return time && hasDate(time) ? whole(time, timeColumn) : { error: 'is required: when does the appointment start?', column: dayColumn };
      if (HAS_TIME.test(day)) return whole(day, dayColumn);
      if (time && hasDate(time)) return whole(time, timeColumn);
      if (!time) return { error: 'give the start time: a “Time” column, or the time after the date', column: timeColumn };
      const parsedDay = parseDay(day);
      if ('error' in parsedDay) return { error: parsedDay.error, column: dayColumn };
      const clock = parseClock(time);
      return 'error' in clock ? { error: clock.error, column: timeColumn } : { ok: `${parsedDay.ok}T${clock.ok}` };
    })();
    if ('error' in startAt) add('startsAt', startAt.column, startAt.error);
    const local = 'ok' in startAt ? startAt.ok : null;

    // How long: minutes, or an end (a time on the same day, or a date and time).
    const duration = cell('duration');
    const end = cell('end');
    const lengthColumn = columns.get(duration || !end ? 'duration' : 'end')!;
    columns.set('durationMinutes', lengthColumn);
    const length = ((): { ok: number } | { error: string } | null => {
      if (duration) {
        const parsed = parseDuration(duration);
        return parsed === null ? { error: 'is not a length of time: write the minutes, such as 50' } : { ok: parsed };
      }
      if (!end) return { error: 'is required: give the minutes, or the end time' };
      if (!local) return null;
      const clock = hasDate(end) ? null : parseClock(end);
      const ends = clock ? ('error' in clock ? clock : { ok: `${local.slice(0, 10)}T${clock.ok}` }) : parseDateTime(end, zone);
      return 'error' in ends ? ends : { ok: Math.round((Date.parse(`${ends.ok}:00Z`) - Date.parse(`${local}:00Z`)) / 60_000) };
    })();
    if (length && 'error' in length) add('durationMinutes', lengthColumn, length.error);
    const minutes = length && 'ok' in length ? length.ok : null;
    if (minutes !== null && minutes <= 0) add('durationMinutes', lengthColumn, 'the appointment must end after it starts');
    if (minutes !== null && minutes > 480) add('durationMinutes', lengthColumn, 'must be at most 480 minutes (8 hours)');

    const kindValue = cell('kind');
    const kind = kindValue ? kindOf(kindValue) : 'individual';
    if (!kind) add('kind', columns.get('kind')!, `is not a type Candor knows: use ${KIND_CHOICES}`);
    const modalityValue = cell('modality');
    const modality = modalityValue ? modalityOf(modalityValue) : 'in-person';
    if (!modality) add('modality', columns.get('modality')!, `is not one of: ${MODALITY_CHOICES}`);
    const room = cell('room') || null;
    if (room && room.length > 100) add('room', columns.get('room')!, 'must be at most 100 characters');
    const videoLink = cell('videoLink') || null;
    if (videoLink && (videoLink.length > 500 || !URL.canParse(videoLink))) add('videoLink', columns.get('videoLink')!, 'must be a web address such as https://meet.example.com/room, at most 500 characters');
    const statusValue = cell('status');
    const stated = statusValue ? appointmentStatusOf(statusValue) : null;
    if (statusValue && !stated) add('status', columns.get('status')!, `is not one of: ${APPOINTMENT_STATUS_CHOICES}`);

    let appointment: ImportedAppointment | null = null;
    if (problems.length === 0 && clinician && kind && modality && local && minutes !== null) {
      const slot = occurrences(local, zone, minutes)[0]!;
      const begun = Date.parse(slot.start) <= now;
      // Unstated, a past appointment took place and a future one is booked.
      const status = stated?.status ?? (begun ? 'completed' : 'scheduled');
      if (status === 'completed' && !begun) add('status', columns.get('status')!, 'cannot be completed before it starts');
      if (status === 'no-show' && !begun) add('status', columns.get('status')!, 'an appointment can be marked a no-show only after it starts');
      if (kind === 'joint' && attendees.length < 2) add('attendeeClientIds', clientColumn, 'a joint session needs two or more people: list them in one cell, separated by “;”');
      if (modality === 'video' && status === 'scheduled' && !videoLink) add('videoLink', columns.get('videoLink')!, 'add the video link for a video appointment');
      if (owner) {
        const caseload = await caseloadOf(clinician.id);
        if (attendees.some((id) => !caseload.has(id))) add('attendeeClientIds', clientColumn, `is not on ${clinician.displayName}’s caseload`);
      }
      appointment = {
        clinicianId: clinician.id, kind, modality, room, videoLink, startsAt: slot.start, endsAt: slot.end, timeZone: zone,
        status, lateCancellation: stated?.late ?? false, clientIds: attendees,
      };
    }
    planned.push({ report: { row: row.line, action: 'create', problems }, appointment: problems.length ? null : appointment, columns });
  }

  // The same clinician, start and people as an appointment already booked, or as an earlier row: skipped.
  const keyOf = (a: { clinicianId: string; startsAt: string; clientIds: string[] }) => `${a.clinicianId}|${a.startsAt}|${[...a.clientIds].sort().join(',')}`;
  const existing = new Set((await appointmentsStartingAt(db, actor.practiceId, planned.flatMap((p) => (p.appointment ? [p.appointment.startsAt] : [])))).map(keyOf));
  const firstRow = new Map<string, number>();
  const booked: { appointment: ImportedAppointment; row: number }[] = [];
  for (const p of planned) {
    const a = p.appointment;
    if (!a) continue;
    const key = keyOf(a);
    const earlier = firstRow.get(key);
    if (existing.has(key) || earlier !== undefined) {
      p.report = { row: p.report.row, action: 'skip', reason: existing.has(key) ? 'already in the calendar (the same clinician, time and client)' : `the same appointment as row ${earlier}`, problems: [] };
      p.appointment = null;
      continue;
    }
    firstRow.set(key, p.report.row);
    if (a.status !== 'scheduled') continue;
    // A booked (future) appointment is held to createAppointments' rules: no time off, no overlap — with the calendar or the file.
    const conflict = await schedulingConflict(db, actor.practiceId, { start: a.startsAt, end: a.endsAt }, a.clinicianId, a.room, a.clientIds);
    const clash = booked.find((b) => b.appointment.startsAt < a.endsAt && a.startsAt < b.appointment.endsAt
      && (b.appointment.clinicianId === a.clinicianId || (a.room !== null && b.appointment.room === a.room) || b.appointment.clientIds.some((id) => a.clientIds.includes(id))));
    if (conflict || clash) {
      const field = conflict?.field ?? 'startsAt';
      p.report.problems.push({ column: p.columns.get(field) ?? '', field, message: conflict?.message ?? `overlaps the appointment on row ${clash!.row}` });
      p.appointment = null;
      continue;
    }
    booked.push({ appointment: a, row: p.report.row });
  }
  return { rows: planned.map((p) => p.report), creates: planned.flatMap((p) => (p.appointment ? [p.appointment] : [])) };
}

/**
 * Imports appointments from CSV (owners, clinicians and supervisors, as createAppointments
 * allows): each row names clients already in Candor (by email, or name and date of birth) and,
 * for an owner, the clinician; times are the practice's wall-clock time. A booked appointment
 * is checked for time off and overlaps as createAppointments checks it (working hours aside:
 * it was booked elsewhere already).
 */
export async function importAppointments(app: AppContext, rc: RequestContext, input: AppointmentImportInput): Promise<ImportReport> {
  const actor = requireRole(rc, 'owner', 'clinician', 'supervisor');
  const table = readCsv(input.csv);
  const map = mapColumns(table.headers, APPOINTMENT_COLUMNS);
  const has = (field: AppointmentColumn) => map.columns.has(field);
  const missing: string[] = [];
  if (!has('clientEmail') && !has('clientName') && !(has('clientFirstName') && has('clientLastName'))) missing.push('the client (“Client Email”, or “Client” with their name)');
  if (!has('start') && !has('date')) missing.push('the date and time (“Date” and “Time”, or “Start”)');
  if (!has('duration') && !has('end')) missing.push('the length (“Duration” in minutes, or “End”)');
  if (!isClinical(actor) && !has('clinician')) missing.push('the clinician (“Clinician”, with their name or email)');
  if (missing.length) throw missingColumns(missing, table.headers);

  if (input.dryRun) {
    const { rows } = await checkAppointmentRows(app, app.db, actor, table, map);
    await recordAudit(app.db, auditEntry(rc, 'appointment.import-check', 'appointment', null), app.clock.now());
    return reportOf(map, rows, true, 0);
  }
  return app.db.transaction().execute(async (tx) => {
    const { rows, creates } = await checkAppointmentRows(app, tx, actor, table, map);
    const report = reportOf(map, rows, false, creates.length);
    refuseProblems(report);
    await createAppointmentsInTx(app, tx, rc, actor, creates);
    await appendAudit(tx, auditEntry(rc, 'appointment.import', 'appointment', null), app.clock.now());
    return report;
  });
}
