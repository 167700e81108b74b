import type { ClientDetail } from '../../api/types';
import { ContactMethods, RelationshipStatuses, RelationshipStructures, SexesAssignedAtBirth } from '../../api/types';
import { SelectField, Suggestions, TextAreaField, TextField } from '../../components/TextField';
import {
  CONTACT_METHOD_LABELS, GENDER_IDENTITY_SUGGESTIONS, ORIENTATION_SUGGESTIONS, PRONOUN_SUGGESTIONS, RELATIONSHIP_STATUS_LABELS,
  RELATIONSHIP_STRUCTURE_LABELS, SEX_ASSIGNED_AT_BIRTH_LABELS,
} from './clientWords';

type Errors = Record<string, string>;

/** Field ids for names like `emergencyContact.phone` (so the error summary can link to them). */
export const fieldIdFor = (field: string) => `field-${field.replaceAll('.', '-')}`;

const options = (values: readonly string[], labels: Record<string, string>, empty = 'Not recorded') => [
  { value: '', label: empty },
  ...values.map((value) => ({ value, label: labels[value] ?? value })),
];

const YES_NO = [
  { value: '', label: 'Not asked yet' },
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];
const yesNoValue = (value: boolean | null | undefined) => (value === true ? 'yes' : value === false ? 'no' : '');

/** Names, pronouns, date of birth and — for the care team — identity and relationships. */
export function AboutFields({ client, errors, clinical }: { client: ClientDetail; errors: Errors; clinical: boolean }) {
  return (
    <fieldset>
      <legend>About</legend>
      <TextField name="firstName" label="First name" defaultValue={client.firstName} autoComplete="off" required error={errors.firstName} />
      <TextField name="lastName" label="Last name" defaultValue={client.lastName} autoComplete="off" required error={errors.lastName} />
      <TextField name="preferredName" label="Preferred name (optional)" defaultValue={client.preferredName ?? ''} autoComplete="off" error={errors.preferredName} />
      <TextField
        name="pronouns"
        label="Pronouns (optional)"
        hint="In their words. Choose a suggestion or type anything."
        list="pronoun-suggestions"
        defaultValue={client.pronouns ?? ''}
        autoComplete="off"
        error={errors.pronouns}
      />
      <Suggestions id="pronoun-suggestions" values={PRONOUN_SUGGESTIONS} />
      <TextField name="dateOfBirth" type="date" label="Date of birth" defaultValue={client.dateOfBirth ?? ''} required error={errors.dateOfBirth} />
      {clinical ? (
        <>
          <TextField
            name="genderIdentity"
            label="Gender identity (optional)"
            hint="In their words. Choose a suggestion or type anything."
            list="gender-identity-suggestions"
            defaultValue={client.genderIdentity ?? ''}
            autoComplete="off"
            error={errors.genderIdentity}
          />
          <Suggestions id="gender-identity-suggestions" values={GENDER_IDENTITY_SUGGESTIONS} />
          <SelectField
            name="sexAssignedAtBirth"
            label="Sex assigned at birth (optional)"
            defaultValue={client.sexAssignedAtBirth ?? ''}
            options={options(SexesAssignedAtBirth, SEX_ASSIGNED_AT_BIRTH_LABELS)}
            error={errors.sexAssignedAtBirth}
          />
          <TextField
            name="sexualOrientation"
            label="Sexual orientation (optional)"
            hint="In their words. Choose a suggestion or type anything."
            list="orientation-suggestions"
            defaultValue={client.sexualOrientation ?? ''}
            autoComplete="off"
            error={errors.sexualOrientation}
          />
          <Suggestions id="orientation-suggestions" values={ORIENTATION_SUGGESTIONS} />
          <SelectField
            name="relationshipStatus"
            label="Relationship status (optional)"
            defaultValue={client.relationshipStatus ?? ''}
            options={options(RelationshipStatuses, RELATIONSHIP_STATUS_LABELS)}
            error={errors.relationshipStatus}
          />
          <SelectField
            name="relationshipStructure"
            label="Relationship structure (optional)"
            defaultValue={client.relationshipStructure ?? ''}
            options={options(RelationshipStructures, RELATIONSHIP_STRUCTURE_LABELS)}
            error={errors.relationshipStructure}
          />
          <TextField
            name="relationshipStructureOther"
            label="If other, in their words (optional)"
            defaultValue={client.relationshipStructureOther ?? ''}
            autoComplete="off"
            error={errors.relationshipStructureOther}
          />
          <TextAreaField
            name="presentingConcern"
            label="What brings them to therapy (optional)"
            hint="In their words where you can. Only their care team can read this."
            defaultValue={client.presentingConcern ?? ''}
            error={errors.presentingConcern}
          />
        </>
      ) : null}
    </fieldset>
  );
}

/** Email, phone, address, emergency contact and how they would like to be contacted. */
export function ContactFields({ client, errors }: { client: ClientDetail; errors: Errors }) {
  const contact = client.emergencyContact;
  return (
    <>
      <fieldset>
        <legend>Contact</legend>
        <TextField name="email" type="email" label="Email address (optional)" defaultValue={client.email ?? ''} autoComplete="off" error={errors.email} />
        <TextField name="phone" type="tel" label="Phone (optional)" defaultValue={client.phone ?? ''} autoComplete="off" error={errors.phone} />
        <TextAreaField name="address" label="Address (optional)" defaultValue={client.address ?? ''} rows={3} error={errors.address} />
        <SelectField
          name="preferredContactMethod"
          label="Preferred way to contact them (optional)"
          defaultValue={client.preferredContactMethod ?? ''}
          options={options(ContactMethods, CONTACT_METHOD_LABELS)}
          error={errors.preferredContactMethod}
        />
        <SelectField name="okToLeaveMessage" label="OK to leave a message?" defaultValue={yesNoValue(client.okToLeaveMessage)} options={YES_NO} error={errors.okToLeaveMessage} />
        <SelectField name="okToLeaveVoicemail" label="OK to leave a voicemail?" defaultValue={yesNoValue(client.okToLeaveVoicemail)} options={YES_NO} error={errors.okToLeaveVoicemail} />
      </fieldset>
      <fieldset>
        <legend>Emergency contact (optional)</legend>
        <TextField id={fieldIdFor('emergencyContact.name')} name="emergencyContact.name" label="Name" defaultValue={contact?.name ?? ''} autoComplete="off" error={errors['emergencyContact.name'] ?? errors.emergencyContact} />
        <TextField
          id={fieldIdFor('emergencyContact.relationship')}
          name="emergencyContact.relationship"
          label="Who they are to the client (optional)"
          hint="For example: partner, sister, friend."
          defaultValue={contact?.relationship ?? ''}
          autoComplete="off"
          error={errors['emergencyContact.relationship']}
        />
        <TextField id={fieldIdFor('emergencyContact.phone')} name="emergencyContact.phone" type="tel" label="Phone" defaultValue={contact?.phone ?? ''} autoComplete="off" error={errors['emergencyContact.phone']} />
      </fieldset>
    </>
  );
}
