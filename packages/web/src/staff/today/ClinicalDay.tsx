import { Fragment, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { TodayAppointment, TodayHomework, TodayPlanDue } from '../../api/todayTypes';
import { useClients } from '../../api/useClients';
import { useRelationships } from '../../api/useRelationships';
import { useToday } from '../../api/useReferrals';
import { Alert } from '../../components/Alert';
import { formatDate } from '../../components/dates';
import { describeError } from '../../components/errorMessages';
import { KIND_LABELS, STATUS_LABELS, placeText, safeLink } from '../calendar/appointmentWords';
import { formatTimeRange, todayDay } from '../calendar/calendarDates';
import { NOTE_STATUS_BADGES, NOTE_STATUS_LABELS } from '../notes/noteWords';
import { relationshipName } from '../relationships/relationshipName';

const clientPath = (id: string) => `/clients/${encodeURIComponent(id)}`;
const relationshipPath = (id: string) => `/relationships/${encodeURIComponent(id)}`;

/** Today's answer while it loads or if it fails; `null` once there is something to show. */
function useTodayState() {
  const today = useToday();
  if (today.isPending) {
    return {
      data: null,
      placeholder: (
        <p role="status" className="muted">
          Loading…
        </p>
      ),
    };
  }
  if (today.isError) return { data: null, placeholder: <Alert focus={false}>{describeError(today.error)}</Alert> };
  return { data: today.data, placeholder: null };
}

function EmptyState({ children }: { children: ReactNode }) {
  return (
    <div className="empty-state">
      <p>{children}</p>
    </div>
  );
}

/** "Alex Morgan and Jamie Chen", each name a link to their chart. */
function AttendeeLinks({ attendees }: { attendees: TodayAppointment['attendees'] }) {
  if (attendees.length === 0) return <>no attendees</>;
  const parts = new Intl.ListFormat(undefined, { style: 'long', type: 'conjunction' }).formatToParts(attendees.map((a) => a.displayName));
  let next = 0;
  return (
    <>
      {parts.map((part, index) => {
        if (part.type === 'literal') return <Fragment key={index}>{part.value}</Fragment>;
        const attendee = attendees[next++];
        return attendee ? (
          <Link key={index} to={clientPath(attendee.clientId)}>
            {attendee.displayName}
          </Link>
        ) : (
          <Fragment key={index}>{part.value}</Fragment>
        );
      })}
    </>
  );
}

/** "In person, Room Birch", or "Video" with the link to join. */
function SessionPlace({ appointment }: { appointment: TodayAppointment }) {
  if (appointment.modality === 'video') {
    const link = safeLink(appointment.videoLink);
    return (
      <p className="muted">
        Video
        {link ? (
          <>
            {' · '}
            <a href={link}>Join the video session</a>
          </>
        ) : null}
      </p>
    );
  }
  return <p className="muted">{appointment.room ? `In person, ${placeText(appointment)}` : 'In person'}</p>;
}

/** The session's notes: "No note yet", or each note's status with a link to it. */
function SessionNotes({ appointment, time }: { appointment: TodayAppointment; time: string }) {
  if (appointment.notes.length === 0) {
    return (
      <p className="today-session-notes">
        <span className="badge badge-stopped">No note yet</span>
      </p>
    );
  }
  const several = appointment.notes.length > 1;
  return (
    <ul className="plain-list today-session-notes" aria-label={`Notes for the ${time} session`}>
      {appointment.notes.map((note, index) => (
        <li key={note.id}>
          <span className={NOTE_STATUS_BADGES[note.status]}>{NOTE_STATUS_LABELS[note.status]}</span>{' '}
          <Link to={`/notes/${encodeURIComponent(note.id)}`}>
            {several ? `Open note ${index + 1}` : 'Open the note'}
            <span className="visually-hidden"> for the {time} session</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** The clinician's own sessions today, earliest first, with who is coming, where, and the note. */
function TodaysSessions() {
  const { data, placeholder } = useTodayState();
  if (!data) return placeholder;
  const sessions = [...data.appointments].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  if (sessions.length === 0) return <EmptyState>No sessions today.</EmptyState>;
  return (
    <>
      <ul className="plain-list today-sessions" aria-label="Today’s sessions">
        {sessions.map((appointment) => {
          const time = formatTimeRange(appointment.startsAt, appointment.endsAt);
          return (
            <li key={appointment.id} className="today-session">
              <h3 className="today-session-title">
                <time dateTime={appointment.startsAt}>{time}</time> · {KIND_LABELS[appointment.kind]}
                {appointment.status !== 'scheduled' ? (
                  <>
                    {' '}
                    <span className={appointment.status === 'completed' ? 'badge badge-success' : 'badge badge-stopped'}>{STATUS_LABELS[appointment.status]}</span>
                  </>
                ) : null}
              </h3>
              <p>
                With <AttendeeLinks attendees={appointment.attendees} />
              </p>
              <SessionPlace appointment={appointment} />
              <SessionNotes appointment={appointment} time={time} />
            </li>
          );
        })}
      </ul>
      <p>
        <Link to="/calendar">Open the calendar</Link>
      </p>
    </>
  );
}

/** "Done 4 of 5 logged · last practised 20 November 2026", or that nothing is logged yet. */
function completionText(item: TodayHomework): string {
  if (item.timesLogged === 0) return 'Nothing logged yet';
  const done = `Done ${item.timesDone} of ${item.timesLogged} logged`;
  return item.lastPracticedOn ? `${done} · last practised ${formatDate(item.lastPracticedOn)}` : done;
}

/** Today's attendees' active homework, client by client: how it went since it was set. */
function HomeworkSinceLastTime() {
  const { data, placeholder } = useTodayState();
  if (!data) return placeholder;
  if (data.homework.length === 0) return <EmptyState>No homework set for today’s clients.</EmptyState>;
  const byClient = new Map<string, TodayHomework[]>();
  for (const item of data.homework) byClient.set(item.clientId, [...(byClient.get(item.clientId) ?? []), item]);
  return (
    <ul className="plain-list today-homework" aria-label="Homework by client">
      {[...byClient.values()].map((items) => {
        const client = items[0]!;
        return (
          <li key={client.clientId}>
            <h3 className="today-homework-client">
              <Link to={clientPath(client.clientId)}>{client.displayName}</Link>
            </h3>
            <ul className="plain-list">
              {items.map((item) => (
                <li key={item.homeworkId}>
                  <strong>{item.title}</strong>: {completionText(item)}
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}

/** Questionnaires clients still have to answer (overdue or due within the week), longest waiting first. */
function QuestionnairesDue() {
  const { data, placeholder } = useTodayState();
  if (!data) return placeholder;
  const due = [...data.measuresDue].sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.clientName.localeCompare(b.clientName));
  if (due.length === 0) return <EmptyState>No questionnaires are due.</EmptyState>;
  const today = todayDay();
  return (
    <ul className="plain-list today-due-list" aria-label="Questionnaires due">
      {due.map((item) => (
        <li key={item.requestId}>
          <strong>{item.shortName}</strong> for <Link to={clientPath(item.clientId)}>{item.clientName}</Link>, due {item.dueOn < today ? 'since ' : ''}
          {formatDate(item.dueOn)}
        </li>
      ))}
    </ul>
  );
}

/** The plans' clients and relationships by name (the Today answer carries only their ids). */
function PlansDueList({ plans }: { plans: TodayPlanDue[] }) {
  const clients = useClients('');
  const relationships = useRelationships();
  function subject(plan: TodayPlanDue): { to: string; name: string } | null {
    if (plan.relationshipId) {
      const relationship = relationships.data?.find((r) => r.id === plan.relationshipId);
      return { to: relationshipPath(plan.relationshipId), name: relationship ? relationshipName(relationship) : 'A relationship' };
    }
    if (plan.clientId) {
      const client = clients.data?.find((c) => c.id === plan.clientId);
      return { to: clientPath(plan.clientId), name: client?.displayName ?? 'A client' };
    }
    return null;
  }
  return (
    <ul className="plain-list today-due-list" aria-label="Plans due for review">
      {plans.map((plan) => {
        const who = subject(plan);
        return (
          <li key={plan.planId}>
            {who ? <Link to={who.to}>{who.name}</Link> : 'A treatment plan'}: review due {formatDate(plan.reviewOn)}
          </li>
        );
      })}
    </ul>
  );
}

function PlansDueForReview() {
  const { data, placeholder } = useTodayState();
  if (!data) return placeholder;
  const plans = [...data.plansDueForReview].sort((a, b) => a.reviewOn.localeCompare(b.reviewOn));
  if (plans.length === 0) return <EmptyState>No treatment plans are due for review.</EmptyState>;
  return <PlansDueList plans={plans} />;
}

/** A clinician's day on Today: their sessions, then homework, questionnaires and plans to look at. */
export function ClinicalDay() {
  return (
    <>
      <section aria-labelledby="today-sessions">
        <h2 id="today-sessions">Today’s sessions</h2>
        <TodaysSessions />
      </section>

      <section aria-labelledby="today-homework">
        <h2 id="today-homework">Homework since last time</h2>
        <HomeworkSinceLastTime />
      </section>

      <section aria-labelledby="today-measures">
        <h2 id="today-measures">Questionnaires due</h2>
        <QuestionnairesDue />
      </section>

      <section aria-labelledby="today-plans">
        <h2 id="today-plans">Plans due for review</h2>
        <PlansDueForReview />
      </section>
    </>
  );
}
