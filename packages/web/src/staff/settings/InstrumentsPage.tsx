import { hasRole } from '../../api/useSession';
import { useInstruments } from '../../api/useMeasures';
import { useSignedInUser } from '../../auth/guards';
import { Alert } from '../../components/Alert';
import { PageHeading } from '../../components/PageHeading';
import { describeError } from '../../components/errorMessages';
import type { InstrumentSummary } from '../../api/measureTypes';
import { ImportWordingForm } from './ImportWordingForm';
import { SettingsNav } from './SettingsNav';

function wordingText(instrument: InstrumentSummary): string {
  if (instrument.wordingImported) return 'Your licensed wording is imported';
  if (instrument.licence === 'public-domain-or-free') return 'Official wording included';
  return 'Neutral labels (no licensed wording imported)';
}

/** The standard questionnaires: licence, wording, recall period; owners import licensed wording. */
export function InstrumentsPage() {
  const user = useSignedInUser();
  const instruments = useInstruments();
  const list = instruments.data ?? [];
  return (
    <>
      <PageHeading title="Instruments">Instruments</PageHeading>
      <SettingsNav />
      <p>
        The standard questionnaires clinicians can ask clients to answer. Only free questionnaires come with their official wording;
        for the others, clients see neutral labels until the practice imports wording it holds a licence for.
      </p>
      <Alert focus={false}>{instruments.isError ? describeError(instruments.error) : undefined}</Alert>
      {instruments.isPending ? (
        <p role="status" className="muted">
          Loading…
        </p>
      ) : list.length ? (
        <div className="table-scroll">
          <table className="instrument-table">
            <caption className="visually-hidden">Questionnaires, their licences and wording</caption>
            <thead>
              <tr>
                <th scope="col">Questionnaire</th>
                <th scope="col">Questions</th>
                <th scope="col">Thinking about</th>
                <th scope="col">Licence</th>
                <th scope="col">Wording</th>
              </tr>
            </thead>
            <tbody>
              {list.map((instrument) => (
                <tr key={instrument.id}>
                  <th scope="row">
                    {instrument.shortName}
                    <span className="instrument-title">{instrument.title}</span>
                  </th>
                  <td>{instrument.itemCount}</td>
                  <td>{instrument.recallPeriod ?? <span className="muted">No fixed period</span>}</td>
                  <td>{instrument.licenceLabel}</td>
                  <td>{wordingText(instrument)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {hasRole(user, 'owner') && list.length ? <ImportWordingForm instruments={list} /> : null}
    </>
  );
}
