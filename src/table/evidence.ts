import { cropCell, glyphColumns, glyphsBeforeSlash, mainInkBand, romanStrokes, wholeDigits, type GrayImage, type NumberGlyphs } from '../image/index.ts';
import type { OcrEngine, OcrResult, OcrWord } from '../ocr/index.ts';
import { parseReferences } from '../references/index.ts';
import type { Box } from '../report/index.ts';
import { escapeRegExp } from '../text/index.ts';
import { BAND_PAD, digitFits, enlarge, readScore } from './numbers.ts';

/**
 * A word of a citation that the OCR read into a shape no citation has: a letter or bracket
 * among the digits of a number or date ("I060/BC-UBND", "1]"), a digit glued to the letters of
 * a symbol ("33037BC-UBND", "618/5NV"), a date missing a slash ("18/0272018") or holding a
 * zero or impossible month ("13/00/2018", "20/57/2018"), a legal act's year that is none
 * ("43/5017/QĐ-UBND"), a Đ read twice ("QĐĐ-CT", "BC-UBNDĐ": no symbol doubles it).
 */
const MISSHAPEN = [
  /[IlL|\][!§Ø¡{]\d|\d[IlL|\][Ø]/, // I060, 1], !659, §89, L8/7/2018 and ¡5/11/2018, {8/11/2018 (a 1-bit scan's serif 1), Ø7 (a slashed 0)
  /^\d+-\d+\/\p{Lu}/u, // 377-1/TB-UBND: a 4 read as "-1" (a party document's dash stands before its letters: 11-CT/TW)
  /\d[:;'`]\d/, // 18/02:2018
  /\d\p{Lu}/u, // 33037BC-UBND, 618/5NV-CCHC
  /^\d{1,2}\/\d{6,7}[.,;]?$/, // 18/0272018
  /(?:^|[/.])00[/.]/, // 13/00/2018, 25 00.2018
  /^\d{1,2}[/.](?:1[3-9]|[2-9]\d)[/.]\d{4}/, // 20/57/2018: no month 57
  /^(?:3[2-9]|[4-9]\d)[/.]\d{1,2}[/.]\d{4}/, // 35.08.2018: no day 35
  /^\d{1,2}\/\d{1,2}\/(?:20[3-9]\d|2[1-9]\d\d)/, // 19/03/2078: no document is dated decades ahead
  /^\d+\/(?!19\d\d|20[0-2]\d)\d{4}\/\p{Lu}/u, // 43/5017/QĐ-UBND: no legal act bears the year 5017
  /\/0\//, // 28/0/2018
  /[()]\d/, // ()6/09/2018
  /\d[:;'’]\p{Lu}/u, // 205:BC-UBND, 294'PBC-UBND (a slash read as an apostrophe and a letter)
  /ĐĐ|DĐ(?!\p{L})/u, // 3444/QĐĐ-CT, 2826/BC-UBNDĐ: one Đ read twice
  /^\p{Ll}\d*\/\p{Lu}/u, // đ0/BC-UBND: a number's digit read as a small letter (13306's 80)
];
const misshapen = (word: string) => /\d/.test(word) && MISSHAPEN.some((re) => re.test(word));

/** A citation's number and symbol ("1147/SNV-CCHC", "62/2018/QĐ-UBND") or its date ("08/05/2018"). */
const CITATION_WORD = /\d\/\p{L}|^\d{1,2}\/\d{1,2}\/\d{4}/u;
/** A symbol is capitals, Đ, digits and marks: any other accented letter in it is a misreading ("UBND-ÑV"). */
const foreignLetter = (word: string) => /\/\S*[^\x00-\x7FĐđ]/u.test(word);
/** A citation word read less surely than this is read again ("1147/SNV-CCHOG" at 0.62). */
const UNSURE_WORD = 0.7;
const unsure = (word: OcrWord) => CITATION_WORD.test(word.text) && (word.confidence < UNSURE_WORD || foreignLetter(word.text));

/**
 * Whether word i is a number and symbol whose type code is not the type word printed before
 * it ("Thông báo số 16/PB-UBND": a T read as P, or a real slip the validator reports), or one
 * letter off it: worth a second reading.
 */
function typeClash(words: OcrWord[], i: number): boolean {
  if (!CITATION_WORD.test(words[i]!.text)) return false;
  const [cited] = parseReferences(words.slice(Math.max(0, i - 3), i + 1).map((w) => w.text).join(' '));
  if (cited?.printedType === undefined || cited.type === null) return false;
  // A code one letter off the type word's ("Thông báo số 273/FB-UBND", "Báo cáo số 193/BG-UBND")
  // is no known code, so the type word names the type: the clash is in the letters.
  const code = /^[^-/]+/.exec(cited.symbol ?? '')?.[0] ?? '';
  const oneOff = code.length === cited.printedType.length && [...code].filter((c, k) => c !== cited.printedType![k]).length === 1;
  return cited.printedType !== cited.type || oneOff;
}

/**
 * Reads an evidence cell. A citation word that came out misshapen, or a number and symbol or
 * a date read unsurely, is read again on its own; a second reading replaces it only when it
 * has the shape a citation has. Every reading comes from the printed word: nothing is
 * corrected from a list. With `everyCitation` (a cover page, a coarse scan's cell) the cell is
 * read with the larger model, and every citation word again however surely it was read.
 */
export async function readEvidence(ocr: OcrEngine, img: GrayImage, { everyCitation = false } = {}): Promise<{ text: string; confidence: number }> {
  const read = await ocr.recognize(img, { mode: 'text', fast: !everyCitation });
  return { text: await withCitationsReread(ocr, img, read, everyCitation), confidence: read.confidence };
}

/**
 * The text of `first` (a reading of `img`), its phantom letters dropped, with its misshapen and unsure citation words read
 * again; with `everyCitation`, every number and symbol and every date, however sure.
 */
async function withCitationsReread(ocr: OcrEngine, img: GrayImage, first: OcrResult, everyCitation: boolean): Promise<string> {
  const { read, dropped: phantomDropped } = withoutPhantoms(first);
  let text = read.text;
  const clashes = new Set(read.words.filter((_, i) => typeClash(read.words, i)));
  // The days, months and years of dates written out are read again as numbers below (a month
  // "1Ï" is no misshapen citation word to read again as one: "J1").
  const dateParts = [...badDateParts(read.words), ...writtenYears(read.words)];
  const inDate = (w: OcrWord) => dateParts.some((p) => sameLine(p.box, w.bbox) && w.bbox[0] >= p.box[0] - 2 && w.bbox[2] <= p.box[2] + 2);
  const doubtful = (w: OcrWord) => !inDate(w) && (misshapen(w.text) || unsure(w) || clashes.has(w) || (everyCitation && CITATION_WORD.test(w.text)));
  // A number word's glyphs, looked at once however many checks ask.
  const glyphsOf = new Map<OcrWord, NumberGlyphs | null>();
  const inked = (word: OcrWord) => {
    if (!glyphsOf.has(word)) glyphsOf.set(word, documentNumber(word.text) === undefined ? null : wholeGlyphs(glyphsBeforeSlash(cropCell(img, word.bbox, 2))));
    return glyphsOf.get(word)!;
  };
  // Numbers split in two are joined first: the second half may also be misshapen ("36 I7/QĐ-CT").
  for (const split of splitNumbers(read.words)) {
    const joined = await readAsOne(ocr, img, split);
    if (joined !== null) text = text.replace(split.joined.text, joined);
  }
  for (const [i, word] of read.words.entries()) {
    if (!doubtful(word)) continue;
    const again = misshapen(word.text) ? await rereadWord(ocr, img, word) : await rereadTwice(ocr, img, word, clashes.has(word));
    if (again === null || dropsDigits(word.text, again, () => inked(word)?.digits) || shapeRefuses(word.text, again, () => inked(word))) continue;
    // A second reading does not bring back the letter dropped as an ampersand's loop, nor make
    // the code clash with the type word printed before it when the first reading did not
    // ("BC số 1864/BC-UBND" read again "1864/RC-UBND").
    if (phantomDropped.has(word) && again.replace(/\p{Lu}(?=&)/u, '') === word.text) continue;
    if (!clashes.has(word) && typeClash(read.words.with(i, { ...word, text: again }), i)) continue;
    text = text.replace(word.text, again);
  }
  // Words whose ink tells what the OCR missed: a number's serif 1, a quarter's strokes.
  const fromInk = new Map<number, string>();
  for (const [i, word] of read.words.entries()) {
    const number = documentNumber(word.text);
    const glyphs = inked(word);
    const whole = glyphs !== null ? withLostOne(number!, glyphs) : null;
    if (whole !== null) fromInk.set(i, whole + word.text.slice(number!.length));
  }
  for (const i of quarterNumerals(read.words)) {
    const word = read.words[i]!;
    const strokes = romanStrokes(cropCell(img, word.bbox, 2));
    if (strokes !== null) fromInk.set(i, `${'I'.repeat(strokes)}/${/\d{4}.*$/u.exec(word.text)![0]}`);
  }
  text = replaceWords(text, read.words, fromInk);
  for (const part of dateParts) {
    const band = mainInkBand(cropCell(img, part.box, 4), BAND_PAD);
    const again = band === null ? null : await readScore(ocr, band, { datePart: true, most: 9999 });
    if (again === null || again.confidence < part.least || !part.fits(again.text)) continue;
    // (The words may stand on two lines: any white space between them.)
    const printed = new RegExp(part.printed.split(' ').map(escapeRegExp).join('\\s+'), 'u');
    text = text.replace(printed, `${part.before} ${again.text}${part.after}`);
  }
  return text;
}

/**
 * `read` without a letter the OCR made of an ampersand's loop in a number and symbol's code
 * ("SNV-CCHCK&PC", "SNV-CCHCA&PC" for SNV-CCHC&PC): a letter right before the "&", boxed across
 * both the glyph before it and the "&", and narrower than half the "&". No printed letter
 * stands on its neighbours' ink so; the letters before an "&" that is read whole stand clear of it.
 * `dropped`: the words that lost one.
 */
function withoutPhantoms(read: OcrResult): { read: OcrResult; dropped: Set<OcrWord> } {
  let { text } = read;
  const dropped = new Set<OcrWord>();
  const overlaps = (a: { x0: number; x1: number }, b: { x0: number; x1: number }) => Math.min(a.x1, b.x1) > Math.max(a.x0, b.x0);
  const words = read.words.map((word) => {
    const symbols = word.symbols;
    if (!symbols || !CITATION_WORD.test(word.text) || symbols.map((c) => c.text).join('') !== word.text) return word;
    const phantom = (c: { text: string; x0: number; x1: number }, i: number) => {
      const [before, amp] = [symbols[i - 1], symbols[i + 1]];
      return before !== undefined && amp?.text === '&' && /\p{Lu}/u.test(c.text) && /\p{Lu}/u.test(before.text)
        && overlaps(c, before) && overlaps(c, amp) && c.x1 - c.x0 < 0.5 * (amp.x1 - amp.x0);
    };
    const kept = symbols.filter((c, i) => !phantom(c, i));
    if (kept.length === symbols.length) return word;
    const fixed = kept.map((c) => c.text).join('');
    text = text.replace(word.text, fixed);
    const without = { ...word, text: fixed, symbols: kept };
    dropped.add(without);
    return without;
  });
  return { read: { ...read, text, words }, dropped };
}

const DAY_WORD = /^ng\p{L}y$/iu;
const MONTH_WORD = /^th\p{L}ng$/iu;
const YEAR_WORD = /^n\p{L}m$/iu;
/** A day or month read again is taken this sure at least: a fitting reading, or ones told by their shape. */
const SURE_PART = 0.5;
const isPart = (text: string, most: number) => /^\d{1,2}$/.test(text) && Number(text) >= 1 && Number(text) <= most;
const sameLine = (a: Box, b: Box) => Math.min(a[3], b[3]) > Math.max(a[1], b[1]);

/**
 * A day, month or year of a date written out to read again: where it stands, what it may be,
 * the text it replaces, and how sure the second reading must be to replace it.
 */
interface DatePart { box: Box; fits: (text: string) => boolean; printed: string; before: string; after: string; least: number }

/**
 * The days and months of dates written out that did not come out as one ("ngày J1 tháng O8",
 * "ngày ] ] tháng", "tháng 13 năm") or came out unsurely: where all between "ngày" and
 * "tháng", or "tháng" and "năm", stands ({@link partBox}: the words' own boxes may hold only
 * what the OCR made of them), how many days or months there are, and the text to replace.
 */
function badDateParts(words: OcrWord[]): DatePart[] {
  const parts: DatePart[] = [];
  for (const [i, word] of words.entries()) {
    const isDay = DAY_WORD.test(word.text);
    // A month only in a date: "tháng" after "ngày" and its day ("6 tháng đầu năm" is none).
    const isMonth = MONTH_WORD.test(word.text) && words.slice(Math.max(0, i - 3), i - 1).some((w) => DAY_WORD.test(w.text));
    if (!isDay && !isMonth) continue;
    const end = words.findIndex((w, j) => j > i + 1 && j <= i + 3 && (isDay ? MONTH_WORD : YEAR_WORD).test(w.text));
    const next = words[end];
    if (!next) continue;
    const betweenWords = words.slice(i + 1, end);
    const between = betweenWords.map((w) => w.text);
    const most = isDay ? 31 : 12;
    // What was printed there is a number of one or two digits, read as marks, letters or none
    // that can be, or as one read too unsurely to stand (12404's italic "tháng 11" read "1" at 0.06).
    const unsurePart = betweenWords.length === 1 && betweenWords[0]!.confidence < SURE_PART;
    if ((isPart(between.join(''), most) && !unsurePart) || between.join('').length > 3) continue;
    const box = partBox(word.bbox, betweenWords.map((w) => w.bbox), next.bbox);
    if (box === null) continue;
    parts.push({ box, fits: (text: string) => isPart(text, most), printed: [word.text, ...between, next.text].join(' '), before: word.text, after: ` ${next.text}`, least: SURE_PART });
  }
  return parts;
}

/**
 * Where a day or month stands between the words before and after it (`left`, `right`): all the
 * line between them, or, when the date breaks across lines ("ngày L0" / "tháng 03"), from the
 * word before to half a line past the part's last word on that line, or from half a line before
 * the part's first word on the next to the word after. Null when the part's words are on
 * neither line, or there are none to say which.
 */
function partBox(left: Box, part: Box[], right: Box): Box | null {
  if (sameLine(left, right)) return [left[2] + 2, Math.min(left[1], right[1]), right[0] - 2, Math.max(left[3], right[3])];
  if (part.length === 0) return null;
  const [x0, x1] = [Math.min(...part.map((b) => b[0])), Math.max(...part.map((b) => b[2]))];
  if (part.every((b) => sameLine(b, left))) return [left[2] + 2, left[1], x1 + (left[3] - left[1]) / 2, left[3]];
  if (part.every((b) => sameLine(b, right))) return [x0 - (right[3] - right[1]) / 2, right[1], right[0] - 2, right[3]];
  return null;
}

const YEAR_READ = /^(\d{4})([.,;]?)$/;
const isYear = (text: string) => /^(?:19\d\d|20[0-2]\d)$/.test(text);
/** A year of a date written out that reads as one is replaced only by a reading this sure. */
const SURE_YEAR = 0.9;

/**
 * The years of dates written out ("ngày 15 tháng 12 năm 2018"), read again by the digits pass
 * like a day: one that is no year ("năm 4018", a 2 read as 4), and one that is ("năm 2016" for
 * 2018: an 8 whose holes the text pass did not see), which a sure reading of other digits replaces.
 */
function writtenYears(words: OcrWord[]): DatePart[] {
  const parts: DatePart[] = [];
  for (const [i, word] of words.entries()) {
    const year = words[i + 1];
    if (!year || !YEAR_WORD.test(word.text) || !words.slice(Math.max(0, i - 2), i).some((w) => MONTH_WORD.test(w.text))) continue;
    const cut = cutYear(year, words[i + 2]);
    if (cut) {
      parts.push({ box: cut.box, fits: isYear, printed: `${word.text} ${cut.printed}`, before: word.text, after: '', least: SURE_PART });
      continue;
    }
    const read = YEAR_READ.exec(year.text);
    if (!read) continue;
    const plausible = isYear(read[1]!);
    parts.push({
      box: year.bbox,
      fits: (text) => isYear(text) && text !== read[1],
      printed: `${word.text} ${year.text}`,
      before: word.text,
      after: read[2]!,
      least: plausible ? SURE_YEAR : SURE_PART,
    });
  }
  return parts;
}

/**
 * A year read as two or three digits and a word of marks or letters right after it ("năm 201
 * rà": an italic 8 beside a speck): both, the place to read again and the text to replace.
 */
function cutYear(year: OcrWord, next: OcrWord | undefined): { box: Box; printed: string } | null {
  if (!/^\d{2,3}$/.test(year.text) || !next || /\d/.test(next.text) || next.text.length > 3) return null;
  const box = pairBox(year, next, charWidth(year));
  return box && { box, printed: `${year.text} ${next.text}` };
}

/** The width of one of a word's characters, as its box gives it. */
const charWidth = (word: OcrWord) => (word.bbox[2] - word.bbox[0]) / word.text.length;

/** The box of two words of one line, `a` then `b`, at most `gap` apart; null when they are not. */
function pairBox(a: OcrWord, b: OcrWord, gap: number): Box | null {
  if (!sameLine(a.bbox, b.bbox) || b.bbox[0] - a.bbox[2] > gap) return null;
  return [a.bbox[0], Math.min(a.bbox[1], b.bbox[1]), b.bbox[2], Math.max(a.bbox[3], b.bbox[3])];
}

/**
 * Numbers the OCR split in two after a word ("số 1 107/BC-UBND", "ngày 1 1/07/2018", "Quyết
 * định 31 19/QĐ-CT", "báo'số 91 1/TB-UBND"):
 * a word of one to three digits ("số 178 1/BC-UBND"), or a serif 1 read as a stroke ("ngày ¡ 1/07/2018", "ngày I
 * 1/1/2018"), right before a word that starts with a digit or a stroke and a digit ("số 36
 * I7/QĐ-CT"), or a bracket and a slash ("số I [/2018/QĐ-UBND"), at most one of its
 * characters' width apart. Both are read again as one word, twice, and joined only when those
 * readings agree on every digit of both (`expected`: the strokes 1s; see {@link readAsOne}).
 */
function splitNumbers(words: OcrWord[]): { joined: OcrWord; expected: string }[] {
  const splits = [];
  for (let i = 1; i + 1 < words.length; i++) {
    const [before, head, rest] = [words[i - 1]!, words[i]!, words[i + 1]!];
    if (!/\p{L}$/u.test(before.text) || !/^(?:\d{1,3}|[¡Il|!])$/.test(head.text) || !/^(?:\d|[Il|]\d|[[\]]\/)/.test(rest.text)) continue;
    // A serif 1's box is its stem, much narrower than the place it takes: measure by the number.
    const box = pairBox(head, rest, charWidth(rest));
    if (!box) continue;
    const expected = `${/\d/.test(head.text) ? head.text : '1'}${rest.text.replace(/^[Il|[\]]/, '1')}`;
    splits.push({ joined: { text: `${head.text} ${rest.text}`, bbox: box, confidence: Math.min(head.confidence, rest.confidence) }, expected });
  }
  return splits;
}

/**
 * A number split in two, joined when it reads as the one its halves make, read again as one
 * word at its size and half as large again: a date when every character reads the same both
 * times, a number and symbol when its number does (13408's "21 14/BC-UBND" read again
 * "2114/RC-UBND" and "2114/BC-UBND"), with its symbol as first read unless that is misshapen
 * and a second reading's is not (13406's "I [/2018/QĐĐ-UBND"). Null when not.
 */
async function readAsOne(ocr: OcrEngine, img: GrayImage, split: { joined: OcrWord; expected: string }): Promise<string | null> {
  const number = documentNumber(split.expected);
  if (number === undefined) return (await rereadTwice(ocr, img, split.joined, false)) === split.expected ? split.expected : null;
  const crop = cropCell(img, split.joined.bbox, 6);
  const readings = await Promise.all([1, 1.5].map((factor) => readWordAt(ocr, crop, factor)));
  if (!readings.every((r) => documentNumber(r) === number)) return null;
  return [split.expected, ...readings].find((r) => !misshapen(r) && !foreignLetter(r)) ?? null;
}

/** A word read as one word at `factor` times its size, its spaces and any mark before it dropped. */
async function readWordAt(ocr: OcrEngine, crop: GrayImage, factor: number): Promise<string> {
  return (await ocr.recognize(await enlarge(crop, factor), { mode: 'word', words: false })).text.replace(/\s+/g, '').replace(/^[^\p{L}\d]+/u, '');
}

/**
 * Reads an unsure citation word again as one word, at its size and half as large again, and
 * for a `clash` of type word and code, when those two disagree, at twice its size too. Only
 * two readings that agree replace it, save that one may have lost a slash the other kept
 * ("383UBND-VP", "383/UBND-VP"); a speck read before the word is dropped. (A third reading of
 * any unsure word would also side with misreadings: "14/2017/QĐ-UBND" as 14/2012.)
 */
async function rereadTwice(ocr: OcrEngine, img: GrayImage, word: OcrWord, clash: boolean): Promise<string | null> {
  const crop = cropCell(img, word.bbox, 6);
  const readAt = (factor: number) => readWordAt(ocr, crop, factor);
  const agree = (x: string, y: string) => x.replaceAll('/', '') === y.replaceAll('/', '');
  const slashes = (text: string) => text.split('/').length;
  let [a, b] = await Promise.all([readAt(1), readAt(1.5)]);
  if (!agree(a, b)) {
    const c = clash ? await readAt(2) : null;
    if (c !== null && agree(a, c)) b = c;
    else if (c !== null && agree(b, c)) a = c;
    else return null;
  }
  const again = slashes(a) >= slashes(b) ? a : b;
  // Letters, digits and the marks of a number and symbol, with a closing mark at most, after
  // the label a cover prints against it ("Số:450/BC-ƯBND." of 13301, read again "Số: 450/BC-UBND").
  const shaped = CITATION_WORD.test(again) && /^(?:\p{L}+:)?[\p{L}\d/&.-]+[,;]?$/u.test(again) && !misshapen(again) && !foreignLetter(again);
  return shaped && again !== word.text ? again : null;
}

/**
 * The numerals of quarters in subjects ("Quý III/2018"), when the OCR read them as strokes: I's,
 * and the l, 1, J, |, brackets, H and U (two I's run together) that I's come out as; or as a V
 * with no slash after it, an I and the slash run together ("Quý IV2018" for II/2018, 12301).
 */
function quarterNumerals(words: OcrWord[]): number[] {
  const numeral = /^(?:[IlJ1|\[\]HUïiíìT!]+[/⁄]{1,2}|[IlJ1|]*V)\d{4}\D{0,2}$/u;
  return words.flatMap((w, i) => i > 0 && /^qu[ýy]$/iu.test(words[i - 1]!.text) && numeral.test(w.text) ? [i] : []);
}

/** The number of a number and symbol ("128" of "128/BC-UBND", of "62/2018/QĐ-UBND"). */
const documentNumber = (word: string) => /^\d+(?=\/(?:\d{4}\/)?\p{Lu})/u.exec(word)?.[0];

/**
 * Whether a second reading of a number and symbol dropped digits the first one read: the ink in
 * the word's box shows them (`inkDigits`), or they led the number (the box may cut a serif 1
 * off: 11201's annex "128/BC-", boxed from its 2, read again "28/BC-").
 */
function dropsDigits(first: string, again: string, inkDigits: () => number | undefined): boolean {
  const [number, second] = [documentNumber(first), documentNumber(again)];
  if (number === undefined || second === undefined || second.length >= number.length) return false;
  return number.endsWith(second) || inkDigits() === number.length;
}

/**
 * Whether a second reading of a number changed a digit into one its glyph cannot be while the
 * first reading's can (12804's cover "436/BC-UBND", its 6's bowl opened at the top, read again
 * 435 twice: a 5 has no ink on both sides below its middle).
 */
function shapeRefuses(first: string, again: string, glyphs: () => NumberGlyphs | null): boolean {
  const [number, second] = [documentNumber(first), documentNumber(again)];
  if (number === undefined || second === undefined || second.length !== number.length || second === number) return false;
  const ink = glyphs();
  if (ink === null || ink.digits !== number.length) return false;
  return [...second].some((d, i) => d !== number[i] && !digitFits(ink, i, d) && digitFits(ink, i, number[i]!));
}

/** Glyphs that can be counted on: none broken, no mark among them. */
const wholeGlyphs = (glyphs: NumberGlyphs | null) => (glyphs !== null && wholeDigits(glyphs) && glyphs.marks === 0 ? glyphs : null);

/**
 * A document number the OCR read one digit short, a serif 1 dropped ("28/BC-UBND" printed
 * 128): the number with a 1 where the glyphs show the digit it lacks, when one place only
 * makes every 1 of it stand where a glyph is one upright stroke, the glyphs are whole, and
 * every other glyph stands a digit's width.
 */
function withLostOne(number: string, glyphs: NumberGlyphs): string | null {
  if (glyphs.digits !== number.length + 1) return null;
  // Every glyph that is no stroke stands a digit's width: an arc half as wide is half a 0 the
  // scan broke, its other half the "stroke" (11908's "3074" would have become 30174).
  const widths = glyphs.widths.filter((_, k) => !glyphs.stems[k]);
  if (widths.length > 0 && Math.min(...widths) < 0.6 * Math.max(...widths)) return null;
  const fits = (candidate: string) => [...candidate].every((d, k) => (d === '1') === glyphs.stems[k]);
  const candidates = new Set([...Array(number.length + 1).keys()].map((k) => `${number.slice(0, k)}1${number.slice(k)}`).filter(fits));
  return candidates.size === 1 ? [...candidates][0]! : null;
}

/**
 * `text` with words of its reading replaced (by their index in `words`): word i is the whole
 * word of its text that as many words before it share ("II/2018;" is no word of "III/2018;").
 * Last first, so that the words before one still stand as read when it is counted among them.
 */
function replaceWords(text: string, words: OcrWord[], replacements: Map<number, string>): string {
  for (const i of [...replacements.keys()].sort((a, b) => b - a)) {
    const word = words[i]!.text;
    const nth = words.slice(0, i).filter((w) => w.text === word).length;
    let seen = 0;
    text = text.replace(/\S+/g, (w) => (w === word && seen++ === nth ? replacements.get(i)! : w));
  }
  return text;
}

/** Reads a word again as one line, then as one word; the first reading with a citation's shape wins. */
async function rereadWord(ocr: OcrEngine, img: GrayImage, word: OcrWord): Promise<string | null> {
  const crop = cropCell(img, word.bbox, 6);
  for (const mode of ['line', 'word'] as const) {
    const again = (await ocr.recognize(crop, { mode, words: false })).text.replace(/\s+/g, '');
    // The same word, one character more or less at most (a slash found, a bracket dropped),
    // but not a slash found right after a 7 that may have stood for it ("1677BC" → "1677/BC" of
    // 167/BC), unless the ink shows a glyph for every character, the 7 and the slash each one.
    const close = Math.abs(again.length - word.text.length) <= 1 && /\d/.test(again);
    const slashAfterSeven = again === word.text.replace(/7(?=\p{Lu})/u, '7/') && glyphColumns(crop) !== again.length;
    if (close && !slashAfterSeven && !misshapen(again) && again !== word.text) return again;
  }
  return null;
}
