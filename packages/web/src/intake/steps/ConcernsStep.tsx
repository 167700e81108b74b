import { CONCERN_KINDS, labelOf, type Concern } from '@candor/clinical';
import { ConcernFields } from '../ConcernFields';
import { useAddItem, useIntakeEditor } from '../IntakeContext';
import { AddByKind, ListQuestion } from '../ListQuestion';

const concernTitle = (concern: Concern, index: number) =>
  `Concern ${index + 1}: ${concern.kind === 'other' && concern.otherKind ? concern.otherKind : labelOf(CONCERN_KINDS, concern.kind)}`;

/** Step 1: what they would like help with, one concern at a time. */
export function ConcernsStep() {
  const { answers } = useIntakeEditor();
  const add = useAddItem('concerns');
  return (
    <ListQuestion
      list="concerns"
      title="What would you like help with?"
      intro={<p>Add each thing you’d like to talk about. You can add more than one, and you can come back and change your answers later.</p>}
      noun="concern"
      items={answers.concerns}
      itemTitle={concernTitle}
      renderItem={(concern, index) => <ConcernFields concern={concern} index={index} />}
      addControl={(
        <AddByKind
          list="concerns"
          label="What would you like to add?"
          button="Add this concern"
          options={CONCERN_KINDS}
          onAdd={(kind) => add({ kind: kind as Concern['kind'] })}
         
        />
      )}
      emptyText="Nothing added yet."
    />
  );
}
