import fs from 'node:fs';
import autocannon from 'autocannon';

/**
 * The load generator: autocannon in a process of its own (never the server's), driven by a spec
 * file the runner writes. Prints one JSON result on standard output.
 */
export type Workload = 'ceiling' | 'floor' | 'chart' | 'today' | 'note' | 'questionnaire' | 'search' | 'profile' | 'mixed';

export interface LoadSpec {
  url: string;
  workload: Workload;
  connections: number;
  duration: number;
  warmup: number;
  ceilingBytes: number;
  csrf: { cookie: string; token: string };
  clinicians: { cookie: string; clientIds: string[]; appointmentIds: string[]; template: string }[];
  portal: { cookie: string; requestId: string; instrumentId: string }[];
  searches: string[];
  profiles: string[];
}

export interface LoadResult {
  workload: Workload;
  connections: number;
  duration: number;
  requests: number;
  requestsPerSec: number;
  latency: { mean: number; p50: number; p90: number; p99: number; max: number };
  bytesPerResponse: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodes: Record<string, number>;
  /** Set when a workload ran out of one-time targets (questionnaires to answer). */
  exhausted: boolean;
  /** How many of those targets were handed to requests, warm-up included (the next workload starts after them). */
  consumed: number;
}

type Req = { method?: string; path?: string; headers?: Record<string, string>; body?: string };
type Ctx = Record<string, unknown>;

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;

const WORDS: Record<string, string> = {
  subjective: 'Client reports practising the non-demand touch exercise twice this week; anxiety before intimacy was lower.',
  data: 'Client reports practising the non-demand touch exercise twice this week; anxiety before intimacy was lower.',
  behavior: 'Engaged and reflective; described the week’s practice in detail.',
  objective: 'Engaged and reflective; affect bright.',
  intervention: 'Sensate focus stage 2 reviewed; psychoeducation on the arousal cycle.',
  response: 'Receptive; identified one thought that raised anxiety and an alternative.',
  assessment: 'Steady progress toward the first goal; no risk indicated.',
  plan: 'Continue sensate focus stage 2; review in one week.',
};
const FIELDS: Record<string, string[]> = {
  soap: ['subjective', 'objective', 'assessment', 'plan'], dap: ['data', 'assessment', 'plan'], birp: ['behavior', 'intervention', 'response', 'plan'],
};

/** What a clinician writes in a note of this template: a few sentences per field. */
function noteContent(template: string): string {
  const fields = Object.fromEntries((FIELDS[template] ?? FIELDS.soap!).map((id) => [id, WORDS[id]!]));
  return JSON.stringify({ fields, interventions: ['Sensate focus', 'Psychoeducation'], risk: { level: 'none-indicated' } });
}

function answersFor(instrumentId: string): number[] {
  const r = (max: number) => Math.floor(Math.random() * (max + 1));
  if (instrumentId === 'csi-4') return [r(6), r(5), r(5), r(5)];
  // Item 9 of the PHQ-9 stays 0: the bench does not raise safety alerts.
  if (instrumentId === 'phq-9') return [r(3), r(3), r(3), r(3), r(3), r(3), r(3), r(3), 0];
  return Array.from({ length: 7 }, () => r(3));
}

export function requestsFor(spec: LoadSpec, state: { next: number; exhausted: boolean }): autocannon.Request[] {
  const writeHeaders = (cookie: string) => ({ cookie: `${cookie}; ${spec.csrf.cookie}`, 'x-csrf-token': spec.csrf.token, 'content-type': 'application/json' });
  const chart = (req: Req): Req => {
    const c = pick(spec.clinicians);
    return { ...req, method: 'GET', path: `/api/v1/clients/${pick(c.clientIds)}`, headers: { cookie: c.cookie } };
  };
  const today = (req: Req): Req => ({ ...req, method: 'GET', path: '/api/v1/today', headers: { cookie: pick(spec.clinicians).cookie } });
  const search = (req: Req): Req => ({ ...req, method: 'GET', path: `/api/v1/public/therapists?${pick(spec.searches)}`, headers: {} });
  const profile = (req: Req): Req => ({ ...req, method: 'GET', path: `/find/therapists/${pick(spec.profiles)}`, headers: {} });
  const questionnaire = (req: Req): Req | null => {
    const target = spec.portal[state.next++];
    if (!target) {
      // Out of questionnaires to answer: say so in the result (the runner fails the workload).
      state.exhausted = true;
      return chart(req);
    }
    return { ...req, method: 'POST', path: `/api/v1/portal/measures/${target.requestId}/submit`, headers: writeHeaders(target.cookie), body: JSON.stringify({ answers: answersFor(target.instrumentId) }) };
  };
  const noteCreate = (req: Req, ctx: Ctx): Req => {
    const c = pick(spec.clinicians);
    ctx.cookie = c.cookie;
    ctx.template = c.template;
    return { ...req, method: 'POST', path: `/api/v1/appointments/${pick(c.appointmentIds)}/notes`, headers: writeHeaders(c.cookie), body: JSON.stringify({ template: c.template }) };
  };
  const noteSave = (req: Req, ctx: Ctx): Req | null =>
    ctx.noteId ? { ...req, method: 'PUT', path: `/api/v1/notes/${String(ctx.noteId)}`, headers: writeHeaders(String(ctx.cookie)), body: `{"content":${noteContent(String(ctx.template))},"version":0}` } : null;
  const noteSign = (req: Req, ctx: Ctx): Req | null =>
    ctx.noteId ? { ...req, method: 'POST', path: `/api/v1/notes/${String(ctx.noteId)}/sign`, headers: writeHeaders(String(ctx.cookie)), body: '{"version":1}' } : null;
  const rememberNote = (status: number, body: string, ctx: Ctx) => {
    if (status === 201) ctx.noteId = (JSON.parse(body) as { id: string }).id;
  };
  const as = (f: (req: Req, ctx: Ctx) => Req | null) => f as unknown as autocannon.Request['setupRequest'];

  switch (spec.workload) {
    case 'ceiling':
      return [{ method: 'GET', path: `/bench/ceiling?bytes=${spec.ceilingBytes}` }];
    case 'floor':
      return [{ setupRequest: as((req: Req) => ({ ...req, method: 'GET', path: `/api/v1/bench/floor?bytes=${spec.ceilingBytes}`, headers: { cookie: pick(spec.clinicians).cookie } })) }];
    case 'chart':
      return [{ setupRequest: as(chart) }];
    case 'today':
      return [{ setupRequest: as(today) }];
    case 'search':
      return [{ setupRequest: as(search) }];
    case 'profile':
      return [{ setupRequest: as(profile) }];
    case 'questionnaire':
      return [{ setupRequest: as(questionnaire) }];
    case 'note':
      return [
        { setupRequest: as(noteCreate), onResponse: rememberNote as autocannon.Request['onResponse'] },
        { setupRequest: as(noteSave) },
        { setupRequest: as(noteSign) },
      ];
    case 'mixed': {
      // A morning: mostly charts and Today, then the directory, notes and questionnaires.
      const reads: [(req: Req, ctx: Ctx) => Req | null, number][] = [[chart, 40], [today, 22], [search, 8], [profile, 8], [questionnaire, 8]];
      const weighted = (req: Req, ctx: Ctx) => {
        const total = reads.reduce((s, [, w]) => s + w, 0);
        let x = Math.random() * total;
        for (const [f, w] of reads) if ((x -= w) < 0) return f(req, ctx);
        return chart(req);
      };
      // One cycle in five writes a note (create, save, sign); the others are three of the above.
      const first = (req: Req, ctx: Ctx) => {
        ctx.writing = Math.random() < 0.2;
        return ctx.writing ? noteCreate(req, ctx) : weighted(req, ctx);
      };
      const then = (step: typeof noteSave) => (req: Req, ctx: Ctx) => (ctx.writing ? step(req, ctx) : weighted(req, ctx));
      return [
        { setupRequest: as(first), onResponse: rememberNote as autocannon.Request['onResponse'] },
        { setupRequest: as(then(noteSave)) },
        { setupRequest: as(then(noteSign)) },
      ];
    }
  }
}

function run(spec: LoadSpec, seconds: number, state: { next: number; exhausted: boolean }): Promise<autocannon.Result> {
  return autocannon({ url: spec.url, connections: spec.connections, duration: seconds, requests: requestsFor(spec, state), timeout: 10 });
}

async function main(): Promise<void> {
  const spec = JSON.parse(fs.readFileSync(process.argv[2]!, 'utf8')) as LoadSpec;
  const state = { next: 0, exhausted: false };
  if (spec.warmup > 0) await run(spec, spec.warmup, state);
  const r = await run(spec, spec.duration, state);
  const codes: Record<string, number> = {};
  for (const [code, stat] of Object.entries(r.statusCodeStats ?? {})) codes[code] = (stat as { count: number }).count;
  const result: LoadResult = {
    workload: spec.workload,
    connections: spec.connections,
    duration: r.duration,
    requests: r.requests.total,
    requestsPerSec: r.requests.total / r.duration,
    latency: { mean: r.latency.average, p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max },
    bytesPerResponse: r.requests.total ? Math.round(r.throughput.total / r.requests.total) : 0,
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
    statusCodes: codes,
    exhausted: state.exhausted,
    consumed: Math.min(state.next, spec.portal.length),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    process.stderr.write(`load failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
}
