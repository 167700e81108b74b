import { useCallback, useEffect, useRef, useState } from 'react';
import type { HistoryAnswers } from '@candor/clinical';
import { ApiError } from '../api/client';
import type { Intake } from '../api/careTypes';
import { fetchIntake, saveIntake, submitIntake, type IntakeBase } from '../api/useIntake';

/** How long after the last change the draft is saved. */
export const AUTOSAVE_DELAY_MS = 1000;

export type SaveStatus = 'idle' | 'saved' | 'pending' | 'saving' | 'invalid' | 'failed';

/** After a failed save (the network, say), try again this much later. */
const RETRY_MS = 5000;

export const UPDATED_ELSEWHERE =
  'Your answers were updated on another device, so we’ve loaded the latest version. Please check this page before you carry on.';

/** Field errors inside the history, keyed by their path without the `answers.` prefix. */
function answerErrors(error: unknown): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!(error instanceof ApiError)) return errors;
  for (const { field, message } of error.fieldErrors) {
    if (!field.startsWith('answers.')) continue;
    const text = message.trim();
    errors[field.slice('answers.'.length)] ??= `${text.charAt(0).toUpperCase()}${text.slice(1)}${/[.!?]$/.test(text) ? '' : '.'}`;
  }
  return errors;
}

/**
 * A draft being filled in: the answers in memory, saved about a second after each change with
 * the revision they were based on. A 409 means another device saved first: the latest version
 * is loaded (and `reloads` counts up, so forms holding their own state start afresh).
 */
export function useIntakeDraft(base: IntakeBase, intake: Intake, onSubmitted: (intake: Intake) => void) {
  const [answers, setAnswers] = useState<HistoryAnswers>(intake.answers);
  const [status, setStatus] = useState<SaveStatus>('idle');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [reloads, setReloads] = useState(0);
  const latest = useRef(intake.answers);
  const revision = useRef(intake.revision);
  const dirty = useRef(false);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const flushRef = useRef<() => Promise<boolean>>(() => Promise.resolve(true));

  const loadLatest = useCallback(async (): Promise<void> => {
    const fresh = await fetchIntake(base, intake.id);
    if (fresh.status === 'submitted') {
      onSubmitted(fresh);
      return;
    }
    revision.current = fresh.revision;
    latest.current = fresh.answers;
    dirty.current = false;
    setAnswers(fresh.answers);
    setErrors({});
    setReloads((count) => count + 1);
    setNotice(UPDATED_ELSEWHERE);
  }, [base, intake.id, onSubmitted]);

  /** Saves now if anything changed; resolves true when everything is saved. */
  const flush = useCallback(async (): Promise<boolean> => {
    window.clearTimeout(timer.current);
    while (inFlight.current) await inFlight.current;
    if (!dirty.current) return true;
    dirty.current = false;
    setStatus('saving');
    const request = saveIntake(base, intake.id, { answers: latest.current, revision: revision.current })
      .then((saved) => {
        revision.current = saved.revision;
        setErrors({});
        setStatus(dirty.current ? 'pending' : 'saved');
        return true;
      })
      .catch(async (error: unknown) => {
        if (error instanceof ApiError && error.status === 409) {
          try {
            await loadLatest();
            setStatus('saved');
          } catch {
            setStatus('failed');
          }
          return false;
        }
        const fieldErrors = answerErrors(error);
        if (Object.keys(fieldErrors).length > 0) {
          setErrors(fieldErrors);
          setStatus('invalid');
        } else {
          // Keep the change and try again shortly (or sooner, with the next edit).
          dirty.current = true;
          setStatus('failed');
          window.clearTimeout(timer.current);
          timer.current = window.setTimeout(() => void flushRef.current(), RETRY_MS);
        }
        return false;
      })
      .finally(() => {
        inFlight.current = null;
      });
    inFlight.current = request;
    return request;
  }, [base, intake.id, loadLatest]);

  useEffect(() => {
    flushRef.current = flush;
  }, [flush]);

  /** Applies a change to a copy of the latest answers and schedules a save. */
  const edit = useCallback(
    (recipe: (draft: HistoryAnswers) => void) => {
      const draft = structuredClone(latest.current);
      recipe(draft);
      latest.current = draft;
      dirty.current = true;
      setAnswers(draft);
      setStatus('pending');
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    },
    [flush],
  );

  /** Saves what is left, then sends the history to the therapist. */
  const submit = useCallback(async (): Promise<'sent' | 'not-saved'> => {
    if (!(await flush())) return 'not-saved';
    try {
      onSubmitted(await submitIntake(base, intake.id, revision.current));
      return 'sent';
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) await loadLatest();
      else throw error;
      return 'not-saved';
    }
  }, [base, flush, intake.id, loadLatest, onSubmitted]);

  // Leaving the page (or hiding the tab) saves whatever is waiting.
  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    document.addEventListener('visibilitychange', onHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      void flush();
    };
  }, [flush]);

  return { answers, edit, flush, submit, status, errors, notice, dismissNotice: () => setNotice(null), reloads };
}

export type IntakeDraft = ReturnType<typeof useIntakeDraft>;
