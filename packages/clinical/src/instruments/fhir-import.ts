import { Compile } from 'typebox/compile';
import { FhirAnswerOption, FhirQuestionnaire, FhirQuestionnaireItem, ORDINAL_VALUE_URL } from './fhir.js';
import { requireInstrument } from './registry.js';
import type { InstrumentDefinition, InstrumentItem } from './types.js';

/*
 * Importing a practice's licensed official wording. The wording is accepted only when the
 * structure matches the definition exactly — every link id present once, no other questions,
 * every item's answer values exactly the published ones — so imported text can never change
 * how answers are scored. Every problem is reported, each named by link id ('item' when it
 * belongs to no single item).
 */

export interface ImportProblem {
  /** The link id the problem concerns, or 'item' for the resource or file as a whole. */
  item: string;
  message: string;
}

export type ImportResult = { ok: true; wording: Record<string, string> } | { ok: false; problems: ImportProblem[] };

const validQuestionnaire = Compile(FhirQuestionnaire);
const validItem = Compile(FhirQuestionnaireItem);
const validOption = Compile(FhirAnswerOption);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const ordinalOf = (extensions: unknown) =>
  Array.isArray(extensions) ? extensions.find((e) => isRecord(e) && e.url === ORDINAL_VALUE_URL)?.valueDecimal : undefined;

/** The question items, depth first: groups are opened and display items skipped (they carry no answers). */
function collectQuestions(items: unknown[], problems: ImportProblem[]): FhirQuestionnaireItem[] {
  return items.flatMap((raw): FhirQuestionnaireItem[] => {
    if (!validItem.Check(raw)) {
      const linkId = isRecord(raw) && typeof raw.linkId === 'string' ? raw.linkId : 'item';
      const error = validItem.Errors(raw)[0];
      problems.push({ item: linkId, message: `Not a valid Questionnaire item (${error?.instancePath || '/'} ${error?.message ?? 'invalid'}).` });
      return [];
    }
    if (raw.type === 'group') return collectQuestions(raw.item ?? [], problems);
    return raw.type === 'display' ? [] : [raw];
  });
}

/** The published values an imported item offers, with a problem for each option that does not say its value plainly. */
function importedValues(question: FhirQuestionnaireItem, problems: ImportProblem[]): number[] {
  const values: number[] = [];
  (question.answerOption ?? []).forEach((option, k) => {
    const where = `Answer option ${k + 1}`;
    if (!validOption.Check(option)) return problems.push({ item: question.linkId, message: `${where} is not a valid answerOption.` });
    const code = option.valueCoding?.code;
    const value = code !== undefined ? (/^-?\d+$/.test(code.trim()) ? Number(code) : NaN) : option.valueInteger;
    if (value === undefined || Number.isNaN(value)) {
      return problems.push({ item: question.linkId, message: `${where} has no numeric value (code "${code ?? ''}"); the code must be the published value.` });
    }
    const ordinal = ordinalOf(option.valueCoding?.extension) ?? ordinalOf(option.extension);
    if (ordinal !== undefined && ordinal !== value) {
      problems.push({ item: question.linkId, message: `${where}: ordinalValue ${String(ordinal)} does not match its code ${value}.` });
    }
    values.push(value);
  });
  return values;
}

function compareValues(item: InstrumentItem, question: FhirQuestionnaireItem, problems: ImportProblem[]): void {
  if (!question.answerOption?.length) {
    problems.push({ item: item.linkId, message: 'Has no answer options.' });
    return;
  }
  const expected = item.options.map((o) => o.value);
  const found = importedValues(question, problems);
  const duplicated = found.filter((v, i) => found.indexOf(v) !== i);
  const unexpected = found.filter((v) => !expected.includes(v));
  const absent = expected.filter((v) => !found.includes(v));
  const allowed = `the published values are ${expected.join(', ')}`;
  if (duplicated.length) problems.push({ item: item.linkId, message: `Answer value(s) ${[...new Set(duplicated)].join(', ')} appear more than once.` });
  if (unexpected.length) problems.push({ item: item.linkId, message: `Answer value(s) ${unexpected.join(', ')} are not published values; ${allowed}.` });
  if (absent.length) problems.push({ item: item.linkId, message: `Answer value(s) ${absent.join(', ')} are missing; ${allowed}.` });
}

/** Indexes imported items by link id, naming duplicates and link ids the definition does not have. */
function indexByLinkId(definition: InstrumentDefinition, linkIds: string[], problems: ImportProblem[]): Set<string> {
  const expected = new Set(definition.items.map((i) => i.linkId));
  const seen = new Set<string>();
  for (const linkId of linkIds) {
    if (seen.has(linkId)) problems.push({ item: linkId, message: 'Appears more than once.' });
    else if (!expected.has(linkId)) problems.push({ item: linkId, message: `Is not an item of ${definition.shortName} (expected link ids ${[...expected].join(', ')}).` });
    seen.add(linkId);
  }
  return seen;
}

/**
 * Accepts an official-wording R4 Questionnaire for an instrument only when its link ids and
 * answer values match the definition exactly; returns the wording by link id, or every problem.
 */
export function checkImportedQuestionnaire(instrumentId: string, questionnaire: unknown): ImportResult {
  const definition = requireInstrument(instrumentId);
  if (!validQuestionnaire.Check(questionnaire)) {
    const problems = validQuestionnaire.Errors(questionnaire).map((e) => ({ item: 'item', message: `Not an R4 Questionnaire: ${e.instancePath || '/'} ${e.message}.` }));
    return { ok: false, problems };
  }
  const problems: ImportProblem[] = [];
  const questions = collectQuestions(questionnaire.item, problems);
  indexByLinkId(definition, questions.map((q) => q.linkId), problems);
  const wording: Record<string, string> = {};
  definition.items.forEach((item, i) => {
    const question = questions.find((q) => q.linkId === item.linkId);
    if (!question) return problems.push({ item: item.linkId, message: `Missing: ${definition.shortName} item ${i + 1} has link id "${item.linkId}".` });
    if (question.type !== 'choice') problems.push({ item: item.linkId, message: `Type is "${question.type}"; expected "choice".` });
    const text = question.text?.trim();
    if (text) wording[item.linkId] = text;
    else problems.push({ item: item.linkId, message: 'Has no text.' });
    compareValues(item, question, problems);
  });
  return problems.length ? { ok: false, problems } : { ok: true, wording };
}

/**
 * The same check for wording given as CSV rows (already parsed): a header row `linkId,text`,
 * then one row per item. Blank rows are ignored.
 */
export function checkImportedCsv(instrumentId: string, rows: string[][]): ImportResult {
  const definition = requireInstrument(instrumentId);
  const [header, ...body] = Array.isArray(rows) ? rows : [];
  const cells = (header ?? []).map((c) => String(c).replace(/^\uFEFF/, '').trim().toLowerCase());
  if (cells[0] !== 'linkid' || cells[1] !== 'text' || cells.slice(2).some((c) => c !== '')) {
    return { ok: false, problems: [{ item: 'item', message: 'The first row must be the header "linkId,text".' }] };
  }
  const problems: ImportProblem[] = [];
  const wording: Record<string, string> = {};
  const linkIds: string[] = [];
  body.forEach((row, r) => {
    const line = r + 2;
    if (!Array.isArray(row) || row.every((c) => String(c).trim() === '')) return;
    const [linkId = '', text = '', ...rest] = row.map((c) => String(c).trim());
    if (!linkId) return problems.push({ item: 'item', message: `Line ${line} has no link id.` });
    if (rest.some((c) => c !== '')) problems.push({ item: linkId, message: `Line ${line} has more than two columns; quote text that contains commas.` });
    linkIds.push(linkId);
    if (!text) problems.push({ item: linkId, message: `Line ${line} has no text.` });
    else if (!(linkId in wording)) wording[linkId] = text;
  });
  const seen = indexByLinkId(definition, linkIds, problems);
  definition.items.forEach((item, i) => {
    if (!seen.has(item.linkId)) problems.push({ item: item.linkId, message: `Missing: ${definition.shortName} item ${i + 1} has link id "${item.linkId}".` });
  });
  return problems.length ? { ok: false, problems } : { ok: true, wording };
}
