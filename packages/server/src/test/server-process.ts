import { spawn, type ChildProcess } from 'node:child_process';
import { generate } from 'otplib';
import { CLI } from './cli.js';

/** A real `candor start` child process, for tests that kill and restart the server. */
export class ServerProcess {
  private child: ChildProcess | null = null;
  url = '';
  output = '';
  constructor(private readonly env: Record<string, string>) {}

  async start(): Promise<void> {
    this.output = '';
    const child = spawn(process.execPath, [CLI, 'start'], {
      env: { PATH: process.env.PATH ?? '', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    this.url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`server did not start:\n${this.output}`)), 20_000);
      const onData = (d: Buffer) => {
        this.output += d.toString();
        const match = /Candor is ready at (http:\/\/localhost:\d+)/.exec(this.output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!.replace('localhost', '127.0.0.1'));
        }
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', onData);
      child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`server exited with ${code}:\n${this.output}`)); });
    });
  }

  /** SIGKILL: no shutdown hooks, no flushing — a crash. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    this.child = null;
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    this.child = null;
  }
}

/** A fetch-based client that keeps cookies and the CSRF token, like a browser tab. */
export class HttpClient {
  private cookies = new Map<string, string>();
  private csrf: string | null = null;
  constructor(public baseUrl: string) {}

  async request(method: string, path: string, body?: unknown): Promise<{ status: number; json: () => unknown }> {
    if (method !== 'GET' && !this.csrf) {
      const res = await this.request('GET', '/api/v1/auth/csrf');
      this.csrf = (res.json() as { token: string }).token;
    }
    const res = await fetch(this.baseUrl + path, {
      method,
      headers: {
        cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(method !== 'GET' && this.csrf ? { 'x-csrf-token': this.csrf } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    for (const header of res.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const eq = pair!.indexOf('=');
      this.cookies.set(pair!.slice(0, eq), pair!.slice(eq + 1));
    }
    const text = await res.text();
    return { status: res.status, json: () => JSON.parse(text) as unknown };
  }

  async signIn(email: string, password: string, totpSecret: string): Promise<void> {
    const first = await this.request('POST', '/api/v1/auth/sign-in', { email, password });
    if (first.status !== 200) throw new Error(`sign-in failed with ${first.status}`);
    const second = await this.request('POST', '/api/v1/auth/second-factor', { code: await generate({ secret: totpSecret }) });
    if (second.status !== 200) throw new Error(`second factor failed with ${second.status}`);
  }
}
