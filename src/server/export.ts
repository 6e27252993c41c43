import type { Comparison } from './compare.ts';
import type { ReportView } from './context.ts';

function summaryRows(cmp: Comparison): (string | number | null)[][] {
  const head = ['Hạng', 'Đơn vị', 'Số báo cáo', ...cmp.sections.flatMap((s) => [`LV ${s} tự chấm`, `LV ${s} thẩm định`]), 'Tổng tự chấm', 'Tổng thẩm định'];
  return [head, ...cmp.lines.map((l) => [l.rank, l.unit, l.number, ...cmp.sections.flatMap((s) => [l.sections[s]?.self ?? null, l.sections[s]?.appraised ?? null]), l.self, l.appraised])];
}

/**
 * The year's comparison as an Excel workbook: "Tổng hợp" (districts by section, ranked) and
 * "Chi tiết" (every criterion of every district: values as reviewed, the printed value a
 * reviewer corrected, the appraised score and its comment).
 */
export async function comparisonXlsx(cmp: Comparison, views: ReportView[]): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = 'cchc serve';
  const summary = book.addWorksheet('Tổng hợp', { views: [{ state: 'frozen', ySplit: 1 }] });
  summary.addRows(summaryRows(cmp));
  summary.getRow(1).font = { bold: true };
  summary.getColumn(2).width = 28;

  const detail = book.addWorksheet('Chi tiết', { views: [{ state: 'frozen', ySplit: 1 }] });
  detail.addRow(['Đơn vị', 'Số báo cáo', 'Tiêu chí', 'Nội dung', 'Điểm chuẩn', 'Tự chấm', 'Tự chấm (đọc từ bản quét)', 'Thẩm định', 'Nhận xét thẩm định', 'Người thẩm định']).font = { bold: true };
  const inYear = new Set(cmp.lines.map((l) => l.sha256));
  for (const v of views.filter((x) => inYear.has(x.summary.sha256) && x.review)) {
    const unit = v.result!.document.unit ?? v.summary.file;
    for (const c of v.review!.criteria) {
      const reviewer = [c.corrections.selfScore?.reviewer, c.corrections.maxScore?.reviewer, c.appraisal?.reviewer].filter(Boolean);
      detail.addRow([unit, v.result!.document.number, c.id, c.title, c.maxScore, c.selfScore,
        'selfScore' in c.printed ? c.printed.selfScore ?? null : null, c.appraised, c.appraisal?.comment ?? '', [...new Set(reviewer)].join(', ')]);
    }
    detail.addRow([unit, v.result!.document.number, 'TỔNG', '', v.review!.totals.maxScore, v.review!.totals.selfScore, null, v.review!.appraisedTotal, '', '']);
  }
  detail.getColumn(1).width = 24;
  detail.getColumn(4).width = 60;
  return Buffer.from(await book.xlsx.writeBuffer());
}

const csvCell = (v: string | number | null) => {
  if (v === null) return '';
  const s = String(v);
  // A leading = + - @ would make a spreadsheet run the cell as a formula (CSV injection).
  const safe = /^[=+\-@\t\r]/.test(s) && typeof v === 'string' ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** The year's comparison as CSV (UTF-8 with a BOM, so Excel reads the Vietnamese names). */
export function comparisonCsv(cmp: Comparison): string {
  return `\uFEFF${summaryRows(cmp).map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
