import type { Flag } from '../contract/index.ts';
import { citationProblem, referencePeriod } from '../references/index.ts';
import type { ReportModel } from '../report/index.ts';
import type { CriteriaSchema } from '../schema/index.ts';
import { flag, hasChildren, score } from './flag.ts';

const vnDate = (iso: string) => iso.split('-').reverse().join('/');

/**
 * A self score read at least this surely is likely right: enough to ask for its evidence. Values
 * told by their glyphs' shape alone (0.5) or on rows cut without ruling lines (0.6) are not.
 */
const LIKELY = 0.65;

/**
 * Why a citation's date is one nobody writes, so that the scan was misread ("ngày 19/5/3018",
 * "ngày 37 tháng 03"); null when a person may have written it. A person's slips are a day the
 * month lacks (31/6), a date some days after the report, a year next to the right one:
 * REFERENCE_INVALID, REFERENCE_AFTER_REPORT and REFERENCE_PERIOD tell those. A day past 31, a
 * month past 12, a year before 1945 or after the year following the report's (`reportYear`),
 * and a year two or more from the one the citation itself names (`named`: its number's,
 * "91/2018/NĐ-CP", or its subject's period, "Quý I/2018": 12908's 150 dpi "2018" read 2015 in
 * ten citations) are misreadings, and go to a person as LOW_CONFIDENCE.
 */
function unwritten(iso: string, named: number | null, reportYear: number | null): string | null {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const latest = reportYear !== null ? reportYear + 1 : 2100;
  if (day < 1 || day > 31) return `ngày ${day}`;
  if (month < 1 || month > 12) return `tháng ${month}`;
  if (year < 1945 || year > latest) return `năm ${year}`;
  if (named !== null && Math.abs(year - named) >= 2) return `năm ${year} (số hoặc nội dung văn bản ghi năm ${named})`;
  return null;
}

/** The share of a report's dated citations that may stand after its date before that date is doubted. */
const LATER_CITATIONS = 0.25;

/**
 * LOW_CONFIDENCE on the report's own date when a quarter or more of its dated citations (five at
 * least) stand after it: a report does not cite so many documents from its future, its date was
 * misread (12308's "ngày 09 tháng 11" read "tháng 4!", which gave 9 April and 53 false
 * REFERENCE_AFTER_REPORT). No citation is then checked against that date.
 */
function doubtfulReportDate(report: ReportModel): Flag | null {
  const reportDate = report.header.date;
  if (!reportDate) return null;
  const dates = report.criteria.flatMap((c) => c.references.flatMap((r) => (r.date ? [r.date] : [])));
  const later = dates.filter((d) => d > reportDate).length;
  if (later < 5 || later < LATER_CITATIONS * dates.length) return null;
  return flag('LOW_CONFIDENCE', 'HEADER',
    `Ngày của báo cáo đọc được là ${vnDate(reportDate)}, nhưng ${later} trong ${dates.length} tài liệu được trích dẫn ghi ngày sau đó; chắc ngày đọc sai, cần người kiểm tra.`,
    { field: 'date', actual: reportDate });
}

/**
 * MISSING_EVIDENCE, and the checks on every citation: REFERENCE_AFTER_REPORT,
 * REFERENCE_INVALID, REFERENCE_PERIOD, and REFERENCE_MISMATCH between header and annex; a
 * citation date the scan was misread into gets LOW_CONFIDENCE instead of the first two.
 */
export function checkEvidence(report: ReportModel, schema: CriteriaSchema | null): Flag[] {
  const flags: Flag[] = [];
  const doubted = doubtfulReportDate(report);
  if (doubted) flags.push(doubted);
  const reportDate = doubted ? null : report.header.date;
  // The year assessed stands in for the date's when that is unread or doubted.
  const reportYear = reportDate ? Number(reportDate.slice(0, 4)) : report.header.year;

  for (const c of report.criteria) {
    // A self score read with little certainty is left to LOW_CONFIDENCE: a "0" misread as 11
    // would otherwise also claim that evidence is missing.
    const self = c.valueConfidence.selfScore >= LIKELY ? c.selfScore : null;
    // Evidence of marks alone ("`", a speck the OCR read) names no document.
    if (!hasChildren(c.id, report, schema) && (self ?? 0) > 0 && !/[\p{L}\d]/u.test(c.evidence)) {
      flags.push(flag('MISSING_EVIDENCE', c.id, `${c.id}: tự chấm ${score(c.selfScore)} điểm nhưng không ghi tài liệu kiểm chứng.`,
        { field: 'evidence', page: c.page }));
    }
    for (const read of c.references) {
      const period = referencePeriod(read);
      const named = read.year ?? (period ? Number(period.start.slice(0, 4)) : null);
      const misread = read.date ? unwritten(read.date, named, reportYear) : null;
      if (misread) {
        flags.push(flag('LOW_CONFIDENCE', c.id, `${c.id}: "${read.raw}": ${misread}, chắc do đọc sai bản quét; cần người kiểm tra.`,
          { field: 'references', actual: read.raw, page: c.page }));
      }
      // A misread date says nothing about the document: its other parts are still checked.
      const ref = misread ? { ...read, date: null } : read;
      const problem = citationProblem(ref);
      if (problem) {
        flags.push(flag('REFERENCE_INVALID', c.id, `${c.id}: "${ref.raw}": ${problem}.`, { field: 'references', actual: ref.raw, page: c.page }));
      }
      if (ref.date && reportDate && ref.date > reportDate) {
        flags.push(flag('REFERENCE_AFTER_REPORT', c.id,
          `${c.id}: "${ref.raw}" ghi ngày ${vnDate(ref.date)}, sau ngày của báo cáo (${vnDate(reportDate)}).`,
          { field: 'references', expected: reportDate, actual: ref.date, page: c.page }));
      }
      if (period && ref.date && ref.date < period.start) {
        flags.push(flag('REFERENCE_PERIOD', c.id,
          `${c.id}: "${ref.raw}" nói về ${period.label} nhưng ghi ngày ${vnDate(ref.date)}, trước khi kỳ đó bắt đầu (${vnDate(period.start)}).`,
          { field: 'references', expected: period.start, actual: ref.date, page: c.page }));
      }
    }
  }

  // Every report bears a number and a date: one the scan gave nothing for goes to a person
  // (12706's "Số: 439/BC-UBND" on an eroded 150 dpi cover, read "S%: +39 BC -UBND").
  for (const [field, name] of [['number', 'Số'], ['date', 'Ngày']] as const) {
    if (report.header[field] === null) flags.push(flag('LOW_CONFIDENCE', 'HEADER', `${name} của báo cáo không đọc được; cần người kiểm tra.`, { field }));
  }
  const { number, annex } = report.header;
  if (number && annex && annex.number !== number.split('/')[0]) {
    const cited = annex.symbol ? `${annex.number}/${annex.symbol}` : annex.number;
    flags.push(flag('REFERENCE_MISMATCH', 'HEADER',
      `Báo cáo mang số ${number}, nhưng bảng điểm kèm theo ghi "Kèm theo Báo cáo số ${cited}".`,
      { field: 'number', expected: number, actual: cited }));
  }
  return flags;
}
