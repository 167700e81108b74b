import { CONCERN_KINDS, FREQUENCIES, type Concern } from '@candor/clinical';
import { setOrDelete } from './answers';
import { ChoiceGroup, ScaleGroup } from './choiceFields';
import { NarrativeField, SelectChoice, ShortTextField } from './fields';
import { useIntakeEditor } from './IntakeContext';
import { OnsetField } from './OnsetField';

const COURSE = [
  { id: 'lifelong', label: 'It has been this way since my first sexual experiences' },
  { id: 'acquired', label: 'It started after a time when things were different' },
] as const;
const SPEED = [
  { id: 'sudden', label: 'Suddenly' },
  { id: 'gradual', label: 'Gradually' },
] as const;
const CONTEXT = [
  { id: 'generalized', label: 'All the time, in every situation' },
  { id: 'situational', label: 'Only in some situations (for example with some partners, alone, or with some kinds of touch)' },
] as const;
const STATUS_NOW = [
  { id: 'better', label: 'Getting better' },
  { id: 'same', label: 'About the same' },
  { id: 'worse', label: 'Getting worse' },
] as const;

/** The questions about one concern. */
export function ConcernFields({ concern, index }: { concern: Concern; index: number }) {
  const { edit } = useIntakeEditor();
  const path = `concerns.${index}`;
  const set = <K extends keyof Concern>(key: K, value: Concern[K] | undefined) =>
    edit((draft) => {
      const target = draft.concerns?.[index];
      if (target) setOrDelete(target, key, value);
    });

  return (
    <div className="item-fields">
      <SelectChoice
        path={`${path}.kind`}
        label="What is this about?"
        options={CONCERN_KINDS}
        value={concern.kind}
        onChange={(kind) =>
          kind &&
          edit((draft) => {
            const target = draft.concerns?.[index];
            if (!target) return;
            target.kind = kind as Concern['kind'];
            // "In a few words" belongs to "Something else" only.
            if (kind !== 'other') delete target.otherKind;
          })
        }
        withhold={false}
      />
      {concern.kind === 'other' ? (
        <ShortTextField path={`${path}.otherKind`} label="In a few words, what is it?" value={concern.otherKind} onChange={(v) => set('otherKind', v)} withhold={false} />
      ) : null}
      <NarrativeField
        path={`${path}.inOwnWords`}
        label="In your own words"
        hint="Whatever feels right to share. There are no wrong answers."
        value={concern.inOwnWords}
        onChange={(v) => set('inOwnWords', v)}
      />
      <OnsetField path={`${path}.onset`} onset={concern.onset} onChange={(onset) => set('onset', onset)} />
      <ChoiceGroup path={`${path}.course`} legend="Has it always been this way for you?" options={COURSE} value={concern.course} onChange={(v) => set('course', v)} />
      <ChoiceGroup path={`${path}.onsetSpeed`} legend="Did it start suddenly or gradually?" options={SPEED} value={concern.onsetSpeed} onChange={(v) => set('onsetSpeed', v)} inline />
      <ChoiceGroup
        path={`${path}.context`}
        legend="Does it happen all the time, or only in some situations?"
        options={CONTEXT}
        value={concern.context}
        onChange={(v) => set('context', v)}
      />
      {concern.context === 'situational' ? (
        <NarrativeField path={`${path}.situations`} label="Which situations?" value={concern.situations} onChange={(v) => set('situations', v)} />
      ) : null}
      <ChoiceGroup path={`${path}.frequency`} legend="How often does it happen?" options={FREQUENCIES} value={concern.frequency} onChange={(v) => set('frequency', v)} />
      <ScaleGroup
        path={`${path}.distress`}
        legend="How distressing is it for you?"
        hint="From 0 (not at all) to 10 (extremely)."
        value={concern.distress}
        onChange={(v) => set('distress', v)}
      />
      <ChoiceGroup path={`${path}.statusNow`} legend="Lately, is it getting better, staying the same or getting worse?" options={STATUS_NOW} value={concern.statusNow} onChange={(v) => set('statusNow', v)} />
      <NarrativeField path={`${path}.betterWhen`} label="What makes it better?" value={concern.betterWhen} onChange={(v) => set('betterWhen', v)} />
      <NarrativeField path={`${path}.worseWhen`} label="What makes it worse?" value={concern.worseWhen} onChange={(v) => set('worseWhen', v)} />
    </div>
  );
}
