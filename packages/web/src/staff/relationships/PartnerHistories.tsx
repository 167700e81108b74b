import type { PartnerHistory } from '../../api/careTypes';
import { useRelationshipHistory } from '../../api/useRelationships';
import { Alert } from '../../components/Alert';
import { describeError } from '../../components/errorMessages';
import { HistorySummaryView } from '../history/HistorySummaryView';

/** One partner's column: everything in it came from their private history. */
function PartnerColumn({ partner }: { partner: PartnerHistory }) {
  const key = partner.client.id.replace(/[^A-Za-z0-9_-]/g, '');
  const headingId = `partner-${key}-name`;
  const privateId = `partner-${key}-private`;
  const owner = partner.privateTo.displayName;
  return (
    <section className="partner-column" aria-labelledby={headingId} aria-describedby={privateId}>
      <h2 id={headingId}>{partner.client.displayName}</h2>
      <p id={privateId} className="private-marker">
        <strong>Private to {owner}</strong> — do not share in joint sessions without their consent.
      </p>
      {partner.summary ? (
        <HistorySummaryView summary={partner.summary} source={partner.intake} idPrefix={`partner-${key}`} />
      ) : (
        <p className="muted">{partner.client.displayName} hasn&apos;t sent their history yet.</p>
      )}
    </section>
  );
}

/** Each partner's history summary side by side (stacked on narrow screens). */
export function PartnerHistories({ relationshipId }: { relationshipId: string }) {
  const history = useRelationshipHistory(relationshipId);
  return (
    <section className="partner-histories" aria-label="Histories side by side">
      <Alert focus={false}>{history.isError ? describeError(history.error) : undefined}</Alert>
      {history.isPending ? (
        <p role="status" className="muted">
          Loading their histories…
        </p>
      ) : history.data ? (
        <>
          <p className="muted">
            Each person filled in their history privately. Their answers are shown side by side for you alone.
          </p>
          <div className="partner-columns">
            {history.data.partners.map((partner) => (
              <PartnerColumn key={partner.client.id} partner={partner} />
            ))}
          </div>
        </>
      ) : null}
    </section>
  );
}
