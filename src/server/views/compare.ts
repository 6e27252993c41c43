import type { Comparison, CriterionLine } from '../compare.ts';
import { html, score, type Html } from './html.ts';

const diff = (self: number | null, appraised: number | null) =>
  self === null || appraised === null || self === appraised ? '' : score(Math.round((appraised - self) * 100) / 100);

export function comparePage(cmp: Comparison, criterion: { id: string | null; ids: string[]; lines: CriterionLine[] }): Html {
  const q = cmp.year === null ? '' : `?year=${cmp.year}`;
  return html`<section class="compare">
  <form class="pick" method="get" action="/compare">
    <label>Năm <select name="year">${cmp.years.map((y) => html`<option value="${y}" ${y === cmp.year ? html`selected` : ''}>${y}</option>`)}</select></label>
    <label>Tiêu chí <select name="criterion" id="criterion-pick"><option value="">—</option>${criterion.ids.map((id) => html`<option ${id === criterion.id ? html`selected` : ''}>${id}</option>`)}</select></label>
    <button type="submit">Xem</button>
    <a class="button" id="export-xlsx" href="${`/compare.xlsx${q}`}">Tải Excel (.xlsx)</a>
    <a class="button" id="export-csv" href="${`/compare.csv${q}`}">Tải CSV</a>
  </form>
  <table class="districts">
    <thead>
      <tr><th rowspan="2">Hạng</th><th rowspan="2">Đơn vị</th>${cmp.sections.map((s) => html`<th colspan="2">Lĩnh vực ${s}</th>`)}<th colspan="3">Tổng</th></tr>
      <tr>${cmp.sections.map(() => html`<th>TC</th><th>TĐ</th>`)}<th>Tự chấm</th><th>Thẩm định</th><th>Chênh</th></tr>
    </thead>
    <tbody>${cmp.lines.map((l) => html`<tr>
      <td class="num">${l.rank ?? ''}</td><td><a href="/reports/${l.sha256}">${l.unit}</a></td>
      ${cmp.sections.map((s) => html`<td class="num">${score(l.sections[s]?.self)}</td><td class="num appraised${l.sections[s]?.appraised !== l.sections[s]?.self ? ' changed' : ''}">${score(l.sections[s]?.appraised)}</td>`)}
      <td class="num">${score(l.self)}</td><td class="num appraised">${score(l.appraised)}</td><td class="num">${diff(l.self, l.appraised)}</td>
    </tr>`)}${cmp.lines.length === 0 ? html`<tr><td colspan="${cmp.sections.length * 2 + 5}" class="empty">Chưa có báo cáo đã đọc cho năm này.</td></tr>` : ''}</tbody>
  </table>
  ${criterion.id ? html`<h2>Tiêu chí ${criterion.id}: ${criterion.lines.find((l) => l.title)?.title ?? ''}</h2>
  <table class="criterion-across">
    <thead><tr><th>Đơn vị</th><th>Điểm chuẩn</th><th>Tự chấm</th><th>Thẩm định</th><th>Chênh</th><th>Nhận xét</th></tr></thead>
    <tbody>${criterion.lines.map((l) => html`<tr><td><a href="/reports/${l.sha256}#c-${criterion.id}">${l.unit}</a></td><td class="num">${score(l.max)}</td><td class="num">${score(l.self)}</td>
      <td class="num appraised">${score(l.appraised)}</td><td class="num">${diff(l.self, l.appraised)}</td><td>${l.comment}</td></tr>`)}</tbody>
  </table>` : ''}
</section>`;
}
