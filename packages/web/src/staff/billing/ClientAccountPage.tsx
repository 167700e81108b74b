import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ApiError, fieldErrorsOf } from '../../api/client';
import { PaymentMethods, type ClientAccount, type PaymentInput, type PaymentMethod } from '../../api/billingTypes';
import { superbillPdfUrl, useClientAccount, useRecordPayment, useSetSlidingScale } from '../../api/useBilling';
import { useSignedInUser } from '../../auth/guards';
import { Alert, StatusMessage } from '../../components/Alert';
import { DetailsList } from '../../components/DetailsList';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { SelectField, TextField } from '../../components/TextField';
import { formatDate, isoDayFromToday } from '../../components/dates';
import { describeError } from '../../components/errorMessages';
import { chargePagePath } from './BillingPage';
import { PAYMENT_METHOD_LABELS, amountProblem, balanceText, dollarsToCents, formatMoney } from './billingWords';
import { handlesBilling } from './RequireBilling';

function ChargesTable({ account }: { account: ClientAccount }) {
  if (account.charges.length === 0) return <p className="muted">No sessions are billed to {account.client.displayName} yet.</p>;
  return (
    <div className="table-scroll">
      <table className="billing-table">
        <caption className="visually-hidden">Charges billed to {account.client.displayName}</caption>
        <thead>
          <tr>
            <th scope="col">Date of service</th>
            <th scope="col">CPT code</th>
            <th scope="col">Diagnosis codes</th>
            <th scope="col">Fee</th>
            <th scope="col">Charged</th>
            <th scope="col">
              <span className="visually-hidden">Change</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {account.charges.map((charge) => (
            <tr key={charge.id}>
              <th scope="row">{formatDate(charge.serviceDate)}</th>
              <td className="code">{charge.cptCode}</td>
              <td className="code">{charge.diagnosisCodes.join(', ') || <span className="muted">None</span>}</td>
              <td>{formatMoney(charge.feeCents)}</td>
              <td>{formatMoney(charge.amountCents)}</td>
              <td>
                <Link to={chargePagePath(charge.appointmentId)}>
                  Change<span className="visually-hidden"> the charge for {formatDate(charge.serviceDate)}</span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function PaymentsTable({ account }: { account: ClientAccount }) {
  if (account.payments.length === 0) return <p className="muted">No payments recorded yet.</p>;
  return (
    <div className="table-scroll">
      <table className="billing-table">
        <caption className="visually-hidden">Payments from {account.client.displayName}</caption>
        <thead>
          <tr>
            <th scope="col">Received on</th>
            <th scope="col">Amount</th>
            <th scope="col">Method</th>
            <th scope="col">Reference</th>
          </tr>
        </thead>
        <tbody>
          {account.payments.map((payment) => (
            <tr key={payment.id}>
              <th scope="row">{formatDate(payment.receivedOn)}</th>
              <td>{formatMoney(payment.amountCents)}</td>
              <td>{PAYMENT_METHOD_LABELS[payment.method] ?? payment.method}</td>
              <td>{payment.reference ?? <span className="muted">—</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const PAYMENT_LABELS: Record<string, string> = { amount: 'Amount', method: 'Method', receivedOn: 'Received on', reference: 'Reference' };

/** Owners and billing staff record what a client paid. */
function RecordPaymentForm({ clientId, name }: { clientId: string; name: string }) {
  const record = useRecordPayment(clientId);
  const today = isoDayFromToday();
  const [amount, setAmount] = useState('');
  const [method, setMethod] = useState<PaymentMethod>('card');
  const [receivedOn, setReceivedOn] = useState(today);
  const [reference, setReference] = useState('');
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState('');
  const serverErrors: Record<string, string> = {};
  for (const [field, message] of Object.entries(fieldErrorsOf(record.error))) serverErrors[field === 'amountCents' ? 'amount' : field] ??= message;
  const errors = Object.keys(localErrors).length ? localErrors : serverErrors;
  const general = record.isError && Object.keys(serverErrors).length === 0 ? describeError(record.error) : undefined;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone('');
    const problems: Record<string, string> = {};
    const amountText = amountProblem(amount, { required: true, zeroAllowed: false });
    if (amountText) problems.amount = amountText;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(receivedOn)) problems.receivedOn = 'Choose the day the payment was received.';
    else if (receivedOn > today) problems.receivedOn = 'Choose today or an earlier day.';
    if (reference.trim().length > 120) problems.reference = 'Keep the reference to 120 characters.';
    setLocalErrors(problems);
    const amountCents = dollarsToCents(amount);
    if (Object.keys(problems).length || amountCents === null) return;
    const body: PaymentInput = { amountCents, method, receivedOn };
    if (reference.trim()) body.reference = reference.trim();
    record.mutate(body, {
      onSuccess: (payment) => {
        setDone(`Recorded a payment of ${formatMoney(payment.amountCents)} from ${name}, received ${formatDate(payment.receivedOn)}.`);
        setAmount('');
        setReference('');
      },
    });
  }

  return (
    <section aria-labelledby="payment-heading" className="panel">
      <h2 id="payment-heading">Record a payment</h2>
      <ErrorSummary errors={errors} labels={PAYMENT_LABELS} />
      <Alert>{general}</Alert>
      <StatusMessage>{done || undefined}</StatusMessage>
      <form onSubmit={handleSubmit} noValidate aria-labelledby="payment-heading">
        <TextField name="amount" label="Amount (dollars)" inputMode="decimal" autoComplete="off" value={amount} onChange={(event) => setAmount(event.target.value)} required error={errors.amount} />
        <SelectField
          name="method"
          label="Method"
          value={method}
          onChange={(event) => setMethod(event.target.value as PaymentMethod)}
          options={PaymentMethods.map((m) => ({ value: m, label: PAYMENT_METHOD_LABELS[m] }))}
          error={errors.method}
        />
        <TextField name="receivedOn" type="date" label="Received on" max={today} value={receivedOn} onChange={(event) => setReceivedOn(event.target.value)} required error={errors.receivedOn} />
        <TextField
          name="reference"
          label="Reference (optional)"
          hint="For example a check number or the last four digits of a card."
          autoComplete="off"
          value={reference}
          onChange={(event) => setReference(event.target.value)}
          error={errors.reference}
        />
        <div className="form-actions">
          <button type="submit" disabled={record.isPending}>
            {record.isPending ? 'Saving…' : 'Record payment'}
          </button>
        </div>
      </form>
    </section>
  );
}

/** The share of the fee the client pays; it applies to charges saved from now on. */
function SlidingScaleForm({ account }: { account: ClientAccount }) {
  const update = useSetSlidingScale(account.client.id);
  const [percent, setPercent] = useState(account.slidingScalePercent === null ? '' : String(account.slidingScalePercent));
  const [localError, setLocalError] = useState('');
  const [done, setDone] = useState('');
  const error = localError || fieldErrorsOf(update.error).slidingScalePercent;
  const name = account.client.displayName;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone('');
    const text = percent.trim();
    const value = text === '' ? null : Number(text);
    if (value !== null && !(Number.isInteger(value) && value >= 0 && value <= 100)) {
      setLocalError('Enter a whole number from 0 to 100, or leave it empty for the full fee.');
      return;
    }
    setLocalError('');
    update.mutate(value, {
      onSuccess: () =>
        setDone(
          value === null
            ? `Saved: ${name} pays the full fee on charges saved from now on.`
            : `Saved: ${name} pays ${value}% of the fee on charges saved from now on.`,
        ),
    });
  }

  return (
    <section aria-labelledby="sliding-scale-heading" className="panel">
      <h2 id="sliding-scale-heading">Sliding scale</h2>
      <p>
        {account.slidingScalePercent === null
          ? `${name} pays the full fee.`
          : `${name} pays ${account.slidingScalePercent}% of the fee.`}{' '}
        A new rate applies to charges saved from now on; charges already saved keep their amount.
      </p>
      <form onSubmit={handleSubmit} noValidate aria-labelledby="sliding-scale-heading">
        <TextField
          name="slidingScalePercent"
          type="number"
          inputMode="numeric"
          min={0}
          max={100}
          label="Share of the fee they pay (%)"
          hint="Leave it empty for the full fee. 60 means they pay $60 of a $100 fee."
          value={percent}
          onChange={(event) => setPercent(event.target.value)}
          error={error}
        />
        <StatusMessage>{done || undefined}</StatusMessage>
        <Alert>{update.isError && !error ? describeError(update.error) : undefined}</Alert>
        <div className="form-actions">
          <button type="submit" className="button-secondary" disabled={update.isPending}>
            {update.isPending ? 'Saving…' : 'Save sliding scale'}
          </button>
        </div>
      </form>
    </section>
  );
}

/** A superbill for a period, for the client's own insurance claim. */
function SuperbillSection({ clientId, name }: { clientId: string; name: string }) {
  const today = isoDayFromToday();
  const [from, setFrom] = useState(`${today.slice(0, 7)}-01`);
  const [to, setTo] = useState(today);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to);
  const problem = !valid ? 'Choose both days.' : to < from ? 'Choose a last day on or after the first day.' : '';
  return (
    <section aria-labelledby="superbill-heading" className="panel">
      <h2 id="superbill-heading">Superbill</h2>
      <p>
        A statement for {name} to claim from their insurer: their own sessions, codes, fees and payments in the period. Another person in a
        joint session is never named on it.
      </p>
      <div className="date-range">
        <TextField name="superbillFrom" type="date" label="First day" value={from} onChange={(event) => setFrom(event.target.value)} />
        <TextField name="superbillTo" type="date" label="Last day" value={to} onChange={(event) => setTo(event.target.value)} error={problem || undefined} />
      </div>
      {problem ? null : (
        <p>
          <a href={superbillPdfUrl(clientId, from, to)} download>
            Download superbill (PDF)
          </a>
        </p>
      )}
    </section>
  );
}

/** `/clients/:id/account`: what a client has been charged and has paid, their sliding scale and superbills. */
export function ClientAccountPage() {
  const { id = '' } = useParams();
  const user = useSignedInUser();
  const account = useClientAccount(id);
  const clientPath = `/clients/${encodeURIComponent(id)}`;

  if (account.isPending) {
    return (
      <>
        <PageHeading title="Account">Account</PageHeading>
        <p role="status" className="muted">
          Loading…
        </p>
      </>
    );
  }

  if (account.isError) {
    const notFound = account.error instanceof ApiError && (account.error.status === 404 || account.error.status === 400);
    return (
      <>
        <PageHeading title="Account not found">We couldn&apos;t open this account</PageHeading>
        <Alert focus={false}>{notFound ? 'This client may have been removed, or their account may not be one you can see.' : describeError(account.error)}</Alert>
        <p>
          <Link to="/clients">Back to clients</Link>
        </p>
      </>
    );
  }

  const data = account.data;
  const name = data.client.displayName;
  return (
    <>
      <p>
        <Link to={clientPath}>Back to {name}</Link>
      </p>
      <PageHeading title={`${name} — Account`}>{name}’s account</PageHeading>
      <section aria-labelledby="balance-heading" className="panel">
        <h2 id="balance-heading">Balance</h2>
        <DetailsList
          rows={[
            ['Charged', formatMoney(data.chargedCents)],
            ['Paid', formatMoney(data.paidCents)],
            ['Balance', <strong>{balanceText(data.balanceCents)}</strong>],
          ]}
        />
      </section>
      <section aria-labelledby="charges-heading" className="panel">
        <h2 id="charges-heading">Charges</h2>
        <p className="muted">Only sessions billed to {name} appear here.</p>
        <ChargesTable account={data} />
      </section>
      <section aria-labelledby="payments-heading" className="panel">
        <h2 id="payments-heading">Payments</h2>
        <PaymentsTable account={data} />
      </section>
      {handlesBilling(user) ? <RecordPaymentForm clientId={data.client.id} name={name} /> : null}
      <SlidingScaleForm account={data} />
      <SuperbillSection clientId={data.client.id} name={name} />
    </>
  );
}
