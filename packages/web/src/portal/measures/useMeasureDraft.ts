import { useCallback, useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../api/client';
import type { PortalMeasure } from '../../api/measureTypes';
import { portalMeasuresKey, saveMeasureDraft } from '../../api/usePortalMeasures';
import type { SaveStatus } from '../../intake/useIntakeDraft';

/** How long after the last answer the draft is saved. */
export const MEASURE_AUTOSAVE_MS = 800;
const RETRY_MS = 5000;

export type Answers = (number | null)[];

/** The saved draft when it fits the questionnaire, or no answers yet. */
export function initialAnswers(measure: PortalMeasure): Answers {
  const blank = measure.items.map(() => null);
  return measure.draft && measure.draft.length === measure.items.length ? measure.draft : blank;
}

/**
 * A questionnaire's answers so far, saved (PUT …/draft) shortly after each change, when the
 * tab is hidden and when the page is left, so the client can resume on any device. A 409 means
 * the questionnaire was withdrawn meanwhile.
 */
export function useMeasureDraft(measure: PortalMeasure) {
  const queryClient = useQueryClient();
  const [answers, setAnswers] = useState<Answers>(() => initialAnswers(measure));
  const [status, setStatus] = useState<SaveStatus>('idle');
  const [withdrawn, setWithdrawn] = useState(false);
  const latest = useRef(answers);
  const dirty = useRef(false);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const flushRef = useRef<() => Promise<boolean>>(() => Promise.resolve(true));
  const { requestId } = measure;

  /** Saves now if anything changed; resolves true once everything is saved. */
  const flush = useCallback(async (): Promise<boolean> => {
    window.clearTimeout(timer.current);
    while (inFlight.current) await inFlight.current;
    if (!dirty.current) return true;
    dirty.current = false;
    const sending = latest.current;
    setStatus('saving');
    const request = saveMeasureDraft(requestId, sending)
      .then(() => {
        // Coming back to this page later starts from what was saved, not from the first load.
        queryClient.setQueryData<PortalMeasure[]>(portalMeasuresKey, (list) => list?.map((m) => (m.requestId === requestId ? { ...m, draft: sending } : m)));
        setStatus(dirty.current ? 'pending' : 'saved');
        return true;
      })
      .catch((error: unknown) => {
        if (error instanceof ApiError && (error.status === 409 || error.status === 404)) {
          setWithdrawn(true);
          setStatus('idle');
        } else if (error instanceof ApiError && error.status === 400) {
          setStatus('invalid');
        } else {
          dirty.current = true;
          setStatus('failed');
          timer.current = window.setTimeout(() => void flushRef.current(), RETRY_MS);
        }
        return false;
      })
      .finally(() => {
        inFlight.current = null;
      });
    inFlight.current = request;
    return request;
  }, [queryClient, requestId]);

  useEffect(() => {
    flushRef.current = flush;
  }, [flush]);

  const setAnswer = useCallback(
    (index: number, value: number) => {
      const next = latest.current.map((answer, i) => (i === index ? value : answer));
      latest.current = next;
      dirty.current = true;
      setAnswers(next);
      setStatus('pending');
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void flushRef.current(), MEASURE_AUTOSAVE_MS);
    },
    [],
  );

  /** Nothing more to save: the answers were sent. */
  const settle = useCallback(() => {
    window.clearTimeout(timer.current);
    dirty.current = false;
  }, []);

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flushRef.current();
    };
    document.addEventListener('visibilitychange', onHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      void flushRef.current();
    };
  }, []);

  return { answers, setAnswer, flush, settle, status, withdrawn };
}
