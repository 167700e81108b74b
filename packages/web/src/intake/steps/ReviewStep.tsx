import { INTAKE_SECTIONS, summarizeHistory, type ConcernSummary, type HistorySummary, type IntakeSectionId } from '@candor/clinical';
import type { ReactNode } from 'react';
import { DetailsList } from '../../components/DetailsList';
import { formatPartialDate } from '../../components/dates';
import { useIntakeEditor } from '../IntakeContext';
import { describeQuestionPath } from '../questions';

const COURSE = { lifelong: 'Since my first sexual experiences', acquired: 'Started after things were different' } as const;
const SPEED = { sudden: 'Suddenly', gradual: 'Gradually' } as const;
const CONTEXT = { generalized: 'All the time', situational: 'In some situations' } as const;
const NOW = { better: 'Getting better', same: 'About the same', worse: 'Getting worse' } as const;
const SAFE = { yes: 'Yes', no: 'No', unsure: 'I’m not sure' } as const;
const SUBSTANCE = { alcohol: 'Alcohol', tobacco: 'Tobacco or nicotine', cannabis: 'Cannabis', other: 'Other' } as const;

const joined = (...parts: (string | null | undefined | false)[]) => parts.filter(Boolean).join(' · ');
const since = (value: string | null) => (value ? `since ${formatPartialDate(value)}` : null);
const orUndefined = <T,>(value: T | null): T | undefined => (value === null ? undefined : value);

function Lines({ items }: { items: string[] }) {
  if (items.length === 0) return null;
  return (
    <ul>
      {items.map((item, index) => (
        <li key={index}>{item}</li>
      ))}
    </ul>
  );
}

function ConcernReview({ concern, index }: { concern: ConcernSummary; index: number }) {
  return (
    <>
      <h3>
        Concern {index + 1}: {concern.label}
      </h3>
      <DetailsList
        rows={[
          ['In your own words', orUndefined(concern.inOwnWords)],
          ['When it started', concern.onset === null ? undefined : concern.onset.replace(/\b\d{4}(?:-\d{2}){0,2}\b/, formatPartialDate)],
          ['Always this way?', concern.course ? COURSE[concern.course] : undefined],
          ['How it started', concern.onsetSpeed ? SPEED[concern.onsetSpeed] : undefined],
          ['When it happens', concern.context ? joined(CONTEXT[concern.context], concern.situations) : undefined],
          ['How often', orUndefined(concern.frequency)],
          ['How distressing', concern.distress === null ? undefined : `${concern.distress} out of 10`],
          ['Lately', concern.statusNow ? NOW[concern.statusNow] : undefined],
          ['What makes it better', orUndefined(concern.betterWhen)],
          ['What makes it worse', orUndefined(concern.worseWhen)],
        ]}
      />
    </>
  );
}

function sectionContent(section: IntakeSectionId, s: HistorySummary): ReactNode {
  switch (section) {
    case 'concerns':
      return s.concerns.map((concern, index) => <ConcernReview key={index} concern={concern} index={index} />);
    case 'treatments':
      return <Lines items={s.previousTreatments.map((t) => joined(t.detail ? `${t.label}: ${t.detail}` : t.label, t.provider, t.when && formatPartialDate(t.when), t.outcome, t.notes))} />;
    case 'stress':
      return <Lines items={s.stressors.map((x) => joined(x.label, x.severity !== null && `${x.severity} out of 10`, x.notes))} />;
    case 'life-changes':
      return <Lines items={s.lifeChanges.map((c) => joined(c.label, c.when && formatPartialDate(c.when), c.notes))} />;
    case 'health':
      return (
        <>
          <Lines items={s.conditions.map((c) => joined(`Condition: ${c.name}`, since(c.since), c.notes))} />
          <Lines items={s.medications.map((m) => joined(`Medicine: ${m.name}`, m.dose, since(m.since)))} />
          <Lines items={s.supplements.map((m) => joined(`Supplement: ${m.name}`, m.dose, since(m.since)))} />
          {s.healthNotes ? <p className="prewrap">{s.healthNotes}</p> : null}
        </>
      );
    case 'substances':
      return <Lines items={s.substances.map((u) => joined(u.which ? `${SUBSTANCE[u.substance]} (${u.which})` : SUBSTANCE[u.substance], u.frequency, u.amount))} />;
    case 'safety':
      return s.safety ? (
        <>
          <p>Do you feel safe in your relationship(s)? {s.safety.feelsSafe ? SAFE[s.safety.feelsSafe] : 'Not answered'}</p>
          {s.safety.wantsToTalk ? <p>You’d like to talk about it with your therapist.</p> : null}
          {s.safety.notes ? <p className="prewrap">{s.safety.notes}</p> : null}
        </>
      ) : null;
  }
}

function isEmpty(section: IntakeSectionId, s: HistorySummary): boolean {
  const counts: Record<IntakeSectionId, number> = {
    concerns: s.concerns.length,
    treatments: s.previousTreatments.length,
    stress: s.stressors.length,
    'life-changes': s.lifeChanges.length,
    health: s.conditions.length + s.medications.length + s.supplements.length + (s.healthNotes ? 1 : 0),
    substances: s.substances.length,
    safety: s.safety ? 1 : 0,
  };
  return counts[section] === 0;
}

/** The last step: everything they entered, section by section, with a way back to each. */
export function ReviewStep({ onChangeSection }: { onChangeSection: (section: IntakeSectionId) => void }) {
  const { answers } = useIntakeEditor();
  const summary = summarizeHistory(answers, { dateOfBirth: null });
  return (
    <>
      <p>Here is everything you’ve entered. Take a look, change anything you like, then send it when you’re ready.</p>
      {INTAKE_SECTIONS.map((section) => (
        <section key={section.id} className="review-section" aria-labelledby={`review-${section.id}`}>
          <div className="review-heading">
            <h2 id={`review-${section.id}`}>{section.label}</h2>
            <button type="button" className="button-link" onClick={() => onChangeSection(section.id)}>
              Change<span className="visually-hidden"> {section.label.toLowerCase()}</span>
            </button>
          </div>
          {isEmpty(section.id, summary) ? <p className="muted">Nothing entered.</p> : sectionContent(section.id, summary)}
        </section>
      ))}
      {summary.preferNotToSay.length > 0 ? (
        <section className="review-section" aria-labelledby="review-not-said">
          <h2 id="review-not-said">You’d prefer not to say</h2>
          <Lines items={summary.preferNotToSay.map(describeQuestionPath)} />
        </section>
      ) : null}
    </>
  );
}
