import { fileURLToPath } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';

/**
 * The web app's API types, generated from the OpenAPI document by openapi-typescript: written by
 * `npm run api:generate` (scripts/api-generate.mjs), and checked against the live document by
 * platform/openapi.test.ts, so the typed client cannot drift from the API. Used only by those two
 * (openapi-typescript is a development dependency): the server itself never loads this module.
 */
export const WEB_API_TYPES_FILE = fileURLToPath(new URL('../../../web/src/api/openapi.d.ts', import.meta.url));

const HEADER = `/**
 * The Candor API, as TypeScript types: generated from its OpenAPI document (/api/v1/openapi.json)
 * by openapi-typescript. Do not edit: run \`npm run api:generate\` after changing a route's schema
 * (packages/server/src/platform/openapi.test.ts fails while this file is out of date).
 */

`;

/** The text of openapi.d.ts for this OpenAPI document. */
export async function openApiTypes(document: object): Promise<string> {
  const nodes = await openapiTS(document as OpenAPI3, { silent: true });
  return HEADER + astToString(nodes);
}
