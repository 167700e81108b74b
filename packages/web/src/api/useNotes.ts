import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { InterventionName, NewNote, NewNoteTemplate, Note, NoteContent, NoteSummary, NoteTemplate, PsychotherapyNote } from './noteTypes';

const notePath = (id: string) => `/notes/${encodeURIComponent(id)}`;
export const noteQueryKey = (id: string) => ['notes', 'detail', id] as const;

/** SOAP, DAP, BIRP, then the practice's own. */
export function useNoteTemplates(enabled = true) {
  return useQuery({ queryKey: ['notes', 'templates'], queryFn: () => api.get<NoteTemplate[]>('/note-templates'), staleTime: 5 * 60_000, enabled });
}

export function useCreateNoteTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewNoteTemplate) => api.post<NoteTemplate>('/note-templates', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['notes', 'templates'] }),
  });
}

/** The practice's intervention library (shared with treatment plans), for the note's suggestions. */
export function useInterventionNames() {
  return useQuery({ queryKey: ['interventions'], queryFn: () => api.get<InterventionName[]>('/interventions'), staleTime: 5 * 60_000 });
}

/** One note, always read afresh on opening: its version is what the next save is checked against. */
export function useNote(id: string) {
  return useQuery({ queryKey: noteQueryKey(id), queryFn: () => api.get<Note>(notePath(id)), staleTime: 0 });
}

export function fetchNote(id: string): Promise<Note> {
  return api.get<Note>(notePath(id));
}

/** A draft's autosave: written only at the version it was read at (else a 409 naming `version`). */
export function saveNote(id: string, body: { content: NoteContent; version: number }): Promise<Note> {
  return api.put<Note>(notePath(id), body);
}

/** The notes of one appointment (its clinician, or the care team). */
export function useAppointmentNotes(appointmentId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['notes', 'appointment', appointmentId],
    queryFn: () => api.get<Note[]>(`/appointments/${encodeURIComponent(appointmentId)}/notes`),
    enabled,
  });
}

/** The chart's list: no content, newest session first. */
export function useClientNotes(clientId: string) {
  return useQuery({ queryKey: ['notes', 'client', clientId], queryFn: () => api.get<NoteSummary[]>(`/clients/${encodeURIComponent(clientId)}/notes`) });
}

/** Supervisees' signed notes waiting for this supervisor's co-signature. */
export function useSupervisionQueue(enabled = true) {
  return useQuery({ queryKey: ['notes', 'supervision'], queryFn: () => api.get<Note[]>('/supervision/queue'), staleTime: 0, enabled });
}

/** After a note changes: the note itself, every list of notes, Today, and (signing completes it) the calendar. */
export function noteChanged(queryClient: QueryClient, note: Note): void {
  queryClient.setQueryData(noteQueryKey(note.id), note);
  void queryClient.invalidateQueries({ queryKey: ['notes'], predicate: (query) => query.queryKey[1] !== 'detail' && query.queryKey[1] !== 'templates' });
  void queryClient.invalidateQueries({ queryKey: ['today'] });
}

export function useStartNote(appointmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewNote) => api.post<Note>(`/appointments/${encodeURIComponent(appointmentId)}/notes`, body),
    onSuccess: (note) => noteChanged(queryClient, note),
  });
}

/** Signs and locks the note at the version the editor last saved; the session is then completed. */
export function useSignNote(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => api.post<Note>(`${notePath(id)}/sign`, { version }),
    onSuccess: (note) => {
      noteChanged(queryClient, note);
      void queryClient.invalidateQueries({ queryKey: ['appointments'] });
    },
  });
}

export function useCosignNote(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<Note>(`${notePath(id)}/cosign`, {}),
    onSuccess: (note) => noteChanged(queryClient, note),
  });
}

export function useAddAddendum(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (content: string) => api.post<Note>(`${notePath(id)}/addenda`, { content }),
    onSuccess: (note) => noteChanged(queryClient, note),
  });
}

const psychotherapyNotesPath = (clientId: string) => `/clients/${encodeURIComponent(clientId)}/psychotherapy-notes`;

/** The signed-in clinician's own process notes about this client (nobody else's, ever). */
export function usePsychotherapyNotes(clientId: string) {
  return useQuery({ queryKey: ['psychotherapy-notes', clientId], queryFn: () => api.get<PsychotherapyNote[]>(psychotherapyNotesPath(clientId)) });
}

export function useAddPsychotherapyNote(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (content: string) => api.post<PsychotherapyNote>(psychotherapyNotesPath(clientId), { content }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['psychotherapy-notes', clientId] }),
  });
}
