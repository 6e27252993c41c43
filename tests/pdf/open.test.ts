import { describe, expect, it } from 'vitest';
import { closePdf, openPdf, PdfError, type PdfErrorCode } from '../../src/pdf/index.ts';
import { realSample, realSampleNames } from '../helpers/samples.ts';
import { pagelessPdf, passwordPdf } from './make-pdf.ts';

async function openError(bytes: Uint8Array, file: string): Promise<PdfError> {
  const error: unknown = await openPdf(bytes, file).then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(PdfError);
  return error as PdfError;
}

async function expectRejected(bytes: Uint8Array, code: PdfErrorCode, reason: string): Promise<PdfError> {
  const error = await openError(bytes, 'bad.pdf');
  expect(error.code).toBe(code);
  expect(error.file).toBe('bad.pdf');
  expect(error.message).toBe(`bad.pdf: ${reason}`);
  return error;
}

describe('openPdf', () => {
  it.each(realSampleNames('.pdf'))('opens the real sample %s and counts its pages', async (name) => {
    const doc = await openPdf(realSample(name), name);
    expect(doc.file).toBe(name);
    expect(doc.pageCount).toBeGreaterThan(0);
    await closePdf(doc);
  });

  it('leaves the caller’s bytes intact (pdf.js takes ownership of what it is given)', async () => {
    const bytes = new Uint8Array(realSample('vht507.signed_20250510_124909.pdf'));
    const doc = await openPdf(bytes, 'vht507.pdf');
    await doc.destroy();
    expect(bytes.byteLength).toBe(realSample('vht507.signed_20250510_124909.pdf').byteLength);
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
  });

  it('rejects a file that is not a PDF as NOT_PDF', async () => {
    await expectRejected(new TextEncoder().encode('Báo cáo tự đánh giá, not a PDF'), 'NOT_PDF', 'not a PDF file');
    await expectRejected(realSample('va_4_1.jpg'), 'NOT_PDF', 'not a PDF file');
    await expectRejected(new Uint8Array(0), 'NOT_PDF', 'not a PDF file');
  });

  it('rejects an encrypted PDF that needs a password as ENCRYPTED, keeping pdf.js’s error as the cause', async () => {
    const error = await expectRejected(passwordPdf(), 'ENCRYPTED', 'encrypted PDF (password required)');
    expect((error.cause as Error).name).toBe('PasswordException');
  });

  it('rejects a PDF whose page tree is empty as NO_PAGES', async () => {
    await expectRejected(pagelessPdf(), 'NO_PAGES', 'PDF has no pages');
  });

  it.each(['va_1.pdf', '01CT_20250509_154257.pdf'])('rejects %s cut in half as CORRUPT', async (name) => {
    const whole = realSample(name);
    const error = await openError(new Uint8Array(whole.subarray(0, whole.length >> 1)), name);
    expect(error.code).toBe('CORRUPT');
    expect(error.message).toMatch(new RegExp(`^${name.replace('.', '\\.')}: corrupt or truncated PDF: `));
    expect(error.cause).toBeInstanceOf(Error);
  });

  it('rejects a PDF header followed by nothing as CORRUPT', async () => {
    const error = await openError(new TextEncoder().encode('%PDF-1.7\n'), 'stub.pdf');
    expect(error.code).toBe('CORRUPT');
  });
});
