import type { PortalMeasure } from '../../api/measureTypes';
import type { Answers } from './useMeasureDraft';

interface MeasureReviewProps {
  measure: PortalMeasure;
  answers: Answers;
  onChange: (index: number) => void;
  onBack: () => void;
  onSend: () => void;
  sending: boolean;
}

/** Every question with the answer given, a way back to each, and Send. */
export function MeasureReview({ measure, answers, onChange, onBack, onSend, sending }: MeasureReviewProps) {
  const unanswered = answers.filter((answer) => answer === null).length;
  return (
    <>
      <h2>Check your answers</h2>
      <ol className="plain-list measure-review" aria-label="Your answers">
        {measure.items.map((item, index) => {
          const answer = answers[index];
          const label = item.options.find((option) => option.value === answer)?.label;
          return (
            <li key={item.linkId}>
              <p className="measure-review-question">
                {index + 1}. {item.text}
              </p>
              <p>{label ?? <span className="muted">Not answered</span>}</p>
              <button type="button" className="button-link" onClick={() => onChange(index)}>
                Change<span className="visually-hidden"> your answer to question {index + 1}</span>
              </button>
            </li>
          );
        })}
      </ol>
      {unanswered ? (
        <p>
          {unanswered === 1 ? 'One question has' : `${unanswered} questions have`} no answer. You can send anyway, but your therapist
          may not be able to add up a total.
        </p>
      ) : null}
      <div className="form-actions measure-actions">
        <button type="button" className="button-secondary" onClick={onBack}>
          Back
        </button>
        <button type="button" onClick={onSend} disabled={sending}>
          {sending ? 'Sending…' : 'Send to your therapist'}
        </button>
      </div>
    </>
  );
}
