import type { Counts } from './generate.js';
import type { LoadResult, Workload } from './load.js';

export interface WorkloadReport {
  workload: Workload;
  /** The body size of a typical response; the ceiling answered with a body this size. */
  bodyBytes: number;
  result: LoadResult;
  ceiling: LoadResult | null;
  /** Throughput as a share of the ceiling's. */
  ratio: number | null;
  /** The server's resident set size just after the workload. */
  rssMb?: number;
}

export interface DialectReport {
  dialect: 'sqlite' | 'postgres';
  scale: string;
  counts: Counts;
  coldStartMs: number;
  peakRssMb: number;
  databaseMb: number;
  workloads: WorkloadReport[];
}

export interface Check { name: string; target: string; actual: string; pass: boolean }

export interface BenchReport {
  startedAt: string;
  finishedAt: string;
  scale: string;
  connections: number;
  duration: number;
  machine: { cpu: string; cores: number; memoryGb: number; node: string; os: string };
  dialects: DialectReport[];
  curve: { dialect: string; scale: string; clients: number; appointments: number; chart: LoadResult['latency']; today: LoadResult['latency'] }[];
  checks: Check[];
}

const LABELS: Record<Workload, string> = {
  ceiling: 'Ceiling (same-size JSON from memory)',
  floor: 'Audited floor (session, audit row; chart-size body)',
  chart: 'Open a client’s chart',
  today: 'Today page',
  note: 'Draft note: create, save, sign',
  questionnaire: 'Submit a questionnaire',
  search: 'Directory search (ZIP, 50 mi, specialty)',
  profile: 'Directory profile page',
  mixed: 'Mixed morning',
};

/**
 * The targets of issue 8, on SQLite with the large dataset; PostgreSQL is reported beside it.
 * Error-free responses are checked on every database and scale, the timings only when asked
 * (not for the CI smoke run on the small dataset).
 */
export function evaluate(report: BenchReport, options: { timings: boolean }): Check[] {
  const checks: Check[] = [];
  const add = (name: string, target: string, actual: string, pass: boolean) => checks.push({ name, target, actual, pass });
  for (const d of report.dialects) {
    for (const w of d.workloads) {
      const r = w.result;
      const bad = r.errors + r.timeouts + r.non2xx;
      add(`${d.dialect} ${w.workload}: error-free`, '0 errors, timeouts or non-2xx', `${bad}${bad ? ` ${JSON.stringify(r.statusCodes)}` : ''}`, bad === 0 && r.requests > 0);
      if (r.exhausted) add(`${d.dialect} ${w.workload}: enough questionnaires`, 'never ran out', 'ran out', false);
      if (w.ceiling) {
        const c = w.ceiling;
        add(`${d.dialect} ${w.workload} ceiling: error-free`, '0 errors', String(c.errors + c.timeouts + c.non2xx), c.errors + c.timeouts + c.non2xx === 0);
      }
    }
  }
  if (!options.timings) return checks;

  const sqlite = report.dialects.find((d) => d.dialect === 'sqlite');
  if (!sqlite) {
    add('SQLite measured', 'the targets are set on SQLite', 'not run', false);
    return checks;
  }
  const w = (name: Workload) => sqlite.workloads.find((x) => x.workload === name);
  for (const name of ['chart', 'today'] as const) {
    const r = w(name);
    if (!r) continue;
    add(`${name}: p99 at ${r.result.connections} connections`, '≤ 25 ms', `${r.result.latency.p99} ms`, r.result.latency.p99 <= 25);
    add(`${name}: share of the ceiling`, '≥ 35%', `${((r.ratio ?? 0) * 100).toFixed(1)}%`, (r.ratio ?? 0) >= 0.35);
  }
  for (const name of ['note', 'questionnaire'] as const) {
    const r = w(name);
    if (!r) continue;
    add(`${name}: throughput`, '≥ 1,500 req/s', `${r.result.requestsPerSec.toFixed(0)} req/s`, r.result.requestsPerSec >= 1500);
    add(`${name}: p99`, '≤ 40 ms', `${r.result.latency.p99} ms`, r.result.latency.p99 <= 40);
  }
  const search = w('search');
  if (search) {
    add('directory listed clinicians', '≥ 10,000', sqlite.counts.listed.toLocaleString('en-US'), sqlite.counts.listed >= 10_000);
    add('search: p99', '≤ 30 ms', `${search.result.latency.p99} ms`, search.result.latency.p99 <= 30);
  }
  const mixed = w('mixed');
  if (mixed) add('mixed: slowest request', '≤ 250 ms', `${mixed.result.latency.max} ms`, mixed.result.latency.max <= 250);
  add('peak RSS under load', '≤ 300 MB', `${sqlite.peakRssMb.toFixed(0)} MB`, sqlite.peakRssMb <= 300);
  add('cold start to ready', '≤ 1.5 s', `${(sqlite.coldStartMs / 1000).toFixed(2)} s`, sqlite.coldStartMs <= 1500);
  const small = report.curve.find((c) => c.dialect === 'sqlite' && c.scale === 'small');
  const large = report.curve.find((c) => c.dialect === 'sqlite' && c.scale === 'large');
  if (small && large) {
    const ratio = large.chart.p50 / Math.max(small.chart.p50, 0.01);
    add('scale curve: chart p50 at 100k vs 1k clients', '≤ 1.5×', `${ratio.toFixed(2)}× (${large.chart.p50} vs ${small.chart.p50} ms)`, ratio <= 1.5);
  }
  return checks;
}

const n = (x: number) => Math.round(x).toLocaleString('en-US');

export function renderMarkdown(report: BenchReport): string {
  const lines: string[] = [];
  const m = report.machine;
  lines.push(`Run ${report.startedAt.slice(0, 16).replace('T', ' ')} UTC · ${m.cores} × ${m.cpu}, ${m.memoryGb} GiB · Node.js ${m.node} · ${report.connections} connections, ${report.duration} s per workload after a warm-up · dataset \`${report.scale}\``);
  for (const d of report.dialects) {
    const c = d.counts;
    lines.push('', `**${d.dialect === 'sqlite' ? 'SQLite (embedded)' : 'PostgreSQL'}** — ${n(c.practices)} practices, ${n(c.clinicians)} clinicians, ${n(c.clients)} clients, ${n(c.appointments)} appointments, ${n(c.notes)} notes, ${n(c.responses)} questionnaire responses, ${n(c.audit)} audit rows, ${n(c.listed)} listed in the directory · database ${n(d.databaseMb)} MB · cold start ${(d.coldStartMs / 1000).toFixed(2)} s · peak RSS ${d.peakRssMb.toFixed(0)} MB`);
    lines.push('', '| Workload | req/s | p50 ms | p99 ms | max ms | body | ceiling req/s | share of ceiling | errors |', '|---|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const w of d.workloads) {
      const r = w.result;
      lines.push(`| ${LABELS[w.workload]} | ${n(r.requestsPerSec)} | ${r.latency.p50} | ${r.latency.p99} | ${r.latency.max} | ${n(w.bodyBytes)} B | ${w.ceiling ? n(w.ceiling.requestsPerSec) : '—'} | ${w.ratio === null ? '—' : `${(w.ratio * 100).toFixed(0)}%`} | ${r.errors + r.timeouts + r.non2xx} |`);
    }
  }
  if (report.curve.length) {
    lines.push('', '**Scale curve** (latency in ms, p50 / p99)', '', '| Database | Clients | Appointments | Chart open | Today |', '|---|---:|---:|---:|---:|');
    for (const c of report.curve) lines.push(`| ${c.dialect} | ${n(c.clients)} | ${n(c.appointments)} | ${c.chart.p50} / ${c.chart.p99} | ${c.today.p50} / ${c.today.p99} |`);
  }
  if (report.checks.length) {
    lines.push('', '**Targets**', '', '| Check | Target | Measured | |', '|---|---|---|---|');
    for (const c of report.checks.filter((x) => !x.name.endsWith('error-free') || !x.pass)) lines.push(`| ${c.name} | ${c.target} | ${c.actual} | ${c.pass ? '✓' : '✗'} |`);
    const clean = report.checks.filter((x) => x.name.endsWith('error-free'));
    lines.push(`| every workload and ceiling, every database: error-free | 0 | ${clean.filter((x) => !x.pass).length} failing of ${clean.length} | ${clean.every((x) => x.pass) ? '✓' : '✗'} |`);
  }
  return lines.join('\n');
}
