/** Text helpers shared by every stage: NFC normalisation and the folded keys used for fuzzy matching. */

/** NFC, with the Icelandic Eth (U+00D0) that Tesseract emits for Đ put back as Đ (U+0110). */
export function nfc(text: string): string {
  return text.normalize('NFC').replace(/\u00D0/g, 'Đ').replace(/\u00F0/g, 'đ');
}

/** NFC text with every mark dropped ("Ñ" → "N", "ơ" → "o"); Đ, a letter of its own, stays. */
export function withoutMarks(text: string): string {
  return nfc(text).normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/** A key for fuzzy comparison: lower case, marks dropped, đ→d, runs of non-letters to one space. */
export function fold(text: string): string {
  return withoutMarks(text)
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim();
}

/** Parses a printed score ("0,5", "1", "1.5"); null when the text is not a plain number. */
export function parseScore(text: string): number | null {
  const match = /^\s*(\d{1,3})(?:[.,](\d{1,2}))?\s*$/.exec(text);
  if (!match) return null;
  return Number(`${match[1]}.${match[2] ?? '0'}`);
}

/** Sums scores without binary floating-point dust (0.1 + 0.2 → 0.3). */
export function sumScores(values: readonly number[]): number {
  return Math.round(values.reduce((a, b) => a + b, 0) * 1000) / 1000;
}

/** Whether `part` is `whole` with some of its characters left out ("233" of "2343"). */
export function isSubsequence(part: string, whole: string): boolean {
  let i = 0;
  for (const ch of whole) if (ch === part[i]) i++;
  return i === part.length;
}

/** `text` as a regular expression that matches it literally. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
