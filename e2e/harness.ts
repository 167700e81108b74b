/**
 * Browser-test harness: a fresh Candor server (its own SQLite practice with the demo
 * seeded) on a free port, Debian's Chromium driven by playwright-core, and axe checks.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const serverCli = path.join(repoRoot, 'packages/server/dist/cli.js');
const webIndex = path.join(repoRoot, 'packages/web/dist/index.html');

/** Every demo account's password, and the staff accounts' TOTP secret (seeded by the server). */
export const DEMO_PASSWORD = 'candor-demo-2026';
export const DEMO_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
export const DEMO = {
  owner: 'priya.natarajan@demo.candor.test',
  clinician: 'amara.okafor@demo.candor.test',
  otherClinician: 'sam.rivera@demo.candor.test',
  supervisor: 'helen.park@demo.candor.test',
  billing: 'jordan.lee@demo.candor.test',
  client: 'alex.morgan@demo.candor.test',
} as const;

export interface RunningServer {
  baseUrl: string;
  dataDir: string;
  /** Everything the server wrote, for failure messages. */
  output: () => string;
  stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

async function waitForHealthy(baseUrl: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`The server exited with code ${child.exitCode} before it was healthy:\n${output()}`);
    }
    try {
      const response = await fetch(`${baseUrl}/healthz`);
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The server did not answer GET /healthz with 200 within 30 s:\n${output()}`);
}

/** Starts `node packages/server/dist/cli.js start` on a free port with a fresh data folder. */
export async function startServer(): Promise<RunningServer> {
  if (!existsSync(serverCli)) throw new Error(`${serverCli} is missing: build the server first (npm run build).`);
  if (!existsSync(webIndex)) throw new Error(`${webIndex} is missing: build the web app first (npm run build).`);

  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const dataDir = await mkdtemp(path.join(tmpdir(), 'candor-e2e-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    CANDOR_DATA_DIR: dataDir,
    PUBLIC_URL: baseUrl,
  };
  // Always the embedded SQLite practice, whatever the surrounding shell points at.
  delete env.DATABASE_URL;

  const child = spawn(process.execPath, [serverCli, 'start'], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const append = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  const output = () => log;

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      if (!(await waitForExit(child, 5_000))) {
        child.kill('SIGKILL');
        await waitForExit(child, 5_000);
      }
    }
    await rm(dataDir, { recursive: true, force: true });
  };

  try {
    await waitForHealthy(baseUrl, child, output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, dataDir, output, stop };
}

/** Launches Debian's Chromium (Playwright's own browser download is not reachable here). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Fails with every axe violation (WCAG 2.0/2.1 A and AA) on the page as it is now. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  if (results.violations.length === 0) return;
  const lines = results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `- ${violation.id} (${violation.impact ?? 'unknown impact'}): ${JSON.stringify(node.target)} — ${violation.help}`),
  );
  throw new Error(`axe found ${results.violations.length} accessibility violation(s) on ${page.url()}:\n${lines.join('\n')}`);
}

/** Collects Content-Security-Policy violations and page errors, which should never happen. */
export function watchForPageProblems(page: Page): () => string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text())) {
      problems.push(`console: ${message.text()}`);
    }
  });
  return () => problems;
}

/** A running Candor and Chromium for one test file, with a fresh browser context and page for each test. */
export interface BrowserPerTest {
  server: RunningServer;
  browser: Browser;
  page: Page;
  pageProblems: () => string[];
}

/** Registers the hooks every page-per-test browser file needs; read the fields inside tests or hooks. */
export function useBrowserPerTest(): BrowserPerTest {
  const session = {} as BrowserPerTest;
  let context: BrowserContext | undefined;
  beforeAll(async () => {
    session.server = await startServer();
    session.browser = await launchBrowser();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.stop();
  });
  beforeEach(async () => {
    context = await session.browser.newContext({ baseURL: session.server.baseUrl });
    session.page = await context.newPage();
    session.pageProblems = watchForPageProblems(session.page);
  });
  afterEach(async () => {
    await context?.close();
  });
  return session;
}
