import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ApiError } from '../../api/client';
import type { Plan } from '../../api/planTypes';
import { useCreatePlan, usePlan, usePlanVersion, useReviewPlan } from '../../api/usePlans';
import { Alert } from '../../components/Alert';
import { PageHeading } from '../../components/PageHeading';
import { formatInstantDate, isoDayFromToday } from '../../components/dates';
import { describeError } from '../../components/errorMessages';
import { isNotFound } from '../client/ClientDetailPage';
import { PlanEditor } from './PlanEditor';
import { GoalsList, PlanFooter, PlanOverview, ProblemsList } from './PlanDetails';
import { draftFromPlan, emptyDraft } from './planDraft';
import { useMembersDiagnoses, usePlanPeople, type PlanPeople } from './planPeople';

function Loading({ title }: { title: string }) {
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <p role="status" className="muted">
        Loading…
      </p>
    </>
  );
}

function NotFound({ title, error, back }: { title: string; error: unknown; back: { to: string; text: string } }) {
  return (
    <>
      <PageHeading title={title}>We couldn&apos;t open this plan</PageHeading>
      <Alert focus={false}>{error && !isNotFound(error) ? describeError(error) : 'It may belong to someone you no longer see, or it may not exist.'}</Alert>
      <p>
        <Link to={back.to}>{back.text}</Link>
      </p>
    </>
  );
}

/** "Start a treatment plan" for a client (`/clients/:id/plan/new`) or a relationship (`/relationships/:id/plan/new`). */
export function NewPlanPage({ kind }: { kind: 'client' | 'relationship' }) {
  const { id = '' } = useParams();
  const people = usePlanPeople(kind === 'client' ? { clientId: id, relationshipId: null } : { clientId: null, relationshipId: id });
  const create = useCreatePlan();
  const navigate = useNavigate();
  const [initial] = useState(emptyDraft);
  const back = kind === 'client' ? `/clients/${encodeURIComponent(id)}` : `/relationships/${encodeURIComponent(id)}`;

  if (!people) {
    return (
      <>
        <p>
          <Link to={back}>Back</Link>
        </p>
        <Loading title="New treatment plan" />
      </>
    );
  }
  return (
    <>
      <p>
        <Link to={people.chartPath}>Back to {people.name}</Link>
      </p>
      <PageHeading title={`New treatment plan — ${people.name}`}>New treatment plan for {people.name}</PageHeading>
      <p>
        {people.isRelationship
          ? 'One plan for the relationship. Each partner’s diagnoses can be tied to its problems; questionnaires are charted for each partner separately.'
          : 'Problems, goals with measurable objectives, and how you will work on them. You can change any of it at a review.'}
      </p>
      <PlanEditor
        people={people}
        initial={initial}
        review={false}
        saving={create.isPending}
        saveError={create.error}
        submitLabel="Save the plan"
        onReshape={() => create.reset()}
        onSave={(fields) =>
          create.mutate(kind === 'client' ? { ...fields, clientId: id } : { ...fields, relationshipId: id }, {
            onSuccess: () => void navigate(people.chartPath),
          })
        }
      />
    </>
  );
}

/** A review's save lost a race, or the plan was closed meanwhile. */
function conflictOf(error: unknown): 'reviewed-elsewhere' | 'closed' | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  return error.fieldErrors.some((problem) => problem.field === 'status') ? 'closed' : 'reviewed-elsewhere';
}

function ReviewEditor({ plan, people, onReload }: { plan: Plan; people: PlanPeople; onReload: () => void }) {
  const review = useReviewPlan(plan.id);
  const navigate = useNavigate();
  const [initial] = useState(() => draftFromPlan(plan, isoDayFromToday()));
  const conflict = conflictOf(review.error);
  const problem =
    conflict === 'reviewed-elsewhere' ? (
      <Alert>
        <p>
          Someone else reviewed this plan after you opened it, so your changes were not saved. Reload to start from the latest version.
          Copy anything you want to keep first: reloading replaces what you have written here.
        </p>
        <button type="button" className="button-secondary" onClick={onReload}>
          Reload the latest version
        </button>
      </Alert>
    ) : conflict === 'closed' ? (
      <Alert>
        This plan has been closed, so it can no longer be reviewed. <Link to={people.chartPath}>Back to {people.name}</Link>
      </Alert>
    ) : undefined;
  return (
    <PlanEditor
      people={people}
      initial={initial}
      review
      saving={review.isPending}
      saveError={conflict ? null : review.error}
      saveProblem={problem}
      submitLabel={`Save as version ${plan.version + 1}`}
      onReshape={() => {
        if (!conflict) review.reset();
      }}
      onSave={(fields, reviewSummary) =>
        review.mutate({ ...fields, reviewSummary, basedOnVersion: plan.version }, { onSuccess: () => void navigate(people.chartPath) })
      }
    />
  );
}

/** `/plans/:id/review`: the plan as it stands, to change and save as its next version. */
export function ReviewPlanPage() {
  const { id = '' } = useParams();
  const plan = usePlan(id);
  const people = usePlanPeople(plan.data);
  // A reload starts the editor again from the plan as the server has it now.
  const [reloads, setReloads] = useState(0);

  if (plan.isError) return <NotFound title="Plan not found" error={plan.error} back={{ to: '/clients', text: 'Back to clients' }} />;
  if (!plan.data || !people) return <Loading title="Review the plan" />;
  const data = plan.data;
  return (
    <>
      <p>
        <Link to={people.chartPath}>Back to {people.name}</Link>
      </p>
      <PageHeading title={`Review the plan — ${people.name}`} focusKey={String(reloads)}>
        Review the treatment plan for {people.name}
      </PageHeading>
      {data.status !== 'active' ? (
        <Alert focus={false}>This plan is closed, so it can no longer be reviewed.</Alert>
      ) : (
        <>
          <p>
            You are reviewing version {data.version}. Saving keeps it as it is and writes version {data.version + 1}; progress on objectives you keep
            carries over.
          </p>
          <ReviewEditor
            key={`${data.version}:${reloads}`}
            plan={data}
            people={people}
            onReload={() => {
              void plan.refetch().then(() => setReloads((n) => n + 1));
            }}
          />
        </>
      )}
    </>
  );
}

/** `/plans/:id/versions/:version`: one version exactly as it was written, read-only. */
export function PlanVersionPage() {
  const { id = '', version = '' } = useParams();
  const number = Number(version);
  const plan = usePlanVersion(id, number);
  const people = usePlanPeople(plan.data);
  const { diagnoses } = useMembersDiagnoses(people?.members ?? []);

  if (plan.isError || !Number.isInteger(number) || number < 1) {
    return <NotFound title="Plan version not found" error={plan.error} back={{ to: '/clients', text: 'Back to clients' }} />;
  }
  if (!plan.data || !people) return <Loading title="Treatment plan" />;
  const data = plan.data;
  const written = data.versions.find((v) => v.version === data.version);
  const latest = Math.max(...data.versions.map((v) => v.version));
  return (
    <>
      <p>
        <Link to={people.chartPath}>Back to {people.name}</Link>
      </p>
      <PageHeading title={`Treatment plan, version ${data.version} — ${people.name}`}>
        Treatment plan for {people.name}, version {data.version}
      </PageHeading>
      <p className="care-note">
        Read-only: this version as it was {data.version === 1 ? 'written' : 'reviewed'}
        {written ? ` by ${written.authorName} on ${formatInstantDate(written.createdAt, 'long')}` : ''}.
        {data.version < latest ? ` The plan has since been reviewed: version ${latest} is the current one.` : ''}
        {data.status === 'closed' ? ' The plan is closed.' : ''} Progress and questionnaire answers are shown as recorded so far.
      </p>
      <section aria-labelledby="version-heading" className="panel">
        <h2 id="version-heading">Version {data.version}</h2>
        <PlanOverview plan={data} idPrefix="version-plan" />
        <ProblemsList plan={data} diagnoses={diagnoses} showWhose={people.members.length > 1} />
        <GoalsList plan={data} showWho={people.members.length > 1} />
        <PlanFooter plan={data} shownVersion={data.version} />
      </section>
    </>
  );
}
