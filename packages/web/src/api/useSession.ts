import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, client, data, forgetCsrfToken } from './client';
import type { Role, Session, TotpConfirmation, TotpEnrollment, User } from './types';
import { StaffRoles } from './types';

export const sessionQueryKey = ['session'] as const;

async function fetchSession(): Promise<Session | null> {
  try {
    return await data(client.GET('/api/v1/auth/session'));
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

/** The current session: `null` when nobody is signed in, `undefined` while loading. */
export function useSession() {
  return useQuery({ queryKey: sessionQueryKey, queryFn: fetchSession, staleTime: 60_000 });
}

/** Whether the person works at the practice (any role other than `client`). */
export function isStaff(user: Pick<User, 'roles'>): boolean {
  return user.roles.some((role) => StaffRoles.includes(role));
}

export function hasRole(user: Pick<User, 'roles'>, role: Role): boolean {
  return user.roles.includes(role);
}

function useSetSession() {
  const queryClient = useQueryClient();
  return (session: Session | null) => queryClient.setQueryData(sessionQueryKey, session);
}

export function useSignIn() {
  const setSession = useSetSession();
  return useMutation({
    mutationFn: (body: { email: string; password: string }) => data(client.POST('/api/v1/auth/sign-in', { body })),
    onSuccess: (session) => {
      forgetCsrfToken();
      setSession(session);
    },
  });
}

export function useSecondFactor() {
  const setSession = useSetSession();
  return useMutation({
    mutationFn: (code: string) => data(client.POST('/api/v1/auth/second-factor', { body: { code } })),
    onSuccess: (session) => setSession(session),
  });
}

/** Starts enrolment of an authenticator app; each call makes a new secret. */
export function useTotpEnrollment() {
  return useQuery({
    queryKey: ['totp-enrollment'],
    queryFn: (): Promise<TotpEnrollment> => data(client.POST('/api/v1/auth/totp/enroll', { body: {} })),
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
  });
}

export function useConfirmTotp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string): Promise<TotpConfirmation> => data(client.POST('/api/v1/auth/totp/confirm', { body: { code } })),
    onSuccess: ({ user }) => {
      queryClient.removeQueries({ queryKey: ['totp-enrollment'] });
      queryClient.setQueryData<Session>(sessionQueryKey, { user, stage: 'signed-in' });
    },
  });
}

export function useAcceptInvitation() {
  const setSession = useSetSession();
  return useMutation({
    mutationFn: (body: { token: string; password: string }) => data(client.POST('/api/v1/auth/invitations/accept', { body })),
    onSuccess: (session) => {
      forgetCsrfToken();
      setSession(session);
    },
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => data(client.POST('/api/v1/auth/sign-out', { body: {} })),
    onSettled: () => {
      forgetCsrfToken();
      // Nothing from the previous person may linger in memory.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
      queryClient.setQueryData(sessionQueryKey, null);
    },
  });
}

export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (email: string) => data(client.POST('/api/v1/auth/password-reset', { body: { email } })),
  });
}

/** Changes the signed-in person's password; their other sessions end, this one carries on. */
export function useChangePassword() {
  const setSession = useSetSession();
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) => data(client.POST('/api/v1/auth/password', { body })),
    onSuccess: (session) => setSession(session),
  });
}

export function useCompletePasswordReset() {
  return useMutation({
    mutationFn: (body: { token: string; password: string }) => data(client.POST('/api/v1/auth/password-reset/complete', { body })),
  });
}
