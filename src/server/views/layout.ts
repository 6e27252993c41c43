import { html, type Html } from './html.ts';

/** The page shell: navigation, the reviewer's name (kept in the browser), the page's own content. */
export function layout(title: string, body: Html, options: { queues?: boolean; active?: 'reports' | 'compare' } = {}): string {
  return html`<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · CCHC</title>
<link rel="stylesheet" href="/static/style.css">
<script src="/static/app.js" defer></script>
</head>
<body>
<header class="top">
  <strong class="brand">CCHC · Thẩm định</strong>
  <nav>
    <a href="/" class="${options.active === 'reports' ? 'on' : ''}">Báo cáo</a>
    <a href="/compare" class="${options.active === 'compare' ? 'on' : ''}">So sánh các đơn vị</a>
    ${options.queues ? html`<a href="/admin/queues">Hàng đợi</a>` : ''}
  </nav>
  <label class="reviewer">Người thẩm định <input id="reviewer" autocomplete="name" placeholder="Họ và tên"></label>
</header>
<main>${body}</main>
</body>
</html>`.value;
}
