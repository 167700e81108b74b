import { isoDay } from '../../platform/clock.js';
import type { AppContext, RequestContext } from '../../platform/context.js';
import { recordDiagnosis } from '../diagnoses/diagnoses.service.js';
import { createReferral, sendReferral, updateReferral } from '../referrals/referrals.service.js';
import { createRelease, signOwnRelease } from '../releases/releases.service.js';
import { acceptSuggestion, dismissSuggestion, getScreening } from '../screening/screening.service.js';

function daysFrom(app: AppContext, days: number): string {
  return isoDay(new Date(app.clock.now().getTime() + days * 86_400_000));
}

/**
 * The demo's care in progress, built through the same services as real use: Alex's screening
 * suggestions taken to a sent gynecology referral under a signed release, a pelvic-floor
 * referral now overdue (it shows on Dr. Okafor's Today page), one suggestion dismissed with a
 * reason, and a provisional diagnosis recorded with an override while the medical referral
 * is pending.
 */
export async function seedDemoCare(app: AppContext, who: { okafor: RequestContext; asAlex: RequestContext; alexId: string }): Promise<void> {
  const { okafor, asAlex, alexId } = who;
  const screening = await getScreening(app, okafor, alexId);
  const byRule = (ruleId: string) => screening.suggestions.find((s) => s.ruleId === ruleId);

  const gynRelease = await createRelease(app, okafor, alexId, {
    recipientName: 'Dr. Lena Ortiz', recipientOrganization: 'Lakeshore Women’s Health', purpose: 'Assessment of pain with penetration since childbirth',
    allowed: ['identification', 'referral-reason', 'concerns', 'medications'], expiresOn: daysFrom(app, 180),
  });
  await signOwnRelease(app, asAlex, gynRelease.id, 'Alex Morgan');
  const gyn = byRule('red-flag-pain-penetration-gynecology');
  if (gyn) {
    const { referralId } = await acceptSuggestion(app, okafor, gyn.id, { recipientName: 'Dr. Lena Ortiz', recipientOrganization: 'Lakeshore Women’s Health' });
    await sendReferral(app, okafor, referralId, gynRelease.id);
  }

  const ptRelease = await createRelease(app, okafor, alexId, {
    recipientName: 'Pat Nguyen, DPT', recipientOrganization: 'North Side Pelvic Health', purpose: 'Pelvic-floor physical therapy',
    allowed: ['identification', 'referral-reason'], expiresOn: daysFrom(app, 120),
  });
  await signOwnRelease(app, asAlex, ptRelease.id, 'Alex Morgan');
  const pt = byRule('red-flag-pain-penetration-pelvic-floor');
  const ptReferral = pt
    ? (await acceptSuggestion(app, okafor, pt.id, { recipientName: 'Pat Nguyen, DPT', recipientOrganization: 'North Side Pelvic Health' })).referralId
    : (await createReferral(app, okafor, alexId, { specialty: 'pelvic-floor-physical-therapy', urgency: 'routine', reason: 'Pelvic-floor assessment.', recipientName: 'Pat Nguyen, DPT' })).id;
  await sendReferral(app, okafor, ptReferral, ptRelease.id);
  // Sent weeks ago in the story: no word back yet, so it is overdue.
  await updateReferral(app, okafor, ptReferral, { dueOn: daysFrom(app, -5) });

  const contraceptive = byRule('medication-hormonal-contraceptive');
  if (contraceptive) await dismissSuggestion(app, okafor, contraceptive.id, 'Discussed with Alex: desire changes began before starting the pill; will revisit if nothing else helps.');

  await recordDiagnosis(app, okafor, alexId, {
    diagnosisId: 'genito-pelvic-pain-penetration-disorder',
    findings: {
      symptoms: { pain: true, 'fear-anxiety': true, 'penetration-difficulty': null, 'muscle-tensing': null },
      durationMonths: 18, distress: true,
      exclusions: { 'another-mental-disorder': false, 'severe-relationship-distress': false, 'other-stressors': false, 'substance-or-medication': false },
    },
    specifiers: { course: 'acquired', severity: 'moderate' },
    status: 'provisional',
    diagnosedOn: isoDay(app.clock.now()),
    override: { reason: 'Provisional while the gynecology assessment is pending; pattern is clear from the history and sessions.' },
  });
}
