/** HTML that is already safe: built by {@link html}, never from outside text. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text (from OCR, a file name, a reviewer) made safe for an element or a quoted attribute. */
export const escape = (text: string) => text.replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);

function part(value: unknown): string {
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(part).join('');
  if (value === null || value === undefined || value === false) return '';
  return escape(String(value));
}

/**
 * The one way pages are written: every interpolated value is escaped unless it is itself
 * `Html`, so text read from a scan (a citation holding `<script>`) always shows as text.
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0]!;
  values.forEach((value, i) => { out += part(value) + strings[i + 1]!; });
  return new Html(out);
}

/** A score the Vietnamese way ("0,5"); empty for none. */
export const score = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n).replace('.', ','));
