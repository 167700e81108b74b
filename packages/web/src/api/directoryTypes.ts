/**
 * Shapes of the public directory API (packages/server/src/modules/directory): a clinician's own
 * profile, the practice's opt-in, and the contact requests people send from a public profile.
 * The vocabularies (specialties, populations, approaches, languages, states) are ids from
 * @candor/clinical; the app shows their labels.
 */
import type { BodyOf, ResponseOf } from './schema';

export const AddressPrecisions = ['street', 'zip', 'city'] as const;
/** How much of the office address the public sees. */
export type AddressPrecision = (typeof AddressPrecisions)[number];

/** `PUT /directory/profile`: the whole profile, every time. Fees are whole dollars. */
export type DirectoryProfileInput = BodyOf<'/api/v1/directory/profile', 'put'>;

/** `GET /directory/profile` (404 until written): the clinician's own profile and whether the public can see it. */
export type DirectoryProfile = ResponseOf<'/api/v1/directory/profile'>;

export const PhotoTypes = ['image/png', 'image/jpeg'] as const;
export type PhotoType = (typeof PhotoTypes)[number];
/** The largest photo the server accepts. */
export const PHOTO_MAX_BYTES = 400 * 1024;

/** `PUT /directory/profile/photo`. */
export type PhotoUpload = BodyOf<'/api/v1/directory/profile/photo', 'put'>;

/** `GET/PUT /directory/practice` (owners change it): whether the practice is in the shared public directory. */
export type PracticeListing = ResponseOf<'/api/v1/directory/practice'>;

/** A row of `GET /directory/inquiries`: someone who asked, from the public directory, to work with this clinician. */
export type ContactRequest = ResponseOf<'/api/v1/directory/inquiries'>[number];
