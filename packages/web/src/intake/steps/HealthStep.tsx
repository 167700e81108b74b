import type { HistoryAnswers } from '@candor/clinical';
import { PartialDateField } from '../choiceFields';
import { NarrativeField, ShortTextField } from '../fields';
import { useAddItem, useIntakeEditor, useItemSetter } from '../IntakeContext';
import { AddByName, ListQuestion } from '../ListQuestion';

type Condition = NonNullable<HistoryAnswers['conditions']>[number];
type Medicine = NonNullable<HistoryAnswers['medications']>[number];

function ConditionFields({ item, index }: { item: Condition; index: number }) {
  const set = useItemSetter('conditions', index);
  const path = `conditions.${index}`;
  return (
    <div className="item-fields">
      <ShortTextField path={`${path}.name`} label="Condition" value={item.name} onChange={(v) => set('name', v ?? '')} withhold={false} />
      <PartialDateField path={`${path}.since`} legend="Since when (optional)" value={item.since} onChange={(v) => set('since', v)} withhold={false} />
      <NarrativeField path={`${path}.notes`} label="Anything you’d like to add (optional)" value={item.notes} onChange={(v) => set('notes', v)} withhold={false} />
    </div>
  );
}

function MedicineFields({ list, item, index }: { list: 'medications' | 'supplements'; item: Medicine; index: number }) {
  const set = useItemSetter(list, index);
  const path = `${list}.${index}`;
  const noun = list === 'medications' ? 'Medicine' : 'Supplement';
  return (
    <div className="item-fields">
      <ShortTextField path={`${path}.name`} label={noun} value={item.name} onChange={(v) => set('name', v ?? '')} withhold={false} />
      <ShortTextField path={`${path}.dose`} label="Dose (optional)" hint="For example, 50 mg once a day." value={item.dose} onChange={(v) => set('dose', v)} withhold={false} />
      <PartialDateField path={`${path}.since`} legend="Taking it since (optional)" value={item.since} onChange={(v) => set('since', v)} withhold={false} />
    </div>
  );
}

function MedicineList({ list }: { list: 'medications' | 'supplements' }) {
  const { answers } = useIntakeEditor();
  const add = useAddItem(list);
  const isMedicine = list === 'medications';
  const noun = isMedicine ? 'medicine' : 'supplement';
  return (
    <ListQuestion
      list={list}
      title={isMedicine ? 'Medicines you take' : 'Supplements you take'}
      intro={isMedicine ? <p>Prescribed or over the counter, including contraception and hormones.</p> : <p>For example vitamins, herbal remedies or sports supplements.</p>}
      noun={noun}
      items={answers[list]}
      itemTitle={(item, index) => `${isMedicine ? 'Medicine' : 'Supplement'} ${index + 1}: ${item.name || 'not named yet'}`}
      renderItem={(item, index) => <MedicineFields list={list} item={item} index={index} />}
      addControl={<AddByName list={list} label={`Name of the ${noun}`} button={`Add ${noun}`} onAdd={(name) => add({ name })} />}
      emptyText="Nothing added yet."
    />
  );
}

/** Step 5: health conditions, medicines and supplements. */
export function HealthStep() {
  const { answers, edit } = useIntakeEditor();
  const add = useAddItem('conditions');
  return (
    <>
      <p>Many health conditions and medicines affect desire, arousal and comfort, so this helps your therapist understand the whole picture.</p>
      <ListQuestion
        list="conditions"
        title="Health conditions"
        intro={<p>Any physical or mental health conditions, now or in the past.</p>}
        noun="condition"
        items={answers.conditions}
        itemTitle={(item, index) => `Condition ${index + 1}: ${item.name || 'not named yet'}`}
        renderItem={(item, index) => <ConditionFields item={item} index={index} />}
        addControl={<AddByName list="conditions" label="Name of the condition" button="Add condition" onAdd={(name) => add({ name })} />}
        emptyText="Nothing added yet."
      />
      <MedicineList list="medications" />
      <MedicineList list="supplements" />
      <section className="list-question" aria-labelledby="health-notes-heading">
        <h2 id="health-notes-heading">Anything else</h2>
        <NarrativeField
          path="healthNotes"
          label="Anything else about your health you’d like your therapist to know (optional)"
          value={answers.healthNotes}
          onChange={(v) => edit((draft) => (v === undefined ? delete draft.healthNotes : (draft.healthNotes = v)))}
        />
      </section>
    </>
  );
}
