import ValidatorSelector from '@fastify/ajv-compiler';
import SerializerSelector from '@fastify/fast-json-stringify-compiler';

/**
 * Fastify's own schema compilers (Ajv for requests, fast-json-stringify for responses), each
 * route's compiled on its first use instead of all at start-up: compiling every route's schemas
 * took about half of a cold start (BENCHMARKS.md). The compiled code is the same, with the same
 * options; a route's first request pays a few milliseconds once. Every route is exercised by the
 * test suite, so a schema that would not compile is still caught before release.
 */
type Compile<Args, Fn> = (args: Args) => Fn;
type ValidatorFn = ((data: unknown) => unknown) & { errors?: unknown };

function lazyValidator<Args>(compile: Compile<Args, ValidatorFn>): Compile<Args, ValidatorFn> {
  return (args) => {
    let compiled: ValidatorFn | undefined;
    const validate: ValidatorFn = (data) => {
      compiled ??= compile(args);
      const result = compiled(data);
      // Fastify reads the errors from the function it was given.
      validate.errors = compiled.errors;
      return result;
    };
    return validate;
  };
}

function lazySerializer<Args>(compile: Compile<Args, (data: unknown) => string>): Compile<Args, (data: unknown) => string> {
  return (args) => {
    let compiled: ((data: unknown) => string) | undefined;
    return (data) => (compiled ??= compile(args))(data);
  };
}

/** A compiler factory as Fastify calls it: (external schemas, options) => (route schema) => compiled function. */
type Factory = (...options: unknown[]) => (args: unknown) => unknown;

const buildValidator = (ValidatorSelector as unknown as () => Factory)();
const buildSerializer = (SerializerSelector as unknown as () => Factory)();

/** The `schemaController` option for Fastify. */
export const lazySchemaController: { compilersFactory: { buildValidator: Factory; buildSerializer: Factory } } = {
  compilersFactory: {
    buildValidator: (...options) => lazyValidator(buildValidator(...options) as Compile<unknown, ValidatorFn>),
    buildSerializer: (...options) => lazySerializer(buildSerializer(...options) as Compile<unknown, (data: unknown) => string>),
  },
};
