import { MEDICINE_CLASSES } from '@candor/clinical';
import { useState, type FormEvent } from 'react';
import { fieldErrorsOf } from '../../api/client';
import { useMapMedicine } from '../../api/useScreening';
import { Alert, StatusMessage } from '../../components/Alert';
import { SelectField } from '../../components/TextField';
import { describeError } from '../../components/errorMessages';
import { evidencePlace } from './screeningWords';

const CLASS_OPTIONS = [{ value: '', label: 'Choose what it is' }, ...MEDICINE_CLASSES.map((c) => ({ value: c.id, label: c.label }))];

interface MappingProps {
  path: string;
  name: string;
  index: number;
  pending: boolean;
  /** The failed request's error, when it was about this medicine. */
  failure: unknown;
  onMap: (classId: string) => void;
}

function MedicineMapping({ path, name, index, pending, failure, onMap }: MappingProps) {
  const [classId, setClassId] = useState('');
  const [localError, setLocalError] = useState('');
  const errors = fieldErrorsOf(failure);
  const error = localError || errors.classId || errors.name;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setLocalError(classId ? '' : 'Choose what this medicine is.');
    if (classId) onMap(classId);
  }

  return (
    <li>
      <form onSubmit={handleSubmit} noValidate className="inline-form" aria-label={`What “${name}” is`}>
        <SelectField
          id={`map-medicine-${index}`}
          name="classId"
          label={
            <>
              “{name}” <span className="muted">({evidencePlace(path)})</span>
            </>
          }
          options={CLASS_OPTIONS}
          value={classId}
          onChange={(event) => setClassId(event.target.value)}
          error={error}
        />
        <button type="submit" className="button-secondary" disabled={pending}>
          {pending ? 'Saving…' : 'Save'}
        </button>
        <Alert>{failure && !error ? describeError(failure) : undefined}</Alert>
      </form>
    </li>
  );
}

/** Medicine names no rule recognised, exactly as written, each with a way to say what it is. */
export function UnrecognisedMedicines({ clientId, medicines }: { clientId: string; medicines: { path: string; name: string }[] }) {
  const map = useMapMedicine(clientId);
  const [mapped, setMapped] = useState<string>();
  const about = map.variables?.name;

  function mapMedicine(name: string, classId: string) {
    const label = MEDICINE_CLASSES.find((c) => c.id === classId)?.label ?? classId;
    map.mutate({ name, classId }, { onSuccess: () => setMapped(`“${name}” is now recognised as: ${label.charAt(0).toLowerCase()}${label.slice(1)}.`) });
  }

  return (
    <div className="history-part" role="group" aria-labelledby="unrecognised-heading">
      <h3 id="unrecognised-heading">Medicines we did not recognise</h3>
      <StatusMessage>{mapped}</StatusMessage>
      {medicines.length === 0 ? (
        <p className="muted">Every medicine and supplement in the history was recognised.</p>
      ) : (
        <>
          <p>
            Screening could not check these names. If you know what one is, choose it: the name is then recognised for your whole
            practice, in every client&apos;s history, and this history is screened again now.
          </p>
          <ul className="plain-list medicine-list" aria-label="Medicines we did not recognise">
            {medicines.map((medicine, index) => (
              <MedicineMapping
                key={medicine.path}
                path={medicine.path}
                name={medicine.name}
                index={index}
                pending={map.isPending && about === medicine.name}
                failure={map.isError && about === medicine.name ? map.error : null}
                onMap={(classId) => mapMedicine(medicine.name, classId)}
              />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
