import type { ConcernSummary, HistorySummary } from '@candor/clinical';
import { DetailsList } from '../../components/DetailsList';
import { formatPartialDate } from '../../components/dates';

const COURSE = { lifelong: 'Lifelong', acquired: 'Acquired' } as const;
const SPEED = { sudden: 'Sudden', gradual: 'Gradual' } as const;
const CONTEXT = { generalized: 'Generalized', situational: 'Situational' } as const;
const STATUS_NOW = { better: 'Getting better', same: 'About the same', worse: 'Getting worse' } as const;

/** The specifier flags of a whole history, as badges (only those that apply). */
export function SpecifierBadges({ flags }: { flags: HistorySummary['flags'] }) {
  const shown = [
    flags.lifelong && 'Lifelong',
    flags.acquired && 'Acquired',
    flags.generalized && 'Generalized',
    flags.situational && 'Situational',
    flags.suddenOnset && 'Sudden onset',
  ].filter((label): label is string => Boolean(label));
  if (shown.length === 0) return null;
  return (
    <ul className="badge-list" aria-label="Specifiers">
      {shown.map((label) => (
        <li key={label} className="badge">
          {label}
        </li>
      ))}
    </ul>
  );
}

function ConcernBadges({ concern }: { concern: ConcernSummary }) {
  const shown: string[] = [];
  if (concern.course) shown.push(COURSE[concern.course]);
  if (concern.context) shown.push(CONTEXT[concern.context]);
  if (shown.length === 0) return null;
  return (
    <ul className="badge-list" aria-label="Specifiers for this concern">
      {shown.map((label) => (
        <li key={label} className="badge">
          {label}
        </li>
      ))}
    </ul>
  );
}

const orUndefined = <T,>(value: T | null): T | undefined => (value === null ? undefined : value);

/** "Since 2019-05" (as the summary words it) → "Since May 2019". */
const readableOnset = (onset: string | null) => (onset === null ? undefined : onset.replace(/\b\d{4}(?:-\d{2}){0,2}\b/, formatPartialDate));

/** Each concern: in their words, onset, course, context, frequency, distress and how it is now. */
export function ConcernSummaries({ concerns }: { concerns: ConcernSummary[] }) {
  return (
    <ol className="plain-list concern-list">
      {concerns.map((concern, index) => (
        <li key={`${concern.kind}-${index}`}>
          <h4>{concern.label}</h4>
          <ConcernBadges concern={concern} />
          <DetailsList
            rows={[
              ['In their own words', orUndefined(concern.inOwnWords)],
              ['Started', readableOnset(concern.onset)],
              ['Course', concern.course ? COURSE[concern.course] : undefined],
              ['Onset', concern.onsetSpeed ? SPEED[concern.onsetSpeed] : undefined],
              [
                'Context',
                concern.context
                  ? `${CONTEXT[concern.context]}${concern.situations ? `: ${concern.situations}` : ''}`
                  : orUndefined(concern.situations),
              ],
              ['How often', orUndefined(concern.frequency)],
              ['Distress', concern.distress === null ? undefined : `${concern.distress} out of 10`],
              ['Now', concern.statusNow ? STATUS_NOW[concern.statusNow] : undefined],
              ['Better when', orUndefined(concern.betterWhen)],
              ['Worse when', orUndefined(concern.worseWhen)],
            ]}
          />
        </li>
      ))}
    </ol>
  );
}
