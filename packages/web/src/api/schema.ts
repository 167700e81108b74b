/**
 * Names for the shapes in the generated API types (openapi.d.ts): what a route answers and what it
 * accepts, by its path and method, so the hand-named types in *Types.ts are the API's own.
 */
import type { components, paths } from './openapi';

type Method = 'get' | 'put' | 'post' | 'patch' | 'delete';
type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>;
type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

/** The JSON a route answers with on success (its 200 or 201). */
export type ResponseOf<P extends keyof paths, M extends Method = 'get'> =
  Operation<P, M> extends { responses: infer R } ? Json<R[keyof R & (200 | 201)]> : never;

/** The JSON body a route accepts. */
export type BodyOf<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { requestBody?: infer B } ? Json<NonNullable<B>> : never;

/** A route's query parameters. */
export type QueryOf<P extends keyof paths, M extends Method = 'get'> =
  Operation<P, M> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

/** RFC 9457 problem details, with Candor's `errors[]` extension: every error answer. */
export type ProblemDocument = components['schemas']['Problem'];
