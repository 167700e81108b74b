import { Type, type Static } from 'typebox';
import { Id, Nullable } from '../../platform/schemas.js';
import { RISK_LEVELS } from './note-templates.js';
import { APPOINTMENT_KINDS } from '../scheduling/scheduling.schemas.js';

export const NOTE_FIELD_MAX = 10_000;

export const NoteContent = Type.Object({
  fields: Type.Record(Type.String({ pattern: '^[a-zA-Z]{1,40}$' }), Type.String({ maxLength: NOTE_FIELD_MAX })),
  interventions: Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { maxItems: 20 }),
  risk: Nullable(Type.Object({ level: Type.Enum([...RISK_LEVELS]), notes: Type.Optional(Type.String({ maxLength: 2000 })) }, { additionalProperties: false })),
}, { additionalProperties: false });
export type NoteContent = Static<typeof NoteContent>;

export const NewNoteBody = Type.Object({
  /** soap, dap, birp, or the id of one of the practice's own templates. */
  template: Type.String({ minLength: 1, maxLength: 64 }),
  clientId: Type.Optional(Id),
  /** Must be true to document an appointment recorded as a no-show. */
  noShow: Type.Optional(Type.Boolean()),
}, { additionalProperties: false });

export const SaveNoteBody = Type.Object({ content: NoteContent, version: Type.Integer({ minimum: 0 }) }, { additionalProperties: false });
export const VersionBody = Type.Object({ version: Type.Integer({ minimum: 0 }) }, { additionalProperties: false });
export const AddendumBody = Type.Object({ content: Type.String({ minLength: 1, maxLength: NOTE_FIELD_MAX }) }, { additionalProperties: false });

export const NoteSchema = Type.Object({
  id: Type.String(), appointmentId: Type.String(), clientId: Nullable(Type.String()), author: Type.Object({ id: Type.String(), displayName: Type.String() }),
  /** The session the note documents. */
  session: Type.Object({ startsAt: Type.String(), endsAt: Type.String(), timeZone: Type.String(), kind: Type.Enum([...APPOINTMENT_KINDS]), attendees: Type.Array(Type.Object({ clientId: Type.String(), displayName: Type.String() })) }),
  template: Type.String(), content: NoteContent, version: Type.Integer(), status: Type.Enum(['draft', 'awaiting-cosign', 'signed']),
  contentHash: Nullable(Type.String()), hashVerified: Nullable(Type.Boolean()), signedAt: Nullable(Type.String()), cosignedBy: Nullable(Type.String()), cosignedAt: Nullable(Type.String()),
  addenda: Type.Array(Type.Object({ id: Type.String(), authorId: Type.String(), content: Type.String(), contentHash: Type.String(), signedAt: Type.String() })),
  createdAt: Type.String(), updatedAt: Type.String(),
});
export type Note = Static<typeof NoteSchema>;

export const PsychotherapyNoteBody = Type.Object({ content: Type.String({ minLength: 1, maxLength: NOTE_FIELD_MAX }), appointmentId: Type.Optional(Id) }, { additionalProperties: false });
export const PsychotherapyNoteSchema = Type.Object({ id: Type.String(), clientId: Type.String(), appointmentId: Nullable(Type.String()), content: Type.String(), createdAt: Type.String() });

export const SupervisionBody = Type.Object({ superviseeId: Id, supervisorIds: Type.Array(Id, { maxItems: 5 }) }, { additionalProperties: false });

export const TemplateSchema = Type.Object({ id: Type.String(), label: Type.String(), builtIn: Type.Boolean(), fields: Type.Array(Type.Object({ id: Type.String(), label: Type.String() })) });
export const NewTemplateBody = Type.Object({
  label: Type.String({ minLength: 1, maxLength: 80 }),
  fields: Type.Array(Type.Object({ id: Type.String({ pattern: '^[a-zA-Z]{1,40}$' }), label: Type.String({ minLength: 1, maxLength: 80 }) }, { additionalProperties: false }), { minItems: 1, maxItems: 12 }),
}, { additionalProperties: false });

export const NoteSummarySchema = Type.Object({
  id: Type.String(), appointmentId: Type.String(), clientId: Nullable(Type.String()), startsAt: Type.String(), appointmentKind: Type.Enum([...APPOINTMENT_KINDS]),
  template: Type.String(), status: Type.Enum(['draft', 'awaiting-cosign', 'signed']), author: Type.Object({ id: Type.String(), displayName: Type.String() }),
  signedAt: Nullable(Type.String()), addendumCount: Type.Integer(),
});
