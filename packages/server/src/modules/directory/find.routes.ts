import type { FastifyInstance, FastifyReply } from 'fastify';
import { DIRECTORY_LANGUAGES, DIRECTORY_POPULATIONS, US_STATES } from '@candor/clinical';
import type { AppContext } from '../../platform/context.js';
import { AppError, NotFoundError, TooManyRequestsError, ValidationError, type FieldProblem } from '../../platform/errors.js';
import { COUNTS_TOWARD, searchProgrammes } from '../training/training.service.js';
import { PROGRAMME_FORMATS, PROGRAMME_KINDS, type Programme } from '../training/training.schemas.js';
import { CONTACT_RATE_LIMIT } from './directory.routes.js';
import { contactTherapist, publicPhoto, publicProfile, searchDirectory, UnknownZipError } from './directory.service.js';
import { MAX_RADIUS_MILES, SPECIALTIES, type PublicProfile, type SearchInput, type SearchResult } from './directory.schemas.js';
import { FIND_CSS, FIND_JS } from './find-assets.js';
import { html, type SafeHtml } from './html.js';

/**
 * The public directory as server-rendered pages: /find (therapists), /find/therapists/:slug (a
 * profile with its contact form) and /find/training (programmes). Plain HTML forms with GET
 * queries, so the pages load fast, work without JavaScript and can be indexed; a small script
 * adds "Use my location". Nothing here reads anything a profile does not publish.
 */
const RADII = [10, 25, 50, 100, 250, MAX_RADIUS_MILES];

function page(app: AppContext, opts: { title: string; description: string; path: string; body: SafeHtml; noindex?: boolean }): string {
  return `<!doctype html>${html`<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${opts.title} · Candor directory</title><meta name="description" content="${opts.description}">
<link rel="canonical" href="${app.config.publicUrl}${opts.path}">${opts.noindex ? html`<meta name="robots" content="noindex">` : ''}
<link rel="stylesheet" href="/find/assets/find.css"><script src="/find/assets/find.js" defer></script></head>
<body><a class="skip" href="#main">Skip to the main content</a>
<header class="site"><a class="brand" href="/find">Candor directory</a><nav aria-label="Directory"><a href="/find">Find a therapist</a> · <a href="/find/training">Find training</a></nav></header>
<main id="main">${opts.body}</main>
<footer class="site"><p>Every therapist listed holds a licence their practice has verified. Verified credentials carry a “Verified” badge; nothing unverified is shown. If you are in crisis, call or text 988 (US) or your local emergency number.</p><p><a href="/sign-in">Therapists: sign in</a></p></footer>
</body></html>`.value}`;
}

function send(reply: FastifyReply, status: number, body: string, cache = 'public, max-age=60'): FastifyReply {
  return reply.status(status).type('text/html; charset=utf-8').header('cache-control', status === 200 ? cache : 'no-store').send(body);
}

function options(list: readonly { id: string; label: string }[], selected: string | undefined, anyLabel: string): SafeHtml {
  return html`<option value="">${anyLabel}</option>${list.map((o) => html`<option value="${o.id}"${o.id === selected ? html` selected` : ''}>${o.label}</option>`)}`;
}

function errorBox(problems: FieldProblem[]): SafeHtml {
  return html`<div class="error" role="alert" tabindex="-1" id="problems"><h2>Please check ${problems.length === 1 ? 'this' : 'these'}</h2><ul>${problems.map((p) => html`<li><a href="#${p.field.replace(/^query\./, '')}">${p.message}</a></li>`)}</ul></div>`;
}

function fee(p: { feeMin: number | null; feeMax: number | null; slidingScale: boolean }): string | null {
  if (p.feeMin === null && p.feeMax === null) return p.slidingScale ? 'Sliding scale available' : null;
  const range = p.feeMin !== null && p.feeMax !== null && p.feeMin !== p.feeMax ? `$${p.feeMin}–$${p.feeMax}` : `$${p.feeMin ?? p.feeMax}`;
  return `${range} a session${p.slidingScale ? ', sliding scale available' : ''}`;
}

function credentialList(p: PublicProfile): SafeHtml {
  return html`<ul class="tags" aria-label="Verified credentials">${p.credentials.map((c) => html`<li><span class="badge">Verified</span>${c.label}</li>`)}</ul>`;
}

function resultCard(p: PublicProfile, origin: SearchResult['origin']): SafeHtml {
  const where = [p.location, p.telehealth && p.telehealthStates.length ? `Video sessions in ${p.telehealthStates.join(', ')}` : null].filter(Boolean).join(' · ');
  return html`<li class="card">${p.hasPhoto ? html`<img src="/find/therapists/${p.slug}/photo" alt="" loading="lazy" width="80" height="80">` : html`<span class="photo-placeholder" aria-hidden="true"></span>`}
<div><h3><a href="/find/therapists/${p.slug}">${p.displayName}</a></h3>
<p class="meta">${p.pronouns ? `${p.pronouns} · ` : ''}${p.practiceName}</p>
${p.distanceMiles !== null ? html`<p class="meta"><strong>${p.distanceMiles.toFixed(1)} miles</strong> from ${origin?.zip ? `ZIP ${origin.zip}` : 'your location'}</p>` : ''}
${where ? html`<p class="meta">${where}</p>` : ''}
<p class="meta">${p.accepting ? 'Accepting new clients' : 'Not accepting new clients at the moment'}${fee(p) ? ` · ${fee(p)}` : ''}</p>
${credentialList(p)}
<ul class="tags" aria-label="Specialties">${p.specialties.map((s) => html`<li>${s.label}</li>`)}</ul></div></li>`;
}

function pager(base: string, params: URLSearchParams, current: number, pages: number): SafeHtml {
  if (pages <= 1) return html``;
  const link = (n: number) => { const q = new URLSearchParams(params); q.set('page', String(n)); return `${base}?${q.toString()}`; };
  return html`<nav class="pages" aria-label="Pages of results"><ul>${Array.from({ length: pages }, (_, i) => i + 1).map((n) =>
    n === current ? html`<li><span aria-current="page">Page ${n}</span></li>` : html`<li><a href="${link(n)}">Page ${n}</a></li>`)}</ul></nav>`;
}

function searchForm(q: SearchInput, problems: FieldProblem[]): SafeHtml {
  const err = (field: string) => problems.find((p) => p.field === `query.${field}`);
  const described = (field: string) => (err(field) ? html` aria-describedby="${field}-error" aria-invalid="true"` : '');
  const fieldError = (field: string) => (err(field) ? html`<p class="field-error" id="${field}-error">${err(field)!.message}</p>` : '');
  return html`<form class="filters" method="get" action="/find" role="search" aria-label="Find a therapist">
<div><label for="q">Words</label><input type="search" id="q" name="q" value="${q.q ?? ''}" placeholder="e.g. couples, Spanish, pain"${described('q')}></div>
<div><label for="zip">US ZIP code</label><input type="text" id="zip" name="zip" inputmode="numeric" autocomplete="postal-code" value="${q.zip ?? ''}"${described('zip')}>${fieldError('zip')}</div>
<input type="hidden" name="lat" value="${q.zip ? '' : q.lat ?? ''}"><input type="hidden" name="lon" value="${q.zip ? '' : q.lon ?? ''}">
<div><label for="radius">Within</label><select id="radius" name="radius">${RADII.map((r) => html`<option value="${r}"${String(r) === (q.radius ?? '25') ? html` selected` : ''}>${r} miles</option>`)}</select></div>
<div><label for="specialty">Help with</label><select id="specialty" name="specialty"${described('specialty')}>${options(SPECIALTIES, q.specialty, 'Anything')}</select></div>
<div><label for="population">Experienced with</label><select id="population" name="population">${options(DIRECTORY_POPULATIONS, q.population, 'Anyone')}</select></div>
<div><label for="language">Language</label><select id="language" name="language">${options(DIRECTORY_LANGUAGES, q.language, 'Any language')}</select></div>
<div><label for="telehealthState">Video sessions in my state</label><select id="telehealthState" name="telehealthState">${options(US_STATES, q.telehealthState, 'Not needed')}</select></div>
<div class="check"><input type="checkbox" id="accepting" name="accepting" value="true"${q.accepting === 'true' ? html` checked` : ''}> <label for="accepting">Accepting new clients</label></div>
<div><label for="sort">Sort by</label><select id="sort" name="sort"><option value="relevance">Best match</option><option value="distance"${q.sort === 'distance' ? html` selected` : ''}>Distance</option></select></div>
<div><button type="submit">Search</button></div></form>`;
}

function paramsOf(q: SearchInput): URLSearchParams {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (typeof v === 'string' && v !== '' && k !== 'page') params.set(k, v);
  return params;
}

function profileFacts(p: PublicProfile): SafeHtml {
  const row = (label: string, value: string | SafeHtml | null) => (value ? html`<dt>${label}</dt><dd>${value}</dd>` : '');
  const list = (items: { label: string }[]) => (items.length ? items.map((i) => i.label).join(', ') : null);
  return html`<dl class="facts">${row('Helps with', list(p.specialties))}${row('Experienced with', list(p.populations))}${row('Approaches', list(p.approaches))}
${row('Languages', list(p.languages))}${row('Fees', fee(p))}${row('Insurance', p.insurance.length ? p.insurance.join(', ') : null)}
${row('Office', p.location)}${row('Video sessions', p.telehealth && p.telehealthStates.length ? `For clients in ${p.telehealthStates.join(', ')}` : null)}
${row('New clients', p.accepting ? 'Accepting new clients' : 'Not accepting new clients at the moment')}</dl>`;
}

interface ContactForm { name?: string; email?: string; phone?: string; preferredContact?: string; message?: string; adult?: string; website?: string }

function contactSection(p: PublicProfile, form: ContactForm, problems: FieldProblem[], sent: boolean): SafeHtml {
  if (sent) {
    return html`<section aria-labelledby="contact-heading"><h2 id="contact-heading">Thank you</h2><p role="status">Your request has been sent to ${p.displayName}. They will contact you the way you asked. Nothing you wrote was put in an email.</p></section>`;
  }
  const err = (field: string) => problems.find((x) => x.field === field);
  const aria = (field: string) => (err(field) ? html` aria-describedby="${field}-error" aria-invalid="true"` : '');
  const fieldError = (field: string) => (err(field) ? html`<p class="field-error" id="${field}-error">${err(field)!.message}</p>` : '');
  return html`<section aria-labelledby="contact-heading"><h2 id="contact-heading">Ask about working together</h2>
<p>Your request goes only to ${p.displayName}, who will see it in their secure records. The email that tells them about it contains nothing you write here.</p>
${problems.length ? errorBox(problems) : ''}
<form class="contact" method="post" action="/find/therapists/${p.slug}/contact" novalidate>
<div><label for="name">Your name (a first name is fine)</label><input type="text" id="name" name="name" autocomplete="name" maxlength="100" required value="${form.name ?? ''}"${aria('name')}>${fieldError('name')}</div>
<div><label for="email">Email</label><input type="email" id="email" name="email" autocomplete="email" maxlength="254" value="${form.email ?? ''}"${aria('email')}>${fieldError('email')}</div>
<div><label for="phone">Phone</label><input type="tel" id="phone" name="phone" autocomplete="tel" maxlength="40" value="${form.phone ?? ''}"${aria('phone')}>${fieldError('phone')}</div>
<fieldset><legend>How would you like to be contacted?</legend>
<div class="check"><input type="radio" id="preferredContact" name="preferredContact" value="email"${form.preferredContact !== 'phone' ? html` checked` : ''}> <label for="preferredContact">By email</label></div>
<div class="check"><input type="radio" id="preferredContact-phone" name="preferredContact" value="phone"${form.preferredContact === 'phone' ? html` checked` : ''}> <label for="preferredContact-phone">By phone</label></div></fieldset>
<div><label for="message">A short message (optional)</label><textarea id="message" name="message" rows="5" maxlength="1000" aria-describedby="message-hint">${form.message ?? ''}</textarea>
<p class="muted" id="message-hint">You don’t need to go into detail; a line about what you’d like help with, and when you are free, is plenty.</p></div>
<div class="hp" aria-hidden="true"><label for="website">Leave this empty</label><input type="text" id="website" name="website" tabindex="-1" autocomplete="off"></div>
<div class="check"><input type="checkbox" id="adult" name="adult" value="true"${form.adult === 'true' ? html` checked` : ''}${aria('adult')}> <label for="adult">I am 18 or older</label>${fieldError('adult')}</div>
<div><button type="submit">Send request</button></div></form></section>`;
}

async function renderProfile(app: AppContext, reply: FastifyReply, slug: string, form: ContactForm = {}, problems: FieldProblem[] = [], sent = false, status = 200) {
  const p = await publicProfile(app, slug);
  const body = html`<article class="profile" aria-labelledby="profile-name"><div class="profile-head">
${p.hasPhoto ? html`<img class="profile-photo" src="/find/therapists/${p.slug}/photo" alt="Photo of ${p.displayName}" width="144" height="144">` : ''}
<div><h1 id="profile-name">${p.displayName}</h1><p class="meta">${p.pronouns ? `${p.pronouns} · ` : ''}${p.practiceName}</p></div></div>
<h2>Verified credentials</h2>${credentialList(p)}
<h2>About</h2><p class="bio">${p.bio}</p>
<h2>Details</h2>${profileFacts(p)}
${contactSection(p, form, problems, sent)}</article>
<p><a href="/find">Back to the directory</a></p>`;
  return send(reply, status, page(app, { title: p.displayName, description: `${p.displayName}: ${p.specialties.map((s) => s.label).join(', ')}`.slice(0, 160), path: `/find/therapists/${p.slug}`, body, noindex: sent || problems.length > 0 }), sent || problems.length ? 'no-store' : 'public, max-age=60');
}

function notFoundPage(app: AppContext, reply: FastifyReply, message: string) {
  return send(reply, 404, page(app, { title: 'Not found', description: message, path: '/find', noindex: true, body: html`<h1>Not found</h1><p>${message}</p><p><a href="/find">Search the directory</a></p>` }));
}

function programmeCard(p: Programme): SafeHtml {
  const where = [p.city, p.state, p.country].filter(Boolean).join(', ');
  const cost = p.costMin === null && p.costMax === null ? null : p.costMin !== null && p.costMax !== null && p.costMin !== p.costMax ? `$${p.costMin.toLocaleString('en-US')}–$${p.costMax.toLocaleString('en-US')}` : `$${(p.costMin ?? p.costMax)!.toLocaleString('en-US')}`;
  return html`<li class="card"><span class="photo-placeholder" aria-hidden="true"></span><div><h3><a href="${p.url}" rel="noopener noreferrer">${p.name}</a></h3>
<p class="meta">${p.provider} · ${p.kindLabel} · ${p.formatLabel}${where ? ` · ${where}` : ''}</p>
<p class="meta">${[p.length, cost].filter(Boolean).join(' · ')}</p>${p.description ? html`<p>${p.description}</p>` : ''}
${p.countsToward.length ? html`<p class="meta">Counts toward:</p><ul class="tags" aria-label="Counts toward">${p.countsToward.map((c) => html`<li>${c.label}</li>`)}</ul>` : ''}</div></li>`;
}

export function registerFindRoutes(fastify: FastifyInstance, app: AppContext): void {
  void fastify.register(async (scope) => {
    scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 16 * 1024 }, (_req, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(body as string)));
    });
    scope.setErrorHandler((error, request, reply) => {
      if (error instanceof TooManyRequestsError) {
        return send(reply.header('retry-after', String(error.retryAfterSeconds)), 429, page(app, { title: 'Please wait', description: 'Too many requests', path: '/find', noindex: true,
          body: html`<h1>Please wait a little</h1><p>Several requests have come from your connection in a short time. Please try again in an hour, or contact the practice directly.</p><p><a href="/find">Back to the directory</a></p>` }));
      }
      if (error instanceof NotFoundError) return notFoundPage(app, reply, 'This therapist is not in the directory.');
      if (error instanceof AppError && error.status < 500) {
        return send(reply, error.status, page(app, { title: 'Please check your request', description: 'Request problem', path: '/find', noindex: true, body: html`<h1>Please check your request</h1><p>${error.message}</p><p><a href="/find">Back to the directory</a></p>` }));
      }
      request.log.error({ err: { type: (error as Error).name, stack: (error as Error).stack } }, 'public page failed');
      return send(reply, 500, page(app, { title: 'Something went wrong', description: 'Error', path: '/find', noindex: true, body: html`<h1>Something went wrong on our side</h1><p>Please try again in a moment.</p>` }));
    });

    scope.get('/find/assets/find.css', { schema: { hide: true } }, async (_req, reply) => reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(FIND_CSS));
    scope.get('/find/assets/find.js', { schema: { hide: true } }, async (_req, reply) => reply.type('text/javascript; charset=utf-8').header('cache-control', 'public, max-age=3600').send(FIND_JS));

    scope.get('/find', { schema: { hide: true } }, async (req, reply) => {
      const raw = req.query as Record<string, unknown>;
      const q: SearchInput = Object.fromEntries(Object.entries(raw).filter(([, v]) => typeof v === 'string').map(([k, v]) => [k, (v as string).slice(0, 200)]));
      let result: SearchResult | null = null;
      let problems: FieldProblem[] = [];
      let suggestions: string[] = [];
      try {
        result = await searchDirectory(app, q);
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        problems = error.errors ?? [];
        if (error instanceof UnknownZipError) suggestions = error.suggestions;
      }
      const params = paramsOf(q);
      const suggestionLinks = suggestions.length
        ? html`<p>Nearby ZIP codes we know: ${suggestions.map((s, i) => { const p2 = new URLSearchParams(params); p2.set('zip', s); return html`${i ? ', ' : ''}<a href="/find?${p2.toString()}">${s}</a>`; })}</p>`
        : '';
      const body = html`<h1>Find a sex therapist</h1>
<p>Licensed therapists who help adults — on their own or with partners — with desire, arousal, orgasm, pain and intimacy. Everyone is welcome, whatever your gender, orientation or relationship.</p>
<div class="layout">${searchForm(q, problems)}<section aria-labelledby="results-heading">
${problems.length ? html`${errorBox(problems)}${suggestionLinks}` : ''}
${result ? html`${result.notices.map((n) => html`<p class="notice" role="status">${n}</p>`)}
<h2 id="results-heading">${result.total === 0 ? 'No therapists match' : `${result.total} ${result.total === 1 ? 'therapist' : 'therapists'}`}${result.origin && result.radiusMiles ? ` within ${result.radiusMiles} miles of ${result.origin.zip ? `ZIP ${result.origin.zip}` : 'your location'}` : ''}</h2>
${result.total === 0 ? html`<p>Try fewer filters, a wider distance, or video sessions in your state.</p>` : ''}
<ol class="results">${result.results.map((p) => resultCard(p, result!.origin))}</ol>${pager('/find', params, result.page, result.pages)}` : html`<h2 id="results-heading">No results yet</h2>`}
</section></div>`;
      return send(reply, problems.length ? 400 : 200, page(app, { title: 'Find a sex therapist', description: 'Search verified, licensed sex therapists by specialty, language, distance and telehealth.', path: '/find', body, noindex: params.size > 0 }));
    });

    scope.get('/find/therapists/:slug', { schema: { hide: true } }, async (req, reply) => {
      const { slug } = req.params as { slug: string };
      if (!/^[a-z0-9-]{1,80}$/.test(slug)) return notFoundPage(app, reply, 'This therapist is not in the directory.');
      return renderProfile(app, reply, slug, {}, [], (req.query as { sent?: string }).sent === '1');
    });

    scope.get('/find/therapists/:slug/photo', { schema: { hide: true } }, async (req, reply) => {
      const { slug } = req.params as { slug: string };
      if (!/^[a-z0-9-]{1,80}$/.test(slug)) throw new NotFoundError();
      const photo = await publicPhoto(app, slug);
      return reply.type(photo.contentType).header('cache-control', 'public, max-age=300').send(photo.bytes);
    });

    scope.post('/find/therapists/:slug/contact', { schema: { hide: true }, config: { rateLimit: CONTACT_RATE_LIMIT } }, async (req, reply) => {
      const { slug } = req.params as { slug: string };
      if (!/^[a-z0-9-]{1,80}$/.test(slug)) return notFoundPage(app, reply, 'This therapist is not in the directory.');
      const body = (req.body && typeof req.body === 'object' ? req.body : {}) as Record<string, unknown>;
      const form: ContactForm = {};
      for (const key of ['name', 'email', 'phone', 'preferredContact', 'message', 'adult', 'website'] as const) if (typeof body[key] === 'string') form[key] = (body[key] as string).slice(0, 1000);
      const lengths: [keyof ContactForm, number][] = [['name', 100], ['email', 254], ['phone', 40], ['message', 1000]];
      const problems: FieldProblem[] = lengths.filter(([k, max]) => (form[k] ?? '').length > max).map(([k, max]) => ({ field: k, message: `must be at most ${max} characters` }));
      if (!form.name?.trim()) problems.push({ field: 'name', message: 'please tell us your name (a first name is fine)' });
      if (problems.length === 0) {
        try {
          await contactTherapist(app, slug, {
            name: form.name!, ...(form.email ? { email: form.email } : {}), ...(form.phone ? { phone: form.phone } : {}), preferredContact: form.preferredContact === 'phone' ? 'phone' : 'email',
            ...(form.message ? { message: form.message } : {}), adult: form.adult === 'true', ...(form.website ? { website: form.website } : {}),
          }, req.ip);
          return reply.redirect(`/find/therapists/${slug}?sent=1`, 303);
        } catch (error) {
          if (!(error instanceof ValidationError)) throw error;
          problems.push(...(error.errors ?? []));
        }
      }
      return renderProfile(app, reply, slug, form, problems, false, 400);
    });

    scope.get('/find/training', { schema: { hide: true } }, async (req, reply) => {
      const raw = req.query as Record<string, unknown>;
      const q = Object.fromEntries(Object.entries(raw).filter(([, v]) => typeof v === 'string').map(([k, v]) => [k, (v as string).slice(0, 200)])) as Record<string, string>;
      let problems: FieldProblem[] = [];
      let result: Awaited<ReturnType<typeof searchProgrammes>> | null = null;
      try {
        result = await searchProgrammes(app, q);
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        problems = error.errors ?? [];
      }
      const params = new URLSearchParams(Object.entries(q).filter(([k, v]) => v !== '' && k !== 'page'));
      const body = html`<h1>Find training in sex therapy</h1>
<p>Graduate degrees, certificate programmes, continuing education and sexual attitude reassessment (SAR) seminars, with what each counts toward for AASECT certification. The list is kept by the people who run this site; check each programme’s own page for current details.</p>
<div class="layout"><form class="filters" method="get" action="/find/training" role="search" aria-label="Find training">
<div><label for="q">Words</label><input type="search" id="q" name="q" value="${q.q ?? ''}"></div>
<div><label for="kind">Kind</label><select id="kind" name="kind">${options(PROGRAMME_KINDS, q.kind, 'Any kind')}</select></div>
<div><label for="format">Format</label><select id="format" name="format">${options(PROGRAMME_FORMATS, q.format, 'Any format')}</select></div>
<div><label for="countsToward">Counts toward</label><select id="countsToward" name="countsToward">${options(COUNTS_TOWARD, q.countsToward, 'Anything')}</select></div>
<div><label for="state">State</label><select id="state" name="state">${options(US_STATES, q.state, 'Any state')}</select></div>
<div><button type="submit">Search</button></div></form>
<section aria-labelledby="results-heading">${problems.length ? errorBox(problems) : ''}
${result ? html`<h2 id="results-heading">${result.total === 0 ? 'No programmes match' : `${result.total} ${result.total === 1 ? 'programme' : 'programmes'}`}</h2>
<ol class="results">${result.results.map(programmeCard)}</ol>${pager('/find/training', params, result.page, result.pages)}` : html`<h2 id="results-heading">No results</h2>`}</section></div>`;
      return send(reply, problems.length ? 400 : 200, page(app, { title: 'Find training in sex therapy', description: 'Graduate degrees, certificates, CE and SAR seminars for becoming a sex therapist.', path: '/find/training', body, noindex: params.size > 0 }));
    });
  });
}
