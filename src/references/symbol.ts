/**
 * The number-and-symbol core of a citation ("413/QĐ-UBND", "1100/2017/QĐ-UBND", "11-CT/TW")
 * and the repairs its structure proves.
 */
import { withoutMarks } from '../text/index.ts';
import { KNOWN_TYPE_CODES, SYMBOL_CODES, repairCode } from './codes.ts';
import { SPLIT_YEAR } from './date.ts';

/**
 * The letters of the Latin blocks (all that Vietnamese, and the OCR's Vietnamese model, write)
 * that `property` matches, for a character class. The whole of \p{Lu} spans every script: CORE
 * held forty such classes and took 30 ms to compile, and V8 drops a regex's compiled code after
 * two garbage collections without use, as a page's image work brings about between two cells.
 */
function latin(property: RegExp): string {
  const blocks = [[0x41, 0x24f], [0x1e00, 0x1eff]] as const;
  return blocks.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)))
    .filter((c) => property.test(c)).join('');
}
const [UPPER, LOWER, LETTER] = [latin(/\p{Lu}/u), latin(/\p{Ll}/u), latin(/\p{L}/u)];

/** A symbol part: starts upper case and holds a second capital (UBND, TTg, CTrTT, QH13), so "Thị" or "Tổ" never extends a symbol. */
const SEG = `[${UPPER}][${LOWER}\\d]*[${UPPER}][${LETTER}\\d]*`;
const UNIT = `${SEG}(?:&${SEG})*`;
/**
 * Stray spaces are accepted around the first join only ("342/KH - UBND"): later ones would
 * swallow the next item of a list. A dash OCR doubled or followed by a speck ("BC--UBND",
 * "SNV-.CCHC&PC"), or read as a colon or dot glued to both units ("BC:UBND", "NĐ.CP"), still joins.
 */
const SYMBOL = `${UNIT}(?: ?[-/][-.]? ?${UNIT}|[:.]${UNIT})?(?:[-/]${UNIT})*`;

const PARTY = String.raw`(?<pnum>\d{1,5})-(?<pcode>[${UPPER}][${LETTER}]{0,3})\/(?<pissuer>[${UPPER}][${LETTER}\d]*)`;
const STANDARD = [
  // A number whose 1s the OCR read as strokes, apart or glued ("23 I I/BC-UBND", "I736/BC-UBND";
  // only after "số": findCores)
  String.raw`(?:(?<num>\d{1,5}[a-zđ]?)|(?<strokes>[Il|]\d{1,4}|\d{1,3}(?: ?[Il|]){1,3}\d{0,3})(?=\/))`,
  '(?:',
  // the printed slash (or a quote mark OCR made of it, or a colon glued to both sides), with the year of a legal act
  // (a year split by a space: "4/20 18/QĐ-UBND")
  String.raw`(?: ?(?:\/:?|[“”"]) ?|:)(?:(?<year>\d{4}|${SPLIT_YEAR}) ?\/ ?)?`,
  `|(?<ocr> ?[Il])(?=${UNIT} ?-)`, // a slash read as I or l: "1906 ISGDĐT-CTrTT"
  `|(?=(?:${SYMBOL_CODES.join('|')})-)`, // a dropped slash, proven by a known code: "19CT-TTg"
  // slashes a coarse scan lost or made a mark of: "số 3903 BC-UBND", "số 54 2018 NĐ-CP",
  // "số 537.SNV-CCHC" (only after "số": findCores)
  `|(?<spaced> )(?:(?<spacedYear>\\d{4}) )?(?=(?:${SYMBOL_CODES.join('|')})-)`,
  `|(?<marked>[.'’\u0060])(?=${UNIT}-)`,
  ')',
  `(?<sym>${SYMBOL})`,
].join('');

/** Every number-and-symbol core; the number is never glued to a digit, slash or decimal point before it ("số,514" is a number). */
export const CORE = new RegExp(String.raw`(?<![\d\/.])(?<!\d,)(?:${PARTY}|${STANDARD})`, 'gu');

/** What the core of one citation says. */
export interface Core {
  number: string;
  year: number | null;
  symbol: string;
  /** The type code the symbol carries, null for a công văn's symbol (SNV-CCHC). */
  code: string | null;
}

/** Reads the groups of one CORE match into number, year, normalised symbol and its type code. */
export function readCore(groups: Readonly<Record<string, string | undefined>>): Core {
  if (groups.pnum && groups.pcode && groups.pissuer) {
    // Party documents keep their own order and slash: 11-CT/TW.
    const code = repairCode(groups.pcode);
    return { number: groups.pnum, year: null, symbol: `${code}/${groups.pissuer}`, code };
  }
  const symbol = normaliseSymbol(groups.sym ?? '');
  const first = /^[^-/&]+/.exec(symbol)?.[0] ?? '';
  const year = groups.year ?? groups.spacedYear;
  return {
    // A stroke among a number's digits can only be a 1.
    number: groups.num ?? groups.strokes?.replace(/ /g, '').replace(/[Il|]/g, '1') ?? '',
    year: year ? Number(year.replace(' ', '')) : null,
    symbol,
    code: KNOWN_TYPE_CODES.has(first) ? first : null,
  };
}

/**
 * No spaces around '-' or '/', no accent on a letter (a symbol is written in plain capitals and
 * Đ: the OCR's "SÑV-CCHC" is SNV-CCHC), a dash read as a colon or with a speck after it put
 * back ("BC:UBND", "SNV-.CCHC"), a damaged type code restored (QD → QĐ), and a slash
 * written where the type code meets its issuer turned back into the dash of the standard form
 * (201/QĐ/UBND → QĐ-UBND): only after a known code, so a công văn's SNV/CCHC stays as printed.
 */
export function normaliseSymbol(printed: string): string {
  const tight = withoutMarks(printed).replace(/ ?([-/])[-.]? ?/g, '$1').replace(/^([^-/&:.]+)[:.]/, '$1-');
  const match = /^([^-/&]+)(.*)$/.exec(tight);
  if (!match) return tight;
  const code = repairCode(match[1] ?? '');
  let rest = match[2] ?? '';
  if (KNOWN_TYPE_CODES.has(code) && rest.startsWith('/')) rest = `-${rest.slice(1)}`;
  return code + rest;
}
