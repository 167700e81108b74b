import { Type } from 'typebox';
import { ID_PATTERN } from './ids.js';

/** Schema pieces shared by routes. Every object schema rejects unknown fields. */
export const Id = Type.String({ pattern: ID_PATTERN, description: 'A UUID' });
export const IdParams = Type.Object({ id: Id }, { additionalProperties: false });
export const Email = Type.String({ format: 'email', maxLength: 254 });
export const RoleSchema = Type.Union([Type.Literal('owner'), Type.Literal('clinician'), Type.Literal('supervisor'), Type.Literal('billing'), Type.Literal('client')]);
/** `T | null`: a value that may be explicitly empty. */
export const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
/** An optional field that may also be sent as null (to clear it). */
export const OptionalNullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Optional(Nullable(schema));
/** A calendar day, YYYY-MM-DD. */
export const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'A date, YYYY-MM-DD' });
export const EmptyBody = Type.Object({}, { additionalProperties: false });

export const PublicUserSchema = Type.Object({
  id: Type.String(),
  email: Type.String(),
  displayName: Type.String(),
  roles: Type.Array(RoleSchema),
  practice: Type.Object({ id: Type.String(), name: Type.String() }),
  secondFactorEnabled: Type.Boolean(),
  clientId: Type.Union([Type.String(), Type.Null()]),
  siteAdmin: Type.Boolean(),
});

export const StageSchema = Type.Union([Type.Literal('second-factor'), Type.Literal('enroll-second-factor'), Type.Literal('signed-in')]);
