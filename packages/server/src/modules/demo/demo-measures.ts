import type { AppContext, RequestContext } from '../../platform/context.js';
import { listOwnMeasures, submitOwnMeasure } from '../measures/measures-portal.service.js';
import { assignToClient, assignToRelationship } from '../measures/measures.service.js';

const WEEK_MS = 7 * 86_400_000;

/** The same services, with the clock moved back: how the demo gets a believable history over time. */
function weeksAgo(app: AppContext, weeks: number): AppContext {
  const at = app.clock.now().getTime() - weeks * WEEK_MS;
  return { ...app, clock: { now: () => new Date(at) } };
}

async function answer(app: AppContext, client: RequestContext, instrumentId: string, answers: number[]): Promise<void> {
  const request = (await listOwnMeasures(app, client)).find((m) => m.instrumentId === instrumentId);
  if (request) await submitOwnMeasure(app, client, request.requestId, answers);
}

/**
 * Measures over the last eight weeks: Alex's PHQ-9 falling from moderate to mild (a reliable
 * improvement) and her FSFI rising; the couple's CSI-4 answered separately every two weeks;
 * and a PHQ-9 and the fortnightly CSI-4 due now.
 */
export async function seedDemoMeasures(app: AppContext, who: { okafor: RequestContext; asAlex: RequestContext; alexId: string; relationshipId: string }): Promise<void> {
  const { okafor, asAlex, alexId, relationshipId } = who;
  const phq9 = [[2, 2, 1, 2, 2, 1, 1, 1, 0], [1, 2, 1, 2, 1, 1, 1, 1, 0], [1, 1, 1, 1, 1, 1, 1, 0, 0], [1, 1, 0, 1, 1, 0, 1, 0, 0]];
  const fsfi = [
    [2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 2, 2, 2, 3, 3, 3, 1, 1, 1],
    [3, 2, 3, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 2],
    [3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 3, 3, 3, 4, 4, 4, 3, 2, 3],
  ];
  for (const [i, weeks] of [8, 6, 4, 2].entries()) {
    const then = weeksAgo(app, weeks);
    await assignToClient(then, okafor, alexId, { instrumentId: 'phq-9', schedule: 'once' });
    await answer(then, asAlex, 'phq-9', phq9[i]!);
    if (i < fsfi.length) {
      await assignToClient(then, okafor, alexId, { instrumentId: 'fsfi', schedule: 'once' });
      await answer(then, asAlex, 'fsfi', fsfi[i]!);
    }
  }
  const start = weeksAgo(app, 8);
  await assignToRelationship(start, okafor, relationshipId, { instrumentId: 'csi-4', schedule: 'every-n-weeks', intervalWeeks: 2 });
  for (const [i, weeks] of [8, 6, 4, 2].entries()) await answer(weeksAgo(app, weeks), asAlex, 'csi-4', [3, 3 + (i > 1 ? 1 : 0), 3, 3 + (i > 2 ? 1 : 0)]);
  // Due today: the next PHQ-9 is waiting in Alex's portal.
  await assignToClient(app, okafor, alexId, { instrumentId: 'phq-9', schedule: 'once' });
}
