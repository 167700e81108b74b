import { usePractice } from '../../api/usePractice';
import { Alert } from '../../components/Alert';
import { PageHeading } from '../../components/PageHeading';
import { describeError } from '../../components/errorMessages';
import { InviteStaffForm } from './InviteStaffForm';
import { MovePracticeSection } from './MovePracticeSection';
import { PracticeDetailsForm } from './PracticeDetailsForm';
import { PracticeUsersList } from './PracticeUsersList';
import { SettingsNav } from './SettingsNav';

/** Practice-wide settings and the team (owner only). */
export function PracticeSettingsPage() {
  const practice = usePractice();
  return (
    <>
      <PageHeading title="Practice settings">Practice</PageHeading>
      <SettingsNav />
      <Alert focus={false}>{practice.isError ? describeError(practice.error) : undefined}</Alert>
      {practice.data ? <PracticeDetailsForm practice={practice.data} /> : null}
      {practice.isPending ? (
        <p role="status" className="muted">
          Loading…
        </p>
      ) : null}
      <InviteStaffForm />
      <PracticeUsersList />
      <MovePracticeSection />
    </>
  );
}
