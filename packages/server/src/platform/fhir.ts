import { createHash } from 'node:crypto';
import type { BundleEntry, CodeableConcept, Reference, Resource } from '@medplum/fhirtypes';

/*
 * Shared pieces of Candor's FHIR R4 documents (https://hl7.org/fhir/R4/). Every resource in an
 * export has a UUID id and is addressed in its Bundle as `urn:uuid:<id>`, so references inside
 * the Bundle resolve without a FHIR server (https://hl7.org/fhir/R4/bundle.html#references).
 * Candor's own records already have UUIDs; resources Candor derives from one (an Encounter from
 * an appointment, a Goal from a plan's goal) get a name-based UUID, the same on every export.
 */

/** Candor's own code systems and identifiers live under this URN. */
export const CANDOR_URN = 'urn:candor';
export const ICD10_CM_SYSTEM = 'http://hl7.org/fhir/sid/icd-10-cm';
export const LOINC = 'http://loinc.org';

const NAMESPACE = Buffer.from('6f1c3f7e5b9a4d21a0c8e2d47b1f9a30', 'hex');

/** A name-based (version 5, RFC 9562 §5.5) UUID: the same name always gives the same id. */
export function stableUuid(name: string): string {
  const hash = createHash('sha1').update(NAMESPACE).update(name).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const urnOf = (id: string) => `urn:uuid:${id}`;

/** A reference inside the Bundle (its type parameter follows from where it is used). */
export function ref<T extends Resource = Resource>(id: string, display?: string): Reference<T> {
  return display ? { reference: urnOf(id), display } : { reference: urnOf(id) };
}

export function entryOf(resource: Resource & { id?: string }): BundleEntry {
  return { fullUrl: urnOf(resource.id!), resource };
}

export function concept(system: string, code: string, display?: string, text?: string): CodeableConcept {
  return { coding: [{ system, code, ...(display ? { display } : {}) }], ...(text ?? display ? { text: text ?? display } : {}) };
}

export const textConcept = (text: string): CodeableConcept => ({ text });

/** A Candor identifier: which kind of Candor record, and its id. */
export const candorIdentifier = (kind: string, id: string) => ({ system: `${CANDOR_URN}:${kind}`, value: id });

/** An instant as FHIR wants it (`instant` needs seconds and a zone; ISO strings from Candor have both). */
export const instant = (iso: string) => new Date(iso).toISOString();
