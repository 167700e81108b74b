import { SUBSTANCE_FREQUENCIES, type HistoryAnswers } from '@candor/clinical';
import { QuestionGroup } from '../choiceFields';
import { SelectChoice, ShortTextField } from '../fields';
import { useIntakeEditor } from '../IntakeContext';

type Substances = NonNullable<HistoryAnswers['substances']>;
type Substance = keyof Substances;
type Use = { frequency?: string; amount?: string; which?: string };

const SUBSTANCES: { id: Substance; question: string }[] = [
  { id: 'alcohol', question: 'Alcohol' },
  { id: 'tobacco', question: 'Tobacco or nicotine (including vaping)' },
  { id: 'cannabis', question: 'Cannabis' },
  { id: 'other', question: 'Other substances' },
];

function SubstanceQuestion({ id, question }: { id: Substance; question: string }) {
  const { answers, edit } = useIntakeEditor();
  const use = (answers.substances?.[id] ?? {}) as Use;
  const path = `substances.${id}`;
  const set = (key: keyof Use, value: string | undefined) =>
    edit((draft) => {
      const substances = (draft.substances ??= {});
      const next = { ...(substances[id] ?? {}) } as Use;
      if (value === undefined) delete next[key];
      else next[key] = value;
      if (Object.keys(next).length) (substances as Record<string, Use>)[id] = next;
      else delete substances[id];
      if (Object.keys(substances).length === 0) delete draft.substances;
    });
  return (
    <QuestionGroup path={path} legend={question} withhold>
      {id === 'other' ? (
        <ShortTextField path={`${path}.which`} label="Which ones (optional)" value={use.which} onChange={(v) => set('which', v)} withhold={false} />
      ) : null}
      <SelectChoice
        path={`${path}.frequency`}
        label="How often"
        options={SUBSTANCE_FREQUENCIES}
        emptyLabel="Choose one"
        value={use.frequency}
        onChange={(v) => set('frequency', v)}
        withhold={false}
      />
      <ShortTextField path={`${path}.amount`} label="How much, usually (optional)" hint="For example, two glasses of wine." value={use.amount} onChange={(v) => set('amount', v)} withhold={false} />
    </QuestionGroup>
  );
}

/** Step 6: alcohol, tobacco, cannabis and other substances. */
export function SubstancesStep() {
  return (
    <>
      <p>
        These can affect desire, arousal and orgasm. There are no right or wrong answers, and nothing here is shared with anyone
        but your therapist.
      </p>
      {SUBSTANCES.map((substance) => (
        <SubstanceQuestion key={substance.id} id={substance.id} question={substance.question} />
      ))}
    </>
  );
}
