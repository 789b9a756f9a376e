import { describe, expect, it } from 'vitest';
import { DICTIONARIES } from '../../client/src/lib/i18n/dictionaries.ts';
import { en } from '../../client/src/lib/i18n/en.ts';
import { CYCLE_TEXT } from '../../shared/cycle/text.ts';
import { placeholdersOf } from '../../shared/i18n/interpolate.ts';
import { PLURAL_CATEGORIES, pluralCategoriesOf } from '../../shared/i18n/plural.ts';
import { MATRIX_LABELS } from '../../shared/matrices/labels.ts';
import { WORKING_LANGUAGES, type WorkingLanguage } from '../../shared/i18n/working-languages.ts';
import { PRACTICE_TEXT } from '../../shared/practice/text.ts';
import { TEMPLATE_TEXT } from '../../shared/templates/index.ts';
import { REPORT_LABELS } from '../consultation/report-labels.ts';
import { EVALUATION_LABELS } from '../export/evaluation-labels.ts';
import { EXPORT_LABELS } from '../export/labels.ts';
import { REVIEW_CSV_LABELS } from '../export/review-csv-labels.ts';
import { SERVER_TEXT } from './server-text.ts';

/**
 * Every text of Cadre in every working language: each English text has a translation that keeps
 * its placeholders, plural messages give every form the language's plural rules use, and nothing
 * is left in English. Run one language with `npx vitest run server/i18n/completeness.test.ts -t pt`.
 */

/** Names and acronyms written the same in every language. */
const NAMES = ['https://', 'Cadre', 'SWOT', 'PDF', 'DOCX', 'ODT', 'CSV', 'HTML', 'Markdown', 'Word', 'OK', 'URL', 'JSON', 'Yjs', 'PostgreSQL', 'SQLite', 'SMTP', 'CADRE_SIGNUP'];

/** Words a language writes exactly as English does (checked by a native reader, not a guess). */
const SAME_AS_ENGLISH: Readonly<Record<Exclude<WorkingLanguage, 'en'>, readonly string[]>> = {
  fr: [
    'Actions', 'Administration', 'Adoption', 'Annexes', 'Budget', 'Date', 'Dates', 'Description', 'Document', 'Documents', 'Expert', 'expert',
    'Format', 'Identification', 'Image', 'Influence', 'Institution', 'Institutions', 'Instruments', 'Introduction', 'Local',
    'Matrices', 'Messages', 'Mission', 'National', 'Note', 'Notes', 'Notifications', 'Page', 'Participant', 'Participants', 'Passage', 'Position', 'Quadrant', 'Quadrants',
    'Question', 'Questionnaire', 'Section', 'Source', 'Total', 'Type', 'Version', 'Versions', 'Vision', '{count} minutes', '{count} votes',
  ],
  pt: ['Total', 'Regional', 'Local'],
  es: ['Regional', 'Local', 'Neutral', 'General', 'No'],
  ar: [],
};

const SOURCES: readonly { name: string; texts: Readonly<Partial<Record<WorkingLanguage, unknown>>> }[] = [
  { name: 'client dictionary', texts: DICTIONARIES },
  { name: 'cycle guide', texts: CYCLE_TEXT },
  { name: 'matrix labels', texts: MATRIX_LABELS },
  { name: 'templates', texts: TEMPLATE_TEXT },
  { name: 'export labels', texts: EXPORT_LABELS },
  { name: 'server text', texts: SERVER_TEXT },
  { name: 'evaluation report', texts: EVALUATION_LABELS },
  { name: 'consultation report', texts: REPORT_LABELS },
  { name: 'review report', texts: REVIEW_CSV_LABELS },
  { name: 'practice self-assessment', texts: PRACTICE_TEXT },
];

const isPlural = (value: object): boolean =>
  'other' in value && Object.keys(value).every((key) => (PLURAL_CATEGORIES as readonly string[]).includes(key));

/** A text with nothing to translate: only placeholders, names, digits and punctuation. */
function isNeutral(text: string): boolean {
  let rest = text.replace(/\{\w+\}/g, ' ');
  for (const name of NAMES) rest = rest.replaceAll(name, ' ');
  return !/\p{L}/u.test(rest);
}

type Problem = string;

/**
 * `plural`: a form of a plural message, which may spell its number out ("ثانيتين", "one
 * minute") and so leave `{count}` out; every other placeholder stays.
 */
function compareText(language: WorkingLanguage, path: string, english: string, translated: unknown, problems: Problem[], plural = false): void {
  if (typeof translated !== 'string') return void problems.push(`${path}: missing`);
  if (translated.trim() === '') return void problems.push(`${path}: empty`);
  const expected = placeholdersOf(english).filter((name) => !(plural && name === 'count' && !translated.includes('{count}')));
  if (placeholdersOf(translated).join() !== expected.join()) {
    problems.push(`${path}: placeholders ${placeholdersOf(translated).join()} instead of ${expected.join()}`);
  }
  const same = SAME_AS_ENGLISH[language as Exclude<WorkingLanguage, 'en'>];
  if (translated === english && !isNeutral(english) && !same.includes(english)) problems.push(`${path}: left in English (“${english}”)`);
}

function compare(language: WorkingLanguage, path: string, english: unknown, translated: unknown, problems: Problem[]): void {
  if (typeof english === 'string') return compareText(language, path, english, translated, problems);
  if (typeof english !== 'object' || english === null) return;
  if (typeof translated !== 'object' || translated === null) return void problems.push(`${path}: missing`);
  if (isPlural(english)) {
    const forms = translated as Record<string, unknown>;
    const other = (english as Record<string, string>)['other'] ?? '';
    const wanted = pluralCategoriesOf(language);
    for (const category of wanted) compareText(language, `${path}.${category}`, other, forms[category], problems, true);
    for (const category of Object.keys(forms)) if (!wanted.includes(category as never)) problems.push(`${path}.${category}: not a plural form of ${language}`);
    return;
  }
  for (const [key, value] of Object.entries(english)) compare(language, `${path}.${key}`, value, (translated as Record<string, unknown>)[key], problems);
  for (const key of Object.keys(translated)) if (!(key in english)) problems.push(`${path}.${key}: not in English`);
}

describe.each(WORKING_LANGUAGES.filter((language) => language !== 'en'))('%s', (language) => {
  it.each(SOURCES.map((source) => [source.name, source] as const))('%s is complete and translated', (_name, source) => {
    const problems: Problem[] = [];
    if (source.texts[language] === undefined) problems.push(`${language} is not wired (no ${language} file imported)`);
    else compare(language, language, source.texts.en, source.texts[language], problems);
    expect(problems).toEqual([]);
  });
});

describe('English', () => {
  it('gives its plural messages the forms English uses, with the same placeholders', () => {
    for (const [key, message] of Object.entries(en)) {
      if (typeof message === 'string') continue;
      const forms = message as Record<string, string>;
      expect(Object.keys(forms).sort(), key).toEqual([...pluralCategoriesOf('en')].sort());
      for (const form of Object.values(forms)) expect(placeholdersOf(form), key).toEqual(placeholdersOf(forms['other'] ?? ''));
    }
  });
});
