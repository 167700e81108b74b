import { DateTime } from 'luxon';
import type { AppContext, RequestContext } from '../../platform/context.js';
import { recordPayment, saveCharge, saveProvider, saveSettings, setSlidingScale } from '../billing/billing.service.js';
import { listClientDiagnoses } from '../diagnoses/diagnoses.service.js';
import { assignHomework, logPractice } from '../homework/homework.service.js';
import { addAddendum, addPsychotherapyNote, saveNote, setSupervisors, signNote, startNote } from '../notes/notes.service.js';
import { createPlan, recordProgress } from '../plans/plans.service.js';
import { addTimeOff, setWorkingHours } from '../scheduling/availability.service.js';
import { createAppointments } from '../scheduling/scheduling.service.js';

const ZONE = 'America/Chicago';
const DAY_MS = 86_400_000;

/** The same services with the clock moved back: how the demo gets a believable course over time. */
function daysAgo(app: AppContext, days: number): AppContext {
  const at = app.clock.now().getTime() - days * DAY_MS;
  return { ...app, clock: { now: () => new Date(at) } };
}

/** A local wall time `days` from today in the practice's zone, e.g. "2026-11-19T10:00". */
function localAt(app: AppContext, days: number, time: string): string {
  return `${DateTime.fromJSDate(app.clock.now()).setZone(ZONE).plus({ days }).toISODate()}T${time}`;
}

export interface CourseCast {
  okafor: RequestContext; rivera: RequestContext; park: RequestContext; owner: RequestContext; billing: RequestContext; asAlex: RequestContext;
  alexId: string; jamieId: string; taylorId: string; marcId: string; relationshipId: string; riveraId: string; parkId: string; okaforId: string;
}

const soap = (subjective: string, assessment: string, plan: string, extra: { homeworkReviewed?: string; homeworkAssigned?: string; measuresReviewed?: string } = {}) => ({
  fields: { subjective, objective: 'Both engaged and warm with each other; no acute distress.', assessment, plan, ...extra },
  interventions: ['Sensate focus — stage 1', 'Psychoeducation'], risk: { level: 'none-indicated' as const },
});

/**
 * The course of therapy in the demo: the couple's weekly joint sessions over the last month with
 * signed notes (one corrected by an addendum), a treatment plan with progress and linked
 * questionnaires, sensate-focus homework Alex has logged (one reflection kept private, one
 * shared), today's sessions, a note left to sign, a supervisee's note waiting for co-signature,
 * working hours, time off, and billing (fees, a sliding scale, charges, a payment).
 */
export async function seedDemoCourse(app: AppContext, c: CourseCast): Promise<void> {
  await setSupervisors(app, c.owner, c.riveraId, [c.parkId]);
  await saveSettings(app, c.billing, {
    billingName: 'Riverside Center for Sexual Health, PLLC', address: '400 N Riverside Plaza, Suite 12, Chicago IL 60606', phone: '(312) 555-0100',
    taxId: '36-4567890', npi: '1457389210', fees: { '90791': 22000, '90832': 11000, '90834': 15000, '90837': 19000, '90846': 16000, '90847': 17000, '90853': 7000 },
  });
  await saveProvider(app, c.billing, c.okaforId, { npi: '1326049871', license: 'Licensed Clinical Psychologist, Illinois 071.009876' });
  await setSlidingScale(app, c.billing, c.taylorId, 50);

  // Four weekly joint sessions, the first an intake, on the weekday of today.
  const joint = [];
  for (const [i, weeks] of [4, 3, 2, 1].entries()) {
    const then = daysAgo(app, weeks * 7 + 2);
    const [appt] = await createAppointments(then, c.okafor, { kind: i === 0 ? 'intake' : 'joint', relationshipId: c.relationshipId, startsAt: localAt(app, -weeks * 7, '10:00'), durationMinutes: i === 0 ? 80 : 50, modality: i === 2 ? 'video' : 'in-person', room: i === 2 ? undefined : 'Willow', videoLink: i === 2 ? 'https://video.example.test/okafor' : undefined, outsideWorkingHours: true });
    joint.push(appt!);
  }
  const alexDiagnosis = (await listClientDiagnoses(app, c.okafor, c.alexId))[0];
  const planApp = daysAgo(app, 28);
  const plan = await createPlan(planApp, c.okafor, {
    relationshipId: c.relationshipId, sessionsPlanned: 12, reviewOn: localAt(app, 14, '00:00').slice(0, 10), plissit: 'specific-suggestions',
    content: {
      problems: [
        { id: 'desire', description: 'Mismatch in desire since their daughter’s birth; Jamie feels rejected, Alex feels pressured.', diagnosisIds: [] },
        { id: 'pain', description: 'Alex: pain with penetration since childbirth (medical assessment under way).', diagnosisIds: alexDiagnosis ? [alexDiagnosis.id] : [] },
      ],
      goals: [
        { id: 'closeness', description: 'Rebuild relaxed, pressure-free physical closeness', problemIds: ['desire'], measureInstrumentIds: ['csi-4'], objectives: [
          { id: 'sf1', description: 'Complete sensate focus stage 1 at least twice a week for three weeks', targetDate: localAt(app, 0, '00:00').slice(0, 10) },
          { id: 'initiate', description: 'Each partner initiates one non-sexual touch ritual weekly', targetDate: null },
        ] },
        { id: 'comfort', description: 'Penetration without pain, when Alex wants it', problemIds: ['pain'], measureInstrumentIds: ['fsfi'], objectives: [
          { id: 'pfpt', description: 'Attend pelvic-floor physical therapy assessment', targetDate: localAt(app, 21, '00:00').slice(0, 10) },
        ] },
      ],
      interventionIds: ['sensate-focus-1', 'sensate-focus-2', 'communication-likes-and-wants', 'dilator-pelvic-floor', 'psychoeducation-sexual-response'],
    },
  });
  const notes = [
    soap('Both describe the history of the desire mismatch; Alex describes pain since childbirth.', 'Desire discrepancy with pain component; strong commitment.', 'Start sensate focus stage 1; refer for pelvic assessment.'),
    soap('First week of stage 1: two sessions, “awkward but nice”.', 'Engaging well; Jamie reports less pressure.', 'Continue stage 1.', { homeworkReviewed: 'Stage 1 done twice.', homeworkAssigned: 'Stage 1, three times.' }),
    soap('Video session. Alex noticed rushing; Jamie enjoyed being the receiver.', 'Spectatoring easing; CSI-4 stable.', 'Continue; introduce likes-and-wants conversation.', { measuresReviewed: 'CSI-4 both partners, stable.' }),
    soap('Both report warmth returning; Alex’s physical therapy appointment booked.', 'Good progress toward objective 1.', 'Review plan in two weeks; consider stage 2.', { homeworkReviewed: 'Stage 1 three times.' }),
  ];
  for (const [i, appt] of joint.entries()) {
    const note = await startNote(daysAgo(app, (4 - i) * 7), c.okafor, appt.id, { template: 'soap' });
    const saved = await saveNote(daysAgo(app, (4 - i) * 7), c.okafor, note.id, { content: notes[i]!, version: note.version });
    await signNote(daysAgo(app, (4 - i) * 7), c.okafor, note.id, saved.version);
    if (i === 1) await addAddendum(daysAgo(app, 20), c.okafor, note.id, 'Correction: the session ran 50 minutes, not 45.');
    // The latest session is left for the billing worklist to code.
    if (i < 3) {
      const charge = i === 0
        ? { cptCode: '90791' as const, placeOfService: '11' as const, modifier: null }
        : { cptCode: '90847' as const, placeOfService: i === 2 ? '10' as const : '11' as const, modifier: null };
      await saveCharge(daysAgo(app, (4 - i) * 7 - 1), c.billing, appt.id, { billedClientId: c.alexId, diagnosisCodes: alexDiagnosis ? [alexDiagnosis.icd10] : [], ...charge });
    }
  }
  await recordPayment(daysAgo(app, 20), c.billing, c.alexId, { amountCents: 22000, method: 'card', receivedOn: localAt(app, -21, '00:00').slice(0, 10) });
  await recordPayment(daysAgo(app, 13), c.billing, c.alexId, { amountCents: 17000, method: 'card', receivedOn: localAt(app, -14, '00:00').slice(0, 10) });
  await recordProgress(daysAgo(app, 14), c.okafor, plan.id, { objectiveId: 'sf1', status: 'in-progress', rating: 4, note: 'Two practices a week; some awkwardness.' });
  await recordProgress(daysAgo(app, 7), c.okafor, plan.id, { objectiveId: 'sf1', status: 'in-progress', rating: 7, note: 'Three practices; both enjoying it.' });
  await recordProgress(daysAgo(app, 7), c.okafor, plan.id, { objectiveId: 'pfpt', status: 'in-progress', note: 'Appointment booked.' });
  await addPsychotherapyNote(daysAgo(app, 7), c.okafor, c.alexId, { content: 'I notice I want to protect Alex from Jamie’s frustration; watch for side-taking.' });

  // Homework: stage 1 for both partners, logged by Alex in the portal.
  const homework = await assignHomework(daysAgo(app, 21), c.okafor, { interventionId: 'sensate-focus-1', relationshipId: c.relationshipId, planId: plan.id, frequency: 'Two or three times a week' });
  const logs: [number, boolean, string, string | undefined, boolean][] = [
    [19, true, 'Awkward at first, then nice.', 'I kept thinking about whether Jamie was bored.', false],
    [16, true, 'Relaxed. We laughed.', undefined, false],
    [12, false, 'Too tired after bedtime; we postponed.', undefined, false],
    [9, true, 'Felt close; no pressure.', 'I liked not having to decide where it goes.', true],
    [5, true, 'Lovely. Jamie asked what I liked.', 'I want to tell Jamie more about what feels good.', false],
  ];
  for (const [days, done, howItWent, reflection, share] of logs) {
    await logPractice(daysAgo(app, days), c.asAlex, homework.id, { practicedOn: localAt(app, -days, '00:00').slice(0, 10), done, howItWent, ...(reflection ? { reflection, shareReflection: share } : {}) });
  }

  // Taylor: an individual session two days ago with its note still to write, and one today.
  await createAppointments(daysAgo(app, 9), c.okafor, { kind: 'individual', attendeeClientIds: [c.taylorId], startsAt: localAt(app, -2, '14:00'), durationMinutes: 50, modality: 'video', videoLink: 'https://video.example.test/okafor', outsideWorkingHours: true });
  const [alexSolo] = await createAppointments(daysAgo(app, 6), c.okafor, { kind: 'individual', attendeeClientIds: [c.alexId], startsAt: localAt(app, -3, '12:00'), durationMinutes: 45, modality: 'in-person', room: 'Birch', outsideWorkingHours: true });
  const draft = await startNote(daysAgo(app, 3), c.okafor, alexSolo!.id, { template: 'dap' });
  await saveNote(daysAgo(app, 3), c.okafor, draft.id, { content: { fields: { data: 'Alex discussed pain worry before the physical therapy visit.' }, interventions: ['Psychoeducation'], risk: { level: 'none-indicated' } }, version: draft.version });
  await createAppointments(app, c.okafor, { kind: 'individual', attendeeClientIds: [c.taylorId], startsAt: localAt(app, 0, '11:00'), durationMinutes: 50, modality: 'in-person', room: 'Birch', outsideWorkingHours: true });
  // The couple: today at 4 pm, then weekly for four more weeks.
  await createAppointments(daysAgo(app, 1), c.okafor, { kind: 'joint', relationshipId: c.relationshipId, startsAt: localAt(app, 0, '16:00'), durationMinutes: 50, modality: 'in-person', room: 'Willow', recurrence: { everyWeeks: 1, count: 5 }, outsideWorkingHours: true });

  // Sam Rivera (supervised by Helen Park): Marc's session last week, signed and waiting for co-signature.
  const [marcSession] = await createAppointments(daysAgo(app, 10), c.rivera, { kind: 'individual', attendeeClientIds: [c.marcId], startsAt: localAt(app, -6, '09:00'), durationMinutes: 55, modality: 'in-person', room: 'Cedar', outsideWorkingHours: true });
  const marcNote = await startNote(daysAgo(app, 6), c.rivera, marcSession!.id, { template: 'birp' });
  const marcSaved = await saveNote(daysAgo(app, 6), c.rivera, marcNote.id, { content: { fields: { behavior: 'Anxious about dating after prostate surgery.', intervention: 'Psychoeducation on erectile recovery; urology coordination discussed.', response: 'Relieved; will ask his urologist about options.', plan: 'Follow up after the urology visit.' }, interventions: ['Psychoeducation'], risk: { level: 'none-indicated' } }, version: marcNote.version });
  await signNote(daysAgo(app, 6), c.rivera, marcNote.id, marcSaved.version);

  // Working hours (set after the history above) and some time off.
  const week = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, starts: '08:00', ends: '19:00' }));
  await setWorkingHours(app, c.okafor, c.okaforId, { timeZone: ZONE, hours: week });
  await setWorkingHours(app, c.rivera, c.riveraId, { timeZone: ZONE, hours: week.filter((d) => d.weekday !== 5) });
  await addTimeOff(app, c.rivera, c.riveraId, { startsAt: localAt(app, 28, '00:00'), endsAt: localAt(app, 33, '00:00'), label: 'Conference' });
}
