import fc from 'fast-check';

/**
 * Inputs for the fuzz tests: values generated from a route's JSON Schema (TypeBox emits plain
 * JSON Schema), then often broken — wrong types, missing and extra fields, huge and empty
 * strings, odd Unicode, prototype keys, numbers out of range, SQL and HTML meta-characters.
 */
type Schema = {
  type?: string | string[]; properties?: Record<string, Schema>; required?: string[]; items?: Schema; anyOf?: Schema[]; oneOf?: Schema[];
  enum?: unknown[]; const?: unknown; pattern?: string; format?: string; minLength?: number; maxLength?: number; minimum?: number; maximum?: number;
  minItems?: number; maxItems?: number; additionalProperties?: boolean | Schema;
};

export const NASTY_STRINGS = [
  '', ' ', '\u0000', '\uD800', '\u202Eevil', 'zero\u200Bwidth', '🏳️‍🌈💜', 'Ḁ̸̢͓̠̔͂', "' OR 1=1 --", '"; DROP TABLE clients; --', '<script>alert(1)</script>',
  '../../etc/passwd', '%00', '${7*7}', '{{constructor}}', '__proto__', 'null', 'true', '1e309', '-0', '\\', '"', "\n\r\t", 'x'.repeat(100_000),
];
const NASTY_VALUES: unknown[] = [null, true, false, 0, -1, 1.5, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, [], {}, [null], { a: { b: { c: {} } } }, ...NASTY_STRINGS];
const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'];

const ID = /^\^?\[0-9a-f\]\{8\}/;
const DAY = '^\\d{4}-\\d{2}-\\d{2}$';

function stringFor(schema: Schema): fc.Arbitrary<string> {
  if (schema.enum) return fc.constantFrom(...(schema.enum as string[]));
  if (schema.pattern === DAY) return fc.date({ min: new Date('1930-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  if (schema.pattern && ID.test(schema.pattern)) return fc.uuid({ version: 7 });
  if (schema.format === 'email') return fc.emailAddress();
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.min(schema.maxLength ?? 40, minLength + 40);
  return fc.string({ minLength, maxLength, unit: 'grapheme' });
}

/** Values that fit the schema (as far as a generator can tell without the route's rules). */
export function valid(schema: Schema | undefined, depth = 0): fc.Arbitrary<unknown> {
  if (!schema || depth > 5) return fc.constant(undefined);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const union = schema.anyOf ?? schema.oneOf;
  if (union) return fc.oneof(...union.map((s) => valid(s, depth + 1)));
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'string': return stringFor(schema);
    case 'integer': return fc.integer({ min: schema.minimum ?? -1_000, max: schema.maximum ?? 1_000 });
    case 'number': return fc.double({ min: schema.minimum ?? -1_000, max: schema.maximum ?? 1_000, noNaN: true });
    case 'boolean': return fc.boolean();
    case 'null': return fc.constant(null);
    case 'array': return fc.array(valid(schema.items, depth + 1), { minLength: schema.minItems ?? 0, maxLength: Math.min(schema.maxItems ?? 4, (schema.minItems ?? 0) + 4) });
    case 'object': {
      const properties = schema.properties ?? {};
      const required = new Set(schema.required ?? []);
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [key, s] of Object.entries(properties)) record[key] = valid(s, depth + 1);
      return fc.record(record, { requiredKeys: Object.keys(properties).filter((k) => required.has(k)) });
    }
    default: return fc.anything({ maxDepth: 2 });
  }
}

/** One way of breaking a value (applied at the top level or to one of its fields). */
const breaker: fc.Arbitrary<(value: unknown) => unknown> = fc.oneof(
  fc.constantFrom(...NASTY_VALUES).map((nasty) => () => nasty),
  fc.constant((value: unknown) => (Array.isArray(value) ? value.slice(1) : value)),
  fc.constant((value: unknown) => (typeof value === 'string' ? value.repeat(1_000).slice(0, 200_000) || 'x'.repeat(10_000) : value)),
  fc.constant((value: unknown) => (typeof value === 'number' ? -value * 1e12 : value)),
);

/** A schema-shaped value, then (usually) broken: a field dropped, retyped, added or made nasty. */
export function fuzzed(schema: Schema | undefined): fc.Arbitrary<{ value: unknown; broken: string }> {
  return fc.tuple(valid(schema), fc.nat({ max: 9 }), breaker, fc.constantFrom(...PROTO_KEYS, 'unexpectedField'), fc.constantFrom(...NASTY_VALUES)).map(([value, how, breakIt, extraKey, nasty]) => {
    if (how <= 1 || value === undefined) return { value, broken: 'none' };
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return { value: breakIt(value), broken: 'value' };
    const object = { ...(value as Record<string, unknown>) };
    const keys = Object.keys(object);
    const key = keys.length ? keys[how % keys.length]! : null;
    if (how === 2 && key) {
      delete object[key];
      return { value: object, broken: `dropped ${key}` };
    }
    if (how === 3) {
      // An own property named like a prototype key, as JSON.parse would make it.
      Object.defineProperty(object, extraKey, { value: extraKey === '__proto__' ? { polluted: true } : nasty, enumerable: true, configurable: true, writable: true });
      return { value: object, broken: `extra ${extraKey}` };
    }
    if (key) {
      object[key] = breakIt(object[key]);
      return { value: object, broken: `field ${key}` };
    }
    return { value: breakIt(value), broken: 'value' };
  });
}

/** A query string from a querystring schema's generated (and perhaps broken) object. */
export function queryString(value: unknown): string {
  if (value === undefined || value === null || typeof value !== 'object') return value === undefined ? '' : `?q=${encodePart(String(value))}`;
  const pairs = Object.entries(value as Record<string, unknown>).map(([key, v]) => `${encodePart(key)}=${encodePart(typeof v === 'string' ? v : JSON.stringify(v) ?? '')}`);
  return pairs.length ? `?${pairs.join('&')}` : '';
}

/** A concrete path: each :param from the generated params object (or a nasty string). */
export function pathFor(url: string, params: unknown): string {
  const values = (params && typeof params === 'object' ? params : {}) as Record<string, unknown>;
  return url.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const v = values[name];
    const text = typeof v === 'string' && v !== '' ? v : v === undefined ? '018f0000-0000-7000-8000-000000000000' : JSON.stringify(v) ?? 'x';
    return encodePart(text.slice(0, 2_000) || 'x');
  });
}

/** encodeURIComponent, but a lone surrogate (which it refuses) goes as its UTF-8 replacement bytes. */
function encodePart(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return [...Buffer.from(text, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');
  }
}
