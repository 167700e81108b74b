import type { AppContext, RequestContext } from '../../platform/context.js';
import { getOwnClientSummary, requireOwnClient } from '../clients/clients.service.js';
import { consentStatus } from '../consents/consents.service.js';
import { listIntakeStatus } from '../intake/intake.service.js';
import { getPracticeRecord } from '../practice/practice.service.js';

export interface PortalHome {
  client: { id: string; displayName: string };
  practice: { name: string };
  nextSteps: { kind: string; title: string; done: boolean }[];
}

/** The client's portal home: who they are, their practice, and what happens next. */
export async function getPortalHome(app: AppContext, rc: RequestContext): Promise<PortalHome> {
  const { actor, client: row } = await requireOwnClient(app, rc);
  const client = await getOwnClientSummary(app, rc);
  const practice = await getPracticeRecord(app.db, actor.practiceId);
  const consents = await consentStatus(app, row);
  const intake = await listIntakeStatus(app, row);
  return {
    client: { id: client.id, displayName: client.displayName },
    practice: { name: practice.name },
    nextSteps: [
      ...consents.map((c) => ({ kind: 'consent', title: `Read and sign: ${c.title}`, done: c.signed })),
      { kind: 'intake', title: 'Tell us about yourself', done: intake.submitted },
    ],
  };
}
