import { useIntakeEditor } from '../IntakeContext';
import { ChoiceGroup } from '../choiceFields';
import { NarrativeField } from '../fields';

type Safety = { feelsSafe?: 'yes' | 'no' | 'unsure'; wantsToTalk?: boolean; notes?: string };

const FEELS_SAFE = [
  { id: 'yes', label: 'Yes' },
  { id: 'no', label: 'No' },
  { id: 'unsure', label: 'I’m not sure' },
] as const;

/** Where to turn right away; shown gently when someone does not feel safe. */
function CrisisResources() {
  return (
    <aside className="crisis-resources" aria-labelledby="crisis-heading">
      <h2 id="crisis-heading">Help is available</h2>
      <p>Thank you for telling us. You deserve to feel safe, and you don’t have to face this alone.</p>
      <ul>
        <li>
          If you are in danger now, call <a href="tel:911">911</a>.
        </li>
        <li>
          The National Domestic Violence Hotline: call <a href="tel:18007997233">1-800-799-7233</a>, or text START to{' '}
          <a href="sms:88788">88788</a>. It is free, confidential and open day and night.
        </li>
      </ul>
      <p>Your therapist will read this before you meet, and can help you think about what feels right for you.</p>
    </aside>
  );
}

/** Step 7: feeling safe — asked privately of each person, gently. */
export function SafetyStep() {
  const { answers, edit } = useIntakeEditor();
  const safety: Safety = answers.safety ?? {};
  const set = <K extends keyof Safety>(key: K, value: Safety[K] | undefined) =>
    edit((draft) => {
      const next: Safety = { ...(draft.safety ?? {}) };
      if (value === undefined) delete next[key];
      else next[key] = value;
      if (Object.keys(next).length) draft.safety = next;
      else delete draft.safety;
    });
  const notSafe = safety.feelsSafe === 'no' || safety.feelsSafe === 'unsure';

  return (
    <>
      <p>
        We ask everyone this question. <strong>Only your therapist sees your answer</strong> — never a partner, even if you are seen
        together.
      </p>
      <ChoiceGroup path="safety.feelsSafe" legend="Do you feel safe in your relationship(s)?" options={FEELS_SAFE} value={safety.feelsSafe} onChange={(v) => set('feelsSafe', v)} inline />
      {notSafe ? (
        <>
          <CrisisResources />
          <div className="field">
            <label className="checkbox" htmlFor="q-safety-wantsToTalk">
              <input id="q-safety-wantsToTalk" type="checkbox" checked={safety.wantsToTalk ?? false} onChange={(event) => set('wantsToTalk', event.target.checked || undefined)} />
              I’d like to talk about this with my therapist
            </label>
          </div>
        </>
      ) : null}
      <NarrativeField path="safety.notes" label="Is there anything else you’d like your therapist to know? (optional)" value={safety.notes} onChange={(v) => set('notes', v)} />
    </>
  );
}
