import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { SubmittedMeasure } from '../../api/measureTypes';
import { usePortalMeasures } from '../../api/usePortalMeasures';
import { Alert } from '../../components/Alert';
import { PageHeading } from '../../components/PageHeading';
import { describeError } from '../../components/errorMessages';
import { MeasureQuestionnaire } from './MeasureQuestionnaire';
import { MeasureSent } from './MeasureSent';

/** Answering one questionnaire, then the thank-you (with crisis resources when needed). */
export function PortalMeasurePage() {
  const { requestId = '' } = useParams();
  const measures = usePortalMeasures();
  const [sent, setSent] = useState<{ requestId: string; shortName: string; result: SubmittedMeasure } | null>(null);
  const measure = measures.data?.find((m) => m.requestId === requestId);

  if (sent?.requestId === requestId) return <MeasureSent requestId={requestId} shortName={sent.shortName} crisisResources={sent.result.crisisResources} />;

  return (
    <>
      <p>
        <Link to="/portal">Back to your home page</Link>
      </p>
      {measures.isPending ? (
        <>
          <PageHeading title="Questionnaire">Questionnaire</PageHeading>
          <p role="status" className="muted">
            Loading…
          </p>
        </>
      ) : measure ? (
        <MeasureQuestionnaire key={measure.requestId} measure={measure} onSent={(result) => setSent({ requestId, shortName: measure.shortName, result })} />
      ) : (
        <>
          <PageHeading title="Questionnaire">This questionnaire isn&apos;t waiting any more</PageHeading>
          <Alert focus={false}>{measures.isError ? describeError(measures.error) : undefined}</Alert>
          <p>It may already have been sent, or your therapist may have withdrawn it. There is nothing you need to do.</p>
          <p>
            <Link to="/portal/measures">See your questionnaires</Link>
          </p>
        </>
      )}
    </>
  );
}
