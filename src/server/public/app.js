// The reviewers' front end: plain browser JavaScript, no build step. Text from the server is
// either already-escaped HTML (fragments) or set with textContent, never concatenated into HTML.
'use strict';

const $ = (sel, root = document) => root.querySelector(sel);
const $$ = (sel, root = document) => [...root.querySelectorAll(sel)];

// The reviewer's name, kept in this browser and sent with every decision.
const reviewerInput = $('#reviewer');
if (reviewerInput) {
  reviewerInput.value = localStorage.getItem('cchc.reviewer') || '';
  reviewerInput.addEventListener('input', () => localStorage.setItem('cchc.reviewer', reviewerInput.value.trim()));
}
const typing = (el) => el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT');

async function postJson(url, body) {
  const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  const data = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(data.issues ? data.issues.join('; ') : data.error || `HTTP ${response.status}`);
  return data;
}

// ── The list of reports: drag-and-drop upload, live status ──────────────────────────────────
const drop = $('#drop');
if (drop) {
  const uploads = $('#uploads');
  let pending = 0;
  const upload = async (file) => {
    const li = document.createElement('li');
    li.textContent = `${file.name}: đang tải lên…`;
    uploads.append(li);
    pending++;
    try {
      const response = await fetch('/api/reports', { method: 'POST', headers: { 'Content-Type': 'application/pdf', 'X-File-Name': encodeURIComponent(file.name) }, body: file });
      const data = await response.json().catch(() => ({}));
      li.textContent = response.ok ? `${file.name}: ${data.created ? 'đã nhận, đang đọc' : 'đã có (cùng tệp)'}` : `${file.name}: bị từ chối: ${data.error || response.status}`;
      li.className = response.ok ? 'ok' : 'refused';
    } catch (error) {
      li.textContent = `${file.name}: lỗi mạng: ${error.message}`;
      li.className = 'refused';
    } finally {
      pending--;
      refresh();
    }
  };
  const send = (files) => [...files].forEach(upload);
  drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => { e.preventDefault(); drop.classList.remove('over'); send(e.dataTransfer.files); });
  $('#files').addEventListener('change', (e) => { send(e.target.files); e.target.value = ''; });

  const rows = $('#report-rows');
  async function refresh() {
    const response = await fetch('/fragments/reports');
    if (response.ok) rows.innerHTML = await response.text();
  }
  setInterval(() => {
    if (pending > 0 || $$('tr[data-status="queued"]', rows).length > 0) refresh();
  }, 1500);
}

// ── The comparison view ──────────────────────────────────────────────────────────────────────
for (const select of $$('form.pick select[name="year"]')) select.addEventListener('change', () => select.form.submit());

// ── A report: flags beside the page image ─────────────────────────────────────────────────────
const report = $('section.report');
if (report) {
  const sha = report.dataset.sha;
  const pages = Number(report.dataset.pages) || 1;
  // The report's own flags (header, unused attachments) come first, then those on rows: one walk.
  const flags = $$('ol.flags li');
  const img = $('#page-img');
  const outline = $('#outline');
  let current = -1;
  let criterion = null;
  let page = 1;
  let box = null;

  const rowOf = (id) => $$('tr.crit').find((tr) => tr.dataset.id === id) || null;
  const STATUS = { open: 'chưa xử lý', confirmed: 'đã xác nhận', dismissed: 'đã bỏ qua' };
  const showError = (message) => { const p = $('#error'); p.textContent = message; p.hidden = !message; };

  function drawOutline() {
    if (!box || !img.naturalWidth) { outline.hidden = true; return; }
    const [x0, y0, x1, y1] = box;
    Object.assign(outline.style, {
      left: `${(x0 / img.naturalWidth) * 100}%`, top: `${(y0 / img.naturalHeight) * 100}%`,
      width: `${((x1 - x0) / img.naturalWidth) * 100}%`, height: `${((y1 - y0) / img.naturalHeight) * 100}%`,
    });
    outline.hidden = false;
    const frame = $('#page-frame');
    frame.scrollTop = Math.max(0, outline.offsetTop - frame.clientHeight / 3);
  }
  img.addEventListener('load', drawOutline);

  function showPage(n, bbox) {
    page = Math.min(Math.max(1, n), pages);
    box = bbox;
    $('#page-no').textContent = String(page);
    const src = `/reports/${sha}/pages/${page}.png`;
    if (img.getAttribute('src') !== src) { outline.hidden = true; img.src = src; } else drawOutline();
  }
  $('#page-prev').addEventListener('click', () => showPage(page - 1, null));
  $('#page-next').addEventListener('click', () => showPage(page + 1, null));

  function selectCriterion(id, flagPage) {
    $$('tr.crit.current').forEach((tr) => tr.classList.remove('current'));
    criterion = id;
    const row = rowOf(id);
    const form = $('#appraise');
    form.hidden = !row || id === 'TOTAL';
    $('#appraise-id').textContent = id;
    if (row) {
      // The appraisal entered before, if any, ready to be changed.
      const entered = $('td.appraised.entered', row);
      $('#appraise-value').value = entered ? entered.textContent.trim() : '';
      $('#appraise-comment').value = entered ? entered.getAttribute('title') || '' : '';
      row.classList.add('current');
      row.scrollIntoView({ block: 'nearest' });
      const bbox = row.dataset.bbox ? row.dataset.bbox.split(',').map(Number) : null;
      const at = Number(row.dataset.page) || Number(flagPage) || page;
      showPage(at, bbox);
    } else showPage(Number(flagPage) || page, null); // nothing on the page to outline
  }

  function selectFlag(i) {
    if (flags.length === 0) return;
    current = (i + flags.length) % flags.length;
    flags.forEach((li, k) => li.classList.toggle('current', k === current));
    $$('td.cell-current').forEach((td) => td.classList.remove('cell-current'));
    const f = flags[current];
    f.scrollIntoView({ block: 'nearest' });
    const now = $('#flag-now');
    now.replaceChildren();
    const title = document.createElement('div');
    title.className = `now-title ${f.className}`;
    title.textContent = `Cờ ${current + 1}/${flags.length}: ${f.dataset.code} · ${f.dataset.criterion}${f.dataset.field ? ` · ${f.dataset.field}` : ''} (${STATUS[f.dataset.status] || f.dataset.status})`;
    const message = document.createElement('p');
    message.textContent = $('.message', f).textContent;
    now.append(title, message);
    $('#decide').hidden = false;
    // An evidence flag or one on no row is settled by confirming or dismissing it; there is no score to correct.
    const correctable = !f.dataset.code.startsWith('EVIDENCE_') && rowOf(f.dataset.criterion) !== null;
    for (const el of [$('#correct-value').parentElement, $('#correct')]) el.hidden = !correctable;
    const input = $('#correct-value');
    input.value = '';
    input.placeholder = f.dataset.expected ? String(f.dataset.expected).replace('.', ',') : '';
    selectCriterion(f.dataset.criterion, f.dataset.page);
    const row = rowOf(f.dataset.criterion);
    const cellField = f.dataset.code.startsWith('EVIDENCE_') ? 'evidence' : f.dataset.field;
    const cell = row && cellField && $(`td[data-field="${cellField}"]`, row);
    if (cell) cell.classList.add('cell-current');
    history.replaceState(null, '', `#flag=${encodeURIComponent(f.dataset.key)}`);
  }

  const reviewer = () => {
    const name = reviewerInput.value.trim();
    if (!name) { showError('Nhập tên người thẩm định (ô trên cùng) trước khi lưu.'); reviewerInput.focus(); }
    return name;
  };
  // After a change the page is read again from the server: validation has run, the flags follow.
  const reload = (keep) => { sessionStorage.setItem(`cchc.keep.${sha}`, JSON.stringify(keep)); location.reload(); };

  async function decide(action) {
    const f = flags[current];
    const name = f && reviewer();
    if (!f || !name) return;
    try {
      // Decisions name a score field or none (a flag about the options or the id is named by code and criterion).
      const field = ['maxScore', 'selfScore', 'appraisedScore'].includes(f.dataset.field) ? f.dataset.field : null;
      await postJson(`/api/reports/${sha}/decisions`, { code: f.dataset.code, criterionId: f.dataset.criterion, field, subject: f.dataset.subject || null, action, reviewer: name });
      reload({ index: current + 1 });
    } catch (error) { showError(error.message); }
  }

  $('#confirm').addEventListener('click', () => decide('confirm'));
  $('#dismiss').addEventListener('click', () => decide('dismiss'));
  $('#decide').addEventListener('submit', async (e) => {
    e.preventDefault();
    const f = flags[current];
    const name = f && reviewer();
    if (!f || !name) return;
    const raw = $('#correct-value').value.trim();
    const field = ['maxScore', 'selfScore', 'appraisedScore'].includes(f.dataset.field) ? f.dataset.field : 'selfScore';
    try {
      await postJson(`/api/reports/${sha}/corrections`, { criterionId: f.dataset.criterion, field, value: raw === '' ? null : raw, reviewer: name });
      reload({ index: current, criterion: f.dataset.criterion });
    } catch (error) { showError(error.message); }
  });
  $('#appraise').addEventListener('submit', async (e) => {
    e.preventDefault();
    const name = reviewer();
    if (!criterion || !name) return;
    const raw = $('#appraise-value').value.trim();
    try {
      await postJson(`/api/reports/${sha}/appraisals`, { criterionId: criterion, value: raw === '' ? null : raw, comment: $('#appraise-comment').value, reviewer: name });
      reload({ index: current, criterion, appraised: true });
    } catch (error) { showError(error.message); }
  });

  for (const li of flags) li.addEventListener('click', () => selectFlag(flags.indexOf(li)));
  for (const tr of $$('tr.crit')) tr.addEventListener('click', () => selectCriterion(tr.dataset.id, null));

  document.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === 'Escape') { document.activeElement?.blur(); return; }
    if (typing(document.activeElement)) return;
    const keys = {
      j: () => selectFlag(current + 1), n: () => selectFlag(current + 1),
      k: () => selectFlag(current - 1), p: () => selectFlag(current - 1),
      c: () => decide('confirm'), d: () => decide('dismiss'),
      e: () => { if (current >= 0) $('#correct-value').focus(); },
      a: () => { if (criterion && !$('#appraise').hidden) $('#appraise-value').focus(); },
    };
    if (keys[e.key]) { e.preventDefault(); keys[e.key](); }
  });

  // Where the reviewer was before the page was read again (or the flag the address names).
  const kept = JSON.parse(sessionStorage.getItem(`cchc.keep.${sha}`) || 'null');
  sessionStorage.removeItem(`cchc.keep.${sha}`);
  const hashKey = location.hash.startsWith('#flag=') ? decodeURIComponent(location.hash.slice(6)) : null;
  const hashRow = location.hash.startsWith('#c-') ? decodeURIComponent(location.hash.slice(3)) : null;
  if (kept && kept.appraised) selectCriterion(kept.criterion, null);
  else if (kept && flags.length) selectFlag(Math.min(kept.index, flags.length - 1));
  else if (hashKey && flags.some((f) => f.dataset.key === hashKey)) selectFlag(flags.findIndex((f) => f.dataset.key === hashKey));
  else if (hashRow) selectCriterion(hashRow, null);
  else showPage(1, null);
}
