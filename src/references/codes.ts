/**
 * The vocabulary of citations: document type codes (the part of a symbol before the issuer) and
 * the written-out type words that stand in front of a number ("Quyết định số …").
 */
import { escapeRegExp, fold } from '../text/index.ts';

/** Nghị định 30/2020/NĐ-CP, Phụ lục III. */
const ADMINISTRATIVE_CODES = [
  'NQ', 'QĐ', 'CT', 'QC', 'QyĐ', 'TC', 'TB', 'HD', 'CTr', 'KH', 'PA', 'ĐA', 'DA', 'BC', 'BB',
  'TTr', 'HĐ', 'CĐ', 'BGN', 'BTT', 'GUQ', 'GM', 'GGT', 'GNP', 'PG', 'PC', 'PB', 'SY', 'TrS', 'SL',
];
/** Thông tư 01/2011/TT-BNV, in force for documents of 2011–2020, uses these where NĐ 30 differs. */
const TT01_2011_CODES = ['GN', 'TTh', 'UQ', 'GT', 'NP'];
/** Legal normative acts; "Luật" is cited by its word, laws carry the issuer code QH13 etc. */
const LEGAL_CODES = ['Luật', 'PL', 'NĐ', 'TT', 'TTLT', 'NQLT'];
/** Party documents (11-CT/TW) also use Kết luận and the party's own code for Quy định. */
const PARTY_CODES = ['KL', 'QĐi'];

/** Every type code a citation may carry; "CV" stands for a công văn, which has no code in its symbol. */
export const KNOWN_TYPE_CODES: ReadonlySet<string> = new Set([
  ...ADMINISTRATIVE_CODES,
  ...TT01_2011_CODES,
  ...LEGAL_CODES,
  ...PARTY_CODES,
  'CV',
]);

/** Codes whose Đ an OCR engine printed as D; HD and DA are real codes and never appear here. */
const DAMAGED_CODES: Readonly<Record<string, string>> = { QD: 'QĐ', ND: 'NĐ', CD: 'CĐ' };

/** The code with a D that can only be a lost Đ put back (QD → QĐ); anything else unchanged. */
export function repairCode(code: string): string {
  return DAMAGED_CODES[code] ?? code;
}

/** Codes that may follow a number with the slash dropped (19CT-TTg), damaged forms included. */
export const SYMBOL_CODES: readonly string[] = [...KNOWN_TYPE_CODES, ...Object.keys(DAMAGED_CODES)]
  .filter((code) => code !== 'Luật' && code !== 'CV')
  .sort((a, b) => b.length - a.length);

/** A generic word ("Văn bản", "VB") names no type: the symbol decides, or công văn. */
export const GENERIC = 'generic';

/** Written-out type words, as printed in running text; OCR misspellings seen in reports included. */
const WRITTEN_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['Nghị quyết liên tịch', 'NQLT'], ['Nghị quyết', 'NQ'], ['Nghị định', 'NĐ'],
  ['Quyết định', 'QĐ'], ['Chỉ thị', 'CT'], ['Quy chế', 'QC'], ['Quy định', 'QyĐ'],
  ['Thông cáo', 'TC'], ['Thông báo', 'TB'], ['Thông tư liên tịch', 'TTLT'], ['Thông tư', 'TT'],
  ['Hướng dẫn', 'HD'], ['Chương trình', 'CTr'], ['Kế hoạch', 'KH'], ['Phương án', 'PA'],
  ['Đề án', 'ĐA'], ['Dự án', 'DA'], ['Báo cáo', 'BC'], ['Bảo cáo', 'BC'], ['Biên bản', 'BB'],
  ['Tờ trình', 'TTr'], ['Hợp đồng', 'HĐ'], ['Công điện', 'CĐ'], ['Bản ghi nhớ', 'BGN'],
  ['Bản thỏa thuận', 'BTT'], ['Bản thoả thuận', 'BTT'], ['Giấy ủy quyền', 'GUQ'],
  ['Giấy uỷ quyền', 'GUQ'], ['Giấy mời', 'GM'], ['Giấy giới thiệu', 'GGT'],
  ['Giấy nghỉ phép', 'GNP'], ['Phiếu gửi', 'PG'], ['Phiếu chuyển', 'PC'], ['Phiếu báo', 'PB'],
  ['Kết luận', 'KL'], ['Luật', 'Luật'], ['Pháp lệnh', 'PL'], ['Công văn', 'CV'],
  ['Văn bản', GENERIC],
];

/** Abbreviations, matched case-sensitively: in lower case they are ordinary syllables. */
const ABBREVIATIONS: ReadonlyArray<readonly [string, string]> = [
  ['QĐ', 'QĐ'], ['QD', 'QĐ'], ['NQ', 'NQ'], ['NĐ', 'NĐ'], ['ND', 'NĐ'], ['CT', 'CT'],
  ['KH', 'KH'], ['BC', 'BC'], ['TB', 'TB'], ['TTLT', 'TTLT'], ['TT', 'TT'], ['HD', 'HD'],
  ['CTr', 'CTr'], ['TTr', 'TTr'], ['QC', 'QC'], ['ĐA', 'ĐA'], ['PA', 'PA'], ['KL', 'KL'],
  ['CV', 'CV'], ['VB', GENERIC],
];

const byFold = new Map(WRITTEN_WORDS.map(([word, code]) => [fold(word), code]));
const byAbbreviation = new Map(ABBREVIATIONS);

const alternation = (words: ReadonlyArray<readonly [string, string]>): string =>
  words.map(([word]) => escapeRegExp(word).replace(/ /g, ' ?')).sort((a, b) => b.length - a.length).join('|');

/** Regex source of a written-out type word (use with the `i` flag). */
export const WRITTEN_SOURCE = alternation(WRITTEN_WORDS);
/** Regex source of an abbreviated type word (use without the `i` flag). */
export const ABBREVIATION_SOURCE = alternation(ABBREVIATIONS);

/** The type code a printed word stands for: GENERIC for "Văn bản"/"VB", null for no type word. */
export function codeOfWord(word: string): string | null {
  return byAbbreviation.get(word) ?? byFold.get(fold(word)) ?? null;
}

/** Vietnamese names for messages to reviewers. */
const NAMES: Readonly<Record<string, string>> = Object.fromEntries(
  WRITTEN_WORDS.filter(([, code]) => code !== GENERIC).map(([word, code]) => [code, word]).reverse(),
);

/** "Quyết định (QĐ)" for QĐ; the bare code when it has no name. */
export function describeCode(code: string): string {
  const name = NAMES[code];
  return name ? `${name} (${code})` : code;
}
