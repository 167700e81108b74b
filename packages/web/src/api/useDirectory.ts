import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, client, data } from './client';
import type { ContactRequest, DirectoryProfile, DirectoryProfileInput, PhotoUpload, PracticeListing } from './directoryTypes';

const profileKey = ['directory', 'profile'] as const;
const practiceKey = ['directory', 'practice'] as const;
const requestsKey = ['directory', 'contact-requests'] as const;

/** The public page of a profile (server-rendered, not part of this app: link to it with a plain `<a href>`). */
export function publicProfilePath(slug: string): string {
  return `/find/therapists/${encodeURIComponent(slug)}`;
}

/** The photo the public sees; it is served only while the profile is in the directory. */
export function publicPhotoPath(slug: string): string {
  return `${publicProfilePath(slug)}/photo`;
}

/** The signed-in clinician's directory profile: `null` until they have written one. */
export function useDirectoryProfile() {
  return useQuery({
    queryKey: profileKey,
    queryFn: async () => {
      try {
        return await data(client.GET('/api/v1/directory/profile'));
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
  });
}

/** After any change to the profile: the saved profile (which says whether the public sees it). */
function useProfileChanged() {
  const queryClient = useQueryClient();
  return (profile: DirectoryProfile) => {
    queryClient.setQueryData(profileKey, profile);
  };
}

export function useSaveDirectoryProfile() {
  const changed = useProfileChanged();
  return useMutation({
    mutationFn: (profile: DirectoryProfileInput) => data(client.PUT('/api/v1/directory/profile', { body: profile })),
    onSuccess: changed,
  });
}

export function useSetDirectoryPhoto() {
  const changed = useProfileChanged();
  return useMutation({
    mutationFn: (photo: PhotoUpload) => data(client.PUT('/api/v1/directory/profile/photo', { body: photo })),
    onSuccess: changed,
  });
}

export function useRemoveDirectoryPhoto() {
  const changed = useProfileChanged();
  return useMutation({
    mutationFn: () => data(client.DELETE('/api/v1/directory/profile/photo')),
    onSuccess: changed,
  });
}

/** Whether the practice is in the public directory (anyone clinical may read it; owners change it). */
export function usePracticeListing() {
  return useQuery({ queryKey: practiceKey, queryFn: () => data(client.GET('/api/v1/directory/practice')) });
}

export function useSetPracticeListing() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (listing: PracticeListing) => data(client.PUT('/api/v1/directory/practice', { body: listing })),
    onSuccess: (listing) => {
      queryClient.setQueryData(practiceKey, listing);
      // Each clinician's "not shown because", and whether the public sees them, depend on it.
      void queryClient.invalidateQueries({ queryKey: profileKey });
    },
  });
}

/** The signed-in clinician's contact requests from the public directory, newest first. Reading them is audited. */
export function useContactRequests() {
  return useQuery({
    queryKey: requestsKey,
    queryFn: async () => (await data(client.GET('/api/v1/directory/inquiries'))).sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
  });
}

export function useMarkContactRequestRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => data(client.POST('/api/v1/directory/inquiries/{id}/read', { params: { path: { id } } })),
    onSuccess: (_, id) => {
      queryClient.setQueryData<ContactRequest[]>(requestsKey, (list) =>
        list?.map((request) => (request.id === id ? { ...request, readAt: new Date().toISOString() } : request)),
      );
      // Today lists unread requests.
      void queryClient.invalidateQueries({ queryKey: ['today'] });
    },
  });
}
