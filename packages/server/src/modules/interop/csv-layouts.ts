import { parse } from 'csv-parse/sync';
import { DateTime } from 'luxon';
import { ValidationError } from '../../platform/errors.js';

/**
 * Reading the CSV files other practice products export: each column matched to a Candor field
 * by its normalised header (case, spaces and punctuation ignored) and a list of synonyms, and
 * each value (ISO and US dates, 12- and 24-hour times, durations, appointment types, statuses)
 * read into Candor's terms. Pure: no I/O.
 *
 * No vendor's export is claimed column for column: products let practices pick the columns of a
 * report and rename them between versions. The synonyms come from what vendors document:
 *   - PracticeRunner, "Contact Import and Export Formats" (customers-staging.practicerunner.com/help/contact-import-export),
 *     the names it accepts, including in a SimplePractice "Client Details Report": First Name / Firstname /
 *     Given Name, Last Name / Lastname / Surname / Family Name, Client / Name / Full Name / Client Name,
 *     Email, Phone, Date of Birth / DOB, Address / Street, City, State, Zip / Postal, Primary Clinician / Clinician.
 *   - SimplePractice help, "Editing a client's information" and "Collecting demographics…": Legal first
 *     name, Legal last name, the name they go by, client status active / inactive / prospective / archived.
 *   - Boswell's client import template (first_name, last_name, street1, street2, city, state, zip_code,
 *     date_of_birth, phone_number, email_address) and Heads Up Health's (email_address, first_name, birthdate).
 *   - Acuity Scheduling, "Importing and Exporting Appointments": the client's name, the date (MM/DD/YYYY)
 *     and time, an end time or a duration in minutes, the appointment type, the calendar (clinician).
 *   - VetData's appointment CSV: StartDateTime, StopDateTime, ApptLength, ApptType, ApptStatus.
 *   - HL7 FHIR R4 Appointment.status (booked, arrived, fulfilled, cancelled, noshow…) and the CMS
 *     place-of-service codes 02 and 10 (telehealth) and 11 (office).
 */

export interface ColumnSpec<F extends string> {
  field: F;
  /** How the report names the field when the file has no column for it. */
  label: string;
  /** Normalised header names, most preferred first (see normalizeHeader). */
  synonyms: readonly string[];
}

/** A header as compared: letters and digits only, lower case, accents dropped ("Date of Birth*" → "dateofbirth"). */
export function normalizeHeader(header: string): string {
  return header.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Words a header may start or end with that do not change its meaning here ("Client Email", "DOB (MM/DD/YYYY)"). */
const PREFIXES = ['client', 'patient', 'legal', 'primary', 'appointment', 'appt', 'session', 'scheduled'];
const SUFFIXES = ['mmddyyyy', 'yyyymmdd', 'minutes', 'mins', 'min', 'hhmm'];

function headerCandidates(normalised: string): string[] {
  const out = [normalised];
  for (const suffix of SUFFIXES) if (normalised.endsWith(suffix) && normalised.length > suffix.length) out.push(normalised.slice(0, -suffix.length));
  for (const base of [...out]) for (const prefix of PREFIXES) if (base.startsWith(prefix) && base.length > prefix.length) out.push(base.slice(prefix.length));
  return out;
}

const col = <F extends string>(field: F, label: string, synonyms: string[]): ColumnSpec<F> => ({ field, label, synonyms });

export const CLIENT_COLUMNS = [
  col('firstName', 'First name', ['firstname', 'first', 'givenname', 'forename', 'fname']),
  col('lastName', 'Last name', ['lastname', 'last', 'surname', 'familyname', 'lname']),
  col('fullName', 'Name', ['name', 'fullname', 'clientname', 'patientname', 'client', 'patient']),
  col('preferredName', 'Preferred name', ['preferredname', 'namegoesby', 'nametheygoby', 'whatnamedotheygoby', 'goesby', 'nickname', 'chosenname', 'preferredfirstname']),
  col('pronouns', 'Pronouns', ['pronouns', 'pronoun', 'preferredpronouns']),
  col('email', 'Email', ['email', 'emailaddress', 'mail', 'primaryemail']),
  col('dateOfBirth', 'Date of birth', ['dateofbirth', 'dob', 'birthdate', 'birthday', 'birthdt']),
  col('phone', 'Phone', ['mobilephone', 'mobile', 'mobilenumber', 'cellphone', 'cell', 'cellnumber', 'phone', 'phonenumber', 'telephone', 'homephone', 'workphone']),
  col('street', 'Address', ['address', 'streetaddress', 'street', 'address1', 'addressline1', 'street1', 'homeaddress', 'mailingaddress']),
  col('street2', 'Address line 2', ['address2', 'addressline2', 'street2', 'apt', 'unit', 'suite']),
  col('city', 'City', ['city', 'town']),
  col('state', 'State', ['state', 'province', 'region', 'stateprovince']),
  col('zip', 'ZIP code', ['zip', 'zipcode', 'postalcode', 'postcode', 'postal']),
  col('country', 'Country', ['country']),
  col('genderIdentity', 'Gender identity', ['genderidentity', 'gender']),
  col('sexAssignedAtBirth', 'Sex assigned at birth', ['sexassignedatbirth', 'assignedsexatbirth', 'sexatbirth', 'birthsex']),
  col('sexualOrientation', 'Sexual orientation', ['sexualorientation', 'orientation']),
  col('relationshipStatus', 'Relationship status', ['relationshipstatus', 'maritalstatus']),
  col('relationshipStructure', 'Relationship structure', ['relationshipstructure']),
  col('presentingConcern', 'Presenting concern', ['presentingconcern', 'presentingproblem', 'reasonforreferral', 'chiefcomplaint', 'reasonforvisit']),
  col('emergencyContactName', 'Emergency contact name', ['emergencycontactname', 'emergencycontact', 'emergencyname']),
  col('emergencyContactPhone', 'Emergency contact phone', ['emergencycontactphone', 'emergencyphone', 'emergencycontactnumber']),
  col('emergencyContactRelationship', 'Emergency contact relationship', ['emergencycontactrelationship', 'emergencyrelationship']),
  col('status', 'Status', ['status', 'clientstatus']),
  col('clinician', 'Clinician', ['clinician', 'clinicianname', 'clinicianemail', 'clinicians', 'therapist', 'provider', 'practitioner', 'counselor', 'counsellor']),
] as const;
export type ClientColumn = (typeof CLIENT_COLUMNS)[number]['field'];

export const APPOINTMENT_COLUMNS = [
  col('clientEmail', 'Client email', ['email', 'emailaddress', 'mail']),
  col('clientName', 'Client', ['client', 'clientname', 'clientfullname', 'clients', 'name', 'fullname', 'patient', 'patientname']),
  col('clientFirstName', 'Client first name', ['firstname', 'first', 'givenname']),
  col('clientLastName', 'Client last name', ['lastname', 'last', 'surname', 'familyname']),
  col('clientDateOfBirth', 'Client date of birth', ['dateofbirth', 'dob', 'birthdate', 'birthday']),
  col('clinician', 'Clinician', ['clinician', 'clinicianname', 'clinicianemail', 'provider', 'providername', 'provideremail', 'therapist', 'therapistname', 'therapistemail',
    'practitioner', 'practitionername', 'staff', 'staffmember', 'staffname', 'staffemail', 'counselor', 'counsellor', 'renderingprovider', 'calendar']),
  col('start', 'Start', ['start', 'startsat', 'startdatetime', 'startdateandtime', 'datetime', 'dateandtime', 'scheduledfor', 'when']),
  col('date', 'Date', ['date', 'startdate', 'appointmentdate', 'sessiondate', 'dateofservice', 'servicedate', 'day']),
  col('time', 'Start time', ['time', 'starttime', 'appointmenttime', 'sessiontime', 'from']),
  col('end', 'End', ['end', 'endtime', 'endsat', 'enddatetime', 'enddateandtime', 'stop', 'stoptime', 'stopdatetime', 'finish', 'until', 'to']),
  col('duration', 'Duration', ['duration', 'durationminutes', 'length', 'lengthminutes', 'minutes', 'mins', 'apptlength', 'appointmentlength', 'sessionlength']),
  col('kind', 'Type', ['kind', 'type', 'appointmenttype', 'appttype', 'sessiontype', 'servicetype', 'service', 'servicecode', 'visittype', 'cptcode', 'cpt', 'billingcode']),
  col('modality', 'Modality', ['modality', 'format', 'sessionformat', 'location', 'locationtype', 'placeofservice', 'pos', 'visitmode', 'deliverymethod', 'setting']),
  col('room', 'Room', ['room', 'roomname']),
  col('videoLink', 'Video link', ['videolink', 'videourl', 'meetinglink', 'meetingurl', 'telehealthlink', 'telehealthurl', 'joinurl', 'joinlink', 'zoomlink', 'link', 'url']),
  col('status', 'Status', ['status', 'appointmentstatus', 'apptstatus', 'attendance', 'attendancestatus', 'showstatus']),
] as const;
export type AppointmentColumn = (typeof APPOINTMENT_COLUMNS)[number]['field'];

export interface CsvRow {
  /** The line of the file the row starts on (the header is line 1). */
  line: number;
  cells: string[];
}

export interface CsvTable {
  headers: string[];
  rows: CsvRow[];
}

export const MAX_ROWS = 5_000;

const PARSE_REASONS: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted value is never closed',
  CSV_INVALID_CLOSING_QUOTE: 'a quote inside a quoted value is not doubled',
  CSV_MAX_RECORD_SIZE: 'a row is longer than any spreadsheet row Candor reads',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'there is text after a closing quote',
};

/** The separator a file's header row uses most, outside quotes: comma, semicolon (some spreadsheets in Europe) or tab. */
function detectDelimiter(firstLine: string): string {
  const counts = new Map<string, number>([[',', 0], [';', 0], ['\t', 0]]);
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  return [...counts].reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

/**
 * The header and rows of a CSV file, each row with the line it starts on. Rows of empty cells
 * are left out. A file that cannot be read, has no rows or more than MAX_ROWS is refused naming `csv`.
 */
export function readCsv(csv: string): CsvTable {
  const text = csv.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!text.trim()) throw ValidationError.field('csv', 'is empty: choose a CSV file whose first row names the columns');
  let records: { record: string[]; info: { lines: number }; raw: string }[];
  try {
    records = parse(text, {
      delimiter: detectDelimiter(text.slice(0, text.indexOf('\n') === -1 ? undefined : text.indexOf('\n'))),
      info: true, raw: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, trim: true, max_record_size: 100_000,
    }) as unknown as typeof records;
  } catch (error) {
    // The parser's own message can quote the file; say what is wrong and where, in our words.
    const { code, lines } = error as { code?: string; lines?: number };
    throw ValidationError.field('csv', `could not be read as CSV${lines ? ` (near line ${lines})` : ''}: ${PARSE_REASONS[code ?? ''] ?? 'it is not a comma-separated file'}`);
  }
  const [header, ...body] = records;
  const headers = (header?.record ?? []).map((h) => h.trim());
  if (!headers.some(Boolean)) throw ValidationError.field('csv', 'needs a first row that names the columns');
  const rows: CsvRow[] = [];
  for (const r of body) {
    if (r.record.every((cell) => cell === '')) continue;
    // info.lines is the line the row ends on; a value with line breaks in it started earlier.
    const inner = r.raw.replace(/^\n+/, '').replace(/\n$/, '');
    rows.push({ line: r.info.lines - (inner.match(/\n/g)?.length ?? 0), cells: r.record });
  }
  if (rows.length === 0) throw ValidationError.field('csv', 'has a header row but no rows under it');
  if (rows.length > MAX_ROWS) throw ValidationError.field('csv', `has ${rows.length.toLocaleString('en-US')} rows; import at most ${MAX_ROWS.toLocaleString('en-US')} at a time (split the file)`);
  return { headers, rows };
}

export interface ColumnMap<F extends string> {
  /** Each field's columns (indexes into the header), the most preferred synonym first. */
  columns: Map<F, number[]>;
  recognized: { header: string; field: F }[];
  ignored: string[];
  headers: string[];
  specs: readonly ColumnSpec<F>[];
}

/** Which column gives which field; a header no field knows is ignored (and reported as such). */
export function mapColumns<F extends string>(headers: string[], specs: readonly ColumnSpec<F>[]): ColumnMap<F> {
  const found = new Map<F, { index: number; rank: number }[]>();
  const recognized: { header: string; field: F }[] = [];
  const ignored: string[] = [];
  headers.forEach((header, index) => {
    let match: { field: F; rank: number } | null = null;
    for (const candidate of headerCandidates(normalizeHeader(header))) {
      const spec = specs.find((s) => s.synonyms.includes(candidate));
      if (spec) {
        match = { field: spec.field, rank: spec.synonyms.indexOf(candidate) };
        break;
      }
    }
    if (!match) {
      ignored.push(header || `column ${index + 1} (no name)`);
      return;
    }
    recognized.push({ header, field: match.field });
    found.set(match.field, [...(found.get(match.field) ?? []), { index, rank: match.rank }]);
  });
  const columns = new Map<F, number[]>([...found].map(([field, list]) => [field, list.sort((a, b) => a.rank - b.rank || a.index - b.index).map((c) => c.index)]));
  return { columns, recognized, ignored, headers, specs };
}

/** A field's value in a row (the first of its columns with one) and the column it came from, for naming it in a problem. */
export function cellOf<F extends string>(map: ColumnMap<F>, row: CsvRow, field: F): { value: string; column: string } {
  const indexes = map.columns.get(field) ?? [];
  for (const index of indexes) {
    const value = (row.cells[index] ?? '').trim();
    if (value) return { value, column: map.headers[index]! };
  }
  return { value: '', column: indexes.length ? map.headers[indexes[0]!]! : (map.specs.find((s) => s.field === field)?.label ?? field) };
}

/** The header that would give a field (the first mapped), else the field's label. */
export function columnName<F extends string>(map: ColumnMap<F>, field: F): string {
  const index = map.columns.get(field)?.[0];
  return index === undefined ? (map.specs.find((s) => s.field === field)?.label ?? field) : map.headers[index]!;
}

export type Parsed<T> = { ok: T } | { error: string };

const DATE_HELP = 'is not a date: write it YYYY-MM-DD or MM/DD/YYYY';

/** A calendar day from YYYY-MM-DD, YYYY/MM/DD or the US MM/DD/YYYY (M/D too); a midnight time after it is allowed (spreadsheets add one). */
export function parseDay(value: string): Parsed<string> {
  const v = value.trim().replace(/[ T]00:00(:00(\.0+)?)?Z?$/, '');
  let m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(v);
  let ymd: [number, number, number] | null = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
  if (!ymd && (m = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/.exec(v))) ymd = [Number(m[3]), Number(m[1]), Number(m[2])];
  if (!ymd && /^\d{1,2}[/-]\d{1,2}[/-]\d{2}$/.test(v)) return { error: 'write the year in full (1985, not 85)' };
  if (!ymd) return { error: DATE_HELP };
  const day = DateTime.fromObject({ year: ymd[0], month: ymd[1], day: ymd[2] }, { zone: 'UTC' });
  if (!day.isValid) return { error: `${DATE_HELP} (dates are read month first: 04/17/1989)` };
  return { ok: day.toISODate()! };
}

/** A wall-clock time, 24-hour (17:00, 17:00:00) or 12-hour (5:00 PM, 5pm, 5:00 p.m.), as HH:mm. */
export function parseClock(value: string): Parsed<string> {
  const v = value.trim().toLowerCase();
  const twelve = /^(\d{1,2})(?::(\d{2}))?(?::\d{2}(?:\.\d+)?)?\s*([ap])\.?\s*m?\.?$/.exec(v);
  const pad = (n: number) => String(n).padStart(2, '0');
  if (twelve) {
    const hour = Number(twelve[1]);
    const minute = Number(twelve[2] ?? 0);
    if (hour < 1 || hour > 12 || minute > 59) return { error: 'is not a time of day' };
    return { ok: `${pad((hour % 12) + (twelve[3] === 'p' ? 12 : 0))}:${pad(minute)}` };
  }
  const day = /^(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(v);
  if (day && Number(day[1]) <= 23 && Number(day[2]) <= 59) return { ok: `${pad(Number(day[1]))}:${day[2]}` };
  return { error: 'is not a time of day: write it 17:00 or 5:00 PM' };
}

/**
 * A local date and time ('YYYY-MM-DDTHH:mm' in `zone`) from one cell: "2026-12-01 17:00",
 * "2026-12-01T17:00", "12/01/2026 5:00 PM"; an instant with an offset ("…Z", "…-06:00") is
 * turned into the zone's wall time.
 */
export function parseDateTime(value: string, zone: string): Parsed<string> {
  const v = value.trim();
  if (/\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i.test(v)) {
    const instant = DateTime.fromISO(v, { setZone: true });
    if (instant.isValid) return { ok: instant.setZone(zone).toFormat("yyyy-MM-dd'T'HH:mm") };
  }
  const m = /^(\S+?)(?:T|,?\s+)(\d.*)$/.exec(v);
  if (!m) return { error: 'needs a date and a time: write it 2026-12-01 17:00 or 12/01/2026 5:00 PM' };
  const day = parseDay(m[1]!);
  if ('error' in day) return day;
  const clock = parseClock(m[2]!);
  if ('error' in clock) return clock;
  return { ok: `${day.ok}T${clock.ok}` };
}

/** Minutes from "50", "50 min", "1 hour", "1.5 hours", "1h 30m" or "1:30". */
export function parseDuration(value: string): number | null {
  const v = value.trim().toLowerCase();
  let minutes: number | null = null;
  let m: RegExpExecArray | null;
  if ((m = /^(\d+(?:\.\d+)?)\s*(?:m|mins?|minutes?)?$/.exec(v))) minutes = Number(m[1]);
  else if ((m = /^(\d+(?:\.\d+)?)\s*(?:h|hrs?|hours?)$/.exec(v))) minutes = Number(m[1]) * 60;
  else if ((m = /^(\d+)\s*(?:h|hrs?|hours?)\s*(\d+)\s*(?:m|mins?|minutes?)$/.exec(v))) minutes = Number(m[1]) * 60 + Number(m[2]);
  else if ((m = /^(\d{1,2}):(\d{2})(?::00)?$/.exec(v))) minutes = Number(m[1]) * 60 + Number(m[2]);
  return minutes !== null && Number.isInteger(minutes) ? minutes : null;
}

/** A value as compared: lower case, words separated by single spaces. */
export function normalizeValue(value: string): string {
  return value.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

function lookup<T extends string>(table: Record<T, readonly string[]>, value: string): T | null {
  const v = normalizeValue(value);
  for (const [id, words] of Object.entries(table) as [T, readonly string[]][]) if (words.includes(v)) return id;
  return null;
}

/** Appointment kinds, by the words and CPT codes practices use (90791 intake; 90832/90834/90837 individual; 90847 conjoint, billed for couples; 90846/90849/90853 family and group). */
const KIND_WORDS = {
  intake: ['intake', 'initial', 'initial session', 'initial appointment', 'initial assessment', 'intake session', 'intake assessment', 'assessment', 'new client', 'new patient', '90791', '90792'],
  individual: ['individual', 'individual therapy', 'individual session', 'individual psychotherapy', 'individual counseling', 'individual counselling', 'psychotherapy', 'therapy', 'session',
    'therapy session', 'follow up', 'followup', '90832', '90834', '90837'],
  joint: ['joint', 'joint session', 'couple', 'couples', 'couple therapy', 'couples therapy', 'couples session', 'couples counseling', 'couples counselling', 'conjoint', 'relationship',
    'relationship therapy', 'partners', '90847'],
  'family-group': ['family group', 'family', 'family therapy', 'family session', 'group', 'group therapy', 'group session', '90846', '90849', '90853'],
} as const;
export type ImportedKind = keyof typeof KIND_WORDS;

export function kindOf(value: string): ImportedKind | null {
  const direct = lookup(KIND_WORDS, value);
  if (direct) return direct;
  // "90834 Psychotherapy, 45 min": the code decides.
  const code = /^\s*(\d{5})\b/.exec(value)?.[1];
  if (code) return lookup(KIND_WORDS, code);
  // A practice's own names ("Couples therapy – 80 min", "Sex therapy intake"): the telling word decides.
  const v = normalizeValue(value);
  if (/\b(intake|initial|assessment)\b/.test(v)) return 'intake';
  if (/\b(couples?|joint|conjoint)\b/.test(v)) return 'joint';
  if (/\b(family|group)\b/.test(v)) return 'family-group';
  if (/\b(individual|psychotherapy|therapy|session|counseling|counselling)\b/.test(v)) return 'individual';
  return null;
}
export const KIND_CHOICES = 'individual, joint (couples), intake or family-group (or a CPT code such as 90834)';

/** In person or video, from a modality, a location or a place-of-service code. */
export function modalityOf(value: string): 'in-person' | 'video' | null {
  const v = normalizeValue(value);
  if (['02', '2', '10'].includes(v) || /\b(video|telehealth|tele health|telemedicine|telepsychology|online|virtual|zoom|remote)\b/.test(v)) return 'video';
  if (v === '11' || /\b(in person|inperson|office|clinic|on site|onsite|face to face)\b/.test(v)) return 'in-person';
  return null;
}
export const MODALITY_CHOICES = 'in-person or video (telehealth)';

/** An appointment status, and whether a cancellation was a late one. */
export function appointmentStatusOf(value: string): { status: 'scheduled' | 'completed' | 'cancelled' | 'no-show'; late: boolean } | null {
  const v = normalizeValue(value);
  if (/\bcancel/.test(v)) return { status: 'cancelled', late: /\blate\b/.test(v) };
  const table = {
    scheduled: ['scheduled', 'booked', 'confirmed', 'unconfirmed', 'pending', 'upcoming', 'active'],
    completed: ['completed', 'complete', 'attended', 'show', 'showed', 'shown', 'kept', 'arrived', 'checked in', 'checked out', 'seen', 'done', 'fulfilled', 'occurred'],
    'no-show': ['no show', 'noshow', 'missed', 'did not attend', 'did not show', 'dna', 'absent', 'failed'],
  } as const;
  const status = lookup(table, v);
  return status ? { status, late: false } : null;
}
export const APPOINTMENT_STATUS_CHOICES = 'scheduled, completed, cancelled, late cancellation or no-show';

export function clientStatusOf(value: string): 'prospective' | 'active' | 'discharged' | null {
  return lookup({
    active: ['active', 'current', 'in care', 'ongoing'],
    prospective: ['prospective', 'prospect', 'lead', 'new', 'waitlist', 'waiting list', 'inquiry', 'enquiry'],
    discharged: ['discharged', 'inactive', 'archived', 'closed', 'former', 'terminated', 'ended'],
  }, value);
}
export const CLIENT_STATUS_CHOICES = 'active, prospective, or inactive / discharged';

export function sexAssignedAtBirthOf(value: string): 'female' | 'male' | 'intersex' | 'prefer-not-to-say' | null {
  return lookup({
    female: ['female', 'f', 'afab', 'assigned female at birth'],
    male: ['male', 'm', 'amab', 'assigned male at birth'],
    intersex: ['intersex'],
    'prefer-not-to-say': ['prefer not to say', 'prefer not to answer', 'declined', 'decline to answer', 'not disclosed'],
  }, value);
}

export function relationshipStatusOf(value: string): 'single' | 'dating' | 'partnered' | 'married' | 'separated' | 'divorced' | 'widowed' | 'other' | null {
  return lookup({
    single: ['single', 'never married'],
    dating: ['dating'],
    partnered: ['partnered', 'partner', 'domestic partner', 'domestic partnership', 'civil union', 'in a relationship', 'committed relationship', 'cohabiting', 'living together'],
    married: ['married'],
    separated: ['separated'],
    divorced: ['divorced'],
    widowed: ['widowed', 'widow', 'widower'],
    other: ['other'],
  }, value);
}

export function relationshipStructureOf(value: string): 'monogamous' | 'open' | 'polyamorous' | 'other' | null {
  return lookup({ monogamous: ['monogamous', 'monogamy'], open: ['open', 'open relationship'], polyamorous: ['polyamorous', 'polyamory', 'poly'], other: ['other'] }, value);
}

/** A person's name as compared: accents, case, dots, apostrophes and hyphens ignored. */
export function nameKey(name: string): string {
  return normalizeValue(name.replace(/['’]/g, ''));
}

/** First and last name from one cell: "Last, First" or "First [Middle] Last" (the last word is the last name). */
export function splitFullName(value: string): { first: string; last: string } | null {
  const comma = value.indexOf(',');
  if (comma !== -1) {
    const last = value.slice(0, comma).trim();
    const first = value.slice(comma + 1).trim();
    return first && last ? { first, last } : null;
  }
  const words = value.trim().split(/\s+/);
  if (words.length < 2) return null;
  return { first: words.slice(0, -1).join(' '), last: words.at(-1)! };
}

const TITLES = new Set(['dr', 'doctor', 'prof', 'mx', 'ms', 'mr', 'mrs', 'miss']);

/**
 * The ways a clinician's name may be written, compared as name keys: without a title ("Dr.")
 * or the credentials after a comma ("Amara Okafor, PhD, LMFT"), or turned round ("Okafor, Amara").
 */
export function clinicianNameKeys(name: string): string[] {
  const untitled = (s: string) => {
    const words = nameKey(s).split(' ').filter(Boolean);
    while (words.length > 1 && TITLES.has(words[0]!)) words.shift();
    return words.join(' ');
  };
  const [before, after] = name.split(',', 2);
  const keys = [untitled(before ?? ''), untitled(name)];
  if (after?.trim()) keys.push(untitled(`${after} ${before}`));
  return [...new Set(keys.filter(Boolean))];
}
