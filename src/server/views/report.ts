import type { ScoreField } from '../../contract/index.ts';
import type { ReportView } from '../context.ts';
import { isScoreField, type ReviewedCriterion, type ReviewedFlag } from '../review.ts';
import { html, score, type Html } from './html.ts';

const FIELD_LABEL: Record<string, string> = {
  maxScore: 'điểm chuẩn', selfScore: 'điểm tự chấm', appraisedScore: 'điểm thẩm định',
  references: 'văn bản trích dẫn', evidence: 'tài liệu gửi kèm', date: 'ngày', symbol: 'ký hiệu', year: 'năm', type: 'loại văn bản',
};
const STATUS_LABEL = { open: 'chưa xử lý', confirmed: 'đã xác nhận', dismissed: 'đã bỏ qua' };

/** A cell's class: outlined by the worst of the flags about it, open ones first. */
function cellClass(flags: ReviewedFlag[], id: string, about: (f: ReviewedFlag) => boolean, base = 'num'): string {
  const here = flags.filter((f) => f.criterionId === id && about(f));
  if (here.length === 0) return base;
  const open = here.filter((f) => f.status === 'open');
  const severity = (open.length ? open : here).some((f) => f.severity === 'error') ? 'error' : (open.length ? open : here).some((f) => f.severity === 'warning') ? 'warning' : 'info';
  return `${base} flagged ${severity} ${open.length ? 'open' : 'settled'}`;
}

function valueCell(c: ReviewedCriterion, field: ScoreField, flags: ReviewedFlag[]): Html {
  const corrected = c.corrections[field];
  return html`<td class="${cellClass(flags, c.id, (f) => f.field === field)}${corrected ? ' corrected' : ''}" data-field="${field}">${score(c[field])}${corrected
    ? html`<span class="was" title="${`sửa bởi ${corrected.reviewer}, ${corrected.decidedAt}`}">đọc: ${score(c.printed[field]) || '(trống)'}</span>` : ''}</td>`;
}

function criterionRow(c: ReviewedCriterion, flags: ReviewedFlag[], appraised: boolean): Html {
  const level = c.id ? c.id.split('.').length : 3;
  const rowFlags = flags.filter((f) => f.criterionId === c.id && !isScoreField(f.field));
  return html`<tr class="crit level-${level}${rowFlags.some((f) => f.status === 'open') ? ' row-flagged' : ''}" id="${`c-${c.id}`}" data-id="${c.id}" data-page="${c.page ?? ''}" data-bbox="${c.bbox?.join(',') ?? ''}">
    <td class="id">${c.id}${c.printedId ? html`<span class="printed-id">in: ${c.printedId}</span>` : ''}</td>
    <td class="title">${c.title}</td>
    ${valueCell(c, 'maxScore', flags)}
    ${valueCell(c, 'selfScore', flags)}
    <td class="${cellClass(flags, c.id, (f) => f.field === 'appraisedScore')} appraised${c.appraisal ? ' entered' : ''}" data-field="appraisedScore" title="${c.appraisal?.comment ?? ''}">${appraised ? score(c.appraised) : ''}</td>
    <td class="${cellClass(flags, c.id, (f) => f.code.startsWith('EVIDENCE_'), 'evidence')}" data-field="evidence">${c.references.length
      ? html`<ul>${c.references.map((r) => html`<li>${r.raw}</li>`)}</ul>`
      : html`<span class="raw">${c.evidence}</span>`}</td>
  </tr>`;
}

const shown = (field: string | undefined, v: unknown) => (field === 'date' && typeof v === 'string' ? v.split('-').reverse().join('/') : String(v));

function flagItem(f: ReviewedFlag, i: number): Html {
  return html`<li class="flag ${f.severity} ${f.status}" data-index="${i}" data-key="${f.key}" data-code="${f.code}" data-criterion="${f.criterionId}" data-field="${f.field ?? ''}"
    data-subject="${f.subject ?? ''}" data-expected="${f.expected ?? ''}" data-page="${f.page ?? ''}" data-status="${f.status}">
    <span class="code">${f.code}</span> <span class="where">${f.criterionId}${f.field ? html` · ${FIELD_LABEL[f.field] ?? f.field}` : ''}</span>
    <span class="state">${STATUS_LABEL[f.status]}${f.decision ? html` · ${f.decision.reviewer}, ${f.decision.decidedAt.slice(0, 16).replace('T', ' ')}` : ''}</span>
    <div class="message">${f.message}</div>
    ${f.code === 'EVIDENCE_MISMATCH' ? html`<div class="printed-read">${FIELD_LABEL[f.field ?? ''] ?? f.field}: báo cáo ghi <b>${shown(f.field, f.expected)}</b>, văn bản gửi kèm ghi <b>${shown(f.field, f.actual)}</b></div>` : ''}
  </li>`;
}

/** A report: its criteria table, and beside it the page image, the flags and the forms that settle them. */
export function reportPage(view: ReportView): Html {
  const { summary: s, result, review } = view;
  if (!result || !review) return html`<p>Báo cáo chưa đọc xong.</p>`;
  const flags = review.flags;
  // Flags on no row of the table (the header, an attached file no criterion cites) are the report's own, listed first.
  const rows = new Set([...review.criteria.map((c) => c.id), 'TOTAL']);
  const own = flags.filter((f) => !rows.has(f.criterionId));
  const onRows = flags.filter((f) => rows.has(f.criterionId));
  // Until something is appraised the column stays empty rather than repeating the self scores.
  const appraised = review.appraisedTotal !== null || review.criteria.some((c) => c.appraisal || c.appraisedScore !== null);
  const totalRow: ReviewedCriterion = {
    id: 'TOTAL', title: 'TỔNG', maxScore: review.totals.maxScore, selfScore: review.totals.selfScore, appraisedScore: review.totals.appraisedScore,
    evidence: '', references: [], page: null, bbox: null, confidence: 1, printed: {}, corrections: {}, appraisal: null, appraised: review.appraisedTotal,
  };
  return html`<section class="report" data-sha="${s.sha256}" data-pages="${s.pages ?? 0}">
  <div class="head">
    <h1>${result.document.unit ?? s.file}</h1>
    <p class="meta">Báo cáo số ${result.document.number ?? '?'} ngày ${result.document.date ?? '?'} · năm ${result.document.year ?? '?'} · ${s.pages} trang · ${s.file}
      · mẫu ${result.schema?.id ?? 'không xác định'}
      · cờ chưa xử lý: <span class="sev error">${review.open.error}</span><span class="sev warning">${review.open.warning}</span><span class="sev info">${review.open.info}</span></p>
    <p class="keys">Phím: <kbd>j</kbd>/<kbd>n</kbd> cờ sau · <kbd>k</kbd>/<kbd>p</kbd> cờ trước · <kbd>c</kbd> xác nhận · <kbd>d</kbd> bỏ qua · <kbd>e</kbd> sửa giá trị · <kbd>a</kbd> điểm thẩm định</p>
  </div>
  <div class="split">
    <div class="table-pane">
      <table class="criteria">
        <thead><tr><th>STT</th><th>Tiêu chí</th><th>Điểm chuẩn</th><th>Tự chấm</th><th>Thẩm định</th><th>Tài liệu kiểm chứng</th></tr></thead>
        <tbody>${review.criteria.map((c) => criterionRow(c, flags, appraised))}${criterionRow(totalRow, flags, appraised)}</tbody>
      </table>
    </div>
    <aside class="side">
      <div class="page-box">
        <div class="page-nav"><button type="button" id="page-prev" title="trang trước">‹</button> Trang <span id="page-no">1</span>/${s.pages} <button type="button" id="page-next" title="trang sau">›</button></div>
        <div class="page-frame" id="page-frame"><div class="page-canvas"><img id="page-img" alt="Ảnh trang báo cáo"><div id="outline" hidden></div></div></div>
      </div>
      <div class="panel">
        <div id="flag-now" class="flag-now"><p class="muted">Chọn một cờ (phím <kbd>j</kbd>) hoặc một dòng.</p></div>
        <form id="decide" class="decide" hidden>
          <button type="button" id="confirm">Xác nhận (c)</button>
          <button type="button" id="dismiss">Bỏ qua (d)</button>
          <label>Giá trị đúng <input id="correct-value" inputmode="decimal" size="6"></label>
          <button type="submit" id="correct">Sửa (e)</button>
        </form>
        <form id="appraise" class="appraise" hidden>
          <div class="which">Thẩm định tiêu chí <strong id="appraise-id"></strong></div>
          <label>Điểm thẩm định <input id="appraise-value" inputmode="decimal" size="6"></label>
          <label>Nhận xét <input id="appraise-comment" size="22"></label>
          <button type="submit">Lưu (a)</button>
        </form>
        <p id="error" class="error" role="alert" hidden></p>
        <div class="flag-list">
          ${own.length ? html`<h2>Cờ của cả báo cáo (${own.length})</h2><ol id="report-flags" class="flags">${own.map((f, i) => flagItem(f, i))}</ol>` : ''}
          <h2>Cờ theo tiêu chí (${onRows.length})</h2>
          <ol id="flags" class="flags">${onRows.map((f, i) => flagItem(f, own.length + i))}</ol>
        </div>
      </div>
    </aside>
  </div>
</section>`;
}
