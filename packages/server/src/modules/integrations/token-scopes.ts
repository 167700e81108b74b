/**
 * What a personal access token may reach. A token acts as the staff member who made it, never
 * beyond what they may do themselves, and only on the routes its scopes list: every other route
 * refuses it (403), and so do sign-in, session, token and webhook management, which need a
 * person. A test holds this table to the routes the app registers.
 */
export const TOKEN_SCOPES = {
  'clients:read': {
    label: 'Read client records and relationships',
    routes: ['GET /api/v1/clients', 'GET /api/v1/clients/:id', 'GET /api/v1/relationships', 'GET /api/v1/relationships/:id'],
  },
  'records:export': {
    label: 'Export client records and questionnaires as FHIR',
    routes: ['GET /api/v1/clients/:id/fhir', 'GET /api/v1/measure-responses/:id/fhir', 'GET /api/v1/instruments', 'GET /api/v1/instruments/:id/questionnaire'],
  },
  'appointments:read': {
    label: 'Read appointments and availability',
    routes: ['GET /api/v1/appointments', 'GET /api/v1/clinicians/:id/availability'],
  },
  'appointments:write': {
    label: 'Book, cancel and mark missed appointments',
    routes: ['POST /api/v1/appointments', 'POST /api/v1/appointments/:id/cancel', 'POST /api/v1/appointments/:id/no-show'],
  },
  'referrals:read': {
    label: 'Read referrals',
    routes: ['GET /api/v1/clients/:id/referrals', 'GET /api/v1/referrals/:id'],
  },
  'billing:read': {
    label: 'Read charges, payments and the income report',
    routes: ['GET /api/v1/clients/:id/account', 'GET /api/v1/billing/sessions', 'GET /api/v1/billing/income.csv', 'GET /api/v1/clients/:id/superbill.pdf'],
  },
} as const satisfies Record<string, { label: string; routes: readonly string[] }>;

export type TokenScope = keyof typeof TOKEN_SCOPES;
export const TOKEN_SCOPE_IDS = Object.keys(TOKEN_SCOPES) as TokenScope[];

/** The scope that admits a route (`METHOD /path/:param`), or null when no token may call it. */
export function scopeOfRoute(route: string): TokenScope | null {
  for (const id of TOKEN_SCOPE_IDS) if ((TOKEN_SCOPES[id].routes as readonly string[]).includes(route)) return id;
  return null;
}
