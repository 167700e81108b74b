import type {
  Appointment as FhirAppointment, Bundle, CarePlan, Condition, Consent, DocumentReference, Encounter, Goal, Group, Observation, Organization, Patient,
  Practitioner, QuestionnaireResponse, QuestionnaireResponseItem, Reference, RelatedPerson, Resource, ServiceRequest, Task,
} from '@medplum/fhirtypes';
import { requireInstrument, toFhirResponse, type InstrumentScore } from '@candor/clinical';
import type { ClientRecord } from '../clients/clients.schemas.js';
import type { DiagnosisRecord } from '../diagnoses/diagnoses.schemas.js';
import type { Homework } from '../homework/homework.schemas.js';
import type { Note } from '../notes/notes.schemas.js';
import type { Plan } from '../plans/plans.schemas.js';
import type { Referral } from '../referrals/referrals.schemas.js';
import type { Release } from '../releases/releases.schemas.js';
import type { Appointment } from '../scheduling/scheduling.schemas.js';
import { CANDOR_URN, ICD10_CM_SYSTEM, LOINC, candorIdentifier, concept, entryOf, instant, ref, stableUuid, textConcept, urnOf } from '../../platform/fhir.js';

/** Everything one client's export is built from, read by interop.service with the caller's access. */
export interface ClientExportData {
  exportedAt: string;
  practice: { id: string; name: string };
  client: ClientRecord;
  /** The client's relationships, each partner by display name only. */
  relationships: { id: string; name: string; partners: { clientId: string; displayName: string }[] }[];
  consents: { document: { id: string; kind: string; title: string }; version: { id: string; version: number; hash: string }; relationship: { id: string; name: string } | null; signature: { typedName: string; signedAt: string } | null }[];
  releases: Release[];
  intakes: { id: string; version: number | null; submittedAt: string; completedBy: string; answers: unknown }[];
  responses: { id: string; instrumentId: string; completedAt: string; answers: (number | null)[]; score: InstrumentScore }[];
  diagnoses: DiagnosisRecord[];
  plans: Plan[];
  homework: Homework[];
  referrals: Referral[];
  appointments: Appointment[];
  notes: { note: Note; templateLabel: string; fieldLabels: Record<string, string>; text: string; pdf: Uint8Array }[];
  staff: Map<string, string>;
}

const SEX_AT_BIRTH: Record<string, string> = { female: 'F', male: 'M' };
// HL7 v3 MaritalStatus (https://terminology.hl7.org/CodeSystem-v3-MaritalStatus.html).
const MARITAL: Record<string, [string, string]> = {
  single: ['S', 'Never Married'], married: ['M', 'Married'], partnered: ['T', 'Domestic partner'], separated: ['L', 'Legally Separated'],
  divorced: ['D', 'Divorced'], widowed: ['W', 'Widowed'],
};
const APPOINTMENT_STATUS = { scheduled: 'booked', completed: 'fulfilled', cancelled: 'cancelled', 'no-show': 'noshow' } as const;
const REFERRAL_STATUS = { drafted: 'draft', sent: 'active', acknowledged: 'active', seen: 'active', closed: 'completed', declined: 'revoked' } as const;
const RELEASE_STATUS = { 'awaiting-signature': 'proposed', signed: 'active', revoked: 'inactive', expired: 'inactive' } as const;
const CLINICAL_STATUS = { provisional: 'active', confirmed: 'active', 'in-remission': 'remission', resolved: 'resolved', 'ruled-out': 'inactive' } as const;
const VERIFICATION_STATUS = { provisional: 'provisional', confirmed: 'confirmed', 'in-remission': 'confirmed', resolved: 'confirmed', 'ruled-out': 'refuted' } as const;
const OBJECTIVE_STATUS: Record<string, Goal['lifecycleStatus']> = { 'not-started': 'proposed', 'in-progress': 'active', achieved: 'completed', revised: 'active', discontinued: 'cancelled' };

const base64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');

/**
 * One client's record as a FHIR R4 Bundle of type `collection`
 * (https://hl7.org/fhir/R4/bundle.html). Built only from data already read with the caller's
 * access: psychotherapy notes are never passed in; a partner appears by name (as a
 * RelatedPerson and in the couple's Group), never with their own history, scores, diagnoses or
 * notes about them alone; the couple's plan carries only this client's measure points.
 */
export function buildClientBundle(d: ClientExportData): Bundle {
  const c = d.client;
  const patient: Reference<Patient> = ref(c.id, c.displayName);
  const resources: Resource[] = [];
  const practitioners = new Set<string>();
  const practitioner = (id: string): Reference<Practitioner> => { practitioners.add(id); return ref(id, d.staff.get(id)); };

  resources.push({
    resourceType: 'Organization', id: d.practice.id, identifier: [candorIdentifier('practice', d.practice.id)], active: true, name: d.practice.name,
  } satisfies Organization);

  const extension: Patient['extension'] = [];
  // US Core birth sex (http://hl7.org/fhir/us/core/StructureDefinition/us-core-birthsex: F, M or UNK).
  if (c.sexAssignedAtBirth) extension.push({ url: 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-birthsex', valueCode: SEX_AT_BIRTH[c.sexAssignedAtBirth] ?? 'UNK' });
  // R4 core extension patient-genderIdentity (http://hl7.org/fhir/R4/extension-patient-genderidentity.html), in the client's own words.
  if (c.genderIdentity) extension.push({ url: 'http://hl7.org/fhir/StructureDefinition/patient-genderIdentity', valueCodeableConcept: textConcept(c.genderIdentity) });
  if (c.pronouns) extension.push({ url: `${CANDOR_URN}:extension:pronouns`, valueString: c.pronouns });
  const structure = c.relationshipStructureOther ?? c.relationshipStructure;
  if (structure) extension.push({ url: `${CANDOR_URN}:extension:relationship-structure`, valueString: structure });
  const marital = c.relationshipStatus ? MARITAL[c.relationshipStatus] : undefined;
  resources.push({
    resourceType: 'Patient', id: c.id, identifier: [candorIdentifier('client', c.id)], active: c.status !== 'discharged',
    ...(extension.length ? { extension } : {}),
    name: [
      { use: 'official', family: c.lastName, given: [c.firstName] },
      ...(c.preferredName ? [{ use: 'usual' as const, given: [c.preferredName], family: c.lastName }] : []),
    ],
    telecom: [
      ...(c.email ? [{ system: 'email' as const, value: c.email }] : []),
      ...(c.phone ? [{ system: 'phone' as const, value: c.phone }] : []),
    ],
    birthDate: c.dateOfBirth,
    ...(c.address ? { address: [{ text: c.address }] } : {}),
    ...(c.relationshipStatus ? { maritalStatus: marital ? concept('http://terminology.hl7.org/CodeSystem/v3-MaritalStatus', marital[0], marital[1]) : textConcept(c.relationshipStatus) } : {}),
    ...(c.emergencyContact ? {
      contact: [{
        relationship: [concept('http://terminology.hl7.org/CodeSystem/v2-0131', 'C', 'Emergency Contact'), ...(c.emergencyContact.relationship ? [textConcept(c.emergencyContact.relationship)] : [])],
        name: { text: c.emergencyContact.name }, telecom: [{ system: 'phone', value: c.emergencyContact.phone }],
      }],
    } : {}),
    generalPractitioner: c.careTeam.map((m) => practitioner(m.id)),
    managingOrganization: ref(d.practice.id, d.practice.name),
  } satisfies Patient);

  // Sexual orientation, as the client put it: LOINC 76690-7 "Sexual orientation".
  if (c.sexualOrientation) {
    resources.push({
      resourceType: 'Observation', id: stableUuid(`sexual-orientation:${c.id}`), status: 'final',
      category: [concept('http://terminology.hl7.org/CodeSystem/observation-category', 'social-history', 'Social History')],
      code: concept(LOINC, '76690-7', 'Sexual orientation'), subject: patient, valueCodeableConcept: textConcept(c.sexualOrientation),
    } satisfies Observation);
  }

  // The concern the client came with, in their clinician's words (a problem-list entry, as a chief complaint is in FHIR).
  if (c.presentingConcern) {
    resources.push({
      resourceType: 'Condition', id: stableUuid(`presenting-concern:${c.id}`),
      clinicalStatus: concept('http://terminology.hl7.org/CodeSystem/condition-clinical', 'active'),
      verificationStatus: concept('http://terminology.hl7.org/CodeSystem/condition-ver-status', 'unconfirmed'),
      category: [concept('http://terminology.hl7.org/CodeSystem/condition-category', 'problem-list-item', 'Problem List Item')],
      code: textConcept('Presenting concern'), subject: patient, note: [{ text: c.presentingConcern }],
    } satisfies Condition);
  }

  // Relationships: each partner as a RelatedPerson of this client, the couple as a Group.
  for (const r of d.relationships) {
    for (const p of r.partners) {
      resources.push({
        resourceType: 'RelatedPerson', id: stableUuid(`partner:${c.id}:${p.clientId}`), active: true, patient,
        relationship: [concept('http://terminology.hl7.org/CodeSystem/v3-RoleCode', 'SIGOTHR', 'significant other')], name: [{ text: p.displayName }],
      } satisfies RelatedPerson);
    }
    resources.push({
      resourceType: 'Group', id: r.id, identifier: [candorIdentifier('relationship', r.id)], active: true, type: 'person', actual: true, name: r.name,
      quantity: r.partners.length + 1,
      member: [{ entity: patient }, ...r.partners.map((p) => ({ entity: { display: p.displayName } }))],
    } satisfies Group);
  }

  // Consents: the agreements the client signed, then releases of information.
  for (const s of d.consents) {
    if (!s.signature) continue;
    resources.push({
      resourceType: 'Consent', id: stableUuid(`consent:${c.id}:${s.version.id}`), status: 'active',
      scope: concept('http://terminology.hl7.org/CodeSystem/consentscope', 'treatment', 'Treatment'),
      category: [concept(LOINC, '59284-0', 'Patient Consent', s.document.title)],
      patient, dateTime: instant(s.signature.signedAt), organization: [ref(d.practice.id, d.practice.name)],
      sourceAttachment: { title: `${s.document.title}, version ${s.version.version} (SHA-256 ${s.version.hash}), signed “${s.signature.typedName}”` },
      policy: [{ uri: `${CANDOR_URN}:consent-version:${s.version.id}` }],
      ...(s.relationship ? { provision: { actor: [{ role: textConcept('relationship'), reference: ref(s.relationship.id, s.relationship.name) }] } } : {}),
    } satisfies Consent);
  }
  for (const r of d.releases) {
    resources.push({
      resourceType: 'Consent', id: r.id, identifier: [candorIdentifier('release', r.id)], status: RELEASE_STATUS[r.status],
      scope: concept('http://terminology.hl7.org/CodeSystem/consentscope', 'patient-privacy', 'Privacy Consent'),
      category: [concept(LOINC, '64292-6', 'Release of information consent')],
      patient, dateTime: instant(r.signature?.signedAt ?? r.createdAt), organization: [ref(d.practice.id, d.practice.name)],
      policyRule: concept('http://terminology.hl7.org/CodeSystem/consentpolicycodes', 'hipaa-auth', 'HIPAA Authorization'),
      provision: {
        type: 'permit', period: { end: r.expiresOn },
        actor: [{ role: concept('http://terminology.hl7.org/CodeSystem/v3-ParticipationType', 'IRCP', 'information recipient'), reference: { display: [r.recipientName, r.recipientOrganization].filter(Boolean).join(', ') } }],
        purpose: [{ system: `${CANDOR_URN}:release-purpose`, display: r.purpose }],
        code: r.allowed.map((a) => concept(`${CANDOR_URN}:release-item`, a.item, a.label)),
      },
    } satisfies Consent);
  }

  // The sexual-health history, each submitted version as a QuestionnaireResponse.
  for (const i of d.intakes) {
    resources.push({
      resourceType: 'QuestionnaireResponse', id: i.id, identifier: candorIdentifier('intake', i.id), questionnaire: `${CANDOR_URN}:questionnaire:sexual-health-history`,
      status: 'completed', subject: patient, authored: instant(i.submittedAt),
      ...(i.completedBy === 'client' ? { author: patient, source: patient } : {}),
      item: answerItems(i.answers, ''),
    } satisfies QuestionnaireResponse);
  }

  // Measures: each completed questionnaire and its scores (LOINC where the instrument has codes).
  for (const r of d.responses) {
    const { questionnaireResponse, observations } = toFhirResponse(requireInstrument(r.instrumentId), r.answers, r.score, {
      responseId: r.id, subject: urnOf(c.id), authored: instant(r.completedAt), observationId: (key) => stableUuid(`score:${r.id}:${key}`), responseReference: urnOf(r.id),
    });
    resources.push(questionnaireResponse as unknown as QuestionnaireResponse, ...(observations as unknown as Observation[]));
  }

  for (const dx of d.diagnoses) {
    resources.push({
      resourceType: 'Condition', id: dx.id, identifier: [candorIdentifier('diagnosis', dx.id)],
      clinicalStatus: concept('http://terminology.hl7.org/CodeSystem/condition-clinical', CLINICAL_STATUS[dx.status]),
      verificationStatus: concept('http://terminology.hl7.org/CodeSystem/condition-ver-status', VERIFICATION_STATUS[dx.status]),
      category: [concept('http://terminology.hl7.org/CodeSystem/condition-category', 'encounter-diagnosis', 'Encounter Diagnosis')],
      code: concept(ICD10_CM_SYSTEM, dx.icd10, dx.label),
      subject: patient, recordedDate: dx.diagnosedOn,
      note: [
        { text: `Status: ${dx.status}. ${Object.entries(dx.specifiers).map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(', ') : String(v)}`).join('; ') || 'No specifiers.'}` },
        ...(dx.overrideReason ? [{ text: `Recorded although not every criterion was met: ${dx.overrideReason}` }] : []),
      ],
    } satisfies Condition);
  }

  // Treatment plans: the client's own and their relationships' (the couple's plan has the Group as subject).
  for (const plan of d.plans) {
    const goalIds: string[] = [];
    for (const goal of plan.goals) {
      for (const [index, objective] of [{ id: goal.id, description: goal.description, targetDate: null, progress: [] }, ...goal.objectives].entries()) {
        const id = stableUuid(`goal:${plan.id}:${objective.id}`);
        goalIds.push(id);
        const latest = objective.progress.at(-1);
        resources.push({
          resourceType: 'Goal', id, lifecycleStatus: index === 0 ? (plan.status === 'active' ? 'active' : 'completed') : latest ? OBJECTIVE_STATUS[latest.status] ?? 'active' : 'proposed',
          description: { text: index === 0 ? goal.description : `Objective: ${objective.description}` },
          subject: plan.relationshipId ? ref(plan.relationshipId) : patient,
          ...(objective.targetDate ? { target: [{ dueDate: objective.targetDate }] } : {}),
          ...(index === 0 && goal.measures.length ? {
            note: goal.measures.map((m) => ({ text: `${m.shortName}: ${m.points.filter((p) => p.clientId === c.id).map((p) => `${p.completedAt.slice(0, 10)} ${p.total ?? '—'}`).join('; ') || 'no scores yet'}` })),
          } : {}),
          ...(objective.progress.length ? { outcomeCode: objective.progress.map((p) => textConcept(`${p.recordedAt.slice(0, 10)}: ${p.status}${p.rating === null ? '' : ` (${p.rating}/10)`}${p.note ? ` — ${p.note}` : ''}`)) } : {}),
        } satisfies Goal);
      }
    }
    resources.push({
      resourceType: 'CarePlan', id: plan.id, identifier: [candorIdentifier('treatment-plan', plan.id)], status: plan.status === 'active' ? 'active' : 'completed', intent: 'plan',
      title: plan.relationshipId ? 'Treatment plan (together)' : 'Treatment plan',
      description: `Version ${plan.version}. ${plan.sessions.planned} sessions planned (${plan.sessions.used} held, ${plan.sessions.scheduled} booked). PLISSIT level: ${plan.plissit}. Review on ${plan.reviewOn}.${plan.reviewSummary ? ` Last review: ${plan.reviewSummary}` : ''}`,
      subject: plan.relationshipId ? ref(plan.relationshipId) : patient, period: { start: plan.startedOn },
      addresses: plan.problems.flatMap((p) => p.diagnoses.filter((x) => x.clientId === c.id).map((x) => ref(x.id, x.icd10))),
      goal: goalIds.map((id) => ref(id)),
      activity: plan.interventions.map((i) => ({ detail: { kind: 'Task' as const, code: textConcept(i.name), status: plan.status === 'active' ? 'in-progress' as const : 'completed' as const } })),
      note: plan.problems.map((p) => ({ text: `Problem: ${p.description}` })),
    } satisfies CarePlan);
  }

  // Homework, with this client's own practice log only.
  for (const h of d.homework) {
    const mine = h.assignees.find((a) => a.clientId === c.id);
    if (!mine) continue;
    resources.push({
      resourceType: 'Task', id: stableUuid(`homework:${h.id}:${c.id}`), identifier: [candorIdentifier('homework', h.id)],
      status: h.status === 'active' ? 'in-progress' : 'cancelled', intent: 'plan', code: textConcept(h.title), description: h.instructions,
      ...(h.planId ? { basedOn: [ref(h.planId)] } : {}), for: patient, owner: patient, requester: practitioner(h.assignedBy),
      authoredOn: instant(h.createdAt), executionPeriod: { start: h.startsOn, ...(h.endsOn ? { end: h.endsOn } : {}) },
      note: [
        ...(h.frequency ? [{ text: `How often: ${h.frequency}` }] : []),
        ...mine.logs.map((l) => ({ time: l.practicedOn, text: `${l.done ? 'Done' : 'Not done'}${l.howItWent ? `: ${l.howItWent}` : ''}${l.sharedReflection ? ` Shared reflection: ${l.sharedReflection}` : ''}` })),
      ],
    } satisfies Task);
  }

  for (const r of d.referrals) {
    resources.push({
      resourceType: 'ServiceRequest', id: r.id, identifier: [candorIdentifier('referral', r.id)], status: REFERRAL_STATUS[r.status], intent: 'order',
      category: [concept('http://snomed.info/sct', '3457005', 'Patient referral')], priority: r.urgency === 'routine' ? 'routine' : 'urgent',
      code: concept(`${CANDOR_URN}:referral-specialty`, r.specialty, r.specialtyLabel), subject: patient, authoredOn: instant(r.createdAt),
      performer: [{ display: [r.recipientName, r.recipientOrganization].filter(Boolean).join(', ') }], reasonCode: [textConcept(r.reason)],
      ...(r.releaseId ? { supportingInfo: [ref(r.releaseId)] } : {}),
      ...(r.dueOn ? { occurrencePeriod: { end: r.dueOn } } : {}),
      note: [...(r.notes ? [{ text: r.notes }] : []), ...(r.outcome ? [{ text: `Outcome: ${r.outcome}` }] : [])],
    } satisfies ServiceRequest);
  }

  const partnerIds = new Set(d.relationships.flatMap((r) => r.partners.map((p) => p.clientId)));
  // Appointments (no room or video address: they say nothing clinical and may be private), and an Encounter for each that was held or missed.
  for (const a of d.appointments) {
    const others = a.attendees.filter((x) => x.clientId !== c.id);
    resources.push({
      resourceType: 'Appointment', id: a.id, identifier: [candorIdentifier('appointment', a.id)], status: APPOINTMENT_STATUS[a.status],
      ...(a.lateCancellation ? { cancelationReason: textConcept('Late cancellation') } : {}),
      serviceType: [concept(`${CANDOR_URN}:appointment-kind`, a.kind, `${a.kind} session`)], appointmentType: textConcept(a.modality),
      start: instant(a.startsAt), end: instant(a.endsAt), minutesDuration: Math.round((Date.parse(a.endsAt) - Date.parse(a.startsAt)) / 60000),
      participant: [
        { actor: patient, status: 'accepted' },
        { actor: practitioner(a.clinician.id), status: 'accepted' },
        // Another attendee: a partner by their RelatedPerson, anyone else by name only.
        ...others.map((o) => ({
          actor: partnerIds.has(o.clientId) ? ref<RelatedPerson>(stableUuid(`partner:${c.id}:${o.clientId}`), o.displayName) : { display: o.displayName },
          status: 'accepted' as const,
        })),
      ],
    } satisfies FhirAppointment);
    if (a.status === 'completed' || a.status === 'no-show') {
      resources.push({
        resourceType: 'Encounter', id: stableUuid(`encounter:${a.id}`), status: a.status === 'completed' ? 'finished' : 'cancelled',
        class: a.modality === 'video'
          ? { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'VR', display: 'virtual' }
          : { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'AMB', display: 'ambulatory' },
        type: [concept(`${CANDOR_URN}:appointment-kind`, a.kind, `${a.kind} session`)], subject: patient,
        participant: [{ individual: practitioner(a.clinician.id) }], appointment: [ref(a.id)], period: { start: instant(a.startsAt), end: instant(a.endsAt) },
        serviceProvider: ref(d.practice.id, d.practice.name),
      } satisfies Encounter);
    }
  }

  // Signed progress notes as documents (text and PDF); each addendum its own document, linked to the note it appends.
  for (const { note, templateLabel, text, pdf } of d.notes) {
    const title = `Progress note (${templateLabel}), ${note.session.startsAt.slice(0, 10)}`;
    resources.push({
      resourceType: 'DocumentReference', id: note.id, identifier: [candorIdentifier('note', note.id)], status: 'current', docStatus: 'final',
      type: concept(LOINC, '11506-3', 'Progress note'), subject: patient, date: instant(note.signedAt!),
      author: [practitioner(note.author.id)], ...(note.cosignedBy ? { authenticator: practitioner(note.cosignedBy) } : {}),
      description: title,
      content: [
        { attachment: { contentType: 'text/plain; charset=utf-8', data: base64(text), title, creation: instant(note.signedAt!) } },
        { attachment: { contentType: 'application/pdf', data: base64(pdf), title, creation: instant(note.signedAt!) } },
      ],
      context: { encounter: [ref(stableUuid(`encounter:${note.appointmentId}`))], period: { start: instant(note.session.startsAt), end: instant(note.session.endsAt) } },
    } satisfies DocumentReference);
    for (const addendum of note.addenda) {
      resources.push({
        resourceType: 'DocumentReference', id: addendum.id, identifier: [candorIdentifier('note-addendum', addendum.id)], status: 'current', docStatus: 'final',
        type: concept(LOINC, '11506-3', 'Progress note'), subject: patient, date: instant(addendum.signedAt),
        author: [practitioner(addendum.authorId)], description: `Addendum to ${title}`,
        relatesTo: [{ code: 'appends', target: ref(note.id) }],
        content: [{ attachment: { contentType: 'text/plain; charset=utf-8', data: base64(addendum.content), title: `Addendum to ${title}`, creation: instant(addendum.signedAt) } }],
      } satisfies DocumentReference);
    }
  }

  resources.splice(1, 0, ...[...practitioners].sort().map((id) => ({
    resourceType: 'Practitioner', id, identifier: [candorIdentifier('user', id)], active: true, name: [{ text: d.staff.get(id) ?? 'Clinician' }],
  } satisfies Practitioner)));

  return {
    resourceType: 'Bundle', id: stableUuid(`export:${c.id}:${d.exportedAt}`), type: 'collection', timestamp: instant(d.exportedAt),
    meta: { lastUpdated: instant(d.exportedAt), tag: [{ system: `${CANDOR_URN}:export`, code: 'client-record', display: 'Client record export' }] },
    entry: resources.map((r) => entryOf(pruned(r))),
  };
}

/** FHIR JSON has no empty arrays or objects and no nulls (https://hl7.org/fhir/R4/json.html): drop them. */
export function pruned<T>(value: T): T {
  if (Array.isArray(value)) return value.map(pruned).filter((v) => !isEmpty(v)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, pruned(v)] as const).filter(([, v]) => !isEmpty(v))) as T;
  }
  return value;
}

const isEmpty = (v: unknown) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0) || (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0);

/**
 * Any JSON answer tree as QuestionnaireResponse items: an object is a group of its fields, a
 * list a group of numbered entries, and a value an answer (string, integer, decimal or
 * boolean). Each linkId is the value's path, so the tree can be read back exactly.
 */
export function answerItems(value: unknown, path: string): QuestionnaireResponseItem[] {
  const entries: [string, unknown][] = Array.isArray(value) ? value.map((v, i) => [String(i), v]) : value && typeof value === 'object' ? Object.entries(value) : [];
  const items: QuestionnaireResponseItem[] = [];
  for (const [key, v] of entries) {
    const linkId = path ? `${path}.${key}` : key;
    if (v === null || v === undefined) continue;
    if (typeof v === 'object') {
      items.push({ linkId, text: key, ...(Array.isArray(v) ? { definition: `${CANDOR_URN}:list` } : {}), item: answerItems(v, linkId) });
    } else if (typeof v === 'string') items.push({ linkId, text: key, answer: [{ valueString: v }] });
    else if (typeof v === 'boolean') items.push({ linkId, text: key, answer: [{ valueBoolean: v }] });
    else if (typeof v === 'number') items.push({ linkId, text: key, answer: [Number.isInteger(v) ? { valueInteger: v } : { valueDecimal: v }] });
  }
  return items;
}
