/**
 * The `tel:` address for a UK number as written in the contacts collection. Short service
 * numbers (999, 111, 116 123) are dialled as they are; others in international form, which
 * works from mobiles abroad and from UK landlines alike.
 * @param number digits in groups, for example "0344 381 4772"
 */
export function telHref(number: string): string {
  const digits = number.replaceAll(/\D/g, '');
  if (!digits.startsWith('0')) return `tel:${digits}`;
  return `tel:+44${digits.slice(1)}`;
}

/**
 * Whether a word is part of a UK phone number as the site writes it ("0800", "0344 …"): every
 * national number starts with 0, and no year or section number does.
 * @param word a word of a query
 */
export function isPhoneNumberPart(word: string): boolean {
  return /^0\d+$/.test(word);
}

/**
 * The phone number among a query's words, in the groups typed ("childline 0800 1111" → "0800
 * 1111"), when its digits make a whole number: seven or more, the first group starting with 0.
 * @param words the query's words, lower case
 */
export function phoneNumberIn(words: readonly string[]): string | undefined {
  const start = words.findIndex(isPhoneNumberPart);
  if (start < 0) return undefined;
  let end = start + 1;
  while (end < words.length && /^\d+$/.test(words[end]!)) end += 1;
  const groups = words.slice(start, end);
  return groups.join('').length >= 7 ? groups.join(' ') : undefined;
}

/** Every digit run a phone number could be searched or spotted by: "03443814772", "0344 381 4772". */
export function phoneDigits(number: string): string {
  return number.replaceAll(/\D/g, '');
}

/**
 * A text with each UK number typed in international form ("+44 800 1111", "0044 (0)808 800 5000")
 * in the national form the site writes ("0800 1111"), as readers copy numbers from other sites.
 * @param text what the reader typed
 */
export function inNationalForm(text: string): string {
  return text.replaceAll(/(?:\+|(?<!\d)00)44\s*(?:\(0\)\s*)?(?=\d)/g, '0');
}
