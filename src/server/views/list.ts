import type { ReportView } from '../context.ts';
import { html, score, type Html } from './html.ts';

const STATUS: Record<string, string> = { queued: 'đang đọc', done: 'đã đọc', failed: 'lỗi' };

function row({ summary: s, review }: ReportView): Html {
  const name = s.unit ?? s.file;
  const link = s.status === 'done' ? html`<a href="/reports/${s.sha256}">${name}</a>` : html`${name}`;
  const open = review?.open;
  return html`<tr data-sha="${s.sha256}" data-status="${s.status}">
    <td>${link}<div class="file">${s.file}</div></td>
    <td class="num">${s.year ?? ''}</td>
    <td>${s.number ?? ''}</td>
    <td>${s.date ?? ''}</td>
    <td class="num">${s.pages ?? ''}</td>
    <td class="num">${score(review?.totals.selfScore ?? s.selfTotal)}</td>
    <td class="num">${score(review?.appraisedTotal)}</td>
    <td class="flags">${open ? html`<span class="sev error" title="lỗi">${open.error}</span><span class="sev warning" title="cảnh báo">${open.warning}</span><span class="sev info" title="thông tin">${open.info}</span>` : ''}</td>
    <td><span class="status ${s.status}">${STATUS[s.status]}</span>${s.failure ? html`<div class="reason">${s.failure.reason}</div>` : ''}</td>
  </tr>`;
}

/** The rows alone: the list page polls them while reports are being read. */
export const reportRows = (reports: ReportView[]) => html`${reports.map(row)}${reports.length === 0 ? html`<tr><td colspan="9" class="empty">Chưa có báo cáo nào. Kéo thả tệp PDF vào đây.</td></tr>` : ''}`;

export function reportsPage(reports: ReportView[], options: { maxUploadMb: number; mode: string }): Html {
  return html`<section id="drop" class="drop">
  <p><strong>Kéo thả báo cáo PDF vào đây</strong> hoặc <label class="pick">chọn tệp<input type="file" id="files" accept="application/pdf,.pdf" multiple></label>
  <span class="hint">(tối đa ${options.maxUploadMb} MB mỗi tệp; ${options.mode === 'queue' ? 'xử lý qua hàng đợi' : 'xử lý trên máy chủ này'})</span></p>
  <ul id="uploads"></ul>
</section>
<table class="reports">
  <thead><tr><th>Đơn vị</th><th>Năm</th><th>Số</th><th>Ngày</th><th>Trang</th><th>Tự chấm</th><th>Thẩm định</th><th>Cờ chưa xử lý</th><th>Trạng thái</th></tr></thead>
  <tbody id="report-rows">${reportRows(reports)}</tbody>
</table>`;
}
