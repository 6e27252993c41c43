import type { ColumnRole } from '../report/index.ts';
import { fold } from '../text/index.ts';

/** What a header cell's text says its column holds; null for a column it does not name. */
export function roleOfHeader(text: string): ColumnRole | null {
  const key = fold(text);
  if (/tai lieu|kiem chung|minh chung|ghi chu/.test(key)) return 'evidence';
  if (/tham dinh/.test(key)) return 'appraised';
  if (/tu cham|tu danh gia/.test(key)) return 'self';
  if (/chuan|toi da/.test(key)) return 'max';
  if (/linh vuc|tieu chi|noi dung/.test(key)) return 'title';
  // "STT" is often read with a stray letter from the cell border ("STTL", "STI") or its S
  // misread among marks (12504's "ˆ'gTT"); a speck read as "TT" before another column's name
  // does not make it the id column ("TT x Điem tự chãm").
  const letters = key.replace(/[^a-z]/g, '');
  if (/^(stt|tt)\b/.test(key) || /^st[tli]{0,2}$/.test(letters) || /^[a-z]?tt$/.test(letters)) return 'id';
  return null;
}

/** True when a row's cells read like the table's header row (STT … Điểm …). */
export function isHeaderRow(texts: string[]): boolean {
  const roles = texts.map(roleOfHeader);
  return roles.includes('id') && roles.filter((r) => r !== null).length >= 3;
}

/**
 * Column roles of a page without a header row, taken from the last page that had one: by
 * column count when it is the same, else by the nearest column centre across the table width.
 */
export function carryRoles(previous: { roles: (ColumnRole | null)[]; centres: number[] }, centres: number[]): (ColumnRole | null)[] {
  if (previous.centres.length === centres.length) return previous.roles;
  return centres.map((c) => {
    let best = 0;
    previous.centres.forEach((p, i) => {
      if (Math.abs(p - c) < Math.abs(previous.centres[best]! - c)) best = i;
    });
    return previous.roles[best] ?? null;
  });
}
