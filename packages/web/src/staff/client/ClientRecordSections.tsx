import { ageOn } from '@candor/clinical';
import type { ReactNode } from 'react';
import type { ClientDetail } from '../../api/types';
import { DetailsList } from '../../components/DetailsList';
import { formatDate } from '../../components/dates';
import {
  CONTACT_METHOD_LABELS, RELATIONSHIP_STATUS_LABELS, RELATIONSHIP_STRUCTURE_LABELS, SEX_ASSIGNED_AT_BIRTH_LABELS, labelFor, yesNo,
} from './clientWords';

/**
 * The date of birth with the age it gives. A prospective client who wrote in through the public
 * directory has not given one yet (`''`); that is said plainly rather than as a missing record.
 */
function dateOfBirthText(dateOfBirth: string | null | undefined): ReactNode {
  if (dateOfBirth === '') return <span className="muted">Not yet given</span>;
  if (!dateOfBirth) return dateOfBirth;
  const age = ageOn(dateOfBirth, new Date());
  return age === null ? formatDate(dateOfBirth) : `${formatDate(dateOfBirth)} (age ${age})`;
}

function structureText(client: ClientDetail): string | null | undefined {
  const label = labelFor(RELATIONSHIP_STRUCTURE_LABELS, client.relationshipStructure);
  if (client.relationshipStructure === 'other' && client.relationshipStructureOther) return `Other: ${client.relationshipStructureOther}`;
  return label;
}

/** Names, pronouns, age and — for the care team — identity and relationships. */
export function AboutSection({ client }: { client: ClientDetail }) {
  return (
    <section aria-labelledby="about-heading" className="panel">
      <h2 id="about-heading">About</h2>
      <DetailsList
        rows={[
          ['First name', client.firstName],
          ['Last name', client.lastName],
          ['Preferred name', client.preferredName],
          ['Pronouns', client.pronouns],
          ['Date of birth', dateOfBirthText(client.dateOfBirth)],
          ['Gender identity', client.genderIdentity],
          ['Sex assigned at birth', labelFor(SEX_ASSIGNED_AT_BIRTH_LABELS, client.sexAssignedAtBirth)],
          ['Sexual orientation', client.sexualOrientation],
          ['Relationship status', labelFor(RELATIONSHIP_STATUS_LABELS, client.relationshipStatus)],
          ['Relationship structure', structureText(client)],
          ['What brings them to therapy', client.presentingConcern],
        ]}
      />
    </section>
  );
}

function emergencyContactText(contact: ClientDetail['emergencyContact']): string | null | undefined {
  if (!contact) return contact;
  const who = contact.relationship ? `${contact.name} (${contact.relationship})` : contact.name;
  return `${who}, ${contact.phone}`;
}

/** How to reach the client, and what they have agreed to. */
export function ContactSection({ client }: { client: ClientDetail }) {
  return (
    <section aria-labelledby="contact-heading" className="panel">
      <h2 id="contact-heading">Contact</h2>
      <DetailsList
        rows={[
          ['Email address', client.email],
          ['Phone', client.phone],
          ['Address', client.address],
          ['Emergency contact', emergencyContactText(client.emergencyContact)],
          ['Preferred way to contact', labelFor(CONTACT_METHOD_LABELS, client.preferredContactMethod)],
          ['OK to leave a message', yesNo(client.okToLeaveMessage)],
          ['OK to leave a voicemail', yesNo(client.okToLeaveVoicemail)],
        ]}
      />
    </section>
  );
}
