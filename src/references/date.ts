/** Dates of citations: "ngày 30/01/2018", "ngày 5/7/2018", "ngày 30 tháng 01 năm 2018". */

/** Where a citation's date stands in the text after its number, and the date as ISO. */
export interface DateMatch {
  /** Index just after the date, relative to the text searched. */
  end: number;
  iso: string;
}

/**
 * Issuer words that may stand between a symbol and its date ("1607/BC-UBND Thị xã ngày …",
 * "của UBND Thị xã ngày …"): at most six, no digits, no punctuation that ends a clause, and
 * never "về"/"v/v", which start the subject.
 */
const GAP = String.raw`(?:,? (?!(?:về|v\/v|ng[àa]y)(?!\p{L}))[^\s\d;.,()\u2029]+){0,6}?`;
// Slashes a coarse scan lost leave spaces or marks ("ngày 04 04 2018", "ngày 10:06:2018",
// "20/10,2018", a slash read as a stroke letter "24/7i2018"), or join the day and month ("ngày 3002 2018": four digits are two and two) or
// the month and a year of this era ("ngày 26 102018"): after "ngày", still a date.
const SEP = String.raw`(?: ?[\/.:',|iIl-] ?| )`;
/** A year the OCR split after its century ("20 18"); the space is dropped where the year is read. */
export const SPLIT_YEAR = String.raw`(?:19|20) \d\d`;
// A month of two digits may come out split by a space ("ngày 24/1 1/2018"), between slashes.
// A first slash read as 7 makes five digits of a day and month ("ngày 22708/2018"), or four
// when the month has one ("ngày 1277/2018": no month 77).
const DAY_MONTH_YEAR = String.raw`(?:(?<d4>\d{1,2})\/(?<m4>\d \d)\/(?<y4>\d{4})|(?<d5>\d{2})7(?<m5>\d{2}|[1-9])\/(?<y5>\d{4})|(?:(?<d>\d{1,2})${SEP}(?<m>\d{1,2})|(?<d3>\d{2})(?<m3>\d{2}))(?:${SEP}(?<y>\d{4}|${SPLIT_YEAR})|(?<y3>(?:19|20)\d\d)))`;
const MARKS = String.raw`[:.,'‘’“”\u0060\u02c6°|\-–_„¬]`;
// A year split by a space ("201 8", "20 18") is one, in a date written out or with slashes ("1/3/20 18").
const WORDED = String.raw`(?<d2>\d{1,2})(?: ?${MARKS}{1,3})* th\p{L}ng(?:${MARKS}{1,2})? ?(?<m2>\d{1,2})(?: ?${MARKS}{1,3})? ?n\p{L}m(?: ?${MARKS}{1,3} ?| )(?<y2>\d{4}|(?:19|20)\d \d|${SPLIT_YEAR})`;
/**
 * "ngay", "ngây", "ngav", "ngàÿ", "hgày", "ngàn", "ngy", "thang", "nǎm": OCR of a poor scan drops or changes
 * the marks, and puts a stray dot, colon, dash, degree sign or quote mark around "ngày"
 * ("NĐ-CP . ngày", "ngày. - 21/03/2018", "ngày ° 25/06/2018"), a speck read as a word of one or
 * two letters after it ("ngày I 29/10/2018", "ngày cờ 27/12/2018"), or marks after a number
 * ("08: tháng", "16. - tháng", "13 _„ tháng", "tháng. 12", "10 .năm", "05'năm", "năm-2017",
 * "năm -: 2018", "năm '' 2018", "năm:20 18", "tháng'01", "09năm", "ngày ¬. 03/07/2018"), marks after the symbol ("QĐ-CT`' ngày", "TB-UBND_. ngày"); the digits
 * still prove the date.
 */
// A mark shaped like a 1's stroke ("|", "'") right against the day may be its first digit (an
// italic 12 read "|2"): it is no noise to skip. A colon, dot or dash there is ("ngày:28/06/2018").
const NOISE = String.raw`(?: ?${MARKS}{1,3}(?:(?<![|'‘’\u0060])|(?!\d))| \p{L}{1,2}(?= \d))*`;
const DATE_AFTER = new RegExp(String.raw`^${GAP}(?: ?[,.:'‘’\u0060_-]){0,3} ?[nh]g(?:\p{L}[yvÿn]|y)${NOISE} ?(?:${DAY_MONTH_YEAR}|${WORDED})(?!\d)`, 'iu');

/**
 * The date that follows a citation, read from the start of `after`; null when none follows.
 * The ISO string keeps the printed digits even when they are no real day (31/02/2018 →
 * "2018-02-31"), so that `citationProblem` can tell the reviewer instead of the date vanishing.
 */
export function dateAfter(after: string): DateMatch | null {
  const match = DATE_AFTER.exec(after);
  const g = match?.groups;
  if (!match || !g) return null;
  const day = g.d ?? g.d2 ?? g.d3 ?? g.d4 ?? g.d5;
  const month = g.m ?? g.m2 ?? g.m3 ?? g.m4?.replace(' ', '') ?? g.m5;
  const year = (g.y ?? g.y2 ?? g.y3 ?? g.y4 ?? g.y5)?.replace(' ', '');
  if (!day || !month || !year) return null;
  return { end: match[0].length, iso: `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}` };
}

/** Why an ISO-shaped date cannot be a real day of an administrative document; null when it can. */
export function dateProblem(iso: string): string | null {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const printed = `${day}/${month}/${year}`;
  if (year < 1945 || year > 2100) return `impossible date ${printed}: year ${year} is outside 1945–2100`;
  if (month < 1 || month > 12) return `impossible date ${printed}: there is no month ${month}`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) return `impossible date ${printed}: month ${month}/${year} has ${days} days`;
  return null;
}
