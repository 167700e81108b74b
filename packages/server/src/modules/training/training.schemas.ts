import { Type, type Static } from 'typebox';
import { Nullable } from '../../platform/schemas.js';

export const PROGRAMME_KINDS = [
  { id: 'degree', label: 'Graduate degree' },
  { id: 'certificate', label: 'Certificate programme' },
  { id: 'continuing-education', label: 'Continuing-education provider' },
  { id: 'sar', label: 'Sexual attitude reassessment (SAR) seminar' },
] as const;
export const PROGRAMME_FORMATS = [
  { id: 'online', label: 'Online' },
  { id: 'in-person', label: 'In person' },
  { id: 'hybrid', label: 'Hybrid' },
] as const;

const Text = (max: number) => Type.String({ minLength: 1, maxLength: max });

export const ProgrammeBody = Type.Object({
  kind: Type.Enum(PROGRAMME_KINDS.map((k) => k.id)),
  name: Text(200),
  provider: Text(200),
  format: Type.Enum(PROGRAMME_FORMATS.map((f) => f.id)),
  city: Type.Optional(Nullable(Text(80))),
  state: Type.Optional(Nullable(Text(40))),
  country: Type.Optional(Nullable(Text(60))),
  length: Type.Optional(Nullable(Text(80))),
  costMin: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 1_000_000 }))),
  costMax: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 1_000_000 }))),
  countsToward: Type.Array(Type.String({ maxLength: 40 }), { maxItems: 10, uniqueItems: true }),
  url: Type.String({ minLength: 8, maxLength: 500 }),
  description: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
}, { additionalProperties: false });
export type ProgrammeInput = Static<typeof ProgrammeBody>;

export const ProgrammeSchema = Type.Object({
  id: Type.String(), kind: Type.String(), kindLabel: Type.String(), name: Type.String(), provider: Type.String(), format: Type.String(), formatLabel: Type.String(),
  city: Nullable(Type.String()), state: Nullable(Type.String()), country: Nullable(Type.String()), length: Nullable(Type.String()),
  costMin: Nullable(Type.Integer()), costMax: Nullable(Type.Integer()),
  countsToward: Type.Array(Type.Object({ id: Type.String(), label: Type.String() })), url: Type.String(), description: Nullable(Type.String()), updatedAt: Type.String(),
});
export type Programme = Static<typeof ProgrammeSchema>;

export const ProgrammeQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 200 })),
  kind: Type.Optional(Type.String({ maxLength: 40 })),
  format: Type.Optional(Type.String({ maxLength: 20 })),
  countsToward: Type.Optional(Type.String({ maxLength: 40 })),
  state: Type.Optional(Type.String({ maxLength: 40 })),
  page: Type.Optional(Type.String({ maxLength: 6 })),
});
export type ProgrammeSearch = Static<typeof ProgrammeQuery>;

export const ImportBody = Type.Object({
  csv: Type.String({ minLength: 1, maxLength: 900_000 }),
  /** all: nothing is imported while any row has a problem; valid-rows: the good rows are imported and the rest reported. */
  mode: Type.Enum(['all', 'valid-rows']),
  dryRun: Type.Optional(Type.Boolean()),
}, { additionalProperties: false });

export const ImportResultSchema = Type.Object({
  imported: Type.Integer(), dryRun: Type.Boolean(), rows: Type.Integer(),
  problems: Type.Array(Type.Object({ row: Type.Integer(), field: Type.String(), message: Type.String() })),
});
