/**
 * Just enough of a PDF object reader to find a scanned page's image stream without pdf.js
 * decoding it (pdf.js decodes every image of a page in JavaScript as soon as its operator list
 * is asked for: ~0.2 s for a 300 dpi JPEG page, which sharp decodes in a few ms off this thread).
 * Objects are found by walking the file as pdf.js does to repair a broken one ("N G obj", a
 * stream skipped by its length), then in object streams. Anything this reader does not follow
 * makes its caller fall back to pdf.js: it only has to be right when it answers.
 */
import { inflateSync } from 'node:zlib';

export class Name {
  constructor(readonly name: string) {}
}
export class Ref {
  constructor(readonly num: number, readonly gen: number) {}
}
/** A bare keyword: an operator in a content stream, or `stream`/`endobj` after an object. */
export class Keyword {
  constructor(readonly word: string) {}
}
export type Dict = Map<string, PdfValue>;
export type PdfValue = number | boolean | null | string | Name | Ref | Keyword | PdfValue[] | Dict;

/** A stream object: its dictionary and where its (still encoded) bytes are. */
export interface PdfStream {
  dict: Dict;
  bytes: Uint8Array;
}

const WHITE = new Set([0, 9, 10, 12, 13, 32]);
const DELIMITERS = new Set([...'()<>[]{}/%'].map((c) => c.charCodeAt(0)));
const isRegular = (c: number | undefined): boolean => c !== undefined && !WHITE.has(c) && !DELIMITERS.has(c);

/** Reads PDF values from bytes, from a position. */
export class Lexer {
  constructor(readonly b: Uint8Array, public pos = 0) {}

  private skipSpace(): void {
    const { b } = this;
    while (this.pos < b.length) {
      const c = b[this.pos]!;
      if (WHITE.has(c)) this.pos++;
      else if (c === 0x25) while (this.pos < b.length && b[this.pos] !== 10 && b[this.pos] !== 13) this.pos++;
      else return;
    }
  }

  private regular(): string {
    const start = this.pos;
    while (isRegular(this.b[this.pos])) this.pos++;
    return Buffer.from(this.b.buffer, this.b.byteOffset + start, this.pos - start).toString('latin1');
  }

  /** The next value, or undefined at the end of the bytes. */
  read(): PdfValue | undefined {
    this.skipSpace();
    const { b } = this;
    const c = b[this.pos];
    if (c === undefined) return undefined;
    if (c === 0x2f) { // '/'
      this.pos++;
      return new Name(this.regular().replace(/#([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))));
    }
    if (c === 0x28) return this.literal();
    if (c === 0x3c) { // '<'
      if (b[this.pos + 1] === 0x3c) return this.dict();
      const end = b.indexOf(0x3e, this.pos);
      if (end < 0) throw new Error('unterminated hex string');
      this.pos = end + 1;
      return '';
    }
    if (c === 0x5b) { // '['
      this.pos++;
      const items: PdfValue[] = [];
      for (;;) {
        this.skipSpace();
        if (b[this.pos] === 0x5d) { this.pos++; return items; }
        const v = this.read();
        if (v === undefined) throw new Error('unterminated array');
        items.push(v);
      }
    }
    if (DELIMITERS.has(c)) throw new Error(`unexpected '${String.fromCharCode(c)}'`);
    const word = this.regular();
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) return this.maybeRef(Number(word), word);
    if (word === 'true' || word === 'false') return word === 'true';
    if (word === 'null') return null;
    return new Keyword(word);
  }

  /** "N G R" is a reference: look ahead for it after a whole number. */
  private maybeRef(n: number, word: string): number | Ref {
    if (!/^\d+$/.test(word)) return n;
    const at = this.pos;
    this.skipSpace();
    const gen = this.regular();
    if (/^\d+$/.test(gen)) {
      this.skipSpace();
      if (this.b[this.pos] === 0x52 && !isRegular(this.b[this.pos + 1])) { // 'R'
        this.pos++;
        return new Ref(n, Number(gen));
      }
    }
    this.pos = at;
    return n;
  }

  private literal(): string {
    const { b } = this;
    let depth = 0;
    const start = ++this.pos;
    for (; this.pos < b.length; this.pos++) {
      const c = b[this.pos];
      if (c === 0x5c) this.pos++; // '\': the next byte is escaped
      else if (c === 0x28) depth++;
      else if (c === 0x29 && depth-- === 0) {
        this.pos++;
        return Buffer.from(b.buffer, b.byteOffset + start, this.pos - 1 - start).toString('latin1');
      }
    }
    throw new Error('unterminated string');
  }

  private dict(): Dict {
    this.pos += 2;
    const dict: Dict = new Map();
    for (;;) {
      this.skipSpace();
      if (this.b[this.pos] === 0x3e && this.b[this.pos + 1] === 0x3e) { this.pos += 2; return dict; }
      const key = this.read();
      if (!(key instanceof Name)) throw new Error('dictionary key is not a name');
      const value = this.read();
      if (value === undefined) throw new Error('unterminated dictionary');
      dict.set(key.name, value);
    }
  }

  /** After a stream's dictionary: where its data starts (past `stream` and its end of line), or -1. */
  streamStart(): number {
    this.skipSpace();
    const word = Buffer.from(this.b.buffer, this.b.byteOffset + this.pos, 6).toString('latin1');
    if (word !== 'stream') return -1;
    let at = this.pos + 6;
    if (this.b[at] === 13) at++;
    if (this.b[at] === 10) at++;
    return at;
  }
}

/** The objects of one PDF file, found on first use. */
export class PdfObjects {
  /** Object number → where its value starts, for objects written out in the file. */
  private readonly offsets = new Map<number, number>();
  /** Object streams not yet read. */
  private readonly objectStreams: number[] = [];
  /** Objects read so far, and every object of the object streams once one was looked for. */
  private readonly cache = new Map<number, PdfValue | PdfStream>();

  constructor(private readonly b: Uint8Array) {
    const text = Buffer.from(b.buffer, b.byteOffset, b.length).toString('latin1');
    const header = /(\d+)[\0\t\n\f\r ]+\d+[\0\t\n\f\r ]+obj(?![^\0\t\n\f\r ()<>[\]{}/%])/g;
    for (let m = header.exec(text); m; m = header.exec(text)) {
      const num = Number(m[1]);
      const at = m.index + m[0].length;
      this.offsets.set(num, at); // a later definition (an incremental update) wins
      const next = this.skipObject(text, num, at);
      if (next > header.lastIndex) header.lastIndex = next;
    }
  }

  /** Past an object's stream data (whose bytes could look like "N G obj"), and notes object streams. */
  private skipObject(text: string, num: number, at: number): number {
    try {
      const lexer = new Lexer(this.b, at);
      const dict = lexer.read();
      if (!(dict instanceof Map)) return lexer.pos;
      const start = lexer.streamStart();
      if (start < 0) return lexer.pos;
      if (dict.get('Type') instanceof Name && (dict.get('Type') as Name).name === 'ObjStm') this.objectStreams.push(num);
      const length = dict.get('Length');
      if (typeof length === 'number' && text.startsWith('endstream', this.skipWhite(start + length))) return start + length;
      const end = text.indexOf('endstream', start);
      return end < 0 ? text.length : end;
    } catch {
      return at;
    }
  }

  private skipWhite(at: number): number {
    while (WHITE.has(this.b[at] ?? -1)) at++;
    return at;
  }

  /** Follows a reference (and nothing else); null for a missing object. */
  get(value: PdfValue | undefined): PdfValue | PdfStream | undefined {
    if (!(value instanceof Ref)) return value;
    const cached = this.cache.get(value.num);
    if (cached !== undefined) return cached;
    const object = this.load(value.num);
    if (object !== undefined) this.cache.set(value.num, object);
    return object;
  }

  /** A value that must not be a stream (a dictionary, a number, a name…), references followed. */
  value(value: PdfValue | undefined): PdfValue | undefined {
    const v = this.get(value);
    return isStream(v) ? undefined : v;
  }

  private load(num: number): PdfValue | PdfStream | undefined {
    const at = this.offsets.get(num);
    if (at !== undefined) {
      const lexer = new Lexer(this.b, at);
      const value = lexer.read();
      if (!(value instanceof Map)) return value;
      const start = lexer.streamStart();
      if (start < 0) return value;
      const length = this.value(value.get('Length'));
      if (typeof length !== 'number' || start + length > this.b.length) return undefined;
      return { dict: value, bytes: this.b.subarray(start, start + length) };
    }
    if (this.objectStreams.length > 0) this.unpackAll();
    return this.cache.get(num);
  }

  /** Reads every object stream (pairs of object number and offset, then the objects). */
  private unpackAll(): void {
    for (const num of this.objectStreams.splice(0)) {
      const stream = this.get(new Ref(num, 0));
      if (!isStream(stream)) continue;
      const data = decodeFlate(stream, this);
      const n = this.value(stream.dict.get('N'));
      const first = this.value(stream.dict.get('First'));
      if (!data || typeof n !== 'number' || typeof first !== 'number') continue;
      try {
        const lexer = new Lexer(data);
        const table = Array.from({ length: 2 * n }, () => lexer.read());
        for (let i = 0; i < 2 * n; i += 2) {
          const [object, offset] = [table[i], table[i + 1]];
          if (typeof object !== 'number' || typeof offset !== 'number') break;
          if (this.offsets.has(object) || this.cache.has(object)) continue;
          this.cache.set(object, new Lexer(data, first + offset).read() ?? null);
        }
      } catch {
        // a damaged object stream: its objects stay unknown, and the caller falls back
      }
    }
  }
}

export function isStream(v: unknown): v is PdfStream {
  return typeof v === 'object' && v !== null && 'dict' in v && 'bytes' in v;
}

/** A stream's one filter's name ('' for none), or null when it has several or parameters. */
export function onlyFilter(stream: PdfStream, objects: PdfObjects): string | null {
  let filter = objects.value(stream.dict.get('Filter'));
  if (Array.isArray(filter)) {
    if (filter.length > 1) return null;
    filter = objects.value(filter[0]);
  }
  const parms = objects.value(stream.dict.get('DecodeParms'));
  if (parms instanceof Map && parms.size > 0) return null;
  if (Array.isArray(parms) && parms.some((p) => objects.value(p) instanceof Map)) return null;
  if (filter === undefined || filter === null) return '';
  return filter instanceof Name ? filter.name : null;
}

/** A stream's data when it is plain or deflated without a predictor; null otherwise. */
export function decodeFlate(stream: PdfStream, objects: PdfObjects): Uint8Array | null {
  const filter = onlyFilter(stream, objects);
  if (filter === '') return stream.bytes;
  if (filter !== 'FlateDecode') return null;
  try {
    return inflateSync(stream.bytes);
  } catch {
    return null;
  }
}
