import { ConfidentialityPolicies } from '../../api/careTypes';
import { POLICY_WORDS } from '../../components/confidentiality';

/** The confidentiality policy as radio buttons, each with a plain explanation. */
export function PolicyChoice({ error }: { error?: string | undefined }) {
  const describedBy = ['policy-hint', error ? 'policy-error' : ''].filter(Boolean).join(' ');
  return (
    <fieldset className={error ? 'field-invalid' : undefined} aria-describedby={describedBy}>
      <legend>Confidentiality policy</legend>
      <p id="policy-hint" className="field-hint">
        How you will handle what one partner tells you on their own. Each partner will be asked to read and sign the matching consent.
      </p>
      {error ? (
        <p id="policy-error" className="field-error">
          {error}
        </p>
      ) : null}
      {ConfidentialityPolicies.map((policy, index) => (
        <div key={policy} className="choice">
          <input
            id={index === 0 ? 'field-confidentialityPolicy' : `policy-${policy}`}
            type="radio"
            name="confidentialityPolicy"
            value={policy}
            aria-describedby={`policy-${policy}-hint`}
            aria-invalid={error ? true : undefined}
          />
          <label htmlFor={index === 0 ? 'field-confidentialityPolicy' : `policy-${policy}`}>{POLICY_WORDS[policy].label}</label>
          <p id={`policy-${policy}-hint`} className="field-hint choice-hint">
            {POLICY_WORDS[policy].explanation}
          </p>
        </div>
      ))}
    </fieldset>
  );
}
