import type { Reference } from '../contract/index.ts';
import { KNOWN_TYPE_CODES, parseReferences, slashes } from '../references/index.ts';
import { fold, nfc } from '../text/index.ts';

/** The report's own header: who sent it, its number and date, the year it assesses. */
export interface ReportHeader {
  unit: string | null;
  number: string | null;
  date: string | null;
  year: number | null;
  /** How the annexed table cites its report ("Kèm theo Báo cáo số 294/BC-UBND …"). */
  annex: Reference | null;
}

// "Số:" with its S read as a digit or a section sign ("8ố: 182/BC-UBND", "§ố:305/BC-UBND") still
// heads the number when its colon was read; its "ố" may come out a capital ("SỐ: 374/BC-UBND"),
// its colon a letter when a number with its slash follows ("Sốt 165/BC-UBND").
// A symbol's parts after the first hold two capitals (UBND, TTg), as a place name does not
// ("268/BC-UBND - Quan Sơn" is 268/BC-UBND).
const NUMBER = /(?:\bS[ốỐoOóÓôÔ]\s*(?:[:.]|\p{Ll}(?=\s+\d{1,5}\/))?|(?<![\p{L}\d])[85§][ốỐóÓôÔ]\s*:)\s*(\d{1,5}[a-z]?)\s*([\/:.]?)\s*([A-ZĐ][A-ZĐa-z0-9&]*(?:\s*-\s*[A-ZĐ][A-ZĐa-z0-9&]*[A-ZĐ][A-ZĐa-z0-9&]*)*)/u;
// Matched on the folded text: OCR often damages the marks of "ngày … tháng … năm" ("thúng"),
// and drops spaces between the words and the numbers ("12năm", "ngày02tháng12năm2018").
const wordedDate = (part: string) => new RegExp(String.raw`\bngay\s*(${part})\s*th[a-z]ng\s*(${part})\s*nam\s*(\d{4})`);
const LONG_DATE = wordedDate(String.raw`\d{1,2}`);
// A day or month of two glyphs, one of them a mark ("tháng 1]": an italic 11).
const MARKED_DATE = wordedDate(String.raw`\d{1,2}|%\d|\d%`);
const YEAR = /(?:chỉ số|CCHC|cải cách hành chính)[^\n]{0,40}?năm\s+(\d{4})/iu;
// A letter of the name may come out a capital ("Vĩnh LỘC"): the name is written back as words with one capital each.
const UNIT = /(?<![\p{L}])([Tt]hị xã|[Hh]uyện|[Tt]hành phố|[Qq]uận)\s+(\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){0,2})/u;
// The unit as the cover's heading prints it, in capitals ("HUYỆN BÁ THƯỚC"), the motto beside it
// on the same line of the reading ("… BÁ THƯỚC Độc lập"): taken when no paragraph names it.
const UNIT_CAPS = /(?<![\p{L}])(THỊ XÃ|HUYỆN|THÀNH PHỐ|QUẬN)\s+(\p{Lu}+(?:\s+\p{Lu}+){0,2})(?!\p{L})/u;
// Its "Báo" may come out with another mark ("Bão cáo"), its "Kèm" without one ("Kem theo", 13203).
const ANNEX = /K\p{L}m theo\s+((?:B\p{L}o c\p{L}o|BC)[^)\n]*)/iu;

/**
 * "224/BC-UBND". OCR drops the slash now and then ("130BC-UBND") or reads a faint one as a
 * colon ("205:BC-UBND"); it is put back only when what follows the digits starts with a
 * document type code, as a report's symbol does. A 7 against the code ("1677BC-UBND") may be
 * the slash itself (the domain README's "slash read as 7"): that number is not read.
 */
function reportNumber(digits: string, slash: string, symbol: string): string | null {
  const clean = symbol.replace(/\s+/g, '');
  if (slash !== '/' && !KNOWN_TYPE_CODES.has(clean.split('-')[0]!)) return null;
  if (slash === '' && digits.endsWith('7')) return null;
  return `${digits}/${clean}`;
}

/**
 * The report number the annex title cites when its symbol did not read as one ("Báo cáo số
 * 141/8C-UBND"): the number alone, enough to compare with the cover's; the symbol stays unread.
 */
function annexNumber(text: string): Reference | null {
  const match = /^(?:B\p{L}o c\p{L}o|BC)\s+số\s*:?\s*(\d{1,5})\s*\//iu.exec(text);
  return match ? { raw: match[0], type: 'BC', number: match[1]!, year: null, symbol: null, date: null } : null;
}

/**
 * Whether the cover's date, a day or month of it with a mark for one of its two digits, reads
 * as `date` (the annex title's) wherever a digit was read: the two printings agree on it.
 */
function agrees(marked: string, date: string | null): boolean {
  const cover = MARKED_DATE.exec(marked);
  if (cover === null || date === null) return false;
  const [year, month, day] = date.split('-') as [string, string, string];
  const fits = (read: string, printed: string) => read.length === 1 ? pad(read) === printed : [...read].every((c, i) => c === '%' || c === printed[i]);
  return fits(cover[1]!, day) && fits(cover[2]!, month) && cover[3] === year;
}

const pad = (n: string) => n.padStart(2, '0');

function isoDate(day: string, month: string, year: string): string | null {
  const d = Number(day), m = Number(month), y = Number(year);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Reads the header fields from the text above the score table (cover letter and annex title). */
export function parseHeader(text: string): ReportHeader {
  // A slash read as a fraction slash ("133⁄BC-UBND") or twice ("183⁄/BC-UBND") is one.
  const clean = slashes(nfc(text));
  const number = NUMBER.exec(clean);
  // Marks stay marks (as "%", which the fold keeps; it makes the others spaces): a day or month
  // with one against its digits is unread, not shorter ("ngày }2 tháng", an italic 12 read
  // "}2", is no day 2).
  const marked = fold(clean.replace(/[^\p{L}\p{N}\s]/gu, '%'));
  const date = LONG_DATE.exec(marked);
  const year = YEAR.exec(clean);
  const unit = UNIT.exec(clean) ?? UNIT_CAPS.exec(clean);
  const annexText = ANNEX.exec(clean);
  const annex = annexText ? parseReferences(annexText[1]!)[0] ?? annexNumber(annexText[1]!) : null;
  const cover = number ? reportNumber(number[1]!, number[2]!, number[3]!) : null;
  // The annex title prints the report's number a second time: when the cover's reads with a
  // type code no document has ("131/BG-UBND"), or as no number and symbol at all (a coarse
  // scan's "228.BCUBND", its slash and hyphen lost), and the annex's has its digits and a known
  // type code, the annex's reading stands.
  const misread = number !== null && (cover === null || !KNOWN_TYPE_CODES.has(cover.split('/')[1]!.split('-')[0]!));
  const annexKnown = annex?.symbol != null && KNOWN_TYPE_CODES.has(annex.symbol.split('-')[0]!);
  const printed = misread && annexKnown && number[1] === annex!.number ? `${annex!.number}/${annex!.symbol}` : cover;
  // The annex title cites the report itself; when it gives the same number, its date is the
  // report's date too, printed a second time: it stands in when the cover's date is unreadable.
  const sameReport = annex !== null && printed === `${annex.number}/${annex.symbol}`;
  const coverDate = date ? isoDate(date[1]!, date[2]!, date[3]!) : null;
  return {
    number: printed,
    date: coverDate ?? (sameReport || agrees(marked, annex?.date ?? null) ? annex!.date : null),
    year: year ? Number(year[1]) : null,
    unit: unit ? [unit[1]!.toLowerCase(), ...unit[2]!.split(/\s+/)].map((w) => capitalise(w.toLowerCase())).join(' ') : null,
    annex,
  };
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
