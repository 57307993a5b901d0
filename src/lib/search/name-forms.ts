/**
 * The forms in which the search compares names and words, however they were typed or written:
 * punctuation, hyphens and spacing never make two names different.
 */

/** The text's letters and digits as words with one space between: "Child-on-child abuse!" → "Child on child abuse". */
export const plainWords = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The same, in lower case: "CO:RE" and "co re" are one name. */
export const normalise = (text: string) => plainWords(text.toLowerCase());

/** A text's letters and digits only, in lower case: "Stop It Now" and "stopitnow" are the same name. */
export const letters = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
