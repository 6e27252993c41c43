/** Writes tiny PDFs by hand, for inputs no sample has: encrypted, pageless, 1×1-pixel scans. */

/** A PDF object: a dictionary or other value, optionally with stream bytes. */
export interface PdfObject {
  dict: string;
  stream?: Uint8Array;
}

/**
 * Serialises objects numbered 1.. in order, with a correct xref table. Object 1 must be the
 * catalog; `trailer` adds entries to the trailer dictionary.
 */
export function buildPdf(objects: PdfObject[], trailer = ''): Uint8Array {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xE2\xE3\xCF\xD3\n', 'latin1')];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  const push = (chunk: Buffer): void => {
    parts.push(chunk);
    length += chunk.length;
  };
  objects.forEach((object, i) => {
    offsets.push(length);
    if (object.stream) {
      push(Buffer.from(`${i + 1} 0 obj\n${object.dict.replace(/>>\s*$/, '')} /Length ${object.stream.length} >>\nstream\n`, 'latin1'));
      push(Buffer.from(object.stream));
      push(Buffer.from('\nendstream\nendobj\n', 'latin1'));
    } else {
      push(Buffer.from(`${i + 1} 0 obj\n${object.dict}\nendobj\n`, 'latin1'));
    }
  });
  const xref = length;
  const rows = offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  push(
    Buffer.from(
      `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${rows}` +
        `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailer}>>\nstartxref\n${xref}\n%%EOF\n`,
      'latin1',
    ),
  );
  return new Uint8Array(Buffer.concat(parts));
}

/** Options for {@link imagePagePdf}. */
export interface ImagePageOptions {
  /** Page size in points. */
  width: number;
  height: number;
  /** The image XObject's dictionary entries (without /Length) and its bytes. */
  image: { dict: string; bytes: Uint8Array };
  /** The `cm` matrix the image is painted under; default: stretched over the whole page. */
  cm?: string;
  /** The page's /Rotate. */
  rotate?: number;
}

/** A one-page PDF that paints one image. */
export function imagePagePdf({ width, height, image, cm, rotate = 0 }: ImagePageOptions): Uint8Array {
  const content = Buffer.from(`q ${cm ?? `${width} 0 0 ${height} 0 0`} cm /Im1 Do Q`, 'latin1');
  return buildPdf([
    { dict: '<< /Type /Catalog /Pages 2 0 R >>' },
    { dict: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
    {
      dict:
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${width} ${height}] /Rotate ${rotate} ` +
        '/Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>',
    },
    { dict: '<< >>', stream: content },
    { dict: `<< /Type /XObject /Subtype /Image ${image.dict} >>`, stream: image.bytes },
  ]);
}

/** A PDF whose catalog has an empty page tree. */
export function pagelessPdf(): Uint8Array {
  return buildPdf([{ dict: '<< /Type /Catalog /Pages 2 0 R >>' }, { dict: '<< /Type /Pages /Kids [] /Count 0 >>' }]);
}

/**
 * A PDF under the standard security handler whose user password is not empty: the /U entry
 * matches no password, so a reader must ask for one.
 */
export function passwordPdf(): Uint8Array {
  const junk = `<${'5a'.repeat(32)}>`;
  const id = '<0123456789abcdef0123456789abcdef>';
  return buildPdf(
    [
      { dict: '<< /Type /Catalog /Pages 2 0 R >>' },
      { dict: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
      { dict: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>' },
      { dict: `<< /Filter /Standard /V 1 /R 2 /O ${junk} /U ${junk} /P -4 >>` },
    ],
    `/Encrypt 4 0 R /ID [${id} ${id}] `,
  );
}

/** A page with a ruled box and no text and no image: only vector drawing. */
export function vectorPdf(): Uint8Array {
  const content = Buffer.from('2 w 72 72 451 698 re S', 'latin1');
  return buildPdf([
    { dict: '<< /Type /Catalog /Pages 2 0 R >>' },
    { dict: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
    { dict: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>' },
    { dict: '<< >>', stream: content },
  ]);
}
