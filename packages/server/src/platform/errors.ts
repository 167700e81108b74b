/**
 * Typed errors. Domain code throws these; the one error handler in `problem.ts` maps them to
 * RFC 9457 problem+json. Nothing else chooses a status code.
 */
export interface FieldProblem {
  /** Dotted path into the body (`address.zip`), or `query.x`, `params.x`. */
  field: string;
  message: string;
}

export abstract class AppError extends Error {
  abstract readonly status: number;
  abstract readonly type: string;
  abstract readonly title: string;
  readonly errors: FieldProblem[] | undefined;
  constructor(detail: string, errors?: FieldProblem[]) {
    super(detail);
    this.errors = errors;
  }
}

/** 400: the request is well-formed JSON but a field is wrong. */
export class ValidationError extends AppError {
  readonly status = 400;
  readonly type = 'validation';
  readonly title = 'Some fields need attention';
  constructor(errors: FieldProblem[]) {
    super(errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors);
  }
  static field(field: string, message: string): ValidationError {
    return new ValidationError([{ field, message }]);
  }
}

/** 401: not signed in, or the credentials or code are wrong. */
export class UnauthenticatedError extends AppError {
  readonly status = 401;
  readonly type = 'unauthenticated';
  readonly title = 'Please sign in';
}

/** 403: signed in but this action is not allowed (used only where existence is not secret). */
export class ForbiddenError extends AppError {
  readonly status = 403;
  readonly type = 'forbidden';
  readonly title = 'Not allowed';
}

/** 403 for a missing or wrong CSRF token. */
export class CsrfError extends AppError {
  readonly status = 403;
  readonly type = 'csrf';
  readonly title = 'The page is out of date';
}

/** 404: missing, or not visible to the caller — deliberately indistinguishable. */
export class NotFoundError extends AppError {
  readonly status = 404;
  readonly type = 'not-found';
  readonly title = 'Not found';
  constructor(detail = 'Nothing was found at this address.') {
    super(detail);
  }
}

/** 409: the request conflicts with the current state (a duplicate, a stale version). */
export class ConflictError extends AppError {
  readonly status = 409;
  readonly type = 'conflict';
  readonly title = 'Conflict';
}

/** 429: too many attempts; `retryAfterSeconds` says when to try again. */
export class TooManyRequestsError extends AppError {
  readonly status = 429;
  readonly type = 'too-many-requests';
  readonly title = 'Too many attempts';
  constructor(
    detail: string,
    readonly retryAfterSeconds: number,
  ) {
    super(detail);
  }
}
