import type { Urgency } from '@candor/clinical';
import { urgencyLabel } from '../referrals/referralWords';

const MARKS: Record<Urgency, string> = { routine: '○', soon: '◐', urgent: '●', emergency: '▲' };

/** Urgency in words, with a shape and a colour that only repeat what the words say. */
export function UrgencyBadge({ urgency }: { urgency: Urgency }) {
  return (
    <span className={`urgency urgency-${urgency}`}>
      <span aria-hidden="true" className="urgency-mark">
        {MARKS[urgency] ?? '○'}
      </span>{' '}
      Urgency: {urgencyLabel(urgency)}
    </span>
  );
}
