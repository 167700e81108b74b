/**
 * Shapes of the public directory API (packages/server/src/modules/directory): a clinician's own
 * profile, the practice's opt-in, and the contact requests people send from a public profile.
 * The vocabularies (specialties, populations, approaches, languages, states) are ids from
 * @candor/clinical; the app shows their labels.
 */

export const AddressPrecisions = ['street', 'zip', 'city'] as const;
/** How much of the office address the public sees. */
export type AddressPrecision = (typeof AddressPrecisions)[number];

/** `PUT /directory/profile`: the whole profile, every time. Fees are whole dollars. */
export interface DirectoryProfileInput {
  listed: boolean;
  displayName: string;
  pronouns: string | null;
  bio: string;
  specialties: string[];
  populations: string[];
  approaches: string[];
  /** At least one. */
  languages: string[];
  /** Free text, one plan or network each. */
  insurance: string[];
  feeMin: number | null;
  feeMax: number | null;
  slidingScale: boolean;
  inPerson: boolean;
  street: string | null;
  city: string | null;
  /** USPS code. */
  state: string | null;
  /** Five digits. */
  zip: string | null;
  addressPrecision: AddressPrecision;
  telehealth: boolean;
  /** USPS codes; only where the clinician holds a current licence. */
  telehealthStates: string[];
  accepting: boolean;
}

/** `GET /directory/profile` (404 until written): the clinician's own profile and whether the public can see it. */
export interface DirectoryProfile extends DirectoryProfileInput {
  slug: string;
  /** The public page's full address, for sharing. */
  publicUrl: string;
  hasPhoto: boolean;
  /** Why the public cannot see the profile yet; empty when it is in the directory. */
  /** Whether the public directory shows the profile now. */
  isPublic: boolean;
  /** Why the profile (or part of it) is not shown yet. */
  notShownBecause: string[];
  updatedAt: string;
}

export const PhotoTypes = ['image/png', 'image/jpeg'] as const;
export type PhotoType = (typeof PhotoTypes)[number];
/** The largest photo the server accepts. */
export const PHOTO_MAX_BYTES = 400 * 1024;

/** `PUT /directory/profile/photo`. */
export interface PhotoUpload {
  contentType: PhotoType;
  dataBase64: string;
}

/** `GET/PUT /directory/practice` (owners change it): whether the practice is in the shared public directory. */
export interface PracticeListing {
  listed: boolean;
}

/** A row of `GET /directory/inquiries`: someone who asked, from the public directory, to work with this clinician. */
export interface ContactRequest {
  id: string;
  /** The prospective client the request created. */
  clientId: string;
  name: string;
  email: string | null;
  phone: string | null;
  /** `email` or `phone`. */
  preferredContact: string;
  message: string;
  createdAt: string;
  readAt: string | null;
}
