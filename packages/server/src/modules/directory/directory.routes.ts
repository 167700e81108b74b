import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppContext } from '../../platform/context.js';
import { IdParams, NoContent } from '../../platform/schemas.js';
import { ContactBody, InquirySchema, OwnProfileSchema, PhotoBody, ProfileBody, PublicProfileSchema, SearchQuery, SearchResultSchema } from './directory.schemas.js';
import * as directory from './directory.service.js';

export const SlugParams = Type.Object({ slug: Type.String({ pattern: '^[a-z0-9-]{1,80}$' }) }, { additionalProperties: false });
/** Contact requests from one address: a few an hour, enough for a person, too few for a flood. */
export const CONTACT_RATE_LIMIT = { max: 5, timeWindow: '1 hour' };

export function registerDirectoryRoutes(fastify: FastifyInstance, app: AppContext): void {
  const r = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['directory'];
  r.get('/api/v1/directory/profile', { schema: { summary: 'Read one’s own directory profile', tags, response: { 200: OwnProfileSchema } } }, async (req) => directory.getOwnProfile(app, req.rc));
  r.put('/api/v1/directory/profile', { schema: { summary: 'Save one’s own directory profile', tags, body: ProfileBody, response: { 200: OwnProfileSchema } } }, async (req) => directory.saveOwnProfile(app, req.rc, req.body));
  r.put('/api/v1/directory/profile/photo', { schema: { summary: 'Set the photo of one’s directory profile', tags, body: PhotoBody, response: { 200: OwnProfileSchema } } }, async (req) => directory.setOwnPhoto(app, req.rc, req.body));
  r.delete('/api/v1/directory/profile/photo', { schema: { summary: 'Remove the photo of one’s directory profile', tags, response: { 200: OwnProfileSchema } } }, async (req) => directory.setOwnPhoto(app, req.rc, null));
  r.get('/api/v1/directory/practice', { schema: { summary: 'Read whether the practice is listed in the directory', tags, response: { 200: Type.Object({ listed: Type.Boolean() }) } } }, async (req) => directory.getPracticeListing(app, req.rc));
  r.put('/api/v1/directory/practice', { schema: { summary: 'List the practice in the directory, or take it out', tags, body: Type.Object({ listed: Type.Boolean() }, { additionalProperties: false }), response: { 200: Type.Object({ listed: Type.Boolean() }) } } }, async (req) =>
    directory.setPracticeListing(app, req.rc, req.body.listed));
  r.get('/api/v1/directory/inquiries', { schema: { summary: 'List one’s contact requests from the public directory', tags, response: { 200: Type.Array(InquirySchema) } } }, async (req) => directory.listInquiries(app, req.rc));
  r.post('/api/v1/directory/inquiries/:id/read', { schema: { summary: 'Mark a contact request read', tags, params: IdParams, response: { 204: NoContent } } }, async (req, reply) => {
    await directory.markInquiryRead(app, req.rc, req.params.id);
    return reply.status(204).send();
  });

  // Public: no sign-in; nothing here reads anything a profile does not publish.
  const publicTags = ['public directory'];
  r.get('/api/v1/public/therapists', { schema: { summary: 'Search the public therapist directory', tags: publicTags, security: [], querystring: SearchQuery, response: { 200: SearchResultSchema } } }, async (req) => directory.searchDirectory(app, req.query));
  r.get('/api/v1/public/therapists/:slug', { schema: { summary: 'Read a therapist’s public profile', tags: publicTags, security: [], params: SlugParams, response: { 200: PublicProfileSchema } } }, async (req) => directory.publicProfile(app, req.params.slug));
  r.post('/api/v1/public/therapists/:slug/contact', {
    schema: { summary: 'Send a therapist a contact request', tags: publicTags, security: [], params: SlugParams, body: ContactBody, response: { 202: Type.Object({ status: Type.Literal('sent') }) } },
    config: { rateLimit: CONTACT_RATE_LIMIT },
  }, async (req, reply) => {
    await directory.contactTherapist(app, req.params.slug, req.body, req.ip);
    return reply.status(202).send({ status: 'sent' });
  });
}
