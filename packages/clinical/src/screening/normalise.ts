/**
 * Text matching for free-text answers: case-, accent-, punctuation- and spacing-insensitive,
 * and tolerant of doses and extra words ("Zoloft 50mg", "sertraline HCl", "St. John's Wort").
 */

/** Lower case, accents and apostrophes dropped, letters split from digits, everything else one space. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/([a-z])(\d)/g, '$1 $2')
    .replace(/(\d)([a-z])/g, '$1 $2')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Long terms (this many letters or more, spaces removed) also match inside run-together text,
 * so "stjohnswort" or "hydro chlorothiazide" are found; short ones must stand as whole words
 * so "ms" never matches inside "items".
 */
const COMPACT_MATCH_MIN = 6;

/** Whether a normalised term appears in normalised text as whole words (or, if long, run together). */
export function containsTerm(normalisedText: string, normalisedTerm: string): boolean {
  if (normalisedTerm === '') return false;
  if (` ${normalisedText} `.includes(` ${normalisedTerm} `)) return true;
  const compactTerm = normalisedTerm.replace(/ /g, '');
  return compactTerm.length >= COMPACT_MATCH_MIN && normalisedText.replace(/ /g, '').includes(compactTerm);
}

/** Whether any of the terms appears in the text (both raw; normalised here). */
export function matchesAny(text: string, terms: readonly string[]): boolean {
  const normalised = normaliseText(text);
  return terms.some((term) => containsTerm(normalised, normaliseText(term)));
}

/** The sentence of `text` that holds the first match, for showing as evidence (whole text if none). */
export function sentenceAround(text: string, isMatch: (sentence: string) => boolean): string {
  const sentences = text.split(/(?<=[.!?])\s+|\n+/).map((s) => s.trim()).filter((s) => s !== '');
  return sentences.find(isMatch) ?? text.trim();
}
