import { PageHeading } from '../components/PageHeading';

/** The calendar (appointments arrive with a later issue). */
export function CalendarPage() {
  return (
    <>
      <PageHeading>Calendar</PageHeading>
      <div className="empty-state">
        <p>No appointments scheduled yet.</p>
        <p>Once scheduling is available, your sessions will appear here.</p>
      </div>
    </>
  );
}
