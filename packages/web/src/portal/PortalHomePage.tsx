import { Link } from 'react-router-dom';
import type { PortalNextStep } from '../api/types';
import { usePortalMe, usePortalRelationships } from '../api/usePortal';
import { usePortalMeasures } from '../api/usePortalMeasures';
import { usePortalReleases } from '../api/useReleases';
import { useSignedInUser } from '../auth/guards';
import { Alert } from '../components/Alert';
import { PageHeading } from '../components/PageHeading';
import { POLICY_WORDS } from '../components/confidentiality';
import { listOfNames } from '../components/dates';
import { describeError } from '../components/errorMessages';
import { firstNameOf } from '../staff/greeting';
import { HomeworkCard } from './homework/HomeworkCard';
import { whoText } from './releases/releaseWords';
import { UpcomingSessions } from './UpcomingSessions';

const STEP_LINKS: Record<string, string> = { consent: '/portal/consents', intake: '/portal/intake' };

/** A next step, with its own link when it has one (a release to sign). */
type Step = PortalNextStep & { to?: string };

function NextSteps({ steps }: { steps: Step[] }) {
  const remaining = steps.filter((step) => !step.done).length;
  return (
    <>
      <p>{remaining === 0 ? 'You’re all done for now. Thank you.' : `${remaining} of ${steps.length} still to do.`}</p>
      <ul className="checklist" aria-label="Your next steps">
        {steps.map((step, index) => {
          const to = step.to ?? STEP_LINKS[step.kind];
          return (
            <li key={`${step.kind}:${step.title}:${index}`} className={step.done ? 'checklist-done' : undefined}>
              <span className="checklist-mark" aria-hidden="true">
                {step.done ? '✓' : ''}
              </span>{' '}
              {to ? <Link to={to}>{step.title}</Link> : step.title}{' '}
              <span className={step.done ? 'badge badge-success' : 'visually-hidden'}>{step.done ? 'Done' : 'To do'}</span>
            </li>
          );
        })}
      </ul>
    </>
  );
}

function YourRelationship() {
  const relationships = usePortalRelationships();
  const list = relationships.data ?? [];
  if (list.length === 0) return null;
  return (
    <section aria-labelledby="relationship-heading" className="panel">
      <h2 id="relationship-heading">{list.length === 1 ? 'Your relationship' : 'Your relationships'}</h2>
      {list.map((relationship) => (
        <div key={relationship.id} className="relationship-note">
          <p>
            You are seen together with {listOfNames(relationship.partners.map((partner) => firstNameOf(partner.displayName)))}.
          </p>
          <p>{POLICY_WORDS[relationship.confidentialityPolicy]?.forClient}</p>
        </div>
      ))}
    </section>
  );
}

/** The client's home: what happens next, and a plain word about their privacy. */
export function PortalHomePage() {
  const user = useSignedInUser();
  const me = usePortalMe();
  const name = firstNameOf(me.data?.client.displayName ?? user.displayName);
  const practiceName = me.data?.practice.name ?? user.practice.name;
  const releases = usePortalReleases();
  // Requests to share their information that wait for a signature are next steps too.
  const releaseSteps: Step[] = (releases.data ?? [])
    .filter((release) => release.status === 'awaiting-signature')
    .map((release) => ({ kind: 'release', title: `Read and sign: sharing with ${whoText(release)}`, done: false, to: `/portal/releases/${encodeURIComponent(release.id)}` }));
  // So are questionnaires the therapist has asked for.
  const measures = usePortalMeasures();
  const measureSteps: Step[] = (measures.data ?? []).map((measure) => ({
    kind: 'measure',
    title: `Answer a few questions: ${measure.shortName}`,
    done: false,
    to: `/portal/measures/${encodeURIComponent(measure.requestId)}`,
  }));
  const nextSteps: Step[] = [...(me.data?.nextSteps ?? []), ...releaseSteps, ...measureSteps];

  return (
    <>
      <PageHeading title="Welcome">Welcome, {name}</PageHeading>
      <p className="lead">
        This is your private space with {practiceName}. You can take things at your own pace
        — nothing here needs to be done all at once.
      </p>

      <section aria-labelledby="next-steps-heading" className="panel">
        <h2 id="next-steps-heading">What happens next</h2>
        <Alert focus={false}>{me.isError ? describeError(me.error) : undefined}</Alert>
        {/* Never a stale checklist: after sending something, wait for the fresh one. */}
        {[me, releases, measures].some((query) => query.isPending || (query.isFetching && query.isStale)) ? (
          <p role="status" className="muted">
            Loading…
          </p>
        ) : nextSteps.length > 0 ? (
          <NextSteps steps={nextSteps} />
        ) : (
          <p className="muted">Nothing to do yet — we&apos;ll let you know by email when something is ready.</p>
        )}
      </section>

      <UpcomingSessions />

      <HomeworkCard />

      <YourRelationship />

      <section aria-labelledby="privacy-heading" className="panel">
        <h2 id="privacy-heading">Your privacy</h2>
        <p>Only your therapist sees what you write here.</p>
        {releases.data?.length ? (
          <p>
            Nothing is shared with anyone outside the practice without your written permission:{' '}
            <Link to="/portal/releases">see who may receive what, and withdraw a permission</Link>.
          </p>
        ) : null}
        <p>
          If you&apos;re in a relationship and seen together, your partner or partners cannot
          see your private answers.
        </p>
      </section>
    </>
  );
}
