/** The longest field id the server accepts. */
const MAX_ID_LENGTH = 40;

/**
 * A template field's id from its label: letters only, in camelCase ("Sexual functioning —
 * update" → "sexualFunctioningUpdate"). Accents are dropped, apostrophes join their word, and
 * anything else that is not a letter separates words. An empty string means no letters at all.
 */
export function fieldIdFrom(label: string): string {
  const words = label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]/g, '')
    .split(/[^A-Za-z]+/)
    .filter(Boolean);
  return words
    .map((word, i) => (i === 0 ? word.toLowerCase() : word.charAt(0).toUpperCase() + word.slice(1).toLowerCase()))
    .join('')
    .slice(0, MAX_ID_LENGTH);
}
