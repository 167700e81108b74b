import type { Evaluation } from '../../api/diagnosisTypes';
import { CRITERION_STATUS_WORDS } from './diagnosisWords';

/** Where the criteria stand with the findings so far: each one met, not met or not yet known, and why. */
export function EvaluationView({ evaluation, updating }: { evaluation: Evaluation | undefined; updating: boolean }) {
  const criteria = evaluation?.criteria ?? [];
  const unmet = criteria.filter((c) => c.status === 'unmet').length;
  const unknown = criteria.filter((c) => c.status === 'unknown').length;
  const summary = !evaluation
    ? 'Checking the criteria…'
    : evaluation.canDiagnose
      ? 'Every criterion is met.'
      : `Not every criterion is met yet: ${unmet} not met, ${unknown} not yet known.`;
  return (
    <section aria-labelledby="evaluation-heading" className="panel evaluation">
      <h2 id="evaluation-heading">How the criteria stand</h2>
      <p className="evaluation-summary" aria-live="polite">
        {summary}
        {updating ? <span className="muted"> Updating…</span> : null}
      </p>
      {evaluation ? (
        <>
          <p>
            ICD-10-CM code:{' '}
            {evaluation.icd10 ? <strong className="code">{evaluation.icd10}</strong> : <span className="muted">chosen once the substance and any use disorder are known</span>}
          </p>
          {evaluation.medicalReferralPending ? (
            <p className="care-note care-note-attention">
              A medical referral for this client is still waiting for its outcome, so “not caused by another medical condition” stays
              unknown until it comes back.
            </p>
          ) : null}
          <ul className="plain-list criteria-list" aria-label="Criteria">
            {criteria.map((criterion) => {
              const words = CRITERION_STATUS_WORDS[criterion.status];
              return (
                <li key={criterion.id} className={`criterion criterion-${criterion.status}`}>
                  <span className="criterion-status">
                    <span aria-hidden="true">{words.mark}</span> {words.label}:
                  </span>{' '}
                  <span className="criterion-label">{criterion.label}</span>
                  <p className="muted criterion-why">{criterion.why}</p>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </section>
  );
}
