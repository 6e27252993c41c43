/** The subject of a citation: what follows its date ("về tình hình … Quý III/2018"). */

/** Marks a paragraph boundary left by a block tag (<p>, <br>, <td>): a subject never runs past it. */
export const BREAK = '\u2029';

/** A new list item: a dash after a space and before a capital ("… năm 2018 - Chương trình …"). */
const LIST_DASH = / [-–] ?(?=\p{Lu})/uy;
/** Without a date, only an explicit "về …"/"v/v …" right after the symbol is a subject. */
const STARTS_SUBJECT = /^ ?,? ?(?:về|v\/v)(?!\p{L})/iu;

/**
 * The subject in `after` (the text between this citation and the next one), or undefined.
 * It ends at ';', a sentence end (a full stop before a space; not a speck the scan left between
 * two words of a sentence, " . " before a small letter), a paragraph break, a list dash, or a
 * ')' that closes a parenthesis opened before the citation ("(BC số 209/BC-UBND ngày 10/11/2018
 * về …)").
 */
export function subjectAfter(after: string, dated: boolean): string | undefined {
  if (!dated && !STARTS_SUBJECT.test(after)) return undefined;
  let subject = trim(after.slice(0, subjectEnd(after)));
  // A quotation closed after the subject's own text ("… ban hành kèm theo Quyết định …".) leaves a stray mark.
  if ((subject.match(/"/g)?.length ?? 0) % 2 === 1) subject = trim(subject.replace(/"$/, ''));
  return subject || undefined;
}

const trim = (text: string): string => text.replace(/^[\s,:]+|[\s,:;–-]+$/gu, '');

/** Where the subject ends; a parenthesis still open there holds the next citation, so it is cut before it. */
function subjectEnd(text: string): number {
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === ';' || ch === BREAK) return open[0] ?? i;
    if (ch === '.' && sentenceEnd(text, i)) return open[0] ?? i;
    if (ch === '(') open.push(i);
    if (ch === ')' && open.pop() === undefined) return i;
    LIST_DASH.lastIndex = i;
    if (LIST_DASH.test(text)) return open[0] ?? i;
  }
  return open[0] ?? text.length;
}

/** Whether the '.' at `i` ends a sentence: the text ends or a space follows, unless it stands between spaces before a small letter. */
function sentenceEnd(text: string, i: number): boolean {
  if (i + 1 === text.length) return true;
  if (text[i + 1] !== ' ') return false;
  return !(text[i - 1] === ' ' && /\p{Ll}/u.test(text[i + 2] ?? ''));
}
