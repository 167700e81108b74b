import { useState, type FormEvent } from 'react';
import { fieldErrorsOf } from '../../api/client';
import {
  useAccessTokens, useCreateAccessToken, useCreateWebhook, useDeleteWebhook, useIntegrationOptions, usePingWebhook, useRevokeAccessToken, useUpdateWebhook,
  useWebhookDeliveries, useWebhooks, type TokenScope, type Webhook, type WebhookEvent,
} from '../../api/useIntegrations';
import { hasRole } from '../../api/useSession';
import { useSignedInUser } from '../../auth/guards';
import { Alert } from '../../components/Alert';
import { PageHeading } from '../../components/PageHeading';
import { TextField } from '../../components/TextField';
import { formatDateTime } from '../../components/dates';
import { describeError } from '../../components/errorMessages';
import { CheckboxGroup } from '../plans/CheckboxGroup';
import { SettingsNav } from './SettingsNav';

const EXPIRY_CHOICES = [7, 30, 90, 365] as const;

/** `/settings/integrations`: the person's access tokens for the practice's own systems; for the owner, webhooks too. */
export function IntegrationsPage() {
  const user = useSignedInUser();
  const isOwner = hasRole(user, 'owner');
  return (
    <>
      <PageHeading title="Integrations settings">Integrations</PageHeading>
      <SettingsNav />
      <AccessTokensSection isOwner={isOwner} />
      {isOwner ? <WebhooksSection /> : null}
    </>
  );
}

/** A secret shown once, to copy now. */
function ShownOnce({ name, label, value }: { name: string; label: string; value: string }) {
  return (
    <div className="panel shown-once" role="status">
      <p>
        <strong>Copy it now: it will not be shown again.</strong> Keep it somewhere safe, like a password manager; anyone who has it can act as
        described.
      </p>
      <TextField name={name} label={label} value={value} readOnly onFocus={(event) => event.currentTarget.select()} />
    </div>
  );
}

function AccessTokensSection({ isOwner }: { isOwner: boolean }) {
  const options = useIntegrationOptions();
  const tokens = useAccessTokens();
  const create = useCreateAccessToken();
  const revoke = useRevokeAccessToken();
  const [scopes, setScopes] = useState<TokenScope[]>([]);
  const errors = create.isError ? fieldErrorsOf(create.error) : {};

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    create.mutate({ name: String(form.get('name') ?? ''), scopes, expiresInDays: Number(form.get('expiresInDays')) }, { onSuccess: () => setScopes([]) });
  };

  return (
    <section aria-labelledby="tokens-heading" className="panel">
      <h2 id="tokens-heading">Access tokens</h2>
      <p>
        A token lets one of the practice&apos;s own systems — a billing tool, a script that exports records — use Candor&apos;s API as you, for
        only what you choose, until it expires. It can never do more than you can, and never sign in, change passwords or manage tokens. Every use
        is recorded in the audit log.
      </p>
      <Alert focus={false}>{tokens.isError ? describeError(tokens.error) : revoke.isError ? describeError(revoke.error) : undefined}</Alert>
      {tokens.data && tokens.data.length > 0 ? (
        <table className="data-table">
          <caption className="visually-hidden">{isOwner ? 'Access tokens of the practice' : 'Your access tokens'}</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              {isOwner ? <th scope="col">Made by</th> : null}
              <th scope="col">May</th>
              <th scope="col">Expires</th>
              <th scope="col">Last used</th>
              <th scope="col">State</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tokens.data.map((token) => (
              <tr key={token.id}>
                <th scope="row">{token.name}</th>
                {isOwner ? <td>{token.userName}</td> : null}
                <td>{token.scopes.map((s) => options.data?.scopes.find((o) => o.id === s)?.label ?? s).join('; ')}</td>
                <td>{formatDateTime(token.expiresAt)}</td>
                <td>{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : 'Never'}</td>
                <td>{token.status === 'active' ? 'Active' : token.status === 'expired' ? 'Expired' : 'Revoked'}</td>
                <td>
                  {token.status === 'active' ? (
                    <button type="button" className="button-secondary" disabled={revoke.isPending} onClick={() => revoke.mutate(token.id)}>
                      Revoke<span className="visually-hidden"> {token.name}</span>
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : tokens.isSuccess ? (
        <p className="muted">No access tokens yet.</p>
      ) : null}
      {create.data ? <ShownOnce name="new-token" label={`The token “${create.data.name}”`} value={create.data.token} /> : null}
      <h3>Make a token</h3>
      <form onSubmit={submit} noValidate>
        <Alert>{create.isError && Object.keys(errors).length === 0 ? describeError(create.error) : undefined}</Alert>
        <TextField name="name" label="Name" hint="What it is for, so you recognise it later." required maxLength={80} autoComplete="off" error={errors.name} />
        <CheckboxGroup
          idBase="field-scopes"
          legend="What it may do"
          error={errors.scopes}
          options={(options.data?.scopes ?? []).map((s) => ({ value: s.id, label: s.label }))}
          chosen={scopes}
          onChange={(next) => setScopes(next as TokenScope[])}
        />
        <div className="field">
          <label htmlFor="field-expiresInDays">Expires after</label>
          <select id="field-expiresInDays" name="expiresInDays" defaultValue="30">
            {EXPIRY_CHOICES.map((days) => (
              <option key={days} value={days}>
                {days === 365 ? 'A year' : `${days} days`}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={create.isPending}>
          Make the token
        </button>
      </form>
    </section>
  );
}

function WebhooksSection() {
  const options = useIntegrationOptions();
  const webhooks = useWebhooks(true);
  const create = useCreateWebhook();
  const [events, setEvents] = useState<WebhookEvent[]>([]);
  const errors = create.isError ? fieldErrorsOf(create.error) : {};

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    create.mutate({ url: String(form.get('url') ?? ''), description: String(form.get('description') ?? '') || null, events }, { onSuccess: () => setEvents([]) });
  };

  return (
    <section aria-labelledby="webhooks-heading" className="panel">
      <h2 id="webhooks-heading">Webhooks</h2>
      <p>
        Candor can tell one of the practice&apos;s systems when an appointment is booked, cancelled or missed, or a referral is made or changes.
        Each message names the event and the records&apos; ids, never a name or anything clinical, and is signed with the webhook&apos;s secret
        (the <code>Candor-Signature</code> header: an HMAC-SHA256 of the time and the message). A message that is not accepted is tried again
        after {options.data ? options.data.retryMinutes.join(', ') : '…'} minutes.
      </p>
      <Alert focus={false}>{webhooks.isError ? describeError(webhooks.error) : undefined}</Alert>
      {webhooks.data && webhooks.data.length > 0 ? (
        <ul className="plain-list" aria-label="Webhooks">
          {webhooks.data.map((hook) => (
            <WebhookItem key={hook.id} hook={hook} />
          ))}
        </ul>
      ) : webhooks.isSuccess ? (
        <p className="muted">No webhooks yet.</p>
      ) : null}
      {create.data ? <ShownOnce name="new-secret" label={`The signing secret for ${create.data.url}`} value={create.data.secret} /> : null}
      <h3>Add a webhook</h3>
      <form onSubmit={submit} noValidate>
        <Alert>{create.isError && Object.keys(errors).length === 0 ? describeError(create.error) : undefined}</Alert>
        <TextField name="url" type="url" label="Address" hint="Where to send the messages; it must start with https://." required autoComplete="off" error={errors.url} />
        <TextField name="description" label="Description (optional)" maxLength={200} autoComplete="off" error={errors.description} />
        <CheckboxGroup
          idBase="field-events"
          legend="Events to send"
          error={errors.events}
          options={(options.data?.events ?? []).map((e) => ({ value: e, label: e }))}
          chosen={events}
          onChange={(next) => setEvents(next as WebhookEvent[])}
        />
        <button type="submit" disabled={create.isPending}>
          Add the webhook
        </button>
      </form>
    </section>
  );
}

function WebhookItem({ hook }: { hook: Webhook }) {
  const update = useUpdateWebhook();
  const remove = useDeleteWebhook();
  const ping = usePingWebhook(hook.id);
  const [open, setOpen] = useState(false);
  const deliveries = useWebhookDeliveries(hook.id, open);
  const problem = update.error ?? remove.error ?? ping.error;
  return (
    <li className="webhook">
      <h3>{hook.description ?? hook.url}</h3>
      <p>
        {hook.url} — {hook.active ? 'sending' : 'paused'}: {hook.events.join(', ')}
      </p>
      <Alert>{problem ? describeError(problem) : undefined}</Alert>
      <div className="form-actions">
        <button type="button" className="button-secondary" onClick={() => update.mutate({ id: hook.id, active: !hook.active })}>
          {hook.active ? 'Pause' : 'Resume'}
        </button>
        <button type="button" className="button-secondary" onClick={() => ping.mutate()}>
          Send a test message
        </button>
        <button type="button" className="button-secondary" onClick={() => remove.mutate(hook.id)}>
          Remove
        </button>
      </div>
      <details onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>Delivery log</summary>
        {deliveries.data && deliveries.data.length > 0 ? (
          <table className="data-table">
            <caption className="visually-hidden">Deliveries to {hook.url}, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Queued</th>
                <th scope="col">Event</th>
                <th scope="col">State</th>
                <th scope="col">Attempts</th>
                <th scope="col">Last answer</th>
              </tr>
            </thead>
            <tbody>
              {deliveries.data.map((d) => (
                <tr key={d.id}>
                  <td>{formatDateTime(d.createdAt)}</td>
                  <td>{d.event}</td>
                  <td>{d.status === 'pending' && d.nextAttemptAt ? `Waiting (next try ${formatDateTime(d.nextAttemptAt)})` : d.status === 'delivered' ? 'Delivered' : d.status === 'failed' ? 'Failed' : 'Waiting'}</td>
                  <td>{d.attempts}</td>
                  <td>{d.lastError ?? (d.lastStatusCode ? `Answered ${d.lastStatusCode}` : '—')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : deliveries.isSuccess ? (
          <p className="muted">Nothing sent yet.</p>
        ) : null}
      </details>
    </li>
  );
}
