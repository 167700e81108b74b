import { DIAGNOSIS_EXCLUSIONS, FREQUENCIES, INDUCING_SUBSTANCES, USE_DISORDERS, type ExclusionId, type FrequencyId, type SubstanceId, type UseDisorderId } from '@candor/clinical';
import type { CatalogEntry, CatalogItem, Findings } from '../../api/diagnosisTypes';
import { TriStateField } from '../../components/RadioGroup';
import { SelectField, TextField } from '../../components/TextField';
import { EXCLUSION_QUESTIONS } from './diagnosisWords';

interface CriteriaFieldsProps {
  entry: CatalogEntry;
  findings: Findings;
  onChange: (findings: Findings) => void;
  /** Server field errors, by path (`findings.substance`, `findings.symptoms.pain`). */
  errors: Record<string, string>;
}

const SUBSTANCE_INDUCED = 'substance-medication-induced-sexual-dysfunction';
const optionsOf = (list: readonly { id: string; label: string }[], empty: string) => [{ value: '', label: empty }, ...list.map((item) => ({ value: item.id, label: item.label }))];

/** The criteria checklist: each finding yes, no or not yet known, as the catalogue asks for it. */
export function CriteriaFields({ entry, findings, onChange, errors }: CriteriaFieldsProps) {
  const set = (patch: Partial<Findings>) => onChange({ ...findings, ...patch });
  const setSymptom = (id: string, value: boolean | null) => set({ symptoms: { ...findings.symptoms, [id]: value } });
  const setExclusion = (id: ExclusionId, value: boolean | null) => set({ exclusions: { ...findings.exclusions, [id]: value } });
  const symptomField = (item: CatalogItem) => (
    <TriStateField
      key={item.id}
      name={`symptom-${item.id}`}
      legend={item.label}
      value={findings.symptoms?.[item.id]}
      onChange={(value) => setSymptom(item.id, value)}
      error={errors[`findings.symptoms.${item.id}`]}
    />
  );
  const exclusionLabels = new Map(DIAGNOSIS_EXCLUSIONS.map((e) => [e.id as string, e.label]));

  return (
    <>
      <fieldset className="criteria-group">
        <legend>
          {entry.symptoms.items.length === 1
            ? 'The main symptom'
            : `Symptoms: at least ${entry.symptoms.required} of these ${entry.symptoms.items.length}`}
        </legend>
        {entry.symptoms.items.map(symptomField)}
      </fieldset>

      {entry.alsoRequired.length > 0 ? (
        <fieldset className="criteria-group">
          <legend>Also needed</legend>
          {entry.alsoRequired.map(symptomField)}
        </fieldset>
      ) : null}

      {entry.id === SUBSTANCE_INDUCED ? (
        <fieldset className="criteria-group">
          <legend>The substance or medication</legend>
          <p className="field-hint">Together these choose the ICD-10-CM code. Prescribed medicines are usually “other or unknown”.</p>
          <SelectField
            name="substance"
            label="Substance or medication"
            options={optionsOf(INDUCING_SUBSTANCES, 'Not yet known')}
            value={findings.substance ?? ''}
            onChange={(event) => set({ substance: (event.target.value || null) as SubstanceId | null })}
            error={errors['findings.substance']}
          />
          <SelectField
            name="useDisorder"
            label="Use disorder"
            options={optionsOf(USE_DISORDERS, 'Not yet known')}
            value={findings.useDisorder ?? ''}
            onChange={(event) => set({ useDisorder: (event.target.value || null) as UseDisorderId | null })}
            error={errors['findings.useDisorder']}
          />
        </fieldset>
      ) : null}

      {entry.durationMonths !== null || entry.frequencyRequired || entry.distressRequired ? (
        <fieldset className="criteria-group">
          <legend>How long, how often, and how much it matters</legend>
          {entry.durationMonths !== null ? (
            <TextField
              name="durationMonths"
              type="number"
              inputMode="numeric"
              min={0}
              max={1200}
              step={1}
              className="number-input"
              label="How long it has lasted, in months"
              hint={`The criteria ask for about ${entry.durationMonths} months or more. Leave empty if not yet known.`}
              value={findings.durationMonths ?? ''}
              onChange={(event) => set({ durationMonths: event.target.value === '' ? null : Number(event.target.value) })}
              error={errors['findings.durationMonths']}
            />
          ) : null}
          {entry.frequencyRequired ? (
            <SelectField
              name="frequency"
              label="How often it happens"
              hint="The criteria ask for almost all or all occasions (about 75–100%)."
              options={optionsOf(FREQUENCIES, 'Not yet known')}
              value={findings.frequency ?? ''}
              onChange={(event) => set({ frequency: (event.target.value || null) as FrequencyId | null })}
              error={errors['findings.frequency']}
            />
          ) : null}
          {entry.distressRequired ? (
            <TriStateField
              name="distress"
              legend="Does it cause clinically significant distress?"
              hint="A rating the client gave in their history is not the same as clinically significant distress: use your judgement."
              value={findings.distress}
              onChange={(distress) => set({ distress })}
              error={errors['findings.distress']}
            />
          ) : null}
        </fieldset>
      ) : null}

      {entry.exclusions.length > 0 ? (
        <fieldset className="criteria-group">
          <legend>Other explanations</legend>
          <p className="field-hint">Answer “yes” when the difficulty is better explained another way; the diagnosis then does not apply.</p>
          {entry.exclusions.map((id) => (
            <TriStateField
              key={id}
              name={`exclusion-${id}`}
              legend={EXCLUSION_QUESTIONS[id] ?? exclusionLabels.get(id) ?? id}
              value={findings.exclusions?.[id]}
              onChange={(value) => setExclusion(id, value)}
              error={errors[`findings.exclusions.${id}`]}
            />
          ))}
        </fieldset>
      ) : null}
    </>
  );
}
