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

/** The answer of a route that answers 204 with no body. */
export const NoContent = Type.Unsafe<undefined>({ type: 'null', description: 'Done; no body' });

/**
 * The answer of a route that sends a file rather than JSON (PDF, CSV, iCalendar, an uploaded
 * document): its media types in the OpenAPI document, the bytes as a binary string. Fastify sends
 * these bodies as they are (a Buffer or a string is never serialized).
 */
export function FileResponse(description: string, ...mediaTypes: string[]) {
  const schema = Type.Unsafe<string | Uint8Array>({ type: 'string', format: 'binary' });
  return { description, content: Object.fromEntries(mediaTypes.map((type) => [type, { schema }])) };
}

/**
 * The answer of a route that sends a FHIR R4 resource (`application/fhir+json`): an open object
 * (the resource is FHIR's to define), so the serializer keeps every property.
 */
export function FhirResponse(description: string, resourceType: string) {
  return {
    description,
    content: { 'application/fhir+json': { schema: Type.Object({ resourceType: Type.Literal(resourceType) }, { additionalProperties: true }) } },
  };
}
