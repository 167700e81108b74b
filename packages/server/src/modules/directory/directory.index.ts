import { DIRECTORY_LANGUAGES, DIRECTORY_POPULATIONS } from '@candor/clinical';
import type { AppContext } from '../../platform/context.js';
import { listedVerifiedCredentials, type PublicCredentialFact } from '../credentials/credentials.service.js';
import * as repo from './directory.repository.js';
import { SPECIALTIES } from './directory.schemas.js';
import type { ListedRow } from './directory.repository.js';

/**
 * The public directory, held in memory for searching: every profile the public may see (the
 * eligibility rules stay in one SQL query, repo.listPublic), with its filters as sets and its
 * verified credentials. A search over 10,000 listed clinicians is then a scan of plain objects
 * instead of a query with a subquery per row (BENCHMARKS.md has the before and after).
 *
 * Freshness: every change this process makes to what the directory shows (profiles, photos,
 * the practice's listing, credentials, a staff member's activation) drops the index, and it is
 * rebuilt on the next search; it is also rebuilt when the day changes (credentials expire by
 * day) and, on PostgreSQL, refreshed in the background every INDEX_TTL_MS, which bounds how
 * long another server process sharing the database can show a change late (embedded SQLite
 * has one server process). Contact requests always check the database itself.
 */
export interface DirectoryEntry {
  row: ListedRow;
  /** Copies of what every search reads, on one small object shape (fast to scan). */
  userId: string;
  name: string;
  text: string;
  accepting: boolean;
  /** The office's position when the clinician sees people in person, else null. */
  latitude: number | null;
  longitude: number | null;
  /** Specialties, populations and languages as bit masks (see maskOf): a filter is one AND, with no pointer to follow. */
  specialtyMask: number;
  populationMask: number;
  languageMask: number;
  approaches: string[];
  /** States offered for telehealth in which the clinician also holds a verified, current licence. */
  telehealthStates: Set<string>;
  credentials: PublicCredentialFact[];
}

export interface DirectoryIndex {
  day: string;
  builtAt: number;
  entries: DirectoryEntry[];
  bySlug: Map<string, DirectoryEntry>;
  /** Entries with an office, by one-degree cell of latitude and longitude (see cellsOf). */
  cells: Map<number, DirectoryEntry[]>;
}

const cellKey = (lat: number, lon: number) => (lat + 90) * 400 + (lon + 180);

/** The entries whose office lies in a one-degree cell overlapping the box: a search by distance looks only there. */
export function entriesInBox(index: DirectoryIndex, box: { minLat: number; maxLat: number; minLon: number; maxLon: number }): DirectoryEntry[] {
  const out: DirectoryEntry[] = [];
  for (let lat = Math.floor(box.minLat); lat <= Math.floor(box.maxLat); lat++) {
    for (let lon = Math.floor(box.minLon); lon <= Math.floor(box.maxLon); lon++) {
      const cell = index.cells.get(cellKey(lat, lon));
      if (cell) for (const e of cell) out.push(e);
    }
  }
  return out;
}

export const INDEX_TTL_MS = 30_000;

const bitsOf = (ids: readonly { id: string }[]) => new Map(ids.map((v, i) => [v.id, 2 ** i]));
// Each vocabulary has at most 31 choices, so its mask is a small integer.
const SPECIALTY_BITS = bitsOf(SPECIALTIES);
const POPULATION_BITS = bitsOf(DIRECTORY_POPULATIONS);
const LANGUAGE_BITS = bitsOf(DIRECTORY_LANGUAGES);

function maskOf(bits: Map<string, number>, ids: string[]): number {
  return ids.reduce((mask, id) => mask | (bits.get(id) ?? 0), 0);
}

/** The bit of one choice (0 when it is not in the vocabulary, which then matches nobody). */
export const specialtyBit = (id: string) => SPECIALTY_BITS.get(id) ?? 0;
export const populationBit = (id: string) => POPULATION_BITS.get(id) ?? 0;
export const languageBit = (id: string) => LANGUAGE_BITS.get(id) ?? 0;

const indexes = new WeakMap<object, DirectoryIndex>();
const building = new WeakMap<object, Promise<DirectoryIndex>>();

/** Drops the index after a change to anything the public directory shows. */
export function invalidateDirectory(app: Pick<AppContext, 'db'>): void {
  indexes.delete(app.db);
  building.delete(app.db);
}

async function build(app: AppContext, day: string): Promise<DirectoryIndex> {
  const builtAt = performance.now();
  const rows = await repo.listPublic(app.db, day, {});
  const credentials = await listedVerifiedCredentials(app.db, day);
  const entries = rows.map((row): DirectoryEntry => {
    const facts = credentials.get(row.user_id) ?? [];
    const licensed = new Set(facts.filter((c) => c.kind === 'licence' && c.jurisdiction).map((c) => c.jurisdiction!));
    const offered = row.telehealth === 1 ? (JSON.parse(row.telehealth_states) as string[]) : [];
    const located = row.in_person === 1 && row.latitude !== null && row.longitude !== null;
    return {
      row,
      userId: row.user_id,
      name: row.display_name,
      text: row.search_text,
      accepting: row.accepting === 1,
      latitude: located ? row.latitude : null,
      longitude: located ? row.longitude : null,
      specialtyMask: maskOf(SPECIALTY_BITS, JSON.parse(row.specialties) as string[]),
      populationMask: maskOf(POPULATION_BITS, JSON.parse(row.populations) as string[]),
      languageMask: maskOf(LANGUAGE_BITS, JSON.parse(row.languages) as string[]),
      approaches: JSON.parse(row.approaches) as string[],
      telehealthStates: new Set(offered.filter((s) => licensed.has(s))),
      credentials: facts,
    };
  });
  const cells = new Map<number, DirectoryEntry[]>();
  for (const e of entries) {
    if (e.latitude === null || e.longitude === null) continue;
    const key = cellKey(Math.floor(e.latitude), Math.floor(e.longitude));
    const cell = cells.get(key);
    if (cell) cell.push(e);
    else cells.set(key, [e]);
  }
  return { day, builtAt, entries, bySlug: new Map(entries.map((e) => [e.row.slug, e])), cells };
}

function rebuild(app: AppContext, day: string): Promise<DirectoryIndex> {
  let pending = building.get(app.db);
  if (!pending) {
    const started = build(app, day);
    pending = started;
    building.set(app.db, started);
    started.then(
      (index) => {
        if (building.get(app.db) === started) {
          indexes.set(app.db, index);
          building.delete(app.db);
        }
      },
      () => building.delete(app.db),
    );
  }
  return pending;
}

/**
 * The current index. Missing, or from another day: built now (once, however many searches ask
 * at the same time). Older than INDEX_TTL_MS: this search gets it while a fresh one is built.
 */
export async function directoryIndex(app: AppContext, day: string): Promise<DirectoryIndex> {
  const current = indexes.get(app.db);
  if (!current || current.day !== day) return rebuild(app, day);
  // Embedded SQLite has one server process, which drops the index on every change it makes; a
  // shared PostgreSQL database may have others, whose changes a refresh picks up.
  if (app.dialect === 'postgres' && performance.now() - current.builtAt >= INDEX_TTL_MS) void rebuild(app, day).catch(() => undefined);
  return current;
}
