import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { HistoryAnswers } from '@candor/clinical';
import { isWithheld, removeListItem, setOrDelete, setWithheld, type ListKey } from './answers';

export interface IntakeEditor {
  answers: HistoryAnswers;
  /** Changes a copy of the answers; the draft saves itself shortly after. */
  edit: (recipe: (draft: HistoryAnswers) => void) => void;
  /** Server field errors by answer path, e.g. `concerns.0.onset.date`. */
  errors: Record<string, string>;
  withheld: (path: string) => boolean;
  setWithheld: (path: string, on: boolean) => void;
  removeItem: (list: ListKey, index: number) => void;
}

const IntakeContext = createContext<IntakeEditor | null>(null);

export function IntakeEditorProvider({
  answers,
  edit,
  errors,
  children,
}: Pick<IntakeEditor, 'answers' | 'edit' | 'errors'> & { children: ReactNode }) {
  const editor = useMemo<IntakeEditor>(
    () => ({
      answers,
      edit,
      errors,
      withheld: (path) => isWithheld(answers, path),
      setWithheld: (path, on) => edit((draft) => setWithheld(draft, path, on)),
      removeItem: (list, index) => edit((draft) => removeListItem(draft, list, index)),
    }),
    [answers, edit, errors],
  );
  return <IntakeContext.Provider value={editor}>{children}</IntakeContext.Provider>;
}

/** The history being edited; only inside the intake wizard. */
export function useIntakeEditor(): IntakeEditor {
  const editor = useContext(IntakeContext);
  if (!editor) throw new Error('useIntakeEditor used outside IntakeEditorProvider');
  return editor;
}

export type ListItem<L extends ListKey> = NonNullable<HistoryAnswers[L]>[number];

/** Sets (or, when empty, removes) one field of one list item. */
export function useItemSetter<L extends ListKey>(list: L, index: number) {
  const { edit } = useIntakeEditor();
  return <K extends keyof ListItem<L>>(key: K, value: ListItem<L>[K] | undefined) =>
    edit((draft) => {
      const item = (draft[list] as ListItem<L>[] | undefined)?.[index];
      if (item) setOrDelete(item, key, value);
    });
}

/** Appends an item to a list. */
export function useAddItem<L extends ListKey>(list: L) {
  const { edit } = useIntakeEditor();
  return (item: ListItem<L>) =>
    edit((draft) => {
      (draft as Record<string, unknown[]>)[list] = [...((draft[list] as unknown[] | undefined) ?? []), item];
    });
}
