import { useState, type FormEvent } from 'react';
import { fieldErrorsOf } from '../../api/client';
import { CptCodes, type BillingProvider, type BillingSettings } from '../../api/billingTypes';
import { useBillingProviders, useBillingSettings, useSaveBillingSettings, useSaveProviderNumbers } from '../../api/useBilling';
import { usePractice } from '../../api/usePractice';
import { Alert, StatusMessage } from '../../components/Alert';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { TextAreaField, TextField } from '../../components/TextField';
import { describeError } from '../../components/errorMessages';
import { textValue } from '../../components/forms';
import { SettingsNav } from '../settings/SettingsNav';
import { CPT_LABELS, amountProblem, centsToDollarsText, dollarsToCents } from './billingWords';

const TAX_ID = /^[0-9]{2}-?[0-9]{7}$/;
const NPI = /^[0-9]{10}$/;
const feeField = (code: string) => `fee-${code}`;

const LABELS: Record<string, string> = {
  billingName: 'Name on statements',
  address: 'Address',
  phone: 'Phone',
  taxId: 'Tax ID',
  npi: 'Practice NPI',
  ...Object.fromEntries(CptCodes.map((code) => [feeField(code), `Fee for ${code}`])),
};

/** `fees.90834` → `fee-90834`; the rest keep their names. */
function settingsErrors(error: unknown): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [field, message] of Object.entries(fieldErrorsOf(error))) {
    const code = /^fees\.(\d{5})$/.exec(field)?.[1];
    errors[code ? feeField(code) : field] ??= message;
  }
  return errors;
}

/** The practice's name, address and numbers as printed on superbills, and its fee for each code. */
function BillingDetailsForm({ settings, practiceName }: { settings: BillingSettings; practiceName: string | undefined }) {
  const save = useSaveBillingSettings();
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const serverErrors = settingsErrors(save.error);
  const errors = Object.keys(localErrors).length ? localErrors : serverErrors;
  const general = save.isError && Object.keys(serverErrors).length === 0 ? describeError(save.error) : undefined;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const problems: Record<string, string> = {};
    const orNull = (name: string) => textValue(form, name) || null;
    const next: BillingSettings = {
      billingName: orNull('billingName'),
      address: orNull('address'),
      phone: orNull('phone'),
      taxId: orNull('taxId'),
      npi: orNull('npi'),
      fees: {},
    };
    if (next.taxId && !TAX_ID.test(next.taxId)) problems.taxId = 'Enter the nine-digit tax ID, written 12-3456789.';
    if (next.npi && !NPI.test(next.npi)) problems.npi = 'Enter the ten-digit NPI.';
    for (const code of CptCodes) {
      const text = textValue(form, feeField(code));
      const problem = amountProblem(text, { required: false, zeroAllowed: true });
      if (problem) problems[feeField(code)] = problem;
      const cents = text ? dollarsToCents(text) : null;
      if (cents !== null) next.fees[code] = cents;
    }
    setLocalErrors(problems);
    if (Object.keys(problems).length === 0) save.mutate(next);
  }

  return (
    <section aria-labelledby="billing-details-heading" className="panel">
      <h2 id="billing-details-heading">Practice billing details</h2>
      <p>These appear at the top of every superbill.</p>
      <ErrorSummary errors={errors} labels={LABELS} />
      <Alert>{general}</Alert>
      <StatusMessage>{save.isSuccess ? 'Your billing settings are saved.' : undefined}</StatusMessage>
      <form onSubmit={handleSubmit} noValidate aria-labelledby="billing-details-heading" key={JSON.stringify(settings)}>
        <TextField
          name="billingName"
          label="Name on statements (optional)"
          hint={practiceName ? `Leave it empty to use the practice name, ${practiceName}.` : 'Leave it empty to use the practice name.'}
          defaultValue={settings.billingName ?? ''}
          autoComplete="organization"
          error={errors.billingName}
        />
        <TextAreaField name="address" label="Address (optional)" rows={3} defaultValue={settings.address ?? ''} autoComplete="street-address" error={errors.address} />
        <TextField name="phone" type="tel" label="Phone (optional)" defaultValue={settings.phone ?? ''} autoComplete="tel" error={errors.phone} />
        <TextField name="taxId" label="Tax ID (optional)" hint="The practice’s EIN: nine digits, written 12-3456789." inputMode="numeric" autoComplete="off" defaultValue={settings.taxId ?? ''} error={errors.taxId} />
        <TextField name="npi" label="Practice NPI (optional)" hint="The practice’s ten-digit National Provider Identifier." inputMode="numeric" autoComplete="off" defaultValue={settings.npi ?? ''} error={errors.npi} />
        <fieldset className="fee-schedule" aria-describedby="fees-hint">
          <legend>Fee schedule</legend>
          <p id="fees-hint" className="field-hint">
            The full fee for each code, in dollars. A client on a sliding scale pays their share of it. Leave a code empty if the practice does not use it.
          </p>
          {CptCodes.map((code) => (
            <TextField
              key={code}
              name={feeField(code)}
              label={`${code} — ${CPT_LABELS[code]}`}
              inputMode="decimal"
              autoComplete="off"
              defaultValue={centsToDollarsText(settings.fees[code])}
              error={errors[feeField(code)]}
            />
          ))}
        </fieldset>
        <div className="form-actions">
          <button type="submit" disabled={save.isPending}>
            {save.isPending ? 'Saving…' : 'Save billing settings'}
          </button>
        </div>
      </form>
    </section>
  );
}

/** One clinician's NPI and licence for superbills, starting from those saved for them. */
function ProviderForm({ clinician }: { clinician: BillingProvider }) {
  const save = useSaveProviderNumbers();
  const key = clinician.userId.replace(/[^A-Za-z0-9_-]/g, '');
  const [npi, setNpi] = useState(clinician.npi ?? '');
  const [license, setLicense] = useState(clinician.license ?? '');
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const errors = Object.keys(localErrors).length ? localErrors : fieldErrorsOf(save.error);
  const general = save.isError && Object.keys(fieldErrorsOf(save.error)).length === 0 ? describeError(save.error) : undefined;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!npi.trim() && !license.trim()) problems.npi = 'Enter an NPI, a licence, or both.';
    else if (npi.trim() && !NPI.test(npi.trim())) problems.npi = 'Enter the ten-digit NPI.';
    if (license.trim().length > 120) problems.license = 'Keep the licence to 120 characters.';
    setLocalErrors(problems);
    if (Object.keys(problems).length === 0) save.mutate({ userId: clinician.userId, numbers: { npi: npi.trim() || null, license: license.trim() || null } });
  }

  return (
    <li className="provider">
      <h3 id={`provider-${key}`}>{clinician.displayName}</h3>
      <form onSubmit={handleSubmit} noValidate className="inline-form" aria-labelledby={`provider-${key}`}>
        <TextField id={`npi-${key}`} name="npi" label="NPI" inputMode="numeric" autoComplete="off" value={npi} onChange={(event) => setNpi(event.target.value)} error={errors.npi} />
        <TextField
          id={`license-${key}`}
          name="license"
          label="Licence"
          autoComplete="off"
          value={license}
          onChange={(event) => setLicense(event.target.value)}
          error={errors.license}
        />
        <button type="submit" className="button-secondary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save numbers'}
          <span className="visually-hidden"> for {clinician.displayName}</span>
        </button>
        <StatusMessage>{save.isSuccess ? `Saved ${clinician.displayName}’s numbers.` : undefined}</StatusMessage>
        <Alert>{general}</Alert>
      </form>
    </li>
  );
}

/** Each active clinician's NPI and licence (`GET /billing/providers`). */
function ProvidersSection() {
  const providers = useBillingProviders();
  const clinicians = providers.data ?? [];
  return (
    <section aria-labelledby="providers-heading" className="panel">
      <h2 id="providers-heading">Clinicians’ numbers</h2>
      <p>Each clinician’s NPI and licence are printed beside their sessions on superbills.</p>
      {providers.isPending ? (
        <p role="status" className="muted">
          Loading…
        </p>
      ) : providers.isError ? (
        <Alert focus={false}>{describeError(providers.error)}</Alert>
      ) : clinicians.length === 0 ? (
        <p className="muted">No clinicians on the team yet.</p>
      ) : (
        <>
          <p className="field-hint">Write the licence as it should appear, for example “LCSW 149.012345 (IL)”.</p>
          <ul className="plain-list provider-list">
            {clinicians.map((clinician) => (
              <ProviderForm key={clinician.userId} clinician={clinician} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** `/settings/billing` (owners and billing): the practice's billing details, fees and clinicians' numbers. */
export function BillingSettingsPage() {
  const settings = useBillingSettings();
  const practice = usePractice();
  return (
    <>
      <PageHeading>Billing settings</PageHeading>
      <SettingsNav />
      <Alert focus={false}>{settings.isError ? describeError(settings.error) : undefined}</Alert>
      {settings.isPending ? (
        <p role="status" className="muted">
          Loading…
        </p>
      ) : settings.data ? (
        <BillingDetailsForm settings={settings.data} practiceName={practice.data?.name} />
      ) : null}
      <ProvidersSection />
    </>
  );
}
