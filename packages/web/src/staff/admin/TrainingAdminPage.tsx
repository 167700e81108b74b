import { useEffect, useRef, useState } from 'react';
import type { Programme } from '../../api/trainingTypes';
import { trainingCsvUrl, useCreateProgramme, useDeleteProgramme, useProgrammes, useUpdateProgramme } from '../../api/useTraining';
import { Alert, StatusMessage } from '../../components/Alert';
import { DetailsList } from '../../components/DetailsList';
import { PageHeading } from '../../components/PageHeading';
import { describeError } from '../../components/errorMessages';
import { ProgrammeForm } from './ProgrammeForm';
import { TrainingImport } from './TrainingImport';
import '../directory/directory.css';
import './admin.css';

const dollars = (n: number) => `$${n.toLocaleString('en-US')}`;

/** "$1,200–$2,400", "From $300", "Up to $500", or null when no cost is given. */
function costText(programme: Pick<Programme, 'costMin' | 'costMax'>): string | null {
  const { costMin, costMax } = programme;
  if (costMin !== null && costMax !== null) return costMin === costMax ? dollars(costMin) : `${dollars(costMin)}–${dollars(costMax)}`;
  if (costMin !== null) return `From ${dollars(costMin)}`;
  if (costMax !== null) return `Up to ${dollars(costMax)}`;
  return null;
}

function placeText(programme: Pick<Programme, 'city' | 'state' | 'country'>): string | null {
  return [programme.city, programme.state, programme.country].filter(Boolean).join(', ') || null;
}

const safeId = (id: string) => id.replace(/[^A-Za-z0-9_-]/g, '');

function EditProgramme({ programme, onDone }: { programme: Programme; onDone: (text: string) => void }) {
  const update = useUpdateProgramme();
  return (
    <ProgrammeForm
      idPrefix={`edit-${safeId(programme.id)}`}
      programme={programme}
      label={`Edit ${programme.name}`}
      submitLabel="Save changes"
      pendingLabel="Saving…"
      pending={update.isPending}
      error={update.error}
      onSubmit={(input) => update.mutate({ id: programme.id, programme: input }, { onSuccess: (saved) => onDone(`Saved “${saved.name}”.`) })}
      actions={
        <button type="button" className="button-secondary" onClick={() => onDone('')}>
          Cancel
        </button>
      }
    />
  );
}

function ProgrammeItem({ programme, onStatus }: { programme: Programme; onStatus: (text: string) => void }) {
  const [mode, setMode] = useState<'view' | 'edit' | 'confirm-delete'>('view');
  const remove = useDeleteProgramme();
  const editButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const previous = useRef(mode);
  const headingId = `programme-${safeId(programme.id)}`;

  // Leaving a form puts focus back on "Edit"; asking to delete moves it to the question's answer.
  useEffect(() => {
    if (mode === 'confirm-delete') confirmButton.current?.focus();
    else if (mode === 'view' && previous.current !== 'view') editButton.current?.focus();
    previous.current = mode;
  }, [mode]);

  return (
    <li>
      <article aria-labelledby={headingId} className="programme">
        <h3 id={headingId}>{programme.name}</h3>
        <p className="programme-meta">
          {programme.provider} · {programme.kindLabel} · {programme.formatLabel}
        </p>
        <DetailsList
          rows={[
            ['Where', placeText(programme) ?? (programme.format === 'online' ? 'Online' : null)],
            ['Length', programme.length],
            ['Cost', costText(programme)],
            [
              'Counts toward',
              programme.countsToward.length ? (
                <ul className="plain-list">
                  {programme.countsToward.map((c) => (
                    <li key={c.id}>{c.label}</li>
                  ))}
                </ul>
              ) : null,
            ],
            [
              'Website',
              <a href={programme.url} target="_blank" rel="noreferrer">
                {programme.url.replace(/^https?:\/\//, '')}
                <span className="visually-hidden"> (opens in a new tab)</span>
              </a>,
            ],
            ['Description', programme.description],
          ]}
        />
        {mode === 'edit' ? (
          <EditProgramme
            programme={programme}
            onDone={(text) => {
              setMode('view');
              if (text) onStatus(text);
            }}
          />
        ) : mode === 'confirm-delete' ? (
          <div className="confirm">
            <p className="confirm-question">Delete “{programme.name}” from the catalogue? People will no longer find it.</p>
            <div className="form-actions">
              <button
                ref={confirmButton}
                type="button"
                disabled={remove.isPending}
                onClick={() => remove.mutate(programme.id, { onSuccess: () => onStatus(`Deleted “${programme.name}”.`) })}
              >
                {remove.isPending ? 'Deleting…' : 'Yes, delete it'}
              </button>
              <button type="button" className="button-secondary" onClick={() => setMode('view')}>
                Keep it
              </button>
            </div>
            <Alert>{remove.isError ? describeError(remove.error) : undefined}</Alert>
          </div>
        ) : (
          <div className="form-actions programme-actions">
            <button ref={editButton} type="button" className="button-secondary button-small" onClick={() => setMode('edit')}>
              Edit<span className="visually-hidden"> {programme.name}</span>
            </button>
            <button type="button" className="button-secondary button-small" onClick={() => setMode('confirm-delete')}>
              Delete<span className="visually-hidden"> {programme.name}</span>
            </button>
          </div>
        )}
      </article>
    </li>
  );
}

function AddProgramme({ onAdded }: { onAdded: (text: string) => void }) {
  const create = useCreateProgramme();
  return (
    <section aria-labelledby="add-programme-heading" className="panel">
      <h2 id="add-programme-heading">Add a programme</h2>
      <ProgrammeForm
        idPrefix="new-programme"
        label="Add a programme"
        submitLabel="Add programme"
        pendingLabel="Adding…"
        pending={create.isPending}
        error={create.error}
        onSubmit={(input, reset) =>
          create.mutate(input, {
            onSuccess: (saved) => {
              reset();
              onAdded(`Added “${saved.name}” to the catalogue.`);
            },
          })
        }
      />
    </section>
  );
}

/** `/admin/training` (site administrators): the deployment's catalogue of training programmes, by hand or by CSV. */
export function TrainingAdminPage() {
  const programmes = useProgrammes();
  const [status, setStatus] = useState('');
  const list = [...(programmes.data ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <>
      <PageHeading>Training catalogue</PageHeading>
      <p>
        Graduate degrees, certificate programmes, continuing-education providers and SAR seminars for people training as sex therapists or
        keeping their certification. Everyone using this Candor can search the catalogue, with or without signing in.
      </p>
      <p className="page-actions">
        <a href={trainingCsvUrl()} download>
          Export CSV
        </a>
        <a href="/find/training">See the public catalogue</a>
      </p>
      <StatusMessage>{status || undefined}</StatusMessage>
      <section aria-labelledby="programmes-heading" className="panel">
        <h2 id="programmes-heading">Programmes</h2>
        <Alert focus={false}>{programmes.isError ? describeError(programmes.error) : undefined}</Alert>
        {programmes.isPending ? (
          <p role="status" className="muted">
            Loading…
          </p>
        ) : programmes.isError ? null : list.length === 0 ? (
          <p className="muted">The catalogue is empty. Add a programme below, or import several from CSV.</p>
        ) : (
          <>
            <p className="muted">{list.length === 1 ? 'One programme.' : `${list.length} programmes.`}</p>
            <ul className="plain-list programme-list" aria-labelledby="programmes-heading">
              {list.map((programme) => (
                <ProgrammeItem key={programme.id} programme={programme} onStatus={setStatus} />
              ))}
            </ul>
          </>
        )}
      </section>
      <AddProgramme onAdded={setStatus} />
      <TrainingImport />
    </>
  );
}
