import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { sessionQueryKey } from '../../api/useSession';
import { ChangePasswordForm } from '../../auth/ChangePasswordForm';
import { EnrollSecondFactor } from '../../auth/EnrollSecondFactor';
import { RecoveryCodes } from '../../auth/RecoveryCodes';
import { useSignedInUser } from '../../auth/guards';
import { PageHeading } from '../../components/PageHeading';
import { SettingsNav } from './SettingsNav';

type Step = 'status' | 'enrolling' | 'codes';

/** The person's own security: whether a second factor is on, setting one up, and their password. */
export function SecuritySettingsPage() {
  const user = useSignedInUser();
  const queryClient = useQueryClient();
  const [step, setStep] = useState<Step>('status');
  const [codes, setCodes] = useState<string[]>([]);

  return (
    <>
      <PageHeading title="Security settings">Security</PageHeading>
      <SettingsNav />
      <section aria-labelledby="second-factor-heading" className="panel">
        <h2 id="second-factor-heading">Second factor</h2>
        {step === 'codes' ? (
          <RecoveryCodes
            codes={codes}
            onDone={() => {
              setStep('status');
              void queryClient.invalidateQueries({ queryKey: sessionQueryKey });
            }}
          />
        ) : user.secondFactorEnabled ? (
          <p>
            <strong>On.</strong> Signing in asks for a code from your authenticator app as well
            as your password.
          </p>
        ) : step === 'enrolling' ? (
          <EnrollSecondFactor
            onConfirmed={(recoveryCodes) => {
              setCodes(recoveryCodes);
              setStep('codes');
            }}
          />
        ) : (
          <>
            <p>
              <strong>Off.</strong> Right now your password alone opens your account. A second
              factor — a code from an app on your phone — keeps clients&apos; records safe even
              if your password is ever guessed or leaked.
            </p>
            <button type="button" onClick={() => setStep('enrolling')}>
              Set up a second factor
            </button>
          </>
        )}
      </section>
      <section aria-labelledby="password-heading" className="panel">
        <h2 id="password-heading">Password</h2>
        <ChangePasswordForm />
      </section>
    </>
  );
}
