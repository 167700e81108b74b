import { useCallback, useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../api/client';
import type { Note, NoteContent } from '../../api/noteTypes';
import { noteQueryKey, saveNote, useSignNote } from '../../api/useNotes';

/** How long after the last keystroke the draft is saved. */
export const AUTOSAVE_DELAY_MS = 1000;

/** After a failed save (the network, say), try again this much later. */
const RETRY_MS = 5000;

export type NoteSaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'invalid' | 'failed';

/** Someone saved (or signed) the note elsewhere since this page read it: nothing more is sent from here. */
export type NoteConflict = 'changed-elsewhere' | 'signed-elsewhere';

/** The server's field (`content.fields.plan`, `content.risk.notes`) → the editor's field. */
function editorField(field: string): string {
  if (field.startsWith('content.fields.')) return field.slice('content.fields.'.length);
  if (field.startsWith('content.interventions')) return 'interventions';
  if (field === 'content.risk.notes') return 'riskNotes';
  if (field.startsWith('content.risk')) return 'riskLevel';
  return 'general';
}

function contentErrors(error: unknown): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!(error instanceof ApiError) || error.status !== 400) return errors;
  for (const { field, message } of error.fieldErrors) {
    const text = message.trim();
    errors[editorField(field)] ??= `${text.charAt(0).toUpperCase()}${text.slice(1)}${/[.!?]$/.test(text) ? '' : '.'}`;
  }
  return errors;
}

const conflictOf = (error: unknown): NoteConflict | null => {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  return error.fieldErrors.some((f) => f.field === 'status') ? 'signed-elsewhere' : 'changed-elsewhere';
};

/**
 * A draft note being written: the content in memory, saved about a second after typing stops
 * (and at once when a field loses focus) with the version it was based on. A 409 means the note
 * was saved or signed elsewhere: saving stops and `onConflict` receives the unsaved content, so
 * nothing is ever overwritten silently — in either direction.
 */
export function useNoteDraft(note: Note, onConflict: (kind: NoteConflict, unsaved: NoteContent) => void) {
  const queryClient = useQueryClient();
  const { mutateAsync: signAt, isPending: signing, error: signError, reset: resetSign } = useSignNote(note.id);
  const [content, setContent] = useState<NoteContent>(note.content);
  const [status, setStatus] = useState<NoteSaveStatus>('idle');
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const latest = useRef(note.content);
  const version = useRef(note.version);
  const dirty = useRef(false);
  const stopped = useRef(false);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const flushRef = useRef<() => Promise<boolean>>(() => Promise.resolve(true));
  const conflictRef = useRef(onConflict);

  useEffect(() => {
    conflictRef.current = onConflict;
  }, [onConflict]);

  const stop = useCallback((kind: NoteConflict) => {
    stopped.current = true;
    window.clearTimeout(timer.current);
    conflictRef.current(kind, latest.current);
  }, []);

  /** Saves now if anything changed; resolves true when everything is saved. */
  const flush = useCallback(async (): Promise<boolean> => {
    window.clearTimeout(timer.current);
    while (inFlight.current) await inFlight.current;
    if (stopped.current) return false;
    if (!dirty.current) return true;
    dirty.current = false;
    setStatus('saving');
    const request = saveNote(note.id, { content: latest.current, version: version.current })
      .then((saved) => {
        version.current = saved.version;
        queryClient.setQueryData(noteQueryKey(saved.id), saved);
        setSavedAt(saved.updatedAt);
        setErrors({});
        setStatus(dirty.current ? 'pending' : 'saved');
        return true;
      })
      .catch((error: unknown) => {
        const conflict = conflictOf(error);
        if (conflict) {
          stop(conflict);
          return false;
        }
        const fieldErrors = contentErrors(error);
        if (Object.keys(fieldErrors).length > 0) {
          // Still unsaved: the next edit or blur sends it again.
          dirty.current = true;
          setErrors(fieldErrors);
          setStatus('invalid');
        } else {
          // Keep the change and try again shortly (or sooner, with the next edit or blur).
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
  }, [note.id, queryClient, stop]);

  useEffect(() => {
    flushRef.current = flush;
  }, [flush]);

  /** Applies a change to the latest content and schedules a save. */
  const edit = useCallback((recipe: (current: NoteContent) => NoteContent) => {
    if (stopped.current) return;
    const next = recipe(latest.current);
    latest.current = next;
    dirty.current = true;
    setContent(next);
    setStatus('pending');
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void flushRef.current(), AUTOSAVE_DELAY_MS);
  }, []);

  /** Saves what is left, then signs at that version. */
  const sign = useCallback(async (): Promise<'signed' | 'not-saved' | 'conflict' | 'failed'> => {
    resetSign();
    if (!(await flush())) return stopped.current ? 'conflict' : 'not-saved';
    try {
      await signAt(version.current);
      stopped.current = true;
      return 'signed';
    } catch (error) {
      const conflict = conflictOf(error);
      if (!conflict) return 'failed';
      stop(conflict);
      return 'conflict';
    }
  }, [flush, resetSign, signAt, stop]);

  // Hiding the tab, or leaving the page, saves whatever is waiting.
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

  return { content, edit, flush, sign, signing, signError: conflictOf(signError) ? null : signError, status, savedAt, errors };
}

export type NoteDraft = ReturnType<typeof useNoteDraft>;
