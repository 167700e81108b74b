import { LIFE_CHANGE_KINDS, STRESSOR_KINDS, TREATMENT_KINDS, TREATMENT_OUTCOMES, labelOf, type HistoryAnswers } from '@candor/clinical';
import { ChoiceGroup, PartialDateField, ScaleGroup } from '../choiceFields';
import { NarrativeField, SelectChoice, ShortTextField } from '../fields';
import { useAddItem, useIntakeEditor, useItemSetter, type ListItem } from '../IntakeContext';
import { AddByKind, ListQuestion } from '../ListQuestion';

type Treatment = NonNullable<HistoryAnswers['previousTreatments']>[number];
type Stressor = NonNullable<HistoryAnswers['stressors']>[number];
type LifeChange = NonNullable<HistoryAnswers['lifeChanges']>[number];

// An item's own fields have no "Prefer not to say" of their own: every one is optional, and
// the list as a whole offers it.

function TreatmentFields({ item, index }: { item: Treatment; index: number }) {
  const set = useItemSetter('previousTreatments', index);
  const path = `previousTreatments.${index}`;
  return (
    <div className="item-fields">
      <SelectChoice path={`${path}.kind`} label="Kind of help" options={TREATMENT_KINDS} value={item.kind} onChange={(v) => v && set('kind', v as Treatment['kind'])} withhold={false} />
      <ShortTextField path={`${path}.detail`} label="What it was (optional)" hint="For example, the name of a medicine or a kind of therapy." value={item.detail} onChange={(v) => set('detail', v)} withhold={false} />
      <ShortTextField path={`${path}.provider`} label="Who provided it (optional)" value={item.provider} onChange={(v) => set('provider', v)} withhold={false} />
      <PartialDateField path={`${path}.when`} legend="When (optional)" value={item.when} onChange={(v) => set('when', v)} withhold={false} />
      <ChoiceGroup path={`${path}.outcome`} legend="How did it go?" options={TREATMENT_OUTCOMES} value={item.outcome} onChange={(v) => set('outcome', v)} withhold={false} />
      <NarrativeField path={`${path}.notes`} label="Anything else about it (optional)" value={item.notes} onChange={(v) => set('notes', v)} withhold={false} />
    </div>
  );
}

/** Step 2: what they have tried before. */
export function TreatmentsStep() {
  const { answers } = useIntakeEditor();
  const add = useAddItem('previousTreatments');
  return (
    <ListQuestion
      list="previousTreatments"
      title="Help you’ve had before"
      intro={<p>Have you tried anything for this before — therapy, medicine, a device, physical therapy or anything else? If not, just continue.</p>}
      noun="treatment"
      items={answers.previousTreatments}
      itemTitle={(item: ListItem<'previousTreatments'>, index) => `Treatment ${index + 1}: ${labelOf(TREATMENT_KINDS, item.kind)}`}
      renderItem={(item, index) => <TreatmentFields item={item} index={index} />}
      addControl={(
        <AddByKind list="previousTreatments" label="What kind of help was it?" button="Add this treatment" options={TREATMENT_KINDS} onAdd={(kind) => add({ kind: kind as Treatment['kind'] })} />
      )}
      emptyText="Nothing added yet."
    />
  );
}

function StressorFields({ item, index }: { item: Stressor; index: number }) {
  const set = useItemSetter('stressors', index);
  const path = `stressors.${index}`;
  return (
    <div className="item-fields">
      <SelectChoice path={`${path}.kind`} label="What it is about" options={STRESSOR_KINDS} value={item.kind} onChange={(v) => v && set('kind', v as Stressor['kind'])} withhold={false} />
      <ScaleGroup path={`${path}.severity`} legend="How much stress does it cause you?" hint="From 0 (none) to 10 (a great deal)." value={item.severity} onChange={(v) => set('severity', v)} />
      <NarrativeField path={`${path}.notes`} label="Anything you’d like to add (optional)" value={item.notes} onChange={(v) => set('notes', v)} withhold={false} />
    </div>
  );
}

/** Step 3: stress in their life. */
export function StressStep() {
  const { answers } = useIntakeEditor();
  const add = useAddItem('stressors');
  return (
    <ListQuestion
      list="stressors"
      title="What causes you stress at the moment?"
      intro={<p>Stress often affects sex and closeness. Add whatever feels relevant, or just continue.</p>}
      noun="source of stress"
      items={answers.stressors}
      itemTitle={(item: ListItem<'stressors'>, index) => `Stress ${index + 1}: ${labelOf(STRESSOR_KINDS, item.kind)}`}
      renderItem={(item, index) => <StressorFields item={item} index={index} />}
      addControl={(
        <AddByKind list="stressors" label="What is it about?" button="Add this" options={STRESSOR_KINDS} onAdd={(kind) => add({ kind: kind as Stressor['kind'] })} />
      )}
      emptyText="Nothing added yet."
    />
  );
}

function LifeChangeFields({ item, index }: { item: LifeChange; index: number }) {
  const set = useItemSetter('lifeChanges', index);
  const path = `lifeChanges.${index}`;
  return (
    <div className="item-fields">
      <SelectChoice path={`${path}.kind`} label="What changed" options={LIFE_CHANGE_KINDS} value={item.kind} onChange={(v) => v && set('kind', v as LifeChange['kind'])} withhold={false} />
      <PartialDateField path={`${path}.when`} legend="When (optional)" value={item.when} onChange={(v) => set('when', v)} withhold={false} />
      <NarrativeField path={`${path}.notes`} label="Anything you’d like to add (optional)" value={item.notes} onChange={(v) => set('notes', v)} withhold={false} />
    </div>
  );
}

/** Step 4: recent changes in their life. */
export function LifeChangesStep() {
  const { answers } = useIntakeEditor();
  const add = useAddItem('lifeChanges');
  return (
    <ListQuestion
      list="lifeChanges"
      title="Has anything changed in your life recently?"
      intro={<p>For example a move, a new job, a birth, a loss, or a change in sleep or exercise. If nothing comes to mind, just continue.</p>}
      noun="change"
      items={answers.lifeChanges}
      itemTitle={(item: ListItem<'lifeChanges'>, index) => `Change ${index + 1}: ${labelOf(LIFE_CHANGE_KINDS, item.kind)}`}
      renderItem={(item, index) => <LifeChangeFields item={item} index={index} />}
      addControl={(
        <AddByKind list="lifeChanges" label="What changed?" button="Add this change" options={LIFE_CHANGE_KINDS} onAdd={(kind) => add({ kind: kind as LifeChange['kind'] })} />
      )}
      emptyText="Nothing added yet."
    />
  );
}
