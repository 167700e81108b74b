import { usePortalMe } from '../api/usePortal';
import { useSignedInUser } from '../auth/guards';
import { PageHeading } from '../components/PageHeading';
import { firstNameOf } from '../staff/greeting';

/** The client's home: what happens next, and a plain word about their privacy. */
export function PortalHomePage() {
  const user = useSignedInUser();
  const me = usePortalMe();
  const name = firstNameOf(me.data?.client.displayName ?? user.displayName);
  const practiceName = me.data?.practice.name ?? user.practice.name;
  const nextSteps = me.data?.nextSteps ?? [];

  return (
    <>
      <PageHeading title="Welcome">Welcome, {name}</PageHeading>
      <p className="lead">
        This is your private space with {practiceName}. You can take things at your own pace
        — nothing here needs to be done all at once.
      </p>

      <section aria-labelledby="next-steps-heading" className="panel">
        <h2 id="next-steps-heading">What happens next</h2>
        <ol className="steps">
          <li>
            <strong>Sign your consent forms.</strong> They explain how therapy with us works and
            how your information is kept. They&apos;ll appear here when your therapist shares
            them.
          </li>
          <li>
            <strong>Tell us about yourself.</strong> A short questionnaire helps your therapist
            understand what you&apos;d like help with, in your own words. It will appear here
            too.
          </li>
        </ol>
        {nextSteps.length > 0 ? (
          <ul aria-label="Your next steps">
            {nextSteps.map((step) => (
              <li key={`${step.kind}:${step.title}`}>
                {step.title} {step.done ? <span className="badge">Done</span> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">Nothing to do yet — we&apos;ll let you know by email when something is ready.</p>
        )}
      </section>

      <section aria-labelledby="privacy-heading" className="panel">
        <h2 id="privacy-heading">Your privacy</h2>
        <p>Only your therapist sees what you write here.</p>
        <p>
          If you&apos;re in a relationship and seen together, your partner or partners cannot
          see your private answers.
        </p>
      </section>
    </>
  );
}
