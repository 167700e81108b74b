import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { repoRoot } from './paths.js';

/** A Candor server in its own process, started the way an operator starts it (`candor start`). */
export interface RunningServer {
  url: string;
  pid: number;
  /** From spawning the process to "Candor is ready" on its standard output. */
  coldStartMs: number;
  /** Peak resident set size so far (VmHWM), in MB. */
  peakRssMb(): number;
  /** Current resident set size (VmRSS), in MB. */
  rssMb(): number;
  stop(): Promise<void>;
}

/**
 * The Node.js flags `npm start` runs Candor with (the V8 heap budget; docs/operations.md), read
 * from the root package.json so that the benchmark runs the server exactly as it is started.
 */
export function startFlags(): string[] {
  const scripts = (JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  return scripts.start!.match(/--max-old-space-size=\d+/g) ?? [];
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function statusField(pid: number, field: string): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  return match ? Number(match[1]) / 1024 : Number.NaN;
}

export async function startServer(options: { dataDir: string; databaseUrl: string | null; masterKey: string | null; logFile: string; nodeFlags?: string[] }): Promise<RunningServer> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    CANDOR_DATA_DIR: options.dataDir,
    CANDOR_DEMO: 'false',
    CANDOR_BENCH_CEILING: 'true',
    // The production default: every request is logged (to a file here, as an operator would).
    LOG_LEVEL: 'info',
    NODE_ENV: 'production',
  };
  delete env.DATABASE_URL;
  delete env.CANDOR_MASTER_KEY;
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  if (options.masterKey) env.CANDOR_MASTER_KEY = options.masterKey;
  const log = fs.openSync(options.logFile, 'w');
  const startedAt = performance.now();
  // Straight to the file: the bench's own processes never handle the server's log lines.
  const child: ChildProcess = spawn(process.execPath, [...startFlags(), ...(options.nodeFlags ?? []), path.join(repoRoot, 'packages/server/dist/cli.js'), 'start'], { env, stdio: ['ignore', log, log] });
  let exited: number | null = null;
  child.once('exit', (code) => (exited = code ?? -1));
  let coldStartMs: number;
  for (;;) {
    if (fs.readFileSync(options.logFile, 'utf8').includes('Candor is ready at')) {
      coldStartMs = performance.now() - startedAt;
      break;
    }
    if (exited !== null) throw new Error(`the server exited with code ${exited} before it was ready (log: ${options.logFile})`);
    if (performance.now() - startedAt > 120_000) throw new Error(`the server did not say it was ready within 120 s (log: ${options.logFile})`);
    await new Promise((r) => setTimeout(r, 2));
  }
  const pid = child.pid!;
  return {
    url: `http://127.0.0.1:${port}`,
    pid,
    coldStartMs,
    peakRssMb: () => statusField(pid, 'VmHWM'),
    rssMb: () => statusField(pid, 'VmRSS'),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => {
          fs.closeSync(log);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
