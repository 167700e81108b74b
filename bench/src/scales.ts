/**
 * Dataset sizes. `large` is the one the targets are set on (issue 8); `small` is the CI smoke
 * check; `medium` is the middle point of the scale curve; `xl` is for capacity planning on a
 * bigger machine than the 2-core one the figures in BENCHMARKS.md come from.
 *
 * `listed` is the number of clinicians listed in the public directory. The directory target is
 * set at 10,000 listed clinicians, more than `large` has in its clinical practices, so the
 * generator adds directory-only practices (clinicians with a public profile and a verified
 * licence, and no clients on this deployment) until the directory holds that many.
 */
export interface Scale {
  name: string;
  practices: number;
  clinicians: number;
  clients: number;
  appointments: number;
  notes: number;
  responses: number;
  audit: number;
  listed: number;
}

export const SCALES: Record<string, Scale> = {
  small: { name: 'small', practices: 5, clinicians: 25, clients: 1_000, appointments: 10_000, notes: 10_000, responses: 10_000, audit: 50_000, listed: 300 },
  medium: { name: 'medium', practices: 40, clinicians: 200, clients: 10_000, appointments: 100_000, notes: 100_000, responses: 100_000, audit: 500_000, listed: 2_000 },
  large: { name: 'large', practices: 200, clinicians: 1_000, clients: 100_000, appointments: 1_000_000, notes: 1_000_000, responses: 1_000_000, audit: 5_000_000, listed: 10_000 },
  xl: { name: 'xl', practices: 1_000, clinicians: 5_000, clients: 500_000, appointments: 5_000_000, notes: 5_000_000, responses: 5_000_000, audit: 25_000_000, listed: 50_000 },
};

export function scaleNamed(name: string): Scale {
  const scale = SCALES[name];
  if (!scale) throw new Error(`unknown scale "${name}": choose one of ${Object.keys(SCALES).join(', ')}`);
  return scale;
}
