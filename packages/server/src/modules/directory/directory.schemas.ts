import { Type, type Static } from 'typebox';
import { CONCERN_KINDS, DIRECTORY_APPROACHES, DIRECTORY_LANGUAGES, DIRECTORY_POPULATIONS, US_STATES } from '@candor/clinical';
import { Nullable } from '../../platform/schemas.js';

/** Specialties are the concern kinds of the sexual-health history (except "something else"). */
export const SPECIALTIES = CONCERN_KINDS.filter((c) => c.id !== 'other');
export const ADDRESS_PRECISIONS = ['street', 'zip', 'city'] as const;
export const PHOTO_TYPES = ['image/png', 'image/jpeg'] as const;
export const PHOTO_MAX_BYTES = 400 * 1024;
export const DEFAULT_RADIUS_MILES = 25;
export const MAX_RADIUS_MILES = 500;
export const PAGE_SIZE = 20;

const ids = <T extends readonly { id: string }[]>(list: T) => list.map((v) => v.id) as string[];
const IdList = (list: readonly { id: string }[], max: number) => Type.Array(Type.Enum(ids(list)), { maxItems: max, uniqueItems: true });
const Text = (max: number) => Type.String({ minLength: 1, maxLength: max });

export const ProfileBody = Type.Object({
  listed: Type.Boolean(),
  displayName: Text(120),
  pronouns: Type.Optional(Nullable(Text(40))),
  bio: Type.String({ minLength: 1, maxLength: 4000 }),
  specialties: IdList(SPECIALTIES, 20),
  populations: IdList(DIRECTORY_POPULATIONS, 20),
  approaches: IdList(DIRECTORY_APPROACHES, 20),
  languages: Type.Array(Type.Enum(ids(DIRECTORY_LANGUAGES)), { minItems: 1, maxItems: 20, uniqueItems: true }),
  insurance: Type.Array(Text(80), { maxItems: 20 }),
  feeMin: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 2000 }))),
  feeMax: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 2000 }))),
  slidingScale: Type.Boolean(),
  inPerson: Type.Boolean(),
  street: Type.Optional(Nullable(Text(160))),
  city: Type.Optional(Nullable(Text(80))),
  state: Type.Optional(Nullable(Type.Enum(ids(US_STATES)))),
  zip: Type.Optional(Nullable(Type.String({ pattern: '^\\d{5}$' }))),
  addressPrecision: Type.Enum([...ADDRESS_PRECISIONS]),
  telehealth: Type.Boolean(),
  telehealthStates: Type.Array(Type.Enum(ids(US_STATES)), { maxItems: 60, uniqueItems: true }),
  accepting: Type.Boolean(),
}, { additionalProperties: false });
export type ProfileInput = Static<typeof ProfileBody>;

export const OwnProfileSchema = Type.Object({
  ...ProfileBody.properties,
  slug: Type.String(),
  publicUrl: Type.String(),
  hasPhoto: Type.Boolean(),
  /** Whether the public directory shows the profile now. */
  isPublic: Type.Boolean(),
  /** Why the profile (or part of it) is not on the public directory yet. */
  notShownBecause: Type.Array(Type.String()),
  updatedAt: Type.String(),
});

export const PhotoBody = Type.Object({ contentType: Type.Enum([...PHOTO_TYPES]), dataBase64: Type.String({ minLength: 4, maxLength: Math.ceil((PHOTO_MAX_BYTES * 4) / 3) + 4 }) }, { additionalProperties: false });

export const SearchQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 200 })),
  specialty: Type.Optional(Type.String({ maxLength: 40 })),
  population: Type.Optional(Type.String({ maxLength: 40 })),
  language: Type.Optional(Type.String({ maxLength: 10 })),
  telehealthState: Type.Optional(Type.String({ maxLength: 2 })),
  accepting: Type.Optional(Type.String({ maxLength: 5 })),
  zip: Type.Optional(Type.String({ maxLength: 10 })),
  lat: Type.Optional(Type.String({ maxLength: 20 })),
  lon: Type.Optional(Type.String({ maxLength: 20 })),
  radius: Type.Optional(Type.String({ maxLength: 10 })),
  sort: Type.Optional(Type.String({ maxLength: 10 })),
  page: Type.Optional(Type.String({ maxLength: 6 })),
});
export type SearchInput = Static<typeof SearchQuery>;

const PublicCredential = Type.Object({ kind: Type.String(), label: Type.String(), verified: Type.Literal(true), verifiedOn: Type.String() });

export const PublicProfileSchema = Type.Object({
  slug: Type.String(), displayName: Type.String(), pronouns: Nullable(Type.String()), bio: Type.String(), hasPhoto: Type.Boolean(),
  specialties: Type.Array(Type.Object({ id: Type.String(), label: Type.String() })), populations: Type.Array(Type.Object({ id: Type.String(), label: Type.String() })),
  approaches: Type.Array(Type.Object({ id: Type.String(), label: Type.String() })), languages: Type.Array(Type.Object({ id: Type.String(), label: Type.String() })),
  insurance: Type.Array(Type.String()), feeMin: Nullable(Type.Integer()), feeMax: Nullable(Type.Integer()), slidingScale: Type.Boolean(),
  inPerson: Type.Boolean(), location: Nullable(Type.String()), telehealth: Type.Boolean(), telehealthStates: Type.Array(Type.String()),
  accepting: Type.Boolean(), practiceName: Type.String(), credentials: Type.Array(PublicCredential),
  distanceMiles: Nullable(Type.Number()),
});
export type PublicProfile = Static<typeof PublicProfileSchema>;

export const SearchResultSchema = Type.Object({
  results: Type.Array(PublicProfileSchema), total: Type.Integer(), page: Type.Integer(), pages: Type.Integer(),
  sort: Type.Enum(['relevance', 'distance']), radiusMiles: Nullable(Type.Number()), notices: Type.Array(Type.String()),
  origin: Nullable(Type.Object({ zip: Nullable(Type.String()), latitude: Type.Number(), longitude: Type.Number() })),
});
export type SearchResult = Static<typeof SearchResultSchema>;

export const ContactBody = Type.Object({
  name: Text(100),
  email: Type.Optional(Type.String({ maxLength: 254 })),
  phone: Type.Optional(Type.String({ maxLength: 40 })),
  preferredContact: Type.Enum(['email', 'phone']),
  message: Type.Optional(Type.String({ maxLength: 1000 })),
  adult: Type.Boolean(),
  /** The honeypot: hidden from people, filled in by bots. */
  website: Type.Optional(Type.String({ maxLength: 200 })),
}, { additionalProperties: false });
export type ContactInput = Static<typeof ContactBody>;

export const InquirySchema = Type.Object({
  id: Type.String(), clientId: Type.String(), name: Type.String(), email: Nullable(Type.String()), phone: Nullable(Type.String()), preferredContact: Type.String(),
  message: Type.String(), createdAt: Type.String(), readAt: Nullable(Type.String()),
});
