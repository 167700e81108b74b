import type { AppContext, RequestContext } from '../../platform/context.js';
import { requireRole } from '../../platform/authz.js';
import { getOwnClientSummary } from '../clients/clients.service.js';
import { getPracticeRecord } from '../practice/practice.service.js';

export interface PortalHome {
  client: { id: string; displayName: string };
  practice: { name: string };
  nextSteps: { kind: string; title: string; done: boolean }[];
}

/** The client's portal home: who they are, their practice, and what happens next. */
export async function getPortalHome(app: AppContext, rc: RequestContext): Promise<PortalHome> {
  const actor = requireRole(rc, 'client');
  const client = await getOwnClientSummary(app, rc);
  const practice = await getPracticeRecord(app.db, actor.practiceId);
  return { client: { id: client.id, displayName: client.displayName }, practice: { name: practice.name }, nextSteps: [] };
}
