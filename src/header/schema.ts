/**
 * What `cchc read-header` writes: a document's own header, field by field, each with the
 * confidence it was read with. A field that could not be read surely is null and named in
 * `unreadable`; it is never guessed.
 */
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ISO date YYYY-MM-DD');

/** The fields of a header, in the order they are printed. */
export const HEADER_FIELDS = ['issuer', 'typeName', 'type', 'number', 'year', 'symbol', 'place', 'date', 'subject'] as const;
export const HeaderField = z.enum(HEADER_FIELDS);
export type HeaderField = z.infer<typeof HeaderField>;

export const DocumentHeader = z.object({
  /** The file the header was read from (base name). */
  file: z.string(),
  /** False for a page that carries no document header (a continuation page, a blank page). */
  found: z.boolean(),
  /** Where the page came from: its text layer, its own scan, or a rendering of a born-digital page. */
  source: z.enum(['text', 'scan', 'rendered', 'image']),
  /** The issuing body, as printed at the top left (lines joined by a space), NFC. */
  issuer: z.string().nullable(),
  /** The type in words ("Chỉ thị", "Công văn"). */
  typeName: z.string().nullable(),
  /** The type code (NĐ 30/2020 Phụ lục III; "CV" for a công văn). */
  type: z.string().nullable(),
  /** The number as printed ("01", "1595", "30c"). */
  number: z.string().nullable(),
  /** Only when printed inside the number (1100/2017/QĐ-UBND). */
  year: z.number().int().nullable(),
  /** Everything after the number (and year): "CT-UBND". */
  symbol: z.string().nullable(),
  /** The place before the date ("Quảng Ngãi"). */
  place: z.string().nullable(),
  date: isoDate.nullable(),
  /** The subject line ("Về việc …", "V/v …", or the title under the type). */
  subject: z.string().nullable(),
  /** 0..1 per field that has a value. */
  confidence: z.partialRecord(HeaderField, z.number().min(0).max(1)),
  /** Fields that are printed but could not be read surely (a handwritten number, a seal over the date). */
  unreadable: z.array(HeaderField),
});
export type DocumentHeader = z.infer<typeof DocumentHeader>;
