import type { Role } from '../../api/types';

/** Plain-language names for roles. */
export const ROLE_LABELS: Record<Role, string> = {
  owner: 'Owner',
  clinician: 'Clinician',
  supervisor: 'Supervisor',
  billing: 'Billing',
  client: 'Client',
};

/** What each staff role can do, shown beside the invitation checkboxes. */
export const ROLE_HINTS: Partial<Record<Role, string>> = {
  owner: 'Manages the practice, its settings and its team.',
  clinician: 'Sees and writes the records of their own clients.',
  supervisor: 'Reviews the work of the clinicians they supervise.',
  billing: 'Sees names and billing details, never clinical notes.',
};
