import { useState } from 'react';
import type { Activity } from '../../api/certificationTypes';
import { useActivities, useCertificationProgress, useLogActivity, usePracticeSupervisors } from '../../api/useCertification';
import { hasRole } from '../../api/useSession';
import { useSignedInUser } from '../../auth/guards';
import { Alert, StatusMessage } from '../../components/Alert';
import { PageHeading } from '../../components/PageHeading';
import { formatDate } from '../../components/dates';
import { describeError } from '../../components/errorMessages';
import { ActivityForm, type SupervisorChoice } from './ActivityForm';
import { ActivityLog } from './ActivityLog';
import { HourProgress, OtherRequirements, RenewalProgressSection } from './ProgressSections';
import { SupervisionToConfirm } from './SupervisionToConfirm';
import { TrackForm } from './TrackForm';
import { ACTIVITY_KIND_LABELS, hoursText } from './certificationWords';

/**
 * Supervisors the clinician can name: the practice's supervisors (from the server, each marked
 * when they hold an AASECT supervisor certification), plus any named on older entries.
 */
function useSupervisorChoices(activities: Activity[], selfId: string): SupervisorChoice[] {
  const supervisors = usePracticeSupervisors();
  const names = new Map<string, string>();
  for (const person of supervisors.data ?? []) names.set(person.id, person.aasectCertified ? `${person.displayName} (AASECT Certified Supervisor)` : person.displayName);
  for (const activity of activities) {
    if (activity.supervisorUserId && activity.supervisorUserId !== selfId && !names.has(activity.supervisorUserId)) {
      names.set(activity.supervisorUserId, activity.supervisorName ?? 'Your supervisor');
    }
  }
  return [...names].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}

function LogHours({ supervisors, onLogged }: { supervisors: readonly SupervisorChoice[]; onLogged: (text: string) => void }) {
  const log = useLogActivity();
  const [round, setRound] = useState(0);
  return (
    <section aria-labelledby="log-hours-heading" className="panel">
      <h2 id="log-hours-heading">Log hours</h2>
      <ActivityForm
        key={round}
        idPrefix="log"
        supervisors={supervisors}
        submitLabel="Log hours"
        pending={log.isPending}
        error={log.error}
        onSubmit={(input) =>
          log.mutate(input, {
            onSuccess: (activity) => {
              setRound((n) => n + 1);
              log.reset();
              onLogged(`Logged ${hoursText(activity.hours)} of ${ACTIVITY_KIND_LABELS[activity.kind].toLowerCase()} on ${formatDate(activity.date)}.`);
            },
          })
        }
      />
    </section>
  );
}

/** `/certification`: the clinician's track, progress toward AASECT certification and renewal, the log and its downloads; supervisors also confirm supervisees' hours. */
export function CertificationPage() {
  const user = useSignedInUser();
  const isClinical = hasRole(user, 'clinician') || hasRole(user, 'supervisor');
  const isSupervisor = hasRole(user, 'supervisor');
  const progress = useCertificationProgress();
  const activities = useActivities();
  const supervisors = useSupervisorChoices(activities.data ?? [], user.id);
  const [done, setDone] = useState('');

  if (!isClinical) {
    return (
      <>
        <PageHeading>Certification</PageHeading>
        <p>The certification log is for clinicians working toward or renewing a certification.</p>
      </>
    );
  }

  return (
    <>
      <PageHeading>Certification</PageHeading>
      <p className="lead">Your hours toward AASECT certification and renewal, with every limit applied.</p>
      <p>Log education, clinical and supervision hours as they happen. The log holds hours and dates only, never client details.</p>
      {isSupervisor ? <SupervisionToConfirm /> : null}
      <StatusMessage>{done || undefined}</StatusMessage>
      <Alert focus={false}>{progress.isError ? describeError(progress.error) : activities.isError ? describeError(activities.error) : undefined}</Alert>
      {progress.isPending ? (
        <p role="status" className="muted">
          Loading…
        </p>
      ) : progress.data ? (
        <>
          <TrackForm track={progress.data.track} />
          <HourProgress summary={progress.data} />
          <OtherRequirements summary={progress.data} />
          <RenewalProgressSection summary={progress.data} />
        </>
      ) : null}
      <LogHours supervisors={supervisors} onLogged={setDone} />
      {activities.data ? <ActivityLog activities={activities.data} supervisors={supervisors} onStatus={setDone} /> : null}
    </>
  );
}
