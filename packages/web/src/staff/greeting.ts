/** "Good morning" / "Good afternoon" / "Good evening" for an hour of the day (0–23). */
export function greetingFor(hour: number): string {
  if (hour < 12) return 'Good morning';
  if (hour < 18) return 'Good afternoon';
  return 'Good evening';
}

/** The first word of a display name, without a title such as "Dr." */
export function firstNameOf(displayName: string): string {
  const words = displayName.split(/\s+/).filter(Boolean);
  const titles = new Set(['dr', 'dr.', 'mx', 'mx.', 'ms', 'ms.', 'mr', 'mr.', 'mrs', 'mrs.', 'prof', 'prof.']);
  const first = words.find((word) => !titles.has(word.toLowerCase()));
  return first ?? displayName;
}
