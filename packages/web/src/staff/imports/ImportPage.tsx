import { Link } from 'react-router-dom';
import { usePractice } from '../../api/usePractice';
import { hasRole } from '../../api/useSession';
import { useSignedInUser } from '../../auth/guards';
import { PageHeading } from '../../components/PageHeading';
import { ImportSection } from './ImportSection';
import './imports.css';

/**
 * Bring clients and then their appointments over from another practice product, from the CSV
 * files it exports. Each file is checked first (nothing is written) and imported whole or not
 * at all. Owners choose the imported clients' care team; clinicians are on it themselves.
 */
export function ImportPage() {
  const user = useSignedInUser();
  const isOwner = hasRole(user, 'owner');
  const isClinical = hasRole(user, 'clinician') || hasRole(user, 'supervisor');
  const practice = usePractice();
  const timeZone = practice.data?.timeZone;

  if (!isOwner && !isClinical) {
    return (
      <>
        <PageHeading>Import from a spreadsheet</PageHeading>
        <p>Importing clients and appointments is for the practice owner and clinicians.</p>
        <p>
          <Link to="/clients">Back to clients</Link>
        </p>
      </>
    );
  }

  return (
    <>
      <PageHeading>Import from a spreadsheet</PageHeading>
      <p>
        Moving from another practice product? Export your clients and appointments from it as CSV files, then import them here: clients first, so
        the appointments can find them. Each file is checked before anything is saved, and a file is imported all at once or not at all.
      </p>
      <p>
        <Link to="/clients">Back to clients</Link>
      </p>

      <ImportSection kind="clients" heading="1. Clients" chooseCareTeam={isOwner}>
        <p>
          The first row names the columns. Candor needs each client&apos;s first and last name (or one “Name” column) and date of birth, and reads
          the names other products use: “First Name” or “Legal First Name”, “DOB” or “Date of Birth”, “Email Address”, “Mobile Phone”, “Street”,
          “City”, “State”, “ZIP”, “Preferred Name”, “Pronouns”, “Status” and a “Clinician” column. Dates can be written 1989-04-17 or 04/17/1989.
          Columns Candor does not keep are listed and left out.
        </p>
        <p>
          {isClinical
            ? 'You are on the care team of every client you import.'
            : 'Choose the care team for the clients below, or name each client’s clinician in a “Clinician” column.'}{' '}
          Someone already in Candor with the same name and date of birth is left out, not added twice.
        </p>
      </ImportSection>

      <ImportSection kind="appointments" heading="2. Appointments">
        <p>
          Each row names the client (their email, or their name, with a “Date of Birth” column where two clients share a name), the date and start
          time (“Date” and “Time”, or one “Start” column), and the length (“Duration” in minutes, or an “End” time).
          {isOwner ? ' Name the clinician in a “Clinician” column, by name or email.' : ' They are booked with you.'} “Type”
          (individual, couples, intake, family or group), “Modality” (in person or video), “Video Link” and “Status” are read too.
        </p>
        <p>
          Times are read as the practice&apos;s local time{timeZone ? ` (${timeZone})` : ''}. Past appointments without a status are recorded as
          having taken place; an appointment already in the calendar is left out.
        </p>
      </ImportSection>
    </>
  );
}
