import { useNoteTemplates } from '../../api/useNotes';
import { hasRole } from '../../api/useSession';
import { useSignedInUser } from '../../auth/guards';
import { Alert } from '../../components/Alert';
import { PageHeading } from '../../components/PageHeading';
import { describeError } from '../../components/errorMessages';
import { NewNoteTemplateForm } from './NewNoteTemplateForm';
import { SettingsNav } from './SettingsNav';

/** The progress-note templates clinicians choose from; owners add the practice's own. */
export function NoteTemplatesPage() {
  const user = useSignedInUser();
  const templates = useNoteTemplates();
  const list = templates.data ?? [];
  return (
    <>
      <PageHeading title="Note templates">Note templates</PageHeading>
      <SettingsNav />
      <p>
        The templates clinicians choose from when they start a session note: SOAP, DAP and BIRP, then the practice&apos;s own. Every template
        ends with the same homework and measures fields.
      </p>
      <Alert focus={false}>{templates.isError ? describeError(templates.error) : undefined}</Alert>
      {templates.isPending ? (
        <p role="status" className="muted">
          Loading…
        </p>
      ) : list.length ? (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">Note templates and their fields</caption>
            <thead>
              <tr>
                <th scope="col">Template</th>
                <th scope="col">Fields, in order</th>
                <th scope="col">From</th>
              </tr>
            </thead>
            <tbody>
              {list.map((template) => (
                <tr key={template.id}>
                  <th scope="row">{template.label}</th>
                  <td>{template.fields.map((field) => field.label).join(', ')}</td>
                  <td>{template.builtIn ? 'Built in' : 'This practice'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {hasRole(user, 'owner') ? <NewNoteTemplateForm /> : null}
    </>
  );
}
