/** The values the pdf stage hands to the next stages. */

/** A box in page pixels, top-left origin: [x0, y0, x1, y1]. */
export type BBox = [number, number, number, number];

/** One run of text from a page's text layer. */
export interface TextItem {
  /** The run's text, NFC. */
  text: string;
  /** Where it stands, in pixels of the page rendered at {@link TEXT_DPI}. */
  bbox: BBox;
}

/** An 8-bit grayscale raster, one byte per pixel, rows top to bottom, no padding. */
export interface GrayImage {
  data: Buffer;
  width: number;
  height: number;
}

/** A page whose text layer is trustworthy Vietnamese text: no OCR needed. */
export interface TextPage {
  kind: 'text';
  /** 1-based page number. */
  page: number;
  /** Page size in pixels at {@link TEXT_DPI}, the space of the items' boxes. */
  width: number;
  height: number;
  items: TextItem[];
}

/** A page that must be read from its pixels. */
export interface ImagePage {
  kind: 'image';
  /** 1-based page number. */
  page: number;
  image: GrayImage;
  /** Pixels per inch of the image against the page's own size. */
  dpi: number;
  /** 'embedded': the page's own scan at its resolution; 'rendered': pdf.js drew the page. */
  origin: 'embedded' | 'rendered';
}

/** What one page gives the image/OCR stages: text, or pixels to read. */
export type PageSource = TextPage | ImagePage;

/** The scale of text boxes and of rendered pages. */
export const TEXT_DPI = 300;
