/**
 * The one place that talks HTTP to the Candor API (docs/api.md): same-origin cookies,
 * the CSRF header on every state-changing request, and problem+json errors as ApiError.
 */
import type { FieldProblem, Problem } from './types';

const API_BASE = '/api/v1';
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** An HTTP error answer, carrying the problem document when the server sent one. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | null;
  readonly retryAfterSeconds: number | null;

  constructor(status: number, problem: Problem | null, retryAfterSeconds: number | null) {
    super(problem?.title ?? `Request failed with status ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  get fieldErrors(): FieldProblem[] {
    return this.problem?.errors ?? [];
  }

  get isCsrfFailure(): boolean {
    return this.status === 403 && (this.problem?.type.endsWith('/csrf') ?? false);
  }
}

let csrfToken: Promise<string> | null = null;

async function fetchCsrfToken(): Promise<string> {
  const response = await fetch(`${API_BASE}/auth/csrf`, {
    credentials: 'same-origin',
    headers: { accept: 'application/json' },
  });
  if (!response.ok) throw await toApiError(response);
  const body = (await response.json()) as { token: string };
  return body.token;
}

function getCsrfToken(): Promise<string> {
  if (!csrfToken) {
    csrfToken = fetchCsrfToken();
    // A failed fetch must not be remembered, or every later write would fail too.
    csrfToken.catch(() => {
      csrfToken = null;
    });
  }
  return csrfToken;
}

/** Drop the cached CSRF token, e.g. after signing in or out. */
export function forgetCsrfToken(): void {
  csrfToken = null;
}

async function toApiError(response: Response): Promise<ApiError> {
  let problem: Problem | null = null;
  const contentType = response.headers.get('content-type') ?? '';
  if (contentType.includes('json')) {
    try {
      problem = (await response.json()) as Problem;
    } catch {
      problem = null;
    }
  }
  const header = Number(response.headers.get('retry-after'));
  const retryAfter =
    problem?.retryAfterSeconds ?? (Number.isFinite(header) && header > 0 ? header : null);
  return new ApiError(response.status, problem, retryAfter);
}

async function send(method: HttpMethod, path: string, body: unknown): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (UNSAFE_METHODS.has(method)) headers['x-csrf-token'] = await getCsrfToken();
  return fetch(`${API_BASE}${path}`, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? null : JSON.stringify(body),
  });
}

/** Call the API; resolves with the parsed JSON body (undefined for 204), throws ApiError. */
export async function apiRequest<T>(method: HttpMethod, path: string, body?: unknown): Promise<T> {
  let response = await send(method, path, body);
  if (!response.ok) {
    let error = await toApiError(response);
    if (error.isCsrfFailure) {
      // The token may have been rotated (for example by signing in): fetch a new one, once.
      forgetCsrfToken();
      response = await send(method, path, body);
      if (!response.ok) error = await toApiError(response);
    }
    if (!response.ok) throw error;
  }
  const isJson = (response.headers.get('content-type') ?? '').includes('json');
  if (response.status === 204 || !isJson) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  get: <T>(path: string) => apiRequest<T>('GET', path),
  post: <T>(path: string, body: unknown = {}) => apiRequest<T>('POST', path, body),
  patch: <T>(path: string, body: unknown) => apiRequest<T>('PATCH', path, body),
  put: <T>(path: string, body: unknown) => apiRequest<T>('PUT', path, body),
  delete: <T>(path: string) => apiRequest<T>('DELETE', path),
};

/** "must be an email address" → "Must be an email address." */
function asSentence(message: string): string {
  const trimmed = message.trim();
  if (!trimmed) return trimmed;
  const capitalised = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}

/** The field errors of a failed request as a `field → message` map, messages as sentences. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  if (error instanceof ApiError) {
    for (const { field, message } of error.fieldErrors) {
      result[field] ??= asSentence(message);
    }
  }
  return result;
}
