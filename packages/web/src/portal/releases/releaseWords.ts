import type { Release } from '../../api/referralTypes';
import { formatDate } from '../../components/dates';

/** "Dr. Lena Ortiz at Lakeshore Women’s Health" */
export function whoText(release: Release): string {
  return release.recipientOrganization ? `${release.recipientName} at ${release.recipientOrganization}` : release.recipientName;
}

/** Where a permission stands, in the client's words. */
export function releaseStatusText(release: Release): string {
  switch (release.status) {
    case 'awaiting-signature':
      return 'Waiting for your signature';
    case 'signed':
      return `Given, until ${formatDate(release.expiresOn)}`;
    case 'revoked':
      return 'Withdrawn';
    case 'expired':
      return `Ended on ${formatDate(release.expiresOn)}`;
    default:
      return release.status;
  }
}
