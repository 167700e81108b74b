import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { byId, client, data } from './client';
import type { NewNote, NewNoteTemplate, Note, NoteContent } from './noteTypes';

export const noteQueryKey = (id: string) => ['notes', 'detail', id] as const;

/** SOAP, DAP, BIRP, then the practice's own. */
export function useNoteTemplates(enabled = true) {
  return useQuery({ queryKey: ['notes', 'templates'], queryFn: () => data(client.GET('/api/v1/note-templates')), staleTime: 5 * 60_000, enabled });
}

export function useCreateNoteTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewNoteTemplate) => data(client.POST('/api/v1/note-templates', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['notes', 'templates'] }),
  });
}

/** The practice's intervention library (shared with treatment plans), for the note's suggestions. */
export function useInterventionNames() {
  return useQuery({ queryKey: ['interventions'], queryFn: () => data(client.GET('/api/v1/interventions')), staleTime: 5 * 60_000 });
}

/** One note, always read afresh on opening: its version is what the next save is checked against. */
export function useNote(id: string) {
  return useQuery({ queryKey: noteQueryKey(id), queryFn: () => fetchNote(id), staleTime: 0 });
}

export function fetchNote(id: string): Promise<Note> {
  return data(client.GET('/api/v1/notes/{id}', byId(id)));
}

/** A draft's autosave: written only at the version it was read at (else a 409 naming `version`). */
export function saveNote(id: string, body: { content: NoteContent; version: number }): Promise<Note> {
  return data(client.PUT('/api/v1/notes/{id}', { ...byId(id), body }));
}

/** The notes of one appointment (its clinician, or the care team). */
export function useAppointmentNotes(appointmentId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['notes', 'appointment', appointmentId],
    queryFn: () => data(client.GET('/api/v1/appointments/{id}/notes', byId(appointmentId))),
    enabled,
  });
}

/** The chart's list: no content, newest session first. */
export function useClientNotes(clientId: string) {
  return useQuery({ queryKey: ['notes', 'client', clientId], queryFn: () => data(client.GET('/api/v1/clients/{id}/notes', byId(clientId))) });
}

/** Supervisees' signed notes waiting for this supervisor's co-signature. */
export function useSupervisionQueue(enabled = true) {
  return useQuery({ queryKey: ['notes', 'supervision'], queryFn: () => data(client.GET('/api/v1/supervision/queue')), staleTime: 0, enabled });
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
    mutationFn: (body: NewNote) => data(client.POST('/api/v1/appointments/{id}/notes', { ...byId(appointmentId), body })),
    onSuccess: (note) => noteChanged(queryClient, note),
  });
}

/** Signs and locks the note at the version the editor last saved; the session is then completed. */
export function useSignNote(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => data(client.POST('/api/v1/notes/{id}/sign', { ...byId(id), body: { version } })),
    onSuccess: (note) => {
      noteChanged(queryClient, note);
      void queryClient.invalidateQueries({ queryKey: ['appointments'] });
    },
  });
}

export function useCosignNote(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => data(client.POST('/api/v1/notes/{id}/cosign', byId(id))),
    onSuccess: (note) => noteChanged(queryClient, note),
  });
}

export function useAddAddendum(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (content: string) => data(client.POST('/api/v1/notes/{id}/addenda', { ...byId(id), body: { content } })),
    onSuccess: (note) => noteChanged(queryClient, note),
  });
}

/** The signed-in clinician's own process notes about this client (nobody else's, ever). */
export function usePsychotherapyNotes(clientId: string) {
  return useQuery({ queryKey: ['psychotherapy-notes', clientId], queryFn: () => data(client.GET('/api/v1/clients/{id}/psychotherapy-notes', byId(clientId))) });
}

export function useAddPsychotherapyNote(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (content: string) => data(client.POST('/api/v1/clients/{id}/psychotherapy-notes', { ...byId(clientId), body: { content } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['psychotherapy-notes', clientId] }),
  });
}
