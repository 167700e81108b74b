import { ApiError } from '../api/client';

/** "about 5 minutes", "a few seconds" — for rate-limit messages. */
export function describeWait(seconds: number | null): string {
  if (seconds === null || seconds <= 0) return 'a few minutes';
  if (seconds < 60) return 'a minute';
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? 'about a minute' : `about ${minutes} minutes`;
}

/** A calm, plain sentence for an error that has no more specific message. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 429) {
      return `There have been too many attempts. Please wait ${describeWait(error.retryAfterSeconds)} and try again.`;
    }
    if (error.status === 403) return "You don't have access to this. If you think you should, ask the practice owner.";
    if (error.status === 404) return "We couldn't find this. It may have been moved, or you may not have access to it.";
    // A conflict's title is only "Conflict"; its detail says what happened ("already cancelled").
    if (error.status === 409 && error.problem?.detail) return error.problem.detail;
    if (error.status >= 400 && error.status < 500 && error.problem?.title) return error.problem.title;
  }
  return "Something went wrong on our side. Please try again in a moment.";
}
