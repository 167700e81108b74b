import type { ClientSummary } from '../../api/types';
import type { Relationship } from '../../api/careTypes';
import { SelectField } from '../../components/TextField';
import { relationshipName } from '../relationships/relationshipName';

interface AttendeesFieldProps {
  clients: ClientSummary[];
  relationships: Relationship[];
  relationshipId: string;
  onRelationship: (id: string) => void;
  chosen: string[];
  onToggle: (clientId: string, checked: boolean) => void;
  relationshipError?: string | undefined;
  error?: string | undefined;
}

/** A relationship (its members all come) and/or clients from the clinician's caseload. */
export function AttendeesField({ clients, relationships, relationshipId, onRelationship, chosen, onToggle, relationshipError, error }: AttendeesFieldProps) {
  const members = new Set(relationships.find((r) => r.id === relationshipId)?.members.map((m) => m.clientId) ?? []);
  const describedBy = ['field-attendees-hint', error ? 'field-attendees-error' : ''].filter(Boolean).join(' ');
  return (
    <>
      {relationships.length ? (
        <SelectField
          name="relationshipId"
          label="Relationship (optional)"
          hint="Choose a relationship to book all its members together."
          value={relationshipId}
          onChange={(event) => onRelationship(event.target.value)}
          options={[{ value: '', label: 'No relationship' }, ...relationships.map((r) => ({ value: r.id, label: relationshipName(r) }))]}
          error={relationshipError}
        />
      ) : null}
      <fieldset className={error ? 'field-invalid' : undefined} aria-describedby={describedBy}>
        <legend>Who is coming</legend>
        <p id="field-attendees-hint" className="field-hint">
          {relationshipId ? 'The relationship’s members are included. Add anyone else who is coming.' : 'Choose one or more clients.'}
        </p>
        {error ? (
          <p id="field-attendees-error" className="field-error">
            {error}
          </p>
        ) : null}
        {clients.length === 0 ? <p className="muted">No clients on your caseload yet.</p> : null}
        {clients.map((client, index) => {
          const id = index === 0 ? 'field-attendees' : `attendee-${client.id.replace(/[^A-Za-z0-9_-]/g, '')}`;
          const included = members.has(client.id);
          return (
            <label key={client.id} className="checkbox" htmlFor={id}>
              <input
                id={id}
                type="checkbox"
                checked={included || chosen.includes(client.id)}
                disabled={included}
                onChange={(event) => onToggle(client.id, event.target.checked)}
                aria-invalid={error ? true : undefined}
              />
              {client.displayName}
              {included ? <span className="muted"> (in the relationship)</span> : null}
            </label>
          );
        })}
      </fieldset>
    </>
  );
}
