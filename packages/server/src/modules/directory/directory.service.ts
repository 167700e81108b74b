import { DIRECTORY_APPROACHES, DIRECTORY_LANGUAGES, DIRECTORY_POPULATIONS, US_STATES } from '@candor/clinical';
import { appendAudit, recordAudit } from '../../platform/audit.js';
import { auditEntry, requireRole } from '../../platform/authz.js';
import { localDay } from '../../platform/clock.js';
import type { Actor, AppContext, RequestContext } from '../../platform/context.js';
import { sha256 } from '../../platform/crypto.js';
import { NotFoundError, ValidationError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { queueMail } from '../../platform/mail.js';
import { createProspectiveClient, displayName, findClientRecord } from '../clients/clients.service.js';
import { credentialFactsOf } from '../credentials/credentials.service.js';
import { decodeUpload } from '../../platform/uploads.js';
import { activeStaffContact, getPracticeRecord, practiceToday } from '../practice/practice.service.js';
import { directoryIndex, entriesInBox, invalidateDirectory, languageBit, populationBit, specialtyBit, type DirectoryEntry } from './directory.index.js';
import * as repo from './directory.repository.js';
import type { ListedRow, ProfileRow } from './directory.repository.js';
import {
  DEFAULT_RADIUS_MILES, MAX_RADIUS_MILES, PAGE_SIZE, PHOTO_MAX_BYTES, SPECIALTIES, type ContactInput, type ProfileInput, type PublicProfile, type SearchInput, type SearchResult,
} from './directory.schemas.js';
import { boundingBox, distanceMiles, nearbyZips, zipLocation, type LatLon } from './geo.js';

/**
 * The public directory of therapists. A practice owner opts the practice in; each clinician opts
 * in and writes a profile. The public sees a profile only when it is listed, the practice is
 * listed, the clinician is active and holds a verified, current licence; only verified
 * credentials are shown, each with its verified badge. Search spans every opted-in practice of
 * the deployment. A contact request becomes a prospective client for that clinician, encrypted
 * and audited, and the email that tells the clinician holds none of its content.
 */
const LABELS = new Map<string, string>([...SPECIALTIES, ...DIRECTORY_POPULATIONS, ...DIRECTORY_APPROACHES].map((v) => [v.id, v.label]));
const LANGUAGE_LABELS = new Map<string, string>(DIRECTORY_LANGUAGES.map((v) => [v.id, v.label]));
const STATE_IDS = new Set<string>(US_STATES.map((s) => s.id));

const SLUG_STOP = /[^a-z0-9]+/g;
/**
 * The first `count` items in order, without sorting them all: a page of results needs only the
 * best few of the matches (insertion into a short sorted list; the whole sort when most are wanted).
 */
function firstInOrder<T>(items: T[], count: number, order: (a: T, b: T) => number): T[] {
  if (count * 4 >= items.length) return [...items].sort(order).slice(0, count);
  const best: T[] = [];
  for (const item of items) {
    if (best.length === count && order(item, best[count - 1]!) >= 0) continue;
    let at = best.length;
    while (at > 0 && order(item, best[at - 1]!) < 0) at--;
    best.splice(at, 0, item);
    if (best.length > count) best.pop();
  }
  return best;
}

/** One collator for every comparison (String.localeCompare builds one per call). */
const byName = new Intl.Collator('en').compare;

/** The lower-case text a search by words matches (also used by the bench dataset generator). */
export function profileSearchText(input: ProfileInput): string {
  const labels = [...input.specialties, ...input.populations, ...input.approaches].map((id) => LABELS.get(id) ?? '');
  const languages = input.languages.map((id) => LANGUAGE_LABELS.get(id) ?? '');
  return [input.displayName, input.bio, ...labels, ...languages, ...input.insurance, input.city ?? '', input.state ?? ''].join(' ').toLowerCase().replace(/\s+/g, ' ');
}

function requireClinician(rc: RequestContext): Actor {
  return requireRole(rc, 'clinician', 'supervisor');
}

function fromRow(row: ProfileRow): ProfileInput {
  return {
    listed: row.listed === 1, displayName: row.display_name, pronouns: row.pronouns, bio: row.bio, specialties: JSON.parse(row.specialties) as string[],
    populations: JSON.parse(row.populations) as string[], approaches: JSON.parse(row.approaches) as string[], languages: JSON.parse(row.languages) as string[],
    insurance: JSON.parse(row.insurance) as string[], feeMin: row.fee_min, feeMax: row.fee_max, slidingScale: row.sliding_scale === 1, inPerson: row.in_person === 1,
    street: row.street, city: row.city, state: row.state, zip: row.zip, addressPrecision: row.address_precision as ProfileInput['addressPrecision'],
    telehealth: row.telehealth === 1, telehealthStates: JSON.parse(row.telehealth_states) as string[], accepting: row.accepting === 1,
  };
}

async function ownView(app: AppContext, actor: Actor, row: ProfileRow) {
  const day = await practiceToday(app, actor.practiceId);
  const practice = await getPracticeRecord(app.db, actor.practiceId);
  const credentials = await credentialFactsOf(app.db, actor.practiceId, actor.userId);
  const verifiedLicences = credentials.filter((c) => c.kind === 'licence' && c.verified_at && (!c.expires_on || c.expires_on >= day));
  const notShownBecause: string[] = [];
  if (row.listed !== 1) notShownBecause.push('You have not chosen to be listed.');
  if (practice.directory_listed !== 1) notShownBecause.push('Your practice owner has not opted the practice in to the directory.');
  if (verifiedLicences.length === 0) notShownBecause.push('No licence of yours has been verified by your practice owner yet.');
  // The reasons so far each hide the whole profile; the telehealth one below only hides a state.
  const isPublic = notShownBecause.length === 0;
  const input = fromRow(row);
  const unverifiedStates = input.telehealthStates.filter((s) => !verifiedLicences.some((l) => l.jurisdiction === s));
  if (input.telehealth && unverifiedStates.length) notShownBecause.push(`Telehealth in ${unverifiedStates.join(', ')} is not shown until a licence there is verified.`);
  return {
    ...input, slug: row.slug, publicUrl: `${app.config.publicUrl}/find/therapists/${row.slug}`, hasPhoto: row.photo !== null, isPublic, notShownBecause, updatedAt: row.updated_at,
  };
}

export async function getOwnProfile(app: AppContext, rc: RequestContext) {
  const actor = requireClinician(rc);
  const row = await repo.findProfile(app.db, actor.userId);
  if (!row) throw new NotFoundError('You have not written a directory profile yet.');
  return ownView(app, actor, row);
}

async function newSlug(app: AppContext, displayName: string): Promise<string> {
  const base = displayName.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(SLUG_STOP, '-').replace(/^-+|-+$/g, '').slice(0, 50) || 'therapist';
  for (;;) {
    const slug = `${base}-${newId().slice(-6)}`;
    if (!(await repo.slugTaken(app.db, slug))) return slug;
  }
}

export async function saveOwnProfile(app: AppContext, rc: RequestContext, input: ProfileInput) {
  const actor = requireClinician(rc);
  const problems: { field: string; message: string }[] = [];
  if (!input.bio.trim()) problems.push({ field: 'bio', message: 'write a few sentences about how you work' });
  if (input.feeMin != null && input.feeMax != null && input.feeMax < input.feeMin) problems.push({ field: 'feeMax', message: 'must be at least the lowest fee' });
  if (!input.inPerson && !input.telehealth) problems.push({ field: 'inPerson', message: 'offer sessions in person, by telehealth, or both' });
  let location: LatLon | null = null;
  if (input.inPerson) {
    if (!input.zip) problems.push({ field: 'zip', message: 'the office ZIP code is needed for sessions in person' });
    else if (!(location = zipLocation(input.zip))) problems.push({ field: 'zip', message: `is not a US ZIP code we know; did you mean ${nearbyZips(input.zip).join(', ')}?` });
    if (!input.city) problems.push({ field: 'city', message: 'the office city is needed for sessions in person' });
    if (!input.state) problems.push({ field: 'state', message: 'the office state is needed for sessions in person' });
    if (input.addressPrecision === 'street' && !input.street) problems.push({ field: 'street', message: 'give the street address, or show less of the address' });
  }
  if (input.telehealth) {
    if (input.telehealthStates.length === 0) problems.push({ field: 'telehealthStates', message: 'list the states where you are licensed to see clients by telehealth' });
    const day = await practiceToday(app, actor.practiceId);
    const licensed = new Set((await credentialFactsOf(app.db, actor.practiceId, actor.userId))
      .filter((c) => c.kind === 'licence' && (!c.expires_on || c.expires_on >= day)).map((c) => c.jurisdiction));
    const unlicensed = input.telehealthStates.filter((s) => !licensed.has(s));
    if (unlicensed.length) problems.push({ field: 'telehealthStates', message: `you have no current licence recorded in ${unlicensed.join(', ')}` });
  } else if (input.telehealthStates.length) problems.push({ field: 'telehealthStates', message: 'applies only when you offer telehealth' });
  if (problems.length) throw new ValidationError(problems);

  const existing = await repo.findProfile(app.db, actor.userId);
  const now = app.clock.now().toISOString();
  const slug = existing?.slug ?? (await newSlug(app, input.displayName));
  await app.db.transaction().execute(async (tx) => {
    await repo.upsertProfile(tx, {
      user_id: actor.userId, practice_id: actor.practiceId, slug, listed: input.listed ? 1 : 0,
      display_name: input.displayName.trim(), pronouns: input.pronouns?.trim() || null, bio: input.bio.trim(), photo: null, photo_type: null,
      specialties: JSON.stringify(input.specialties), populations: JSON.stringify(input.populations), approaches: JSON.stringify(input.approaches),
      languages: JSON.stringify(input.languages), insurance: JSON.stringify(input.insurance.map((i) => i.trim())), fee_min: input.feeMin ?? null, fee_max: input.feeMax ?? null,
      sliding_scale: input.slidingScale ? 1 : 0, in_person: input.inPerson ? 1 : 0, street: input.inPerson ? input.street?.trim() || null : null,
      city: input.inPerson ? input.city?.trim() || null : null, state: input.inPerson ? input.state ?? null : null, zip: input.inPerson ? input.zip ?? null : null,
      address_precision: input.addressPrecision, latitude: location?.latitude ?? null, longitude: location?.longitude ?? null, telehealth: input.telehealth ? 1 : 0,
      telehealth_states: JSON.stringify(input.telehealth ? input.telehealthStates : []), accepting: input.accepting ? 1 : 0, search_text: profileSearchText(input),
      created_at: existing?.created_at ?? now, updated_at: now,
    });
    await appendAudit(tx, auditEntry(rc, existing ? 'directory.profile-update' : 'directory.profile-create', 'directory-profile', actor.userId), app.clock.now());
  });
  invalidateDirectory(app);
  return ownView(app, actor, (await repo.findProfile(app.db, actor.userId))!);
}

export async function setOwnPhoto(app: AppContext, rc: RequestContext, input: { contentType: string; dataBase64: string } | null) {
  const actor = requireClinician(rc);
  const row = await repo.findProfile(app.db, actor.userId);
  if (!row) throw new NotFoundError('Write your directory profile before adding a photo.');
  const bytes = input ? decodeUpload(input.dataBase64, input.contentType, PHOTO_MAX_BYTES) : null;
  await app.db.transaction().execute(async (tx) => {
    await repo.setPhoto(tx, actor.userId, bytes ? bytes.toString('base64') : null, input?.contentType ?? null, app.clock.now().toISOString());
    await appendAudit(tx, auditEntry(rc, input ? 'directory.photo-set' : 'directory.photo-remove', 'directory-profile', actor.userId), app.clock.now());
  });
  invalidateDirectory(app);
  return ownView(app, actor, (await repo.findProfile(app.db, actor.userId))!);
}

/** The owner opts the practice in to (or out of) the shared public directory. */
export async function setPracticeListing(app: AppContext, rc: RequestContext, listed: boolean): Promise<{ listed: boolean }> {
  const actor = requireRole(rc, 'owner');
  await app.db.transaction().execute(async (tx) => {
    await repo.setPracticeListed(tx, actor.practiceId, listed);
    await appendAudit(tx, auditEntry(rc, listed ? 'directory.practice-listed' : 'directory.practice-unlisted', 'practice', actor.practiceId), app.clock.now());
  });
  invalidateDirectory(app);
  return { listed };
}

export async function getPracticeListing(app: AppContext, rc: RequestContext): Promise<{ listed: boolean }> {
  const actor = requireRole(rc, 'owner', 'clinician', 'supervisor');
  return { listed: (await getPracticeRecord(app.db, actor.practiceId)).directory_listed === 1 };
}

// ---------------------------------------------------------------------------------------------
// Public search and profiles (no actor: everything here must be public by construction)

function locationLine(row: ListedRow): string | null {
  if (row.in_person !== 1 || !row.city || !row.state) return null;
  if (row.address_precision === 'street' && row.street) return `${row.street}, ${row.city}, ${row.state} ${row.zip ?? ''}`.trim();
  if (row.address_precision === 'zip' && row.zip) return `${row.city}, ${row.state} ${row.zip}`;
  return `${row.city}, ${row.state}`;
}

const labelled = (ids: string[], labels: Map<string, string>) => ids.filter((id) => labels.has(id)).map((id) => ({ id, label: labels.get(id)! }));

function toPublic(entries: DirectoryEntry[], distances: Map<string, number>): PublicProfile[] {
  return entries.map(({ row: r, approaches, telehealthStates, credentials }) => {
    const specialties = JSON.parse(r.specialties) as string[];
    const populations = JSON.parse(r.populations) as string[];
    const languages = JSON.parse(r.languages) as string[];
    const distance = distances.get(r.user_id);
    return {
      slug: r.slug, displayName: r.display_name, pronouns: r.pronouns, bio: r.bio, hasPhoto: r.photo_type !== null,
      specialties: labelled(specialties, LABELS), populations: labelled(populations, LABELS),
      approaches: labelled(approaches, LABELS), languages: labelled(languages, LANGUAGE_LABELS),
      insurance: JSON.parse(r.insurance) as string[], feeMin: r.fee_min, feeMax: r.fee_max, slidingScale: r.sliding_scale === 1, inPerson: r.in_person === 1,
      location: locationLine(r), telehealth: r.telehealth === 1, telehealthStates: [...telehealthStates],
      accepting: r.accepting === 1, practiceName: r.practice_name,
      credentials: credentials.map((c) => ({ kind: c.kind, label: c.label, verified: true as const, verifiedOn: c.verifiedAt.slice(0, 10) })),
      distanceMiles: distance === undefined ? null : Math.round(distance * 10) / 10,
    };
  });
}

/** Today in the deployment's reference zone: credentials expire by calendar day. */
function publicDay(app: AppContext): string {
  return localDay(app.clock.now(), 'America/New_York');
}

export class UnknownZipError extends ValidationError {
  constructor(readonly zip: string, readonly suggestions: string[]) {
    super([{ field: 'query.zip', message: `We could not find the ZIP code ${zip}.${suggestions.length ? ` Did you mean ${suggestions.join(', ')}?` : ''}` }]);
  }
}

function pick(value: string | undefined, allowed: Set<string>, field: string): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (!allowed.has(value)) throw ValidationError.field(field, 'is not one of the choices');
  return value;
}

export async function searchDirectory(app: AppContext, query: SearchInput): Promise<SearchResult> {
  const notices: string[] = [];
  const specialty = pick(query.specialty, new Set(SPECIALTIES.map((s) => s.id)), 'query.specialty');
  const population = pick(query.population, new Set(DIRECTORY_POPULATIONS.map((s) => s.id)), 'query.population');
  const language = pick(query.language, new Set(DIRECTORY_LANGUAGES.map((s) => s.id)), 'query.language');
  const telehealthState = pick(query.telehealthState?.toUpperCase(), STATE_IDS, 'query.telehealthState');
  const page = query.page ? Number(query.page) : 1;
  if (!Number.isInteger(page) || page < 1) throw ValidationError.field('query.page', 'must be a whole number from 1');
  let origin: (LatLon & { zip: string | null }) | null = null;
  if (query.zip) {
    const zip = query.zip.trim();
    const location = zipLocation(zip);
    if (!location) throw new UnknownZipError(zip, nearbyZips(zip));
    origin = { ...location, zip };
  } else if (query.lat || query.lon) {
    const latitude = Number(query.lat), longitude = Number(query.lon);
    if (!query.lat || !Number.isFinite(latitude) || latitude < -90 || latitude > 90) throw ValidationError.field('query.lat', 'must be a latitude between -90 and 90');
    if (!query.lon || !Number.isFinite(longitude) || longitude < -180 || longitude > 180) throw ValidationError.field('query.lon', 'must be a longitude between -180 and 180');
    origin = { latitude, longitude, zip: null };
  }
  let radius: number | null = null;
  if (origin) {
    radius = query.radius ? Number(query.radius) : DEFAULT_RADIUS_MILES;
    if (!Number.isFinite(radius) || radius <= 0) throw ValidationError.field('query.radius', 'must be a number of miles above 0');
    if (radius > MAX_RADIUS_MILES) {
      notices.push(`The distance was capped at ${MAX_RADIUS_MILES} miles.`);
      radius = MAX_RADIUS_MILES;
    }
  } else if (query.radius) notices.push('A distance needs a ZIP code or your location; it was ignored.');
  const sort = query.sort === 'distance' && origin ? 'distance' : 'relevance';
  if (query.sort === 'distance' && !origin) notices.push('Sorting by distance needs a ZIP code or your location; results are sorted by relevance.');
  else if (query.sort && query.sort !== 'distance' && query.sort !== 'relevance') throw ValidationError.field('query.sort', 'must be relevance or distance');

  const words = (query.q ?? '').toLowerCase().split(/[^\p{L}\p{N}+'-]+/u).filter((w) => w.length > 1).slice(0, 8);
  const index = await directoryIndex(app, publicDay(app));
  const box = origin && radius ? boundingBox(origin, radius) : null;
  const accepting = query.accepting === 'true' || query.accepting === '1';
  const distances = new Map<string, number>();
  const matched: DirectoryEntry[] = [];
  const wanted = { specialty: specialty ? specialtyBit(specialty) : 0, population: population ? populationBit(population) : 0, language: language ? languageBit(language) : 0 };
  // With a place, only the offices in the cells around it; otherwise everyone.
  const candidates = box ? entriesInBox(index, box) : index.entries;
  for (const entry of candidates) {
    if ((entry.specialtyMask & wanted.specialty) !== wanted.specialty) continue;
    if ((entry.populationMask & wanted.population) !== wanted.population) continue;
    if ((entry.languageMask & wanted.language) !== wanted.language) continue;
    if (telehealthState && !entry.telehealthStates.has(telehealthState)) continue;
    if (accepting && !entry.accepting) continue;
    if (words.length && !words.every((w) => entry.text.includes(w))) continue;
    if (origin && box) {
      const { latitude, longitude } = entry;
      if (latitude === null || longitude === null) continue;
      if (latitude < box.minLat || latitude > box.maxLat || longitude < box.minLon || longitude > box.maxLon) continue;
      const miles = distanceMiles(origin, { latitude, longitude });
      if (miles > radius!) continue;
      distances.set(entry.userId, miles);
    }
    matched.push(entry);
  }
  // Relevance: words in the name count most; then those accepting new clients; ties go to the nearer, then by name.
  const ranked = matched.map((entry) => ({
    entry,
    score: words.reduce((s, w) => s + (entry.name.toLowerCase().includes(w) ? 3 : 0) + 1, 0) + (entry.accepting ? 0.5 : 0),
    miles: distances.get(entry.userId) ?? 0,
  }));
  const order = (a: (typeof ranked)[number], b: (typeof ranked)[number]) => sort === 'distance'
    ? a.miles - b.miles || byName(a.entry.name, b.entry.name)
    : b.score - a.score || a.miles - b.miles || byName(a.entry.name, b.entry.name);
  const shown = firstInOrder(ranked, page * PAGE_SIZE, order).map((r) => r.entry);
  const pages = Math.max(1, Math.ceil(matched.length / PAGE_SIZE));
  const slice = shown.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  return {
    results: toPublic(slice, distances), total: matched.length, page, pages, sort, radiusMiles: radius, notices,
    origin: origin ? { zip: origin.zip, latitude: origin.latitude, longitude: origin.longitude } : null,
  };
}

/** A public profile straight from the database (for contact requests, which must never reach an unlisted clinician). */
async function publicRow(app: AppContext, slug: string): Promise<ListedRow> {
  const [row] = await repo.listPublic(app.db, publicDay(app), { slug });
  if (!row) throw new NotFoundError('This therapist is not in the directory.');
  return row;
}

async function indexedEntry(app: AppContext, slug: string): Promise<DirectoryEntry> {
  const entry = (await directoryIndex(app, publicDay(app))).bySlug.get(slug);
  if (!entry) throw new NotFoundError('This therapist is not in the directory.');
  return entry;
}

export async function publicProfile(app: AppContext, slug: string): Promise<PublicProfile> {
  return toPublic([await indexedEntry(app, slug)], new Map())[0]!;
}

export async function publicPhoto(app: AppContext, slug: string): Promise<{ bytes: Buffer; contentType: string }> {
  const { row } = await indexedEntry(app, slug);
  const photo = await repo.findPhoto(app.db, row.user_id);
  if (!photo?.photo || !photo.photo_type) throw new NotFoundError();
  return { bytes: Buffer.from(photo.photo, 'base64'), contentType: photo.photo_type };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * A contact request from the public profile. Returns false for a honeypot hit (answered as if
 * sent, stored nowhere). The prospective client's details and message are encrypted; the audit
 * row names the clinician's profile, not the person; the clinician's email holds no content.
 */
export async function contactTherapist(app: AppContext, slug: string, input: ContactInput, ip: string): Promise<boolean> {
  const row = await publicRow(app, slug);
  if (input.website && input.website.trim() !== '') return false;
  const problems: { field: string; message: string }[] = [];
  const name = input.name.trim().replace(/\s+/g, ' ');
  if (!name) problems.push({ field: 'name', message: 'please tell us your name (a first name is fine)' });
  const email = input.email?.trim() || null;
  const phone = input.phone?.trim() || null;
  if (email && !EMAIL.test(email)) problems.push({ field: 'email', message: 'does not look like an email address' });
  if (phone && !/^[+()\d][\d ()+.-]{6,}$/.test(phone)) problems.push({ field: 'phone', message: 'does not look like a phone number' });
  if (!email && !phone) problems.push({ field: 'email', message: 'give an email address or a phone number so the therapist can reply' });
  if (input.preferredContact === 'email' && !email) problems.push({ field: 'email', message: 'you asked to be contacted by email: please give your address' });
  if (input.preferredContact === 'phone' && !phone) problems.push({ field: 'phone', message: 'you asked to be contacted by phone: please give your number' });
  if (!input.adult) problems.push({ field: 'adult', message: 'this directory is for adults: please confirm you are 18 or older' });
  if (problems.length) throw new ValidationError(problems);
  const [first, ...rest] = name.split(' ');
  const clinician = await activeStaffContact(app.db, row.user_id);
  if (!clinician) throw new NotFoundError('This therapist is not in the directory.');
  await app.db.transaction().execute(async (tx) => {
    const clientId = await createProspectiveClient(app, tx, {
      practiceId: row.practice_id, clinicianId: row.user_id, firstName: first!.slice(0, 100), lastName: rest.join(' ').slice(0, 100), email, phone, preferredContactMethod: input.preferredContact,
    });
    const id = newId();
    await repo.insertInquiry(tx, {
      id, practice_id: row.practice_id, clinician_id: row.user_id, client_id: clientId, message: app.keyring.encrypt(input.message?.trim() ?? ''),
      preferred_contact: input.preferredContact, created_at: app.clock.now().toISOString(), read_at: null,
    });
    await appendAudit(tx, {
      practiceId: row.practice_id, actorId: null, actorRole: 'public', action: 'directory.contact', resourceType: 'directory-inquiry', resourceId: id, outcome: 'success',
      requestId: `ip:${sha256(ip).slice(0, 12)}`,
    }, app.clock.now());
    await queueMail(tx, app.keyring, app.clock, app.mail, {
      practiceId: row.practice_id, to: clinician.email, subject: 'Someone would like to work with you',
      text: `Hello,\n\nSomeone has asked to work with you through the Candor directory. Their details are waiting for you in Candor (Today, and your clients list as a prospective client).\n\nFor their privacy this email holds nothing they wrote.\n\n${app.config.publicUrl}/today`,
    });
  });
  return true;
}

export async function listInquiries(app: AppContext, rc: RequestContext) {
  const actor = requireClinician(rc);
  const rows = await repo.listInquiries(app.db, actor.practiceId, actor.userId);
  const out = [];
  for (const r of rows) {
    const client = await findClientRecord(app.db, actor.practiceId, r.client_id);
    if (!client) continue;
    const contact = client.contact ? (JSON.parse(app.keyring.decrypt(client.contact)) as { phone?: string }) : {};
    out.push({
      id: r.id, clientId: r.client_id, name: `${client.first_name} ${client.last_name}`.trim(), email: client.email, phone: contact.phone ?? null,
      preferredContact: r.preferred_contact, message: app.keyring.decrypt(r.message), createdAt: r.created_at, readAt: r.read_at,
    });
  }
  await recordAudit(app.db, auditEntry(rc, 'directory.inquiries-read', 'user', actor.userId), app.clock.now());
  return out;
}

export async function markInquiryRead(app: AppContext, rc: RequestContext, id: string): Promise<void> {
  const actor = requireClinician(rc);
  if (!(await repo.markInquiryRead(app.db, actor.practiceId, actor.userId, id, app.clock.now().toISOString()))) throw new NotFoundError();
  await recordAudit(app.db, auditEntry(rc, 'directory.inquiry-read', 'directory-inquiry', id), app.clock.now());
}

/** For Today, unguarded: the actor's unread contact requests (no message content). */
export async function unreadInquiries(app: AppContext, actor: Actor): Promise<{ id: string; clientId: string; displayName: string; createdAt: string }[]> {
  const unread = (await repo.listInquiries(app.db, actor.practiceId, actor.userId)).filter((r) => !r.read_at);
  const out = [];
  for (const r of unread) {
    const client = await findClientRecord(app.db, actor.practiceId, r.client_id);
    if (client) out.push({ id: r.id, clientId: r.client_id, displayName: displayName(client), createdAt: r.created_at });
  }
  return out;
}
