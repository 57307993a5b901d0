/**
 * Finds phone numbers and e-mail addresses typed into content outside `content/contacts/`.
 * A number typed into prose is a second copy that nobody updates when the number changes (the
 * Professionals Online Safety Helpline moved from 0844 to 0344), so pages embed contacts by id.
 */
import type { ContentProblem } from './content-error';
import { fieldName, type LoadedEntry } from './content-files';
import { stringLeaves } from './data-leaves';

// A run that starts like a UK number (0 or +44) and holds only digits, spaces, hyphens and brackets.
const phoneCandidate = /(?<![\w./@-])(?:\+44\s?(?:\(0\)\s?)?|0)\d[\d\s()-]{5,15}\d(?![\w/@-])/g;
// Short service numbers standing alone. "Page 101", "section 111" or "101 responses" are not phone
// numbers, so a short number counts only after a word for phoning ("call the police on 101") or
// after another short number in the same list ("dial 999 or 101").
const serviceNumber = /(?<![\w./@-])(?:999|111|101|112|116 ?\d{3})(?![\w/@-]|\.\d)/gi;
const phoningWords = /\b(?:call(?:s|ed|ing)?|ring(?:s|ing)?|rang|dial(?:s|led|ling|ed|ing)?|phon(?:e|es|ed|ing)|telephone|tel|text(?:s|ed|ing)?)\b[^.!?;:]*$/i;
const earlierServiceNumber = /(?:999|111|101|112|116 ?\d{3})(?:,|\s)+(?:or|and)?\s*$/i;

function isPhonedFor(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 40), index);
  const lastWords = before.split(/\s+/).slice(-5).join(' ');
  return phoningWords.test(lastWords) || earlierServiceNumber.test(before);
}
const emailAddress = /[\w.%+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/gi;

function isUkNumber(candidate: string): boolean {
  const digits = candidate.trim().replace(/^\+44\s?(?:\(0\)\s?)?/, '0').replaceAll(/\D/g, '');
  return /^0\d{9,10}$/.test(digits) || /^0800\d{4}$/.test(digits);
}

/**
 * Phone numbers in a piece of text, as written: "0344 381 4772", "01332 585371", "999".
 * @param text prose or a frontmatter value
 */
export function findPhoneNumbers(text: string): string[] {
  // Most lines of prose hold no digit; the patterns below cost far more than this test.
  if (!/\d/.test(text)) return [];
  const numbers = [...text.matchAll(phoneCandidate)].map((match) => match[0].trim()).filter(isUkNumber);
  const shortNumbers = [...text.matchAll(serviceNumber)].filter((match) => isPhonedFor(text, match.index)).map((match) => match[0]);
  return [...numbers, ...shortNumbers];
}

/**
 * E-mail addresses in a piece of text.
 * @param text prose or a frontmatter value
 */
export function findEmailAddresses(text: string): string[] {
  if (!text.includes('@')) return [];
  return [...text.matchAll(emailAddress)].map((match) => match[0]);
}

function stringsIn(data: unknown): { field: string; value: string }[] {
  return stringLeaves(data).map(({ path, value }) => ({ field: fieldName(path), value }));
}

function problemsIn(file: string, field: string, text: string): ContentProblem[] {
  const found = [...findPhoneNumbers(text).map((detail) => `the phone number "${detail}"`), ...findEmailAddresses(text).map((detail) => `the e-mail address "${detail}"`)];
  return found.map((detail) => ({
    file,
    field,
    message: `Found ${detail} typed into the text. Keep phone numbers and e-mail addresses in content/contacts/ and embed them with <ContactLink id="…" phone /> or <Contact id="…" />.`,
  }));
}

/**
 * Every phone number or e-mail address typed into an entry outside the contacts collection,
 * in its body (with the line) or its frontmatter (with the field).
 * @param entries all entries, as `loadContent()` returns them
 */
export function findTypedContactDetails(entries: readonly LoadedEntry[]): ContentProblem[] {
  return entries
    .filter((entry) => entry.collection !== 'contacts')
    .flatMap((entry) => [
      ...stringsIn(entry.data).flatMap(({ field, value }) => problemsIn(entry.file, field, value)),
      ...entry.body.split('\n').flatMap((line, index) => problemsIn(entry.file, `body line ${index + 1}`, line)),
    ]);
}
