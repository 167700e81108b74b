import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SQLITE_FILE } from '@candor/server/dist/platform/bootstrap.js';
import { openDatabase, type Dialect } from '@candor/server/dist/platform/db.js';
import type { LoadResult, LoadSpec } from './load.js';
import { repoRoot, resultsDir } from './paths.js';
import { csrfPair, ensureDataset, log, runLoad, workingCopy } from './run.js';
import { scaleNamed } from './scales.js';
import { startServer } from './server.js';
import { prepareTargets } from './setup.js';

/**
 * `npm run soak`: the mixed morning workload without a break for ten minutes (on demand, not in
 * CI), against a server started as `npm start` starts it, on 127.0.0.1 only. The first minute
 * warms up; then the load runs in 30-second windows, each recording throughput, latency,
 * errors and the server's resident memory. It passes when no request fails, memory after the
 * warm-up grows by less than 10%, and latency at the end is what it was at the start.
 */
const WINDOW_SECONDS = 30;
const WARMUP_SECONDS = 60;
const MAX_RSS_GROWTH = 0.1;
const MAX_LATENCY_DRIFT = 1.5;

interface Window { atSeconds: number; result: LoadResult; rssMb: number }
interface SoakCheck { name: string; target: string; actual: string; pass: boolean }
interface SoakReport { dialect: Dialect; scale: string; minutes: number; connections: number; requests: number; windows: Window[]; checks: SoakCheck[] }

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

/** The pass/fail checks over the windows after the warm-up (exported for its tests). */
export function soakChecks(windows: Window[]): SoakCheck[] {
  const bad = windows.reduce((sum, w) => sum + w.result.errors + w.result.timeouts + w.result.non2xx, 0);
  const exhausted = windows.some((w) => w.result.exhausted);
  const first = windows.slice(0, 3);
  const last = windows.slice(-3);
  const growth = median(last.map((w) => w.rssMb)) / median(first.map((w) => w.rssMb)) - 1;
  const p99 = median(last.map((w) => w.result.latency.p99)) / Math.max(1, median(first.map((w) => w.result.latency.p99)));
  const p50 = median(last.map((w) => w.result.latency.p50)) / Math.max(1, median(first.map((w) => w.result.latency.p50)));
  return [
    { name: 'error-free', target: '0 errors, timeouts or non-2xx', actual: String(bad), pass: bad === 0 && windows.every((w) => w.result.requests > 0) },
    { name: 'enough questionnaires', target: 'never ran out', actual: exhausted ? 'ran out' : 'never ran out', pass: !exhausted },
    { name: 'memory growth after warm-up', target: `< ${MAX_RSS_GROWTH * 100}%`, actual: `${(growth * 100).toFixed(1)}%`, pass: growth < MAX_RSS_GROWTH },
    { name: 'p99 latency, last vs first windows', target: `≤ ${MAX_LATENCY_DRIFT}×`, actual: `${p99.toFixed(2)}×`, pass: p99 <= MAX_LATENCY_DRIFT },
    { name: 'p50 latency, last vs first windows', target: `≤ ${MAX_LATENCY_DRIFT}×`, actual: `${p50.toFixed(2)}×`, pass: p50 <= MAX_LATENCY_DRIFT },
  ];
}

async function soak(dialect: Dialect, scale: string, minutes: number, connections: number): Promise<SoakReport> {
  await ensureDataset(scale, dialect);
  log(`\nsoak · ${dialect} · ${scale}: copying the dataset…`);
  const copy = await workingCopy(scale, dialect, false);
  const handle = openDatabase({ databaseUrl: copy.databaseUrl, sqlitePath: path.join(copy.dataDir, SQLITE_FILE), poolSize: 2 });
  // Questionnaires for the whole run: the mixed load answers about one request in twelve.
  const targets = await prepareTargets(handle.db, { clinicians: 64, questionnaires: 80_000, now: new Date() }).finally(() => handle.close());
  const server = await startServer({ ...copy, logFile: path.join(copy.dataDir, 'soak-server.log') });
  const windows: Window[] = [];
  try {
    const csrf = await csrfPair(server.url, targets.clinicians[0]!.cookie);
    const base: LoadSpec = { url: server.url, workload: 'mixed', connections, duration: WINDOW_SECONDS, warmup: 0, ceilingBytes: 0, csrf, ...targets };
    const warm = await runLoad({ ...base, duration: WARMUP_SECONDS }, copy.dataDir);
    targets.portal.splice(0, warm.consumed);
    log(`  warm-up ${WARMUP_SECONDS} s: ${warm.requestsPerSec.toFixed(0)} req/s, RSS ${server.rssMb().toFixed(0)} MB`);
    const count = Math.max(3, Math.floor((minutes * 60 - WARMUP_SECONDS) / WINDOW_SECONDS));
    for (let i = 0; i < count; i++) {
      const result = await runLoad({ ...base, portal: targets.portal }, copy.dataDir);
      targets.portal.splice(0, result.consumed);
      const window = { atSeconds: WARMUP_SECONDS + (i + 1) * WINDOW_SECONDS, result, rssMb: server.rssMb() };
      windows.push(window);
      const l = result.latency;
      log(`  ${String(window.atSeconds).padStart(4)} s  ${result.requestsPerSec.toFixed(0).padStart(5)} req/s  p50 ${l.p50} ms  p99 ${l.p99} ms  max ${l.max} ms  RSS ${window.rssMb.toFixed(0)} MB` +
        (result.errors + result.timeouts + result.non2xx ? `  · ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx ${JSON.stringify(result.statusCodes)}` : ''));
    }
  } finally {
    await server.stop();
  }
  const requests = windows.reduce((sum, w) => sum + w.result.requests, 0);
  return { dialect, scale, minutes, connections, requests, windows, checks: soakChecks(windows) };
}

function renderSoak(reports: SoakReport[], startedAt: Date): string {
  const lines = [`Run ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC · mixed morning workload · ${WINDOW_SECONDS}-second windows after a ${WARMUP_SECONDS}-second warm-up`];
  for (const r of reports) {
    const first = r.windows[0]!;
    const last = r.windows.at(-1)!;
    lines.push('', `**${r.dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL'}**, dataset \`${r.scale}\`, ${r.minutes} minutes, ${r.connections} connections: ${r.requests.toLocaleString('en-US')} requests after the warm-up`, '');
    lines.push('| Window ends | req/s | p50 ms | p99 ms | max ms | RSS MB | errors |', '|---:|---:|---:|---:|---:|---:|---:|');
    for (const w of [first, ...r.windows.slice(1, -1).filter((_, i) => (i + 1) % 4 === 0), last]) {
      const l = w.result.latency;
      lines.push(`| ${w.atSeconds} s | ${w.result.requestsPerSec.toFixed(0)} | ${l.p50} | ${l.p99} | ${l.max} | ${w.rssMb.toFixed(0)} | ${w.result.errors + w.result.timeouts + w.result.non2xx} |`);
    }
    lines.push('', '| Check | Target | Measured | |', '|---|---|---|---|');
    for (const c of r.checks) lines.push(`| ${c.name} | ${c.target} | ${c.actual} | ${c.pass ? '✓' : '✗'} |`);
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: {
    minutes: { type: 'string', default: '10' }, scale: { type: 'string', default: 'medium' }, db: { type: 'string', default: 'both' }, connections: { type: 'string', default: '32' },
  } });
  const minutes = Number(values.minutes);
  if (!Number.isFinite(minutes) || minutes < 2.5) throw new Error('--minutes must be at least 2.5 (a warm-up and three windows)');
  const scale = scaleNamed(values.scale!).name;
  const dialects: Dialect[] = values.db === 'both' ? ['sqlite', 'postgres'] : [values.db as Dialect];
  const startedAt = new Date();
  const reports: SoakReport[] = [];
  for (const dialect of dialects) reports.push(await soak(dialect, scale, minutes, Number(values.connections)));
  const markdown = renderSoak(reports, startedAt);
  fs.mkdirSync(resultsDir, { recursive: true });
  // The ten-minute run on both databases is the result BENCHMARKS.md shows; shorter ones are investigations.
  const whole = minutes >= 10 && dialects.length === 2;
  fs.writeFileSync(path.join(resultsDir, whole ? 'soak-latest.json' : 'soak-partial.json'), `${JSON.stringify({ startedAt: startedAt.toISOString(), reports }, null, 2)}\n`);
  if (whole) {
    const file = path.join(repoRoot, 'BENCHMARKS.md');
    const start = '<!-- soak:results:start -->';
    const end = '<!-- soak:results:end -->';
    const current = fs.readFileSync(file, 'utf8');
    if (current.includes(start) && current.includes(end)) fs.writeFileSync(file, `${current.slice(0, current.indexOf(start) + start.length)}\n${markdown}\n${current.slice(current.indexOf(end))}`);
  }
  log(`\n${markdown}`);
  const failed = reports.flatMap((r) => r.checks.filter((c) => !c.pass).map((c) => `${r.dialect} ${c.name}: ${c.actual} (target ${c.target})`));
  if (failed.length) {
    log(`\n${failed.length} soak check(s) failed:\n${failed.map((f) => `  ✗ ${f}`).join('\n')}`);
    process.exit(1);
  }
  log('\nThe soak passed.');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    process.stderr.write(`soak failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
}
