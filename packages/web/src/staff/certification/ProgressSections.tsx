import type { HourRequirementProgress } from '@candor/clinical';
import { Link } from 'react-router-dom';
import type { CertificationSummary } from '../../api/certificationTypes';
import { DetailsList } from '../../components/DetailsList';
import { formatDate } from '../../components/dates';
import { creditsText, formatHours, hoursText } from './certificationWords';

/** Under a requirement's figures: each cap ("eLearning: 80 logged, 75 count (cap 75)"), hours awaiting confirmation, and future-dated hours. */
function RequirementNotes({ requirement }: { requirement: HourRequirementProgress }) {
  const notes = [
    ...requirement.capsApplied.map((cap) => `${cap.label}: ${formatHours(cap.logged)} logged, ${formatHours(cap.counted)} count (cap ${formatHours(cap.max)})`),
    ...(requirement.pendingConfirmation > 0 ? [`${hoursText(requirement.pendingConfirmation)} waiting for your supervisor’s confirmation`] : []),
    ...(requirement.futureDated > 0 ? [`${hoursText(requirement.futureDated)} dated after today, counted from their date`] : []),
  ];
  if (notes.length === 0) return <span className="muted">No limits</span>;
  return (
    <ul className="plain-list requirement-notes">
      {notes.map((note) => (
        <li key={note}>{note}</li>
      ))}
    </ul>
  );
}

/** Each hour requirement: required, logged, counted after the caps, remaining, and whether it is met. */
export function HourProgress({ summary }: { summary: CertificationSummary }) {
  const { certification } = summary;
  return (
    <section aria-labelledby="hours-heading" className="panel">
      <h2 id="hours-heading">Hours</h2>
      <p>
        Progress toward {summary.track.title}. Logged hours are every eligible hour on your log up to today; counted hours are what remains once each
        limit (cap) is applied.
      </p>
      <div className="table-scroll">
        <table className="progress-table">
          <caption>Hour requirements (in clock hours)</caption>
          <thead>
            <tr>
              <th scope="col">Requirement</th>
              <th scope="col">Required</th>
              <th scope="col">Logged</th>
              <th scope="col">Counted</th>
              <th scope="col">Remaining</th>
              <th scope="col">Status</th>
              <th scope="col">Limits and pending hours</th>
            </tr>
          </thead>
          <tbody>
            {certification.hourRequirements.map((requirement) => (
              <tr key={requirement.id}>
                <th scope="row">{requirement.label}</th>
                <td className="number">{formatHours(requirement.required)}</td>
                <td className="number">{formatHours(requirement.logged)}</td>
                <td className="number">{formatHours(requirement.counted)}</td>
                <td className="number">{formatHours(requirement.remaining)}</td>
                <td>{requirement.met ? <span className="badge badge-success">Met</span> : <span className="badge badge-stopped">Not yet met</span>}</td>
                <td>
                  <RequirementNotes requirement={requirement} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The degree-and-experience and licence rules; a licence on file but not verified says so. */
export function OtherRequirements({ summary }: { summary: CertificationSummary }) {
  const { degreeExperience, licence, complete } = summary.certification;
  const licenceStatus = !licence.met ? 'Not yet met' : licence.verified ? 'Met and verified' : 'On file, not yet verified';
  return (
    <section aria-labelledby="rules-heading" className="panel">
      <h2 id="rules-heading">Degree, experience and licence</h2>
      <DetailsList
        label="Degree, experience and licence"
        rows={[
          [
            'Degree and experience',
            <>
              <strong>{degreeExperience.met ? 'Met' : 'Not yet met'}.</strong> {degreeExperience.detail}
            </>,
          ],
          [
            'Licence',
            <>
              <strong>{licenceStatus}.</strong> {licence.detail}
              {licence.met && !licence.verified ? ' The practice owner verifies licences.' : ''}
            </>,
          ],
        ]}
      />
      <p>
        <Link to="/credentials">{licence.met && degreeExperience.met ? 'See your credentials' : 'Add or update your credentials'}</Link>
      </p>
      {complete ? (
        <p className="care-note">Every requirement tracked here is met. AASECT reviews the application itself, including rules this log does not track.</p>
      ) : null}
    </section>
  );
}

/** Renewal credits in the cycle: AASECT-approved CE, the other methods with their limits, and the total. */
export function RenewalProgressSection({ summary }: { summary: CertificationSummary }) {
  const { renewal } = summary;
  return (
    <section aria-labelledby="renewal-heading" className="panel">
      <h2 id="renewal-heading">Renewal credits</h2>
      {renewal ? (
        <>
          <p>
            Your cycle runs from {formatDate(renewal.cycleStartsOn)} to {formatDate(renewal.cycleEndsOn)} (renewal requirements {summary.renewalVersion}). Only
            sexuality-related education counts.
          </p>
          <DetailsList
            label="Renewal credits"
            rows={[
              ['AASECT-approved education', creditsText(renewal.aasectCredits)],
              ...Object.values(renewal.otherCredits).map((method): [string, string] => [
                method.label,
                `${creditsText(method.credits)} from ${hoursText(method.loggedHours)} (at most ${method.maxCredits})${method.capped ? ': the limit is reached' : ''}`,
              ]),
              ['Total', `${creditsText(renewal.totalCredits)} of ${renewal.required}`],
              [
                'Status',
                renewal.met
                  ? renewal.route === 'standard'
                    ? 'Met with AASECT-approved education alone.'
                    : 'Met by the alternative route (AASECT credits with the other methods).'
                  : `Not yet met: ${creditsText(renewal.shortBy)} more of AASECT-approved education would meet it.`,
              ],
              ...(renewal.pendingConfirmationHours > 0
                ? [['Waiting for confirmation', `${hoursText(renewal.pendingConfirmationHours)} of supervision received`] as [string, string]]
                : []),
            ]}
          />
        </>
      ) : (
        <p className="muted">Once you are certified, set the start of your renewal cycle under Your track to follow your renewal credits.</p>
      )}
    </section>
  );
}
