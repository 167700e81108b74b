import { useState, type FormEvent } from 'react';
import { fieldErrorsOf } from '../../api/client';
import type { ConsentDocumentWithVersions } from '../../api/careTypes';
import { usePublishConsentVersion } from '../../api/useConsents';
import { Alert, StatusMessage } from '../../components/Alert';
import { TextAreaField, TextField } from '../../components/TextField';
import { describeError } from '../../components/errorMessages';
import { textValue } from '../../components/forms';

/** The owner publishes a new version of a consent document. */
export function PublishVersionForm({ document }: { document: ConsentDocumentWithVersions }) {
  const publish = usePublishConsentVersion(document.id);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const errors = Object.keys(localErrors).length ? localErrors : fieldErrorsOf(publish.error);
  const current = document.currentVersion;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const title = textValue(form, 'title');
    const body = textValue(form, 'body');
    const problems: Record<string, string> = {};
    if (!title) problems.title = 'Enter a title.';
    if (!body) problems.body = 'Enter the text of the document.';
    setLocalErrors(problems);
    if (Object.keys(problems).length === 0) publish.mutate({ title, body });
  }

  return (
    <section aria-labelledby="publish-heading" className="panel">
      <h2 id="publish-heading">Publish a new version</h2>
      <p>
        Clients will be asked to sign the new version. Earlier versions, and the signatures given to them, are kept.
      </p>
      <StatusMessage>{publish.isSuccess ? `Version ${publish.data.version} is published.` : undefined}</StatusMessage>
      <Alert>{publish.isError && Object.keys(errors).length === 0 ? describeError(publish.error) : undefined}</Alert>
      <form onSubmit={handleSubmit} noValidate key={current.id}>
        <TextField name="title" label="Title" defaultValue={current.title} required error={errors.title} />
        <TextAreaField name="body" label="Text" defaultValue={current.body} rows={16} required error={errors.body} />
        <div className="form-actions">
          <button type="submit" disabled={publish.isPending}>
            {publish.isPending ? 'Publishing…' : 'Publish new version'}
          </button>
        </div>
      </form>
    </section>
  );
}
