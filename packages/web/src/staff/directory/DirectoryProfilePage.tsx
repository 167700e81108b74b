import type { DirectoryProfile } from '../../api/directoryTypes';
import { publicProfilePath, useDirectoryProfile, usePracticeListing, useSetPracticeListing } from '../../api/useDirectory';
import { hasRole } from '../../api/useSession';
import { useSignedInUser } from '../../auth/guards';
import { Alert, StatusMessage } from '../../components/Alert';
import { PageHeading } from '../../components/PageHeading';
import { describeError } from '../../components/errorMessages';
import { DirectoryPhoto } from './DirectoryPhoto';
import { DirectoryProfileForm } from './DirectoryProfileForm';
import './directory.css';

/** Owners: whether the practice takes part in the shared public directory at all. */
function PracticeListingSection() {
  const listing = usePracticeListing();
  const change = useSetPracticeListing();
  const listed = listing.data?.listed;
  return (
    <section aria-labelledby="practice-listing-heading" className="panel">
      <h2 id="practice-listing-heading">Practice in the public directory</h2>
      <Alert focus={false}>{listing.isError ? describeError(listing.error) : undefined}</Alert>
      {listing.isPending ? (
        <p role="status" className="muted">
          Loading…
        </p>
      ) : listed === undefined ? null : (
        <>
          <p>
            {listed
              ? 'Your practice is in the public directory. Each clinician who chooses to be listed, and whose licence you have verified, can be found there.'
              : 'Your practice is not in the public directory. While it is not, nobody at the practice can be found there, whatever their own profile says.'}
          </p>
          <div className="form-actions">
            <button type="button" className={listed ? 'button-secondary' : undefined} disabled={change.isPending} onClick={() => change.mutate({ listed: !listed })}>
              {change.isPending ? 'Saving…' : listed ? 'Take the practice out of the directory' : 'Put the practice in the directory'}
            </button>
          </div>
          <Alert>{change.isError ? describeError(change.error) : undefined}</Alert>
          <StatusMessage>
            {change.isSuccess ? (change.data.listed ? 'The practice is now in the public directory.' : 'The practice is no longer in the public directory.') : undefined}
          </StatusMessage>
        </>
      )}
    </section>
  );
}

/** Whether the public can see the profile and, prominently, every reason something is not shown. */
function VisibilitySection({ profile, isPublic }: { profile: DirectoryProfile | null; isPublic: boolean }) {
  if (!profile) {
    return (
      <section aria-labelledby="visibility-heading" className="panel directory-visibility">
        <h2 id="visibility-heading">Not in the public directory yet</h2>
        <p>You have not written a directory profile yet. Fill in the form below and save it; you choose whether it is shown.</p>
      </section>
    );
  }
  const reasons = profile.notShownBecause.length ? (
    <ul className="directory-reasons">
      {profile.notShownBecause.map((reason) => (
        <li key={reason}>{reason}</li>
      ))}
    </ul>
  ) : null;
  if (!isPublic) {
    return (
      <section aria-labelledby="visibility-heading" className="panel directory-visibility directory-hidden">
        <h2 id="visibility-heading">Not in the public directory yet</h2>
        <p>The public cannot see your profile{reasons ? ' because:' : ' yet.'}</p>
        {reasons}
      </section>
    );
  }
  return (
    <section aria-labelledby="visibility-heading" className={reasons ? 'panel directory-visibility directory-hidden' : 'panel directory-visibility directory-public'}>
      <h2 id="visibility-heading">In the public directory</h2>
      <p>People looking for a therapist can find your profile and ask to work with you.</p>
      {reasons ? (
        <>
          <p>Not everything on it is shown yet:</p>
          {reasons}
        </>
      ) : null}
      {/* The public page is served by the server, not by this app. */}
      <p>
        <a href={publicProfilePath(profile.slug)}>See your public page</a>
      </p>
      <p className="muted">
        Its address, to share: <span className="directory-address">{profile.publicUrl}</span>
      </p>
    </section>
  );
}

/** A saved profile: whether the public sees it (asked of the public directory), and its photo. */
function SavedProfileStatus({ profile }: { profile: DirectoryProfile }) {
  const isPublic = profile.isPublic;
  return (
    <>
      <VisibilitySection profile={profile} isPublic={isPublic} />
      <DirectoryPhoto profile={profile} isPublic={isPublic} />
    </>
  );
}

/** A clinician's own profile: whether it is public, the photo, and the form. */
function OwnProfile({ defaultName }: { defaultName: string }) {
  const profile = useDirectoryProfile();
  if (profile.isPending) {
    return (
      <p role="status" className="muted">
        Loading…
      </p>
    );
  }
  if (profile.isError) return <Alert focus={false}>{describeError(profile.error)}</Alert>;
  return (
    <>
      {profile.data ? (
        <SavedProfileStatus profile={profile.data} />
      ) : (
        <>
          <VisibilitySection profile={null} isPublic={false} />
          <p className="muted">Once your profile is saved you can add a photo.</p>
        </>
      )}
      <DirectoryProfileForm profile={profile.data} defaultName={defaultName} />
    </>
  );
}

/**
 * `/directory-profile`: clinicians write the profile people find in the public directory; owners
 * choose whether the practice is in the directory at all.
 */
export function DirectoryProfilePage() {
  const user = useSignedInUser();
  const writesProfile = hasRole(user, 'clinician') || hasRole(user, 'supervisor');
  return (
    <>
      <PageHeading>Directory profile</PageHeading>
      <p className="lead">
        The public directory helps people looking for a sex therapist find one.{' '}
        {writesProfile
          ? 'Only what you write here is shown, with the licences and certifications your practice owner has verified, each marked as verified.'
          : 'Each clinician’s profile shows only what they write, with the licences and certifications you have verified, each marked as verified.'}
      </p>
      {hasRole(user, 'owner') ? <PracticeListingSection /> : null}
      {writesProfile ? (
        <OwnProfile defaultName={user.displayName} />
      ) : (
        <p>Each clinician writes their own profile on this page when they sign in.</p>
      )}
    </>
  );
}
