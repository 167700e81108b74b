import { usePracticeUsers } from '../../api/usePractice';
import { SelectField } from '../../components/TextField';

/** Owners book for any clinician of the practice; clinicians always book for themselves. */
export function ClinicianField({ value, onChange, error }: { value: string; onChange: (id: string) => void; error?: string | undefined }) {
  const users = usePracticeUsers();
  const clinicians = (users.data ?? []).filter((user) => user.roles.includes('clinician') && user.status === 'active');
  return (
    <SelectField
      name="clinicianId"
      label="Clinician"
      hint="The attendees must be on this clinician’s caseload."
      value={value}
      onChange={(event) => onChange(event.target.value)}
      options={[{ value: '', label: users.isPending ? 'Loading…' : 'Choose a clinician' }, ...clinicians.map((c) => ({ value: c.id, label: c.displayName }))]}
      error={error}
    />
  );
}
