import { isValidCptForKind } from '@candor/clinical';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../../api/client';
import {
  CptCodes, Modifiers, PlacesOfService, type BillableClient, type Charge, type ChargeDraft, type ChargeInput, type CptCode, type Modifier, type PlaceOfService,
} from '../../api/billingTypes';
import { useChargeDraft, useSaveCharge } from '../../api/useBilling';
import { useSignedInUser } from '../../auth/guards';
import { Alert, StatusMessage } from '../../components/Alert';
import { DetailsList } from '../../components/DetailsList';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { RadioGroup } from '../../components/RadioGroup';
import { SelectField, TextField } from '../../components/TextField';
import { describeError } from '../../components/errorMessages';
import { useNow } from '../../components/useNow';
import { KIND_LABELS, STATUS_LABELS } from '../calendar/appointmentWords';
import { dayOf, formatStart, weekStartOf } from '../calendar/calendarDates';
import { accountPagePath } from './BillingPage';
import {
  MODALITY_LABELS, MODIFIER_LABELS, PLACE_OF_SERVICE_LABELS, amountProblem, centsToDollarsText, cptText, dollarsToCents, formatMoney,
} from './billingWords';
import { handlesBilling } from './RequireBilling';

const MAX_DIAGNOSES = 4;
const NO_MODIFIER = 'none';

/** The form's fields, as the error summary names them. */
const LABELS: Record<string, string> = {
  billedClientId: 'Billed client',
  cptCode: 'CPT code',
  placeOfService: 'Place of service',
  modifier: 'Modifier',
  diagnosisCodes: 'Diagnosis codes',
  fee: 'Fee',
  amount: 'Amount charged',
};

/** The server's field (`diagnosisCodes.1`, `feeCents`) → the form's field, or null for a form-level message. */
function formField(field: string): string | null {
  if (field === 'feeCents') return 'fee';
  if (field === 'amountCents') return 'amount';
  if (field === 'diagnosisCodes' || field.startsWith('diagnosisCodes.')) return 'diagnosisCodes';
  return field in LABELS ? field : null;
}

const asSentence = (text: string) => {
  const trimmed = text.trim();
  const capitalised = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`;
};

/** The server's refusal: messages next to the fields it names, and anything else (the session itself) for the whole form. */
function chargeErrors(error: unknown, sent: ChargeInput | null): { fields: Record<string, string>; general: string } {
  const fields: Record<string, string> = {};
  const general: string[] = [];
  if (!(error instanceof ApiError)) return { fields, general: error ? describeError(error) : '' };
  for (const { field, message } of error.fieldErrors) {
    const key = formField(field);
    const index = /^diagnosisCodes\.(\d+)$/.exec(field)?.[1];
    const code = index !== undefined ? sent?.diagnosisCodes[Number(index)] : undefined;
    if (key) fields[key] ??= code ? `${code} ${message.trim().replace(/\.$/, '')}.` : asSentence(message);
    else general.push(asSentence(message));
  }
  if (general.length === 0 && Object.keys(fields).length === 0) general.push(describeError(error));
  return { fields, general: general.join(' ') };
}

/** Why a session cannot be charged (yet), or null when it can. */
function notChargeable(draft: ChargeDraft, now: number): string | null {
  const { status, startsAt } = draft.appointment;
  if (status === 'cancelled') return 'This appointment was cancelled, so there is no session to bill.';
  if (status === 'no-show') return 'This session was missed. A missed session is not billed as psychotherapy.';
  if (Date.parse(startsAt) > now) return 'This session has not happened yet. Come back after it to add the charge.';
  return null;
}

/** What the client pays of a fee under their sliding scale (the server rounds the same way). */
const scaled = (feeCents: number, percent: number | null) => Math.round((feeCents * (percent ?? 100)) / 100);

function clientHint(client: BillableClient): string {
  const count = client.diagnosisCodes.length;
  const codes = count ? `Diagnosis ${count === 1 ? 'code' : 'codes'} ${client.diagnosisCodes.join(', ')}` : 'No diagnosis codes on record';
  const scale = client.slidingScalePercent === null ? '' : ` · pays ${client.slidingScalePercent}% of the fee`;
  return `${codes}${scale}`;
}

function DiagnosisField({ client, chosen, onChange, error }: { client: BillableClient | undefined; chosen: string[]; onChange: (codes: string[]) => void; error?: string | undefined }) {
  const hintId = 'diagnosisCodes-hint';
  const describedBy = [hintId, error ? 'diagnosisCodes-error' : ''].filter(Boolean).join(' ');
  const codes = client?.diagnosisCodes ?? [];
  const full = chosen.length >= MAX_DIAGNOSES;
  return (
    <fieldset className={error ? 'field-invalid' : undefined} aria-describedby={describedBy}>
      <legend>Diagnosis codes (ICD-10-CM)</legend>
      <p id={hintId} className="field-hint">
        {!client
          ? 'Choose the billed client first: the codes are theirs.'
          : codes.length === 0
            ? `${client.displayName} has no current diagnosis on record. Insurers usually need one; the treating clinician records it in the client’s chart.`
            : `${client.displayName}’s current diagnoses. Choose up to ${MAX_DIAGNOSES}; they are printed on the superbill.`}
      </p>
      {error ? (
        <p id="diagnosisCodes-error" className="field-error">
          {error}
        </p>
      ) : null}
      {codes.map((code, index) => {
        const id = index === 0 ? 'field-diagnosisCodes' : `diagnosisCodes-${code.replace(/[^A-Za-z0-9]/g, '')}`;
        const checked = chosen.includes(code);
        return (
          <label key={code} className="checkbox" htmlFor={id}>
            <input
              id={id}
              type="checkbox"
              name="diagnosisCodes"
              value={code}
              checked={checked}
              disabled={!checked && full}
              aria-invalid={error ? true : undefined}
              onChange={(event) => onChange(event.target.checked ? codes.filter((c) => c === code || chosen.includes(c)) : chosen.filter((c) => c !== code))}
            />
            <span className="code">{code}</span>
          </label>
        );
      })}
    </fieldset>
  );
}

/** The charge itself: who is billed, the codes, the fee and what the client pays. */
function ChargeForm({ draft, onSaved }: { draft: ChargeDraft; onSaved: (saved: { charge: Charge; name: string } | null) => void }) {
  const { appointment, billableClients, suggestion, charge } = draft;
  const save = useSaveCharge(appointment.id);
  const several = billableClients.length > 1;
  const initialClient = billableClients.find((c) => c.clientId === charge?.billedClientId) ?? (several ? undefined : billableClients[0]);
  const [billedClientId, setBilledClientId] = useState(initialClient?.clientId ?? '');
  const [cptCode, setCptCode] = useState<string>(charge?.cptCode ?? suggestion.cptCode ?? '');
  const [placeOfService, setPlaceOfService] = useState<PlaceOfService>(charge?.placeOfService ?? suggestion.placeOfService);
  const [modifier, setModifier] = useState<string>(charge ? (charge.modifier ?? NO_MODIFIER) : (suggestion.modifier ?? NO_MODIFIER));
  const [diagnosisCodes, setDiagnosisCodes] = useState<string[]>(
    charge?.diagnosisCodes ?? (initialClient?.diagnosisCodes.slice(0, MAX_DIAGNOSES) ?? []),
  );
  const [fee, setFee] = useState(centsToDollarsText(charge ? charge.feeCents : suggestion.feeCents));
  // An amount the biller set by hand stays; one the sliding scale gave is left to the scale.
  const [amount, setAmount] = useState(
    charge && initialClient && charge.amountCents !== scaled(charge.feeCents, initialClient.slidingScalePercent) ? centsToDollarsText(charge.amountCents) : '',
  );
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const [sent, setSent] = useState<ChargeInput | null>(null);
  const server = chargeErrors(save.error, sent);
  const errors = Object.keys(localErrors).length ? localErrors : server.fields;
  const billed = billableClients.find((c) => c.clientId === billedClientId);
  const fitting = CptCodes.filter((code) => isValidCptForKind(code, appointment.kind));

  /** The fee for a code: the one this session's charge was saved with, else the practice's (none if it has none). */
  function feeFor(code: string): number | null {
    if (charge && code === charge.cptCode) return charge.feeCents;
    return draft.fees[code as CptCode] ?? null;
  }

  function chooseCode(code: string) {
    setCptCode(code);
    setFee(centsToDollarsText(feeFor(code)));
  }

  function chooseClient(clientId: string) {
    setBilledClientId(clientId);
    const client = billableClients.find((c) => c.clientId === clientId);
    setDiagnosisCodes(client?.diagnosisCodes.slice(0, MAX_DIAGNOSES) ?? []);
  }

  const feeCents = fee.trim() ? dollarsToCents(fee) : null;
  const amountHint = !billed
    ? 'Leave it empty to apply the billed client’s sliding scale.'
    : billed.slidingScalePercent === null
      ? `Leave it empty to apply the sliding scale: ${billed.displayName} has none, so the full fee is charged.`
      : `Leave it empty to apply ${billed.displayName}’s sliding scale: they pay ${billed.slidingScalePercent}% of the fee${
          feeCents !== null ? ` (${formatMoney(scaled(feeCents, billed.slidingScalePercent))})` : ''
        }.`;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSaved(null);
    const problems: Record<string, string> = {};
    if (!billed) problems.billedClientId = several ? 'Choose who is billed for this session.' : 'Choose the billed client.';
    if (!(CptCodes as readonly string[]).includes(cptCode)) problems.cptCode = 'Choose a CPT code.';
    if (diagnosisCodes.length > MAX_DIAGNOSES) problems.diagnosisCodes = `Choose at most ${MAX_DIAGNOSES} codes.`;
    const feeProblem = amountProblem(fee, { required: false, zeroAllowed: true });
    if (feeProblem) problems.fee = feeProblem;
    const amountText = amountProblem(amount, { required: false, zeroAllowed: true });
    if (amountText) problems.amount = amountText;
    const amountCents = amount.trim() ? dollarsToCents(amount) : null;
    if (!problems.fee && !problems.amount && feeCents !== null && amountCents !== null && amountCents > feeCents) {
      problems.amount = 'The amount charged cannot be more than the fee.';
    }
    setLocalErrors(problems);
    if (Object.keys(problems).length || !billed) return;
    const body: ChargeInput = {
      billedClientId: billed.clientId,
      cptCode: cptCode as CptCode,
      placeOfService,
      modifier: modifier === NO_MODIFIER ? null : (modifier as Modifier),
      diagnosisCodes: billed.diagnosisCodes.filter((code) => diagnosisCodes.includes(code)),
    };
    if (feeCents !== null) body.feeCents = feeCents;
    if (amountCents !== null) body.amountCents = amountCents;
    setSent(body);
    save.mutate(body, { onSuccess: (charge) => onSaved({ charge, name: billed.displayName }) });
  }

  return (
    <>
      <ErrorSummary errors={errors} labels={LABELS} />
      <Alert>{Object.keys(localErrors).length === 0 && server.general ? server.general : undefined}</Alert>
      <form onSubmit={handleSubmit} noValidate className="panel" aria-labelledby="charge-form-heading">
        <h2 id="charge-form-heading">{charge ? 'Correct the charge' : 'The charge'}</h2>
        {charge ? <p className="muted">This session already has a charge. Saving again corrects it; there is only ever one charge per session.</p> : null}
        {billableClients.length ? (
          <RadioGroup
            name="billedClientId"
            legend="Billed client"
            hint={several ? 'Only this person’s statement shows this session; the other partner is not named on it.' : undefined}
            options={billableClients.map((c) => ({ value: c.clientId, label: c.displayName, hint: clientHint(c) }))}
            value={billedClientId || undefined}
            onChange={chooseClient}
            error={errors.billedClientId}
          />
        ) : (
          <p className="care-note care-note-attention">This session has no attendees, so there is nobody to bill.</p>
        )}
        <SelectField
          name="cptCode"
          label="CPT code"
          hint={`Codes that fit ${/^[aeiou]/i.test(KIND_LABELS[appointment.kind]) ? 'an' : 'a'} ${KIND_LABELS[appointment.kind].toLowerCase()}: ${fitting.join(', ')}.`}
          value={cptCode}
          onChange={(event) => chooseCode(event.target.value)}
          options={[...(cptCode ? [] : [{ value: '', label: 'Choose a code' }]), ...CptCodes.map((code) => ({ value: code, label: cptText(code) }))]}
          error={errors.cptCode}
        />
        <RadioGroup
          name="placeOfService"
          legend="Place of service"
          hint={appointment.modality === 'video' ? 'A video session is 02 or 10: where was the client?' : 'An in-person session is 11.'}
          options={PlacesOfService.map((pos) => ({ value: pos, label: `${pos} — ${PLACE_OF_SERVICE_LABELS[pos]}` }))}
          value={placeOfService}
          onChange={setPlaceOfService}
          error={errors.placeOfService}
        />
        <SelectField
          name="modifier"
          label="Modifier"
          hint={
            appointment.modality === 'video'
              ? 'Most payers need none: the place of service already says it was telehealth. Add one only when a payer asks for it.'
              : 'An in-person session usually needs none.'
          }
          value={modifier}
          onChange={(event) => setModifier(event.target.value)}
          options={[{ value: NO_MODIFIER, label: 'None' }, ...Modifiers.map((m) => ({ value: m, label: `${m} — ${MODIFIER_LABELS[m]}` }))]}
          error={errors.modifier}
        />
        <DiagnosisField client={billed} chosen={diagnosisCodes} onChange={setDiagnosisCodes} error={errors.diagnosisCodes} />
        <TextField
          name="fee"
          label="Fee (dollars)"
          hint={
            fee.trim()
              ? 'The practice’s full fee for this session, before any sliding scale.'
              : cptCode && draft.fees[cptCode as CptCode] === undefined
                ? `The practice has no fee for ${cptCode} in billing settings yet: enter the fee for this session.`
                : 'Leave it empty to use the practice’s fee for this code, from billing settings.'
          }
          inputMode="decimal"
          autoComplete="off"
          value={fee}
          onChange={(event) => setFee(event.target.value)}
          error={errors.fee}
        />
        <TextField
          name="amount"
          label="Amount charged (dollars, optional)"
          hint={amountHint}
          inputMode="decimal"
          autoComplete="off"
          value={amount}
          onChange={(event) => setAmount(event.target.value)}
          error={errors.amount}
        />
        <div className="form-actions">
          <button type="submit" disabled={save.isPending || billableClients.length === 0}>
            {save.isPending ? 'Saving…' : 'Save charge'}
          </button>
        </div>
      </form>
    </>
  );
}

/** `/billing/appointments/:id`: the session, the suggested coding and the charge form. */
export function ChargePage() {
  const { id = '' } = useParams();
  const user = useSignedInUser();
  const draft = useChargeDraft(id);
  const now = useNow();
  const [saved, setSaved] = useState<{ text: string; clientId: string; name: string } | null>(null);
  const billingStaff = handlesBilling(user);

  if (draft.isPending) {
    return (
      <>
        <PageHeading title="Charge">Charge for a session</PageHeading>
        <p role="status" className="muted">
          Loading…
        </p>
      </>
    );
  }

  if (draft.isError) {
    const notFound = draft.error instanceof ApiError && (draft.error.status === 404 || draft.error.status === 400);
    return (
      <>
        <PageHeading title="Session not found">We couldn&apos;t open this session</PageHeading>
        <Alert focus={false}>{notFound ? 'This session may have been removed, or it may not be one you can bill.' : describeError(draft.error)}</Alert>
        <p>
          <Link to={billingStaff ? '/billing' : '/calendar'}>{billingStaff ? 'Back to billing' : 'Back to the calendar'}</Link>
        </p>
      </>
    );
  }

  const data = draft.data;
  const { appointment, suggestion } = data;
  const day = dayOf(appointment.startsAt);
  const back = billingStaff ? `/billing?month=${day.slice(0, 7)}` : `/calendar?week=${weekStartOf(day)}`;
  const blocked = notChargeable(data, now);

  return (
    <>
      <p>
        <Link to={back}>{billingStaff ? 'Back to billing' : 'Back to the calendar'}</Link>
      </p>
      <PageHeading title={`Charge — ${formatStart(appointment.startsAt)}`}>Charge for a session</PageHeading>
      <section aria-labelledby="session-heading" className="panel">
        <h2 id="session-heading">The session</h2>
        <DetailsList
          rows={[
            ['Kind', KIND_LABELS[appointment.kind] ?? appointment.kind],
            ['Date and time', <time dateTime={appointment.startsAt}>{formatStart(appointment.startsAt)}</time>],
            ['Length', `${appointment.minutes} minutes`],
            ['Where', MODALITY_LABELS[appointment.modality] ?? appointment.modality],
            ['Clinician', appointment.clinicianName],
            ['Status', STATUS_LABELS[appointment.status] ?? appointment.status],
            ['Attendees', data.billableClients.map((c) => c.displayName).join(', ')],
          ]}
        />
        <p className="care-note">
          {suggestion.cptCode ? (
            <>
              Suggested: <strong className="code">{suggestion.cptCode}</strong> — {suggestion.reason}
            </>
          ) : (
            <>No code is suggested: {suggestion.reason}</>
          )}{' '}
          Place of service {suggestion.placeOfService}: {PLACE_OF_SERVICE_LABELS[suggestion.placeOfService].toLowerCase()}.
          {suggestion.cptCode ? (suggestion.feeCents === null ? ` No fee is set for ${suggestion.cptCode} yet.` : ` The practice’s fee for ${suggestion.cptCode} is ${formatMoney(suggestion.feeCents)}.`) : ''}
        </p>
        <p className="muted">Suggestions follow the APA’s time bands; confirm the code with each payer’s rules.</p>
      </section>
      <StatusMessage>
        {saved ? (
          <>
            {saved.text} <Link to={accountPagePath(saved.clientId)}>Open {saved.name}’s account</Link>
          </>
        ) : undefined}
      </StatusMessage>
      {blocked ? (
        <p className="care-note care-note-attention">{blocked}</p>
      ) : (
        <ChargeForm
          key={appointment.id}
          draft={data}
          onSaved={(result) =>
            setSaved(
              result && {
                text: `Saved: ${result.name} is charged ${formatMoney(result.charge.amountCents)} for this session, coded ${result.charge.cptCode} at a fee of ${formatMoney(result.charge.feeCents)}.`,
                clientId: result.charge.billedClientId,
                name: result.name,
              },
            )
          }
        />
      )}
    </>
  );
}
