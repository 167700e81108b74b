import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../platform/context.js';
import { AppointmentImportBody, ClientImportBody, ImportReportSchema } from './csv-import.schemas.js';
import * as imports from './csv-import.service.js';

const tags = ['interoperability'];

/** Clients and appointments from another product's CSV export: `dryRun` checks and reports, otherwise one transaction writes every row. */
export function registerCsvImportRoutes(fastify: FastifyInstance, app: AppContext): void {
  const r = fastify.withTypeProvider<TypeBoxTypeProvider>();

  r.post('/api/v1/imports/clients', {
    schema: { summary: 'Check or import clients from CSV', tags, body: ClientImportBody, response: { 200: ImportReportSchema }, description: 'Clients from CSV: each row’s problems by row and column; with dryRun nothing is written.' },
  }, async (req) => imports.importClients(app, req.rc, req.body));

  r.post('/api/v1/imports/appointments', {
    schema: { summary: 'Check or import appointments from CSV', tags, body: AppointmentImportBody, response: { 200: ImportReportSchema }, description: 'Appointments from CSV, linked to clients already in Candor; times in the practice’s time zone.' },
  }, async (req) => imports.importAppointments(app, req.rc, req.body));
}
