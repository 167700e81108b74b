import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { Type, type Static } from 'typebox';
import { KeyError } from './crypto.js';
import { AppError, type FieldProblem } from './errors.js';

/**
 * RFC 9457 problem details, as every error response carries them (`application/problem+json`).
 * The OpenAPI document names it `Problem` and every operation's 4XX and 5XX answers refer to it.
 */
export const ProblemSchema = Type.Object({
  type: Type.String({ description: 'A URI naming the kind of problem, e.g. https://candor.dev/problems/validation' }),
  title: Type.String({ description: 'A short, human-readable summary of the kind of problem' }),
  status: Type.Integer({ description: 'The HTTP status code' }),
  detail: Type.String({ description: 'What went wrong with this request' }),
  errors: Type.Optional(Type.Array(Type.Object({
    field: Type.String({ description: 'A dotted path into the body (`address.zip`), or `query.x`, `params.x`' }),
    message: Type.String({ description: 'A lowercase fragment that reads after the field name' }),
  }), { description: 'The fields at fault (validation problems)' })),
  retryAfterSeconds: Type.Optional(Type.Integer({ description: 'When to try again (429)' })),
  requestId: Type.String({ description: 'The request id, as in the server log' }),
}, { description: 'RFC 9457 problem details' });
export type Problem = Static<typeof ProblemSchema> & { errors?: FieldProblem[] };

const TYPE_BASE = 'https://candor.dev/problems/';

interface AjvIssue {
  instancePath?: string;
  keyword?: string;
  message?: string;
  params?: Record<string, unknown>;
}

/** `/address/zip` + context → `address.zip` (body) or `query.q`, `params.id`. */
function fieldOf(issue: AjvIssue, context: string | undefined): string {
  const segments = (issue.instancePath ?? '').split('/').filter(Boolean).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const extra = issue.params?.missingProperty ?? issue.params?.additionalProperty;
  if (typeof extra === 'string') segments.push(extra);
  const prefix = context === 'querystring' ? 'query' : context === 'params' ? 'params' : context === 'headers' ? 'headers' : null;
  const path = segments.join('.');
  return prefix ? (path ? `${prefix}.${path}` : prefix) : path || 'body';
}

function messageOf(issue: AjvIssue): string {
  switch (issue.keyword) {
    case 'required':
      return 'is required';
    case 'additionalProperties':
      return 'is not a known field';
    case 'type':
      return `must be ${String(issue.params?.type ?? 'of the right type')}`;
    case 'format':
      return issue.params?.format === 'email' ? 'must be an email address' : `must be a valid ${String(issue.params?.format)}`;
    case 'maxLength':
      return `must be at most ${String(issue.params?.limit)} characters`;
    case 'minLength':
      return Number(issue.params?.limit) === 1 ? 'must not be empty' : `must be at least ${String(issue.params?.limit)} characters`;
    case 'enum':
      return `must be one of: ${(issue.params?.allowedValues as unknown[] | undefined)?.join(', ') ?? 'the listed values'}`;
    case 'pattern':
      return 'is not in the expected format';
    default:
      return issue.message ?? 'is not valid';
  }
}

/**
 * With allErrors, a value failing `string | null` yields one issue per branch plus an `anyOf`
 * issue. Report one per field: the most specific (format, length, pattern…), else the types allowed.
 */
function collapseUnionIssues(issues: AjvIssue[], context: string | undefined): FieldProblem[] {
  const byField = new Map<string, AjvIssue[]>();
  for (const issue of issues) {
    const field = fieldOf(issue, context);
    byField.set(field, [...(byField.get(field) ?? []), issue]);
  }
  const problems: FieldProblem[] = [];
  for (const [field, list] of byField) {
    if (!list.some((i) => i.keyword === 'anyOf')) {
      for (const issue of list) problems.push({ field, message: messageOf(issue) });
      continue;
    }
    // `{…} | null` given a flawed object: the nested fields' own problems say it better.
    if ([...byField.keys()].some((other) => other.startsWith(`${field}.`))) continue;
    const specific = list.find((i) => i.keyword !== 'anyOf' && i.keyword !== 'type');
    const types = list.filter((i) => i.keyword === 'type').map((i) => String(i.params?.type));
    problems.push({ field, message: specific ? messageOf(specific) : `must be ${types.join(' or ')}` });
  }
  return problems;
}

/** Fixed messages for framework errors: their own messages can echo request bytes. */
const FRAMEWORK_ERRORS: Record<string, { status: number; type: string; title: string; detail: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, type: 'malformed-json', title: 'The request body is not valid JSON', detail: 'Send a valid JSON document.' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, type: 'malformed-json', title: 'The request body is empty', detail: 'Send a JSON document.' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, type: 'body-too-large', title: 'The request body is too large', detail: 'Request bodies may be at most 1 MiB.' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, type: 'unsupported-media-type', title: 'Unsupported content type', detail: 'Send application/json.' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, type: 'bad-request', title: 'Bad request', detail: 'The Content-Length header does not match the body.' },
  FST_ERR_MAX_PARAM_LENGTH: { status: 414, type: 'uri-too-long', title: 'The address is too long', detail: 'A part of the address is longer than any Candor uses.' },
  FST_ERR_BAD_URL: { status: 400, type: 'bad-request', title: 'The address is not valid', detail: 'The address could not be read; check it and try again.' },
  FST_CSRF_INVALID_TOKEN: { status: 403, type: 'csrf', title: 'The page is out of date', detail: 'Reload the page and try again (the security token was missing or wrong).' },
  FST_CSRF_MISSING_SECRET: { status: 403, type: 'csrf', title: 'The page is out of date', detail: 'Reload the page and try again (the security token was missing or wrong).' },
};

export function toProblem(error: FastifyError | Error, request: FastifyRequest): Problem {
  const requestId = String(request.id);
  if (error instanceof AppError) {
    return {
      type: TYPE_BASE + error.type, title: error.title, status: error.status, detail: error.message, requestId,
      ...(error.errors ? { errors: error.errors } : {}),
      ...('retryAfterSeconds' in error ? { retryAfterSeconds: Number(error.retryAfterSeconds) } : {}),
    };
  }
  const fastifyError = error as FastifyError & { validation?: AjvIssue[]; validationContext?: string };
  if (Array.isArray(fastifyError.validation)) {
    const errors = collapseUnionIssues(fastifyError.validation, fastifyError.validationContext);
    return {
      type: TYPE_BASE + 'validation', title: 'Some fields need attention', status: 400, requestId,
      detail: errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors,
    };
  }
  const known = fastifyError.code ? FRAMEWORK_ERRORS[fastifyError.code] : undefined;
  if (known) return { type: TYPE_BASE + known.type, title: known.title, status: known.status, detail: known.detail, requestId };
  if (fastifyError.statusCode === 429) {
    return { type: TYPE_BASE + 'too-many-requests', title: 'Too many attempts', status: 429, detail: 'Too many requests. Please wait a minute and try again.', requestId };
  }
  if (typeof fastifyError.statusCode === 'number' && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    return { type: TYPE_BASE + 'bad-request', title: 'Bad request', status: fastifyError.statusCode, detail: 'The request could not be understood.', requestId };
  }
  if (error instanceof KeyError) {
    return { type: TYPE_BASE + 'encryption-key', title: 'Encrypted data is unavailable', status: 500, detail: 'The server cannot read this data with its configured encryption keys. The operator has been told.', requestId };
  }
  return { type: TYPE_BASE + 'internal', title: 'Something went wrong on our side', status: 500, detail: 'The request was not completed. Please try again; if it keeps happening, tell your practice administrator.', requestId };
}

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  if (problem.retryAfterSeconds !== undefined) reply.header('retry-after', String(problem.retryAfterSeconds));
  return reply.status(problem.status).type('application/problem+json').send(problem);
}
