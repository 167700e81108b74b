import { IntakePage } from '../intake/IntakePage';

/** The client's own history intake. */
export function PortalIntakePage() {
  return <IntakePage clientId={null} homePath="/portal" homeLabel="Back to your home page" />;
}
