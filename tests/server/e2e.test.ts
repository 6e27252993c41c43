/**
 * The reviewers' application end to end, in Debian's Chromium driven by playwright-core:
 * upload two generated 3-page reports, wait for their extraction (in-process), walk the flags
 * of the flagged one from the keyboard, correct the misread score behind a SUM_MISMATCH and
 * watch the flag go, enter an appraised score, and read the exported .xlsx back.
 * CCHC_SCREENSHOTS=<dir> also saves the README's screenshots (1366×768) there.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateReport, subSchema } from '../../fixtures/generator/index.ts';
import { resolveSchema } from '../../src/schema/index.ts';
import { startServer, type RunningServer } from '../../src/server/index.ts';

const CHROMIUM = '/usr/bin/chromium';
const SHOTS = process.env.CCHC_SCREENSHOTS;
const REVIEWER = 'Lê Thị Hoa';

let dir: string;
let server: RunningServer;
let browser: Browser;
let page: Page;
let flagged: { path: string; unit: string };
let clean: { path: string; unit: string };
const pageErrors: string[] = [];

const shot = async (name: string) => {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, name) });
};
/** Waits for the page that a decision reloads (validation has run on the server). */
const reloadAfter = async (action: () => Promise<void>) => {
  await Promise.all([page.waitForEvent('load'), action()]);
};

describe.skipIf(!existsSync(CHROMIUM) && !process.env.CI)('the reviewers\' application in a browser', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cchc-e2e-'));
    if (SHOTS) mkdirSync(SHOTS, { recursive: true });
    const base = resolveSchema('thanh-hoa-2018-huyen');
    // Section 6 only (3 pages at 150 dpi), checked against that section's sub-schema. Seed 7005
    // prints 6.1's self score off by the injected amount and leaves 6.2.4's evidence out (two
    // flags to walk, whatever the OCR reads surely); seed 7006 is clean.
    const write = async (name: string, seed: number, injected: boolean) => {
      const { pdf, truth } = await generateReport(base, { seed, sections: ['6'], dpi: 150, orientation: 'portrait', ...(injected ? { injections: ['SUM_MISMATCH', 'MISSING_EVIDENCE'] as const } : { clean: true }) });
      const path = join(dir, name);
      writeFileSync(path, pdf);
      return { path, unit: truth.document.unit };
    };
    flagged = await write('thuong-xuan-2018.pdf', 7005, true);
    clean = await write('ngoc-lac-2018.pdf', 7006, false);
    server = await startServer({ data: join(dir, 'data'), port: 0, schema: subSchema(base, ['6']) });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await (await browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true, locale: 'vi-VN' })).newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('uploads two reports (one dropped, one picked) and shows them read', async () => {
    await page.goto(server.url);
    await page.fill('#reviewer', REVIEWER);
    // Drag-and-drop: a drop event carrying the file, as the browser sends it.
    const bytes = readFileSync(flagged.path).toString('base64');
    await page.evaluate(({ name, b64 }) => {
      const data = Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([data], name, { type: 'application/pdf' }));
      document.querySelector('#drop')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, { name: 'thuong-xuan-2018.pdf', b64: bytes });
    await page.setInputFiles('#files', clean.path);
    await expect.poll(() => page.locator('#report-rows tr[data-status]').count(), { timeout: 10_000 }).toBe(2);
    await page.waitForFunction(() => document.querySelectorAll('#report-rows tr[data-status="done"]').length === 2, null, { timeout: 240_000, polling: 500 });
    await expect.poll(() => page.locator('#report-rows').innerText()).toContain(flagged.unit);
    expect(await page.locator('#report-rows').innerText()).toContain(clean.unit);
    await shot('reports.png');
  }, 300_000);

  let expected = '';
  it('walks the flags of the flagged report from the keyboard', async () => {
    await page.locator('#report-rows tr', { hasText: 'thuong-xuan-2018.pdf' }).locator('a').click();
    await page.waitForSelector('section.report');
    const flags = page.locator('#flags li');
    const count = await flags.count();
    expect(count).toBeGreaterThan(1);
    const current = () => page.locator('#flags li.current').getAttribute('data-index');
    await page.keyboard.press('j');
    expect(await current()).toBe('0');
    await page.keyboard.press('j');
    expect(await current()).toBe('1');
    expect(await page.locator('#flag-now').innerText()).toContain(`Cờ 2/${count}`);
    await page.keyboard.press('k');
    expect(await current()).toBe('0');
    await page.keyboard.press('p');
    expect(await current()).toBe(String(count - 1));
    for (let i = 0; i < count && (await page.locator('#flags li.current').getAttribute('data-code')) !== 'SUM_MISMATCH'; i++) await page.keyboard.press('n');
    const sum = page.locator('#flags li.current');
    expect(await sum.getAttribute('data-key')).toBe('SUM_MISMATCH|6.1|selfScore');
    // The flagged row is outlined on its page image.
    await expect.poll(() => page.locator('#outline').isVisible()).toBe(true);
    expect(await page.locator('tr.current').getAttribute('data-id')).toBe('6.1');
    expected = (await sum.getAttribute('data-expected'))!;
    await shot('report-flag.png');
  }, 60_000);

  it('corrects the misread score: validation runs again and the SUM_MISMATCH is gone', async () => {
    await page.keyboard.press('e');
    await page.keyboard.type(expected.replace('.', ','));
    await reloadAfter(() => page.keyboard.press('Enter'));
    await page.waitForSelector('section.report');
    expect(await page.locator('#flags li[data-key="SUM_MISMATCH|6.1|selfScore"]').count()).toBe(0);
    const cell = page.locator('tr[data-id="6.1"] td[data-field="selfScore"]');
    expect(await cell.getAttribute('class')).toContain('corrected');
    expect((await cell.innerText()).split('\n')[0]).toBe(expected.replace('.', ','));
  }, 60_000);

  it('enters an appraised score with a comment', async () => {
    await page.locator('tr[data-id="6.1.1"] td.title').click();
    await page.keyboard.press('a');
    await page.keyboard.type('0,5');
    await page.fill('#appraise-comment', 'Kế hoạch ban hành muộn');
    await reloadAfter(() => page.locator('#appraise-value').press('Enter'));
    await page.waitForSelector('section.report');
    const cell = page.locator('tr[data-id="6.1.1"] td[data-field="appraisedScore"]');
    expect(await cell.innerText()).toBe('0,5');
    expect(await cell.getAttribute('class')).toContain('entered');
  }, 60_000);

  it('compares the districts and exports an .xlsx holding the corrected and appraised values', async () => {
    await page.goto(`${server.url}/compare?year=2018&criterion=6.1.1`);
    const table = await page.locator('table.districts').innerText();
    expect(table).toContain(flagged.unit);
    expect(table).toContain(clean.unit);
    expect(await page.locator('table.criterion-across').innerText()).toContain('Kế hoạch ban hành muộn');
    await shot('compare.png');

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-xlsx')]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await download.path())!);
    const rows = (book.getWorksheet('Chi tiết')!.getSheetValues() as unknown[][]).filter(Boolean);
    const row = (id: string) => rows.find((r) => r[1] === flagged.unit && r[3] === id)!;
    // Columns: unit, number, id, title, max, self, self as read, appraised, comment, reviewers.
    expect(row('6.1')[6]).toBe(Number(expected));
    expect(row('6.1')[7]).not.toBe(Number(expected));
    expect(row('6.1')[10]).toBe(REVIEWER);
    expect(row('6.1.1')[8]).toBe(0.5);
    expect(row('6.1.1')[9]).toBe('Kế hoạch ban hành muộn');
    const summary = (book.getWorksheet('Tổng hợp')!.getSheetValues() as unknown[][]).filter(Boolean);
    expect(summary.map((r) => r[2])).toEqual(expect.arrayContaining([flagged.unit, clean.unit]));
    expect(pageErrors).toEqual([]);
  }, 60_000);
});
