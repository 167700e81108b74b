import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SQLITE_FILE } from '@candor/server/dist/platform/bootstrap.js';
import { createKeyring, parseMasterKey } from '@candor/server/dist/platform/crypto.js';
import { openDatabase, type Dialect } from '@candor/server/dist/platform/db.js';
import pg from 'pg';
import { generateInto } from './data.js';
import type { LoadResult, LoadSpec, Workload } from './load.js';
import { benchDir, dataDirOf, pgAdmin, pgDatabaseOf, pgUrlOf, readManifest, repoRoot, resultsDir, writeManifest, type Manifest } from './paths.js';
import { evaluate, renderMarkdown, type BenchReport, type DialectReport, type WorkloadReport } from './report.js';
import { scaleNamed } from './scales.js';
import { startServer, type RunningServer } from './server.js';
import { prepareTargets, type Targets } from './setup.js';

/**
 * `npm run bench`: for each database, a fresh working copy of the dataset, a Candor server in
 * its own process (cold start timed), then each workload under autocannon in another process,
 * each right after the ceiling — the same server answering a same-size JSON body from memory
 * with no database and no auth. Then the scale curve, the targets, and the results.
 */
const WORKLOADS: Workload[] = ['floor', 'chart', 'today', 'note', 'questionnaire', 'search', 'profile', 'mixed'];
const CSRF_COOKIE = '_csrf';

export function log(text: string): void {
  process.stdout.write(`${text}\n`);
}

/** A working copy, so a run never changes the generated dataset and every run starts the same. */
export async function workingCopy(scale: string, dialect: Dialect, reuse: boolean): Promise<{ dataDir: string; databaseUrl: string | null; masterKey: string | null }> {
  const source = dataDirOf(scale);
  const dataDir = path.join(source, `run-${dialect}`);
  const masterKeyOf = () => fs.readFileSync(path.join(source, 'master.key'), 'utf8').trim();
  // --reuse (for profiling sessions): the previous run's copy, already changed by that run.
  if (reuse && fs.existsSync(path.join(dataDir, 'master.key'))) {
    return dialect === 'sqlite' ? { dataDir, databaseUrl: null, masterKey: null } : { dataDir, databaseUrl: pgUrlOf(scale, `${pgDatabaseOf(scale)}_run`), masterKey: masterKeyOf() };
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  fs.copyFileSync(path.join(source, 'master.key'), path.join(dataDir, 'master.key'));
  const masterKey = masterKeyOf();
  if (dialect === 'sqlite') {
    const copy = path.join(dataDir, SQLITE_FILE);
    fs.copyFileSync(path.join(source, SQLITE_FILE), copy);
    // On disk before the server starts: otherwise its first checkpoint's fsync also flushes the
    // whole freshly written copy, a stall of seconds that is the benchmark's, not Candor's.
    const fd = fs.openSync(copy, 'r+');
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    return { dataDir, databaseUrl: null, masterKey: null };
  }
  const copy = `${pgDatabaseOf(scale)}_run`;
  await pgAdmin(async (client) => {
    await client.query(`drop database if exists ${copy} with (force)`);
    await client.query(`create database ${copy} template ${pgDatabaseOf(scale)} strategy file_copy`);
  });
  return { dataDir, databaseUrl: pgUrlOf(scale, copy), masterKey };
}

async function databaseSizeMb(dialect: Dialect, dataDir: string, databaseUrl: string | null): Promise<number> {
  if (dialect === 'sqlite') {
    return ['', '-wal'].reduce((sum, suffix) => {
      const file = path.join(dataDir, SQLITE_FILE + suffix);
      return sum + (fs.existsSync(file) ? fs.statSync(file).size : 0);
    }, 0) / 1_048_576;
  }
  const name = new URL(databaseUrl!).pathname.slice(1);
  return pgAdmin(async (client) => Number((await client.query('select pg_database_size($1) as size', [name])).rows[0].size) / 1_048_576);
}

export async function runLoad(spec: LoadSpec, scratch: string): Promise<LoadResult> {
  const file = path.join(scratch, `spec-${spec.workload}.json`);
  fs.writeFileSync(file, JSON.stringify(spec));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(benchDir, 'dist/load.js'), file], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.once('exit', (code) => (code === 0 ? resolve(JSON.parse(out) as LoadResult) : reject(new Error(`the load generator exited with code ${code}`))));
  });
}

export async function csrfPair(url: string, cookie: string): Promise<{ cookie: string; token: string }> {
  const response = await fetch(`${url}/api/v1/auth/csrf`, { headers: { cookie } });
  const token = ((await response.json()) as { token: string }).token;
  const secret = response.headers.getSetCookie().find((c) => c.startsWith(`${CSRF_COOKIE}=`))!.split(';')[0]!;
  return { cookie: secret, token };
}

/** The body size of one typical response of a workload, for its same-size ceiling. */
async function bodyBytes(url: string, workload: Workload, targets: Targets, csrf: { cookie: string; token: string }): Promise<number> {
  const c = targets.clinicians[0]!;
  const write = (cookie: string) => ({ cookie: `${cookie}; ${csrf.cookie}`, 'x-csrf-token': csrf.token, 'content-type': 'application/json' });
  const size = async (response: Response) => {
    if (!response.ok) throw new Error(`${workload}: ${response.status} ${await response.text()}`);
    return Buffer.byteLength(await response.text());
  };
  switch (workload) {
    case 'floor':
    case 'chart':
    case 'mixed':
      return size(await fetch(`${url}/api/v1/clients/${c.clientIds[0]}`, { headers: { cookie: c.cookie } }));
    case 'today':
      return size(await fetch(`${url}/api/v1/today`, { headers: { cookie: c.cookie } }));
    case 'search':
      return size(await fetch(`${url}/api/v1/public/therapists?${targets.searches[0]}`));
    case 'profile':
      return size(await fetch(`${url}/find/therapists/${targets.profiles[0]}`));
    case 'questionnaire': {
      // One questionnaire from the end of the queue, so the load never meets it again.
      const target = targets.portal.pop()!;
      const answers = target.instrumentId === 'csi-4' ? [3, 3, 3, 3] : target.instrumentId === 'phq-9' ? [1, 1, 1, 1, 1, 1, 1, 1, 0] : [1, 1, 1, 1, 1, 1, 1];
      return size(await fetch(`${url}/api/v1/portal/measures/${target.requestId}/submit`, { method: 'POST', headers: write(target.cookie), body: JSON.stringify({ answers }) }));
    }
    case 'note': {
      const created = await fetch(`${url}/api/v1/appointments/${c.appointmentIds[0]}/notes`, { method: 'POST', headers: write(c.cookie), body: JSON.stringify({ template: c.template }) });
      const note = (await created.json()) as { id: string };
      return size(await fetch(`${url}/api/v1/notes/${note.id}/sign`, { method: 'POST', headers: write(c.cookie), body: '{"version":0}' }));
    }
    case 'ceiling':
      return 14;
  }
}

/** For investigating memory: the server's V8 heap and external memory, from /metrics. */
async function heapLine(url: string): Promise<string> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const mb = (name: string) => {
    const total = text.split('\n').filter((l) => l.startsWith(name)).reduce((s, l) => s + Number(l.split(' ').pop()), 0);
    return (total / 1_048_576).toFixed(0);
  };
  return `heap ${mb('candor_nodejs_heap_size_used_bytes')}/${mb('candor_nodejs_heap_size_total_bytes')} MB, external ${mb('candor_nodejs_external_memory_bytes')} MB`;
}

interface RunOptions { scale: string; connections: number; duration: number; warmup: number; workloads: Workload[]; ceiling: boolean; questionnaires: number; profile: boolean; reuse: boolean }

/**
 * Whether the PostgreSQL dataset was written with this checkout's key (another checkout on the
 * same server may have regenerated it with its own).
 */
async function pgDatasetReadable(scale: string): Promise<boolean> {
  const keyring = createKeyring(parseMasterKey(fs.readFileSync(path.join(dataDirOf(scale), 'master.key'), 'utf8').trim()));
  const client = new pg.Client({ connectionString: pgUrlOf(scale) });
  try {
    await client.connect();
    const row = (await client.query<{ identity: string }>('select identity from clients where identity is not null limit 1')).rows[0];
    return row !== undefined && keyring.keyIds().includes(keyring.keyIdOf(row.identity));
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function ensureDataset(scale: string, dialect: Dialect): Promise<void> {
  const manifest = readManifest(scale);
  if (manifest?.databases[dialect] && (dialect === 'sqlite' || (await pgDatasetReadable(scale)))) return;
  log(`No ${scale} dataset on ${dialect} yet: generating it (npm run bench:data -- --scale ${scale}).`);
  const now = new Date();
  const seed = manifest?.seed ?? 20261126;
  const { counts, seconds } = await generateInto(scale, dialect, seed, now, log);
  const next: Manifest = manifest ?? { scale, seed, generatedAt: now.toISOString(), databases: {} };
  next.databases[dialect] = { counts, seconds: Math.round(seconds), generatedAt: now.toISOString() };
  writeManifest(next);
}

async function benchDialect(dialect: Dialect, o: RunOptions): Promise<DialectReport> {
  await ensureDataset(o.scale, dialect);
  log(`\n${dialect} · ${o.scale}: copying the dataset…`);
  const copy = await workingCopy(o.scale, dialect, o.reuse);
  const handle = openDatabase({ databaseUrl: copy.databaseUrl, sqlitePath: path.join(copy.dataDir, SQLITE_FILE), poolSize: 2 });
  let targets: Targets;
  try {
    targets = await prepareTargets(handle.db, { clinicians: 64, questionnaires: o.questionnaires, now: new Date() });
  } finally {
    await handle.close();
  }
  // Let the copy settle on disk before the cold start is timed.
  if (dialect === 'postgres') await pgAdmin((client) => client.query('checkpoint'));
  // --profile: the server writes a V8 CPU profile on exit (open it in Chrome DevTools).
  const nodeFlags = o.profile ? ['--cpu-prof', `--cpu-prof-dir=${path.join(benchDir, '.cpuprofiles')}`] : [];
  const server: RunningServer = await startServer({ ...copy, logFile: path.join(copy.dataDir, 'server.log'), nodeFlags });
  log(`  cold start to ready: ${server.coldStartMs.toFixed(0)} ms · ${targets.clinicians.length} clinicians, ${targets.portal.length} questionnaires due, ${targets.profiles.length} profiles`);
  const reports: WorkloadReport[] = [];
  let peakRssMb: number;
  try {
    const csrf = await csrfPair(server.url, targets.clinicians[0]!.cookie);
    const base = { url: server.url, connections: o.connections, duration: o.duration, warmup: o.warmup, csrf, ...targets };
    for (const workload of o.workloads) {
      const bytes = await bodyBytes(server.url, workload, targets, csrf);
      const ceiling = o.ceiling ? await runLoad({ ...base, workload: 'ceiling', ceilingBytes: bytes, portal: [] }, copy.dataDir) : null;
      const result = await runLoad({ ...base, workload, ceilingBytes: bytes }, copy.dataDir);
      if (workload === 'questionnaire' || workload === 'mixed') {
        // Those answered are gone; the next workload starts after them.
        targets.portal.splice(0, result.consumed);
        base.portal = targets.portal;
      }
      const report: WorkloadReport = { workload, bodyBytes: bytes, result, ceiling, ratio: ceiling ? result.requestsPerSec / ceiling.requestsPerSec : null, rssMb: server.rssMb() };
      reports.push(report);
      const l = result.latency;
      log(`  ${workload.padEnd(13)} ${result.requestsPerSec.toFixed(0).padStart(6)} req/s  p50 ${l.p50} ms  p99 ${l.p99} ms  max ${l.max} ms` +
        (ceiling ? `  · ceiling ${ceiling.requestsPerSec.toFixed(0)} req/s (${((report.ratio ?? 0) * 100).toFixed(0)}%)` : '') +
        (result.errors + result.timeouts + result.non2xx ? `  · ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx ${JSON.stringify(result.statusCodes)}` : '') +
        (result.exhausted ? '  · RAN OUT OF QUESTIONNAIRES' : '') + `  · RSS ${report.rssMb?.toFixed(0)} MB` + (process.env.BENCH_HEAP ? ` ${await heapLine(server.url)}` : ''));
    }
  } finally {
    peakRssMb = server.peakRssMb();
    await server.stop();
  }
  const sizeMb = await databaseSizeMb(dialect, copy.dataDir, copy.databaseUrl);
  const manifest = readManifest(o.scale)!;
  return { dialect, scale: o.scale, counts: manifest.databases[dialect]!.counts, coldStartMs: server.coldStartMs, peakRssMb, databaseMb: sizeMb, workloads: reports };
}

function machine(): BenchReport['machine'] {
  const cpus = os.cpus();
  return { cpu: cpus[0]?.model ?? 'unknown', cores: cpus.length, memoryGb: Math.round(os.totalmem() / 1_073_741_824), node: process.version, os: `${os.type()} ${os.release()}` };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: 'large' },
      db: { type: 'string', default: 'both' },
      duration: { type: 'string' },
      connections: { type: 'string', default: '32' },
      curve: { type: 'boolean' },
      'no-curve': { type: 'boolean' },
      workloads: { type: 'string' },
      profile: { type: 'boolean', default: false },
      reuse: { type: 'boolean', default: false },
      'no-ceiling': { type: 'boolean', default: false },
    },
  });
  const scale = scaleNamed(values.scale!).name;
  const smoke = scale === 'small';
  const duration = Number(values.duration ?? (smoke ? 2 : 10));
  const connections = Number(values.connections);
  const dialects: Dialect[] = values.db === 'both' ? ['sqlite', 'postgres'] : [values.db as Dialect];
  const startedAt = new Date();
  const workloads = values.workloads ? (values.workloads.split(',') as Workload[]) : WORKLOADS;
  const unknown = workloads.filter((w) => !WORKLOADS.includes(w));
  if (unknown.length) throw new Error(`unknown workload ${unknown.join(', ')}: choose from ${WORKLOADS.join(', ')}`);
  const options: RunOptions = { scale, connections, duration, warmup: smoke ? 1 : 2, workloads, ceiling: !values['no-ceiling'], questionnaires: smoke ? 12_000 : 60_000, profile: values.profile!, reuse: values.reuse! };

  const dialectReports: DialectReport[] = [];
  for (const dialect of dialects) dialectReports.push(await benchDialect(dialect, options));

  // The scale curve: chart open and Today at 1k, 10k and 100k clients (SQLite and PostgreSQL).
  const curve: BenchReport['curve'] = [];
  const runCurve = values.curve ?? (!values['no-curve'] && scale === 'large');
  if (runCurve) {
    for (const dialect of dialects) {
      for (const point of ['small', 'medium', 'large']) {
        const existing = point === scale ? dialectReports.find((r) => r.dialect === dialect) : undefined;
        const report = existing ?? (await benchDialect(dialect, { ...options, scale: point, workloads: ['chart', 'today'], ceiling: false, questionnaires: 10 }));
        const byName = (w: Workload) => report.workloads.find((x) => x.workload === w)!.result;
        curve.push({ dialect, scale: point, clients: report.counts.clients, appointments: report.counts.appointments, chart: byName('chart').latency, today: byName('today').latency });
      }
    }
  }

  const report: BenchReport = { startedAt: startedAt.toISOString(), finishedAt: new Date().toISOString(), scale, connections, duration, machine: machine(), dialects: dialectReports, curve, checks: [] };
  report.checks = evaluate(report, { timings: !smoke });
  fs.mkdirSync(resultsDir, { recursive: true });
  const json = `${JSON.stringify(report, null, 2)}\n`;
  // Only a whole run (every workload, both databases, the ceiling and the curve, a fresh copy) is
  // a result; investigations write beside it, to a file git ignores.
  const whole = !values.workloads && dialects.length === 2 && options.ceiling && !options.profile && !options.reuse && (smoke || runCurve);
  fs.writeFileSync(path.join(resultsDir, whole ? `${scale}-latest.json` : `${scale}-partial.json`), json);
  if (!smoke && whole) {
    fs.writeFileSync(path.join(resultsDir, `${scale}-${startedAt.toISOString().slice(0, 10)}.json`), json);
    const file = path.join(repoRoot, 'BENCHMARKS.md');
    const start = '<!-- bench:results:start -->';
    const end = '<!-- bench:results:end -->';
    const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : `# Benchmarks\n\n${start}\n${end}\n`;
    if (current.includes(start) && current.includes(end) && scale === 'large') {
      fs.writeFileSync(file, `${current.slice(0, current.indexOf(start) + start.length)}\n${renderMarkdown(report)}\n${current.slice(current.indexOf(end))}`);
    }
  }
  log(`\n${renderMarkdown(report)}`);
  const failed = report.checks.filter((c) => !c.pass);
  if (failed.length) {
    log(`\n${failed.length} target(s) missed:\n${failed.map((c) => `  ✗ ${c.name}: ${c.actual} (target ${c.target})`).join('\n')}`);
    process.exit(1);
  }
  log(`\nEvery ${smoke ? 'check' : 'target'} met (${report.checks.length}).`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
}

