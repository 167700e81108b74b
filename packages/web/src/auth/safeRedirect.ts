/**
 * Where to go after signing in: only a path inside this app (never `//elsewhere` or a
 * full URL), so a crafted link cannot send someone to another site.
 */
export function safeRedirect(from: unknown): string {
  if (typeof from !== 'string' || !from.startsWith('/') || from.startsWith('//')) return '/';
  if (from.startsWith('/sign-in')) return '/';
  return from;
}

/** The path a guard remembered in `location.state` before sending someone to sign in. */
export function redirectFromState(state: unknown): string {
  if (state && typeof state === 'object' && 'from' in state) return safeRedirect(state.from);
  return '/';
}
