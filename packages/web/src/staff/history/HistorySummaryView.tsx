import type { HistorySummary, TimelineEvent } from '@candor/clinical';
import type { ReactNode } from 'react';
import type { IntakeSource } from '../../api/careTypes';
import { formatDateTime, formatPartialDate } from '../../components/dates';
import { describeQuestionPath } from '../../intake/questions';
import { ConcernSummaries, SpecifierBadges } from './ConcernSummaries';

const FEELS_SAFE = { yes: 'Yes', no: 'No', unsure: 'Not sure' } as const;
const SUBSTANCE = { alcohol: 'Alcohol', tobacco: 'Tobacco or nicotine', cannabis: 'Cannabis', other: 'Other' } as const;

function timelineWhen(when: string): string {
  if (when === 'always') return 'Always';
  if (when === 'now') return 'Now';
  return /^\d{4}/.test(when) ? formatPartialDate(when) : when.charAt(0).toUpperCase() + when.slice(1);
}

const joined = (...parts: (string | null | false | undefined)[]) => parts.filter(Boolean).join(' · ');
const since = (value: string | null) => (value ? `since ${formatPartialDate(value)}` : null);

/** A titled part of the summary, left out entirely when it has nothing in it. */
function Part({ id, title, show, children }: { id: string; title: string; show: boolean; children: ReactNode }) {
  if (!show) return null;
  return (
    <div className="history-part" role="group" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </div>
  );
}

function Lines({ items }: { items: string[] }) {
  return (
    <ul className="history-lines">
      {items.map((item, index) => (
        <li key={index}>{item}</li>
      ))}
    </ul>
  );
}

function Timeline({ events }: { events: TimelineEvent[] }) {
  return (
    <ol className="timeline">
      {events.map((event, index) => (
        <li key={index} className={`timeline-${event.category}`}>
          <span className="timeline-when">{timelineWhen(event.when)}</span> <span>{event.label}</span>
        </li>
      ))}
    </ol>
  );
}

export function sourceText(source: IntakeSource): string {
  const by = source.completedBy === 'clinician' ? 'filled in by the clinician' : 'from the client';
  const when = source.submittedAt ? ` on ${formatDateTime(source.submittedAt)}` : '';
  return `Version ${source.version ?? 1}, ${by}, sent${when}.`;
}

/**
 * A clinician's view of one person's history. `idPrefix` keeps heading ids unique when several
 * partners' summaries share a page.
 */
export function HistorySummaryView({ summary, source, idPrefix }: { summary: HistorySummary; source: IntakeSource | null; idPrefix: string }) {
  const id = (part: string) => `${idPrefix}-${part}`;
  const safety = summary.safety;
  const safetyConcern = safety?.feelsSafe === 'no' || safety?.feelsSafe === 'unsure';
  return (
    <div className="history-summary">
      {source ? <p className="muted">{sourceText(source)}</p> : null}
      <SpecifierBadges flags={summary.flags} />

      <Part id={id('concerns')} title="Concerns" show={summary.concerns.length > 0}>
        <ConcernSummaries concerns={summary.concerns} />
      </Part>
      <Part id={id('timeline')} title="Timeline" show={summary.timeline.length > 0}>
        <Timeline events={summary.timeline} />
      </Part>
      <Part id={id('health')} title="Health" show={summary.conditions.length + summary.medications.length + summary.supplements.length > 0 || Boolean(summary.healthNotes)}>
        {summary.conditions.length ? <p className="history-label">Conditions</p> : null}
        <Lines items={summary.conditions.map((c) => joined(c.name, since(c.since), c.notes))} />
        {summary.medications.length ? <p className="history-label">Medicines</p> : null}
        <Lines items={summary.medications.map((m) => joined(m.name, m.dose, since(m.since)))} />
        {summary.supplements.length ? <p className="history-label">Supplements</p> : null}
        <Lines items={summary.supplements.map((m) => joined(m.name, m.dose, since(m.since)))} />
        {summary.healthNotes ? <p className="prewrap">{summary.healthNotes}</p> : null}
      </Part>
      <Part id={id('stress')} title="Stress" show={summary.stressors.length > 0}>
        <Lines items={summary.stressors.map((s) => joined(s.label, s.severity === null ? null : `${s.severity} out of 10`, s.notes))} />
      </Part>
      <Part id={id('changes')} title="Recent changes" show={summary.lifeChanges.length > 0}>
        <Lines items={summary.lifeChanges.map((c) => joined(c.label, c.when && formatPartialDate(c.when), c.notes))} />
      </Part>
      <Part id={id('treatments')} title="Previous treatments" show={summary.previousTreatments.length > 0}>
        <Lines
          items={summary.previousTreatments.map((t) =>
            joined(t.detail ? `${t.label}: ${t.detail}` : t.label, t.provider, t.when && formatPartialDate(t.when), t.outcome, t.notes),
          )}
        />
      </Part>
      <Part id={id('substances')} title="Substances" show={summary.substances.length > 0}>
        <Lines items={summary.substances.map((s) => joined(s.which ? `${SUBSTANCE[s.substance]} (${s.which})` : SUBSTANCE[s.substance], s.frequency, s.amount))} />
      </Part>
      <Part id={id('safety')} title="Feeling safe" show={safety !== null}>
        <p className={safetyConcern ? 'safety-answer safety-attention' : 'safety-answer'}>
          Feels safe in their relationship(s): <strong>{safety?.feelsSafe ? FEELS_SAFE[safety.feelsSafe] : 'Not answered'}</strong>
          {safety?.wantsToTalk ? ' · Would like to talk about it' : ''}
        </p>
        {safety?.notes ? <p className="prewrap">{safety.notes}</p> : null}
      </Part>
      <Part id={id('not-said')} title="Preferred not to say" show={summary.preferNotToSay.length > 0}>
        <Lines items={summary.preferNotToSay.map(describeQuestionPath)} />
      </Part>
    </div>
  );
}
