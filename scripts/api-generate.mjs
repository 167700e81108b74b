#!/usr/bin/env node
// `npm run api:generate`: builds the app (from packages/server/dist, so build the server first) on
// a throwaway SQLite database, writes its OpenAPI document to packages/server/dist/openapi.json
// and the web app's client types to packages/web/src/api/openapi.d.ts (checked in; the server's
// platform/openapi.test.ts fails while they differ from what the live document would generate).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../packages/server/dist/app.js';
import { createLogger, openAppContext } from '../packages/server/dist/platform/bootstrap.js';
import { loadConfig } from '../packages/server/dist/platform/config.js';
import { openApiTypes, WEB_API_TYPES_FILE } from '../packages/server/dist/platform/openapi-types.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'candor-openapi-'));
try {
  const config = loadConfig({ CANDOR_DATA_DIR: dataDir, PUBLIC_URL: 'http://localhost:3000', CANDOR_DEMO: 'false', CANDOR_WEB_DIR: path.join(dataDir, 'no-web') });
  const { app, handle } = await openAppContext(config, { log: createLogger({ logLevel: 'warn' }) });
  const server = await buildApp(app);
  await server.ready();
  const document = server.swagger();
  await server.close();
  await handle.close();

  const documentFile = path.join(root, 'packages/server/dist/openapi.json');
  fs.writeFileSync(documentFile, `${JSON.stringify(document, null, 2)}\n`);
  fs.writeFileSync(WEB_API_TYPES_FILE, await openApiTypes(document));
  const operations = Object.values(document.paths).reduce((n, item) => n + Object.keys(item).length, 0);
  console.log(`${path.relative(root, documentFile)}: ${operations} operations`);
  console.log(`${path.relative(root, WEB_API_TYPES_FILE)}: written`);
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true });
}
