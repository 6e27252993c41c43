import { describe, expect, it } from 'vitest';
import { glyphsBeforeSlash, type GrayImage } from '../../src/image/index.ts';
import type { OcrEngine, OcrMode, OcrResult } from '../../src/ocr/index.ts';
import { createCanvas } from '@napi-rs/canvas';
import { readEvidence } from '../../src/table/evidence.ts';
import { readTextWithDates } from '../../src/table/index.ts';
import { glyphFixture } from '../image/render.ts'; // (and registers TestSerif)

const blank: GrayImage = { data: Buffer.alloc(400 * 40, 255), width: 400, height: 40 };

/**
 * Reads the cell as `cell` (one word box per word, each word as sure as `confidence` says) and
 * a single word as `again`, or as the next of its readings on each call.
 */
function engine(cell: string, again: string | string[], confidence: Record<string, number> = {}): OcrEngine & { rereads: OcrMode[] } {
  const rereads: OcrMode[] = [];
  return {
    rereads,
    async recognize(_img, { mode }): Promise<OcrResult> {
      if (mode !== 'text') {
        rereads.push(mode);
        const text = typeof again === 'string' ? again : again[rereads.length - 1] ?? '';
        return { text, confidence: 0.9, words: [] };
      }
      const words = cell.split(' ').map((text, i) => ({ text, bbox: [i * 30, 5, i * 30 + 28, 35] as [number, number, number, number], confidence: confidence[text] ?? 0.9 }));
      return { text: cell, confidence: 0.9, words };
    },
    close: async () => undefined,
  };
}

/**
 * Character boxes of `word` as the OCR places them: 20 px each, 2 px apart, but for the letter
 * at `phantom`, 12 px wide and run 5 px into the glyphs either side of it, the next one an
 * ampersand 34 px wide.
 */
function symbolsOf(word: string, phantom = -1): { text: string; x0: number; x1: number }[] {
  const symbols: { text: string; x0: number; x1: number }[] = [];
  let x = 0;
  for (const [i, text] of [...word].entries()) {
    const x0 = i === phantom || i === phantom + 1 ? x - 7 : x;
    const x1 = x0 + (i === phantom ? 12 : i === phantom + 1 ? 34 : 20);
    symbols.push({ text, x0, x1 });
    x = x1 + 2;
  }
  return symbols;
}

/** Reads the cell as `cell`, its word `word` with the character boxes `symbols`, and any word alone as `again`. */
function boxedEngine(cell: string, word: string, symbols: { text: string; x0: number; x1: number }[], again: string, confidence: number): OcrEngine {
  return {
    async recognize(_img, { mode }): Promise<OcrResult> {
      if (mode !== 'text') return { text: again, confidence: 0.9, words: [] };
      const words = cell.split(' ').map((text, i) => ({
        text, bbox: [i * 30, 5, i * 30 + 28, 35] as [number, number, number, number], confidence: text === word ? confidence : 0.9, ...(text === word ? { symbols } : {}),
      }));
      return { text: cell, confidence: 0.9, words };
    },
    close: async () => undefined,
  };
}

describe('readEvidence', () => {
  it('drops a letter the OCR made of an ampersand\'s loop, boxed across the glyphs either side of it (12101: "SNV-CCHCK&PC")', async () => {
    const cell = 'Công văn số 3250/SNV-CCHCK&PC ngày 21/03/2018';
    const word = '3250/SNV-CCHCK&PC';
    const phantom = word.indexOf('K');
    expect((await readEvidence(boxedEngine(cell, word, symbolsOf(word, phantom), word, 0.9), blank)).text).toBe('Công văn số 3250/SNV-CCHC&PC ngày 21/03/2018');
    // Read again because unsure, the word comes back with the loop read as a letter again: that is no second opinion.
    expect((await readEvidence(boxedEngine(cell, word, symbolsOf(word, phantom), '3250/SNV-CCHCA&PC', 0.46), blank)).text).toBe('Công văn số 3250/SNV-CCHC&PC ngày 21/03/2018');
    // A letter before an ampersand that stands clear of it is printed.
    expect((await readEvidence(boxedEngine(cell, word, symbolsOf(word), word, 0.9), blank)).text).toBe(cell);
  });

  it('reads a date whose 1 came out an L, ¡ or { on a 1-bit scan again as a word (11908: "ngày L8/7/2018", 11905: "ngày ¡5/11/2018")', async () => {
    expect((await readEvidence(engine('Báo cáo số 2502/BC-UBND ngày L8/7/2018', '18/7/2018'), blank)).text).toBe('Báo cáo số 2502/BC-UBND ngày 18/7/2018');
    expect((await readEvidence(engine('Nghị định số 43/2018/NĐ-CP ngày ¡5/11/2018', '15/11/2018'), blank)).text).toBe('Nghị định số 43/2018/NĐ-CP ngày 15/11/2018');
    expect((await readEvidence(engine('Quyết định số 43/2018/QĐ-UBND ngày {8/11/2018', '18/11/2018'), blank)).text).toBe('Quyết định số 43/2018/QĐ-UBND ngày 18/11/2018');
  });

  it('does not take a second reading whose code clashes with the type word printed before it when the first did not ("1864/RC-UBND")', async () => {
    const ocr = engine('BC số 1864/BC-UBND ngày 30/06/2018', '1864/RC-UBND', { '1864/BC-UBND': 0.62 });
    expect((await readEvidence(ocr, blank)).text).toBe('BC số 1864/BC-UBND ngày 30/06/2018');
  });

  it('reads a misshapen citation word again and keeps the reading that has a citation shape', async () => {
    const ocr = engine('BC số I060/BC-UBND ngày 07/07/2018', '1060/BC-UBND');
    expect((await readEvidence(ocr, blank)).text).toBe('BC số 1060/BC-UBND ngày 07/07/2018');
  });

  it('reads again a number whose slash came out an apostrophe and a letter ("Số:294\'PBC-UBND", 13004)', async () => {
    const ocr = engine("Số:294'PBC-UBND Hậu Lộc, ngày 19 tháng 12 năm 2018", 'Số:294/BC-UBND');
    expect((await readEvidence(ocr, blank)).text).toBe('Số:294/BC-UBND Hậu Lộc, ngày 19 tháng 12 năm 2018');
  });

  it('reads a date with no such day or month again ("35.08.2018", "00.2018")', async () => {
    expect((await readEvidence(engine('Kế hoạch số 575/KH-UBND ngày 35.08.2018', '25.08.2018'), blank)).text).toBe('Kế hoạch số 575/KH-UBND ngày 25.08.2018');
    expect((await readEvidence(engine('Báo cáo số 1336/BC-UBND ngày 25 00.2018', '06.2018'), blank)).text).toBe('Báo cáo số 1336/BC-UBND ngày 25 06.2018');
  });

  it('reads a symbol whose Đ came out twice again, however surely it was read ("3444/QĐĐ-CT", 12005)', async () => {
    const ocr = engine('Quyết định số 3444/QĐĐ-CT ngày 09/10/2018', '3444/QĐ-CT');
    expect((await readEvidence(ocr, blank)).text).toBe('Quyết định số 3444/QĐ-CT ngày 09/10/2018');
    // A second reading with the Đ twice again leaves the first.
    expect((await readEvidence(engine('BC số 2826/BC-UBNDĐ ngày 27/9/2018', '2826/BC-UBNDĐ'), blank)).text).toBe('BC số 2826/BC-UBNDĐ ngày 27/9/2018');
    // A real symbol's DĐ (SGDĐT) is no doubled Đ.
    const real = engine('CV số 12/SGDĐT-VP ngày 09/10/2018', '12/SGDT-VP');
    expect((await readEvidence(real, blank)).text).toBe('CV số 12/SGDĐT-VP ngày 09/10/2018');
    expect(real.rereads).toEqual([]);
  });

  it('reads again a number with a dash before its slash (a 4 read as "-1": "377-1/TB-UBND", 11908) or a mark before its digits ("!659")', async () => {
    expect((await readEvidence(engine('Thông báo số 377-1/TB-UBND ngày 20/03/2018', '3774/TB-UBND'), blank)).text).toBe('Thông báo số 3774/TB-UBND ngày 20/03/2018');
    expect((await readEvidence(engine('Báo cáo số !659/BC-UBND ngày 30/6/2018', '1659/BC-UBND'), blank)).text).toBe('Báo cáo số 1659/BC-UBND ngày 30/6/2018');
    // A party document's dash stands before its letters.
    const party = engine('Chỉ thị số 11-CT/TW ngày 20/03/2018', '11/CT-TW');
    expect((await readEvidence(party, blank)).text).toBe('Chỉ thị số 11-CT/TW ngày 20/03/2018');
    expect(party.rereads).toEqual([]);
  });

  it('reads again a code one letter off its type word ("Thông báo số 273/FB-UBND", 11903), not one that is the type word\'s', async () => {
    expect((await readEvidence(engine('Thông báo số 273/FB-UBND ngày 12/01/2018', '273/TB-UBND'), blank)).text).toBe('Thông báo số 273/TB-UBND ngày 12/01/2018');
    const same = engine('Thông báo số 273/TB-UBND ngày 12/01/2018', '273/FB-UBND');
    expect((await readEvidence(same, blank)).text).toBe('Thông báo số 273/TB-UBND ngày 12/01/2018');
    expect(same.rereads).toEqual([]);
  });

  it('keeps the first reading when the second is misshapen too', async () => {
    const ocr = engine('CV số 618/5NV-CCHC ngày 11/08/2018', '618/5NV-CCHC');
    expect((await readEvidence(ocr, blank)).text).toBe('CV số 618/5NV-CCHC ngày 11/08/2018');
    expect(ocr.rereads).toEqual(['line', 'word']);
  });

  it('never reads a well-shaped citation again', async () => {
    const ocr = engine('BC số 3000/BC-UBND ngày 17/06/2018', '3009/BC-UBND');
    expect((await readEvidence(ocr, blank)).text).toBe('BC số 3000/BC-UBND ngày 17/06/2018');
    expect(ocr.rereads).toEqual([]);
  });

  it("reads a cover's or annex title's every citation again, however sure: the report's own number is one", async () => {
    const ocr = engine('Số: 220/BC-UBND Vĩnh Lộc, ngày 17 tháng 11 năm 2018', '229/BC-UBND');
    expect(await readTextWithDates(ocr, blank)).toBe('Số: 229/BC-UBND Vĩnh Lộc, ngày 17 tháng 11 năm 2018');
    expect(ocr.rereads).toEqual(['word', 'word']);
    // Two readings of the word alone that disagree leave the first reading.
    expect(await readTextWithDates(engine('Số: 220/BC-UBND ngày 17/11/2018', ['229/BC-UBND', '228/BC-UBND', '', '']), blank)).toBe('Số: 220/BC-UBND ngày 17/11/2018');
  });

  it('reads an unsure number and symbol twice as a word, and takes the readings when they agree', async () => {
    const ocr = engine('Công văn số 1147/SNV-CCHOG ngày 08/05/2018', '1147/SNV-CCHC', { '1147/SNV-CCHOG': 0.62 });
    expect((await readEvidence(ocr, blank)).text).toBe('Công văn số 1147/SNV-CCHC ngày 08/05/2018');
    expect(ocr.rereads).toEqual(['word', 'word']);
  });

  it('takes the reading that kept the slash when the two differ only by it', async () => {
    const ocr = engine('Công văn số 3833/UBND-VP ngày 16/05/2018', ['383UBND-VP', '383/UBND-VP'], { '3833/UBND-VP': 0.21 });
    expect((await readEvidence(ocr, blank)).text).toBe('Công văn số 383/UBND-VP ngày 16/05/2018');
  });

  it('reads a number and symbol whose code is not the type word before it again, taking the two of three readings that agree', async () => {
    const ocr = engine('Thông báo số 16/PB-UBND ngày 16/02/2018', ['16/TB-UBND', '16/TFB-UBND', '16/TB-UBND']);
    expect((await readEvidence(ocr, blank)).text).toBe('Thông báo số 16/TB-UBND ngày 16/02/2018');
    expect(ocr.rereads).toEqual(['word', 'word', 'word']);
  });

  it('keeps a code that is not the type word when the readings again say so (a slip the validator reports)', async () => {
    const ocr = engine('Thông báo số 16/PB-UBND ngày 16/02/2018', '16/PB-UBND');
    expect((await readEvidence(ocr, blank)).text).toBe('Thông báo số 16/PB-UBND ngày 16/02/2018');
  });

  it('keeps an unsure word when the two readings disagree', async () => {
    const ocr = engine('Công văn số 480/SNV-CCHOG ngày 31/01/2018', ['480/SNV-CCHC', '480/SNV-CCHOC'], { '480/SNV-CCHOG': 0.24 });
    expect((await readEvidence(ocr, blank)).text).toBe('Công văn số 480/SNV-CCHOG ngày 31/01/2018');
  });

  it('reads a symbol with an accented letter other than Đ again, however sure', async () => {
    const ocr = engine('Công văn số 3136/UBND-ÑV ngày 6/8/2018', '3136/UBND-NV');
    expect((await readEvidence(ocr, blank)).text).toBe('Công văn số 3136/UBND-NV ngày 6/8/2018');
  });
});

describe('readEvidence, a slash read as 7', () => {
  it('does not take a second reading that finds a slash right after the 7 that may have been it', async () => {
    const ocr = engine('Báo cáo số 1677BC-UBND ngày 09/12/2018', '1677/BC-UBND');
    expect((await readEvidence(ocr, blank)).text).toBe('Báo cáo số 1677BC-UBND ngày 09/12/2018');
  });
});

describe('readEvidence, a slash after a 7 that the ink shows', () => {
  /** One printed word, and an engine that reads it as `cell` in one box, and alone as `again`. */
  const printed = (word: string): GrayImage => {
    const canvas = createCanvas(640, 90);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, 640, 90);
    ctx.fillStyle = '#000';
    ctx.font = '40px TestSerif';
    ctx.fillText(word, 20, 60);
    const rgba = ctx.getImageData(0, 0, 640, 90).data;
    return { data: Buffer.from(Array.from({ length: 640 * 90 }, (_, i) => (rgba[i * 4]! < 128 ? 0 : 255))), width: 640, height: 90 };
  };
  const oneWord = (cell: string, again: string): OcrEngine => ({
    async recognize(_img, { mode }): Promise<OcrResult> {
      if (mode !== 'text') return { text: again, confidence: 0.9, words: [] };
      return { text: cell, confidence: 0.9, words: [{ text: cell, bbox: [14, 20, 620, 72], confidence: 0.9 }] };
    },
    close: async () => undefined,
  });

  it('takes the reading with the slash when the 7 and the slash each stand in the ink', async () => {
    expect((await readEvidence(oneWord('397BC-UBND', '397/BC-UBND'), printed('397/BC-UBND'))).text).toBe('397/BC-UBND');
  });

  it('not when the ink holds a glyph fewer: the 7 was the slash', async () => {
    expect((await readEvidence(oneWord('397BC-UBND', '397/BC-UBND'), printed('39/BC-UBND'))).text).toBe('397BC-UBND');
  });

  it('takes a second reading that keeps the label a cover prints against the number (13301\'s "Số:450/BC-ƯBND.", read again "Số: 450/BC-UBND")', async () => {
    expect((await readEvidence(oneWord('Số:450/BC-ƯBND.', 'Số: 450/BC-UBND'), printed('Số: 450/BC-UBND'), { everyCitation: true })).text).toBe('Số:450/BC-UBND');
    // Any other mark inside it is still no citation's shape.
    expect((await readEvidence(oneWord('Số:450/BC-ƯBND.', 'Số: 450/BC:UBND'), printed('Số: 450/BC-UBND'), { everyCitation: true })).text).toBe('Số:450/BC-ƯBND.');
  });

  it('reads again a number whose digit came out a small letter (13306\'s "đ0/BC-UBND" for 80)', async () => {
    expect((await readEvidence(oneWord('đ0/BC-UBND', '80/BC-UBND'), printed('80/BC-UBND'))).text).toBe('80/BC-UBND');
  });

  it('puts back a serif 1 the OCR dropped where the ink shows one more digit, a stroke (11201\'s annex "28/BC-UBND" for 128)', async () => {
    expect((await readEvidence(oneWord('28/BC-UBND', '28/BC-UBND'), printed('128/BC-UBND'))).text).toBe('128/BC-UBND');
    expect((await readEvidence(oneWord('35/UBND-VP', '35/UBND-VP'), printed('315/UBND-VP'))).text).toBe('315/UBND-VP');
    // Not where the glyph missing is no stroke, nor where the digits read are all there.
    expect((await readEvidence(oneWord('28/BC-UBND', '28/BC-UBND'), printed('328/BC-UBND'))).text).toBe('28/BC-UBND');
    expect((await readEvidence(oneWord('128/BC-UBND', '128/BC-UBND'), printed('128/BC-UBND'))).text).toBe('128/BC-UBND');
  });

  it('does not take half of a 0 the scan broke into arcs for a lost 1 (11908\'s "3074/QĐ-CT", its 0 two arcs)', async () => {
    const word = await glyphFixture('citation-3074-200dpi-0-in-arcs');
    // The ink before the slash shows five glyphs: 3, the 0's two arcs (the right one a stroke), 7, 4.
    expect(glyphsBeforeSlash(word)).toMatchObject({ digits: 5, stems: [false, false, true, false, false] });
    const reads: OcrEngine = {
      async recognize(): Promise<OcrResult> {
        return { text: '3074/QĐ-CT', confidence: 0.9, words: [{ text: '3074/QĐ-CT', bbox: [2, 2, word.width - 2, word.height - 2], confidence: 0.9 }] };
      },
      close: async () => undefined,
    };
    expect((await readEvidence(reads, word)).text).toBe('3074/QĐ-CT');
  });

  it('keeps a number read first when a second reading changes a digit into one its glyph cannot be (12804\'s cover "436/BC-UBND" read again 435)', async () => {
    const word = await glyphFixture('citation-436-240dpi-6-bowl-open');
    // The 6's bowl is open at its top, but its ink stands on both sides below its middle: no 5.
    expect(glyphsBeforeSlash(word)).toMatchObject({ digits: 3 });
    expect(glyphsBeforeSlash(word)!.lowerSides[2]).toBe(true);
    const rereadAs = (again: string): OcrEngine => ({
      async recognize(_img, { mode }): Promise<OcrResult> {
        if (mode === 'word') return { text: again, confidence: 0.9, words: [] };
        return { text: '436/BC-UBND', confidence: 0.76, words: [{ text: '436/BC-UBND', bbox: [2, 2, word.width - 2, word.height - 2], confidence: 0.76 }] };
      },
      close: async () => undefined,
    });
    expect((await readEvidence(rereadAs('435/BC-UBND'), word, { everyCitation: true })).text).toBe('436/BC-UBND');
    // A second reading its glyphs allow still replaces the first.
    expect((await readEvidence(rereadAs('438/BC-UBND'), word, { everyCitation: true })).text).toBe('438/BC-UBND');
  });

  it('counts the strokes of a quarter\'s numeral read "IIU" (two I\'s run together at their feet, 12008)', async () => {
    const quarter: OcrEngine = {
      async recognize(): Promise<OcrResult> {
        return { text: 'Quý IIU/2018', confidence: 0.9, words: [{ text: 'Quý', bbox: [0, 0, 10, 10], confidence: 0.9 }, { text: 'IIU/2018', bbox: [14, 20, 620, 72], confidence: 0.9 }] };
      },
      close: async () => undefined,
    };
    expect((await readEvidence(quarter, printed('III/2018'))).text).toBe('Quý III/2018');
  });

  it('counts the strokes of a quarter\'s numeral read with a V for an I and the slash ("Quý IV2018" for II/2018, 12301)', async () => {
    const quarter = (word: string): OcrEngine => ({
      async recognize(): Promise<OcrResult> {
        return { text: `Quý ${word}`, confidence: 0.9, words: [{ text: 'Quý', bbox: [0, 0, 10, 10], confidence: 0.9 }, { text: word, bbox: [14, 20, 620, 72], confidence: 0.9 }] };
      },
      close: async () => undefined,
    });
    expect((await readEvidence(quarter('IV2018'), printed('II/2018'))).text).toBe('Quý II/2018');
    // A IV is no row of strokes: what was read stands.
    expect((await readEvidence(quarter('IV2018'), printed('IV/2018'))).text).toBe('Quý IV2018');
  });

  it('does not take a second reading that dropped a digit the first read and the ink shows', async () => {
    expect(await readTextWithDates(oneWord('128/BC-UBND', '28/BC-UBND'), printed('128/BC-UBND'))).toBe('128/BC-UBND');
    // The word's box cut the serif 1 off (11201's annex): the second reading lost the number's lead.
    expect(await readTextWithDates(oneWord('128/BC-UBND', '28/BC-UBND'), printed('28/BC-UBND'))).toBe('128/BC-UBND');
    // One that keeps every digit, in glyphs that may be those it reads, is taken (a 9 for the
    // 8 would not be: two holes).
    expect(await readTextWithDates(oneWord('128/BC-UBND', '138/BC-UBND'), printed('128/BC-UBND'))).toBe('138/BC-UBND');
  });
});

describe('readEvidence, dates', () => {
  it('reads an unsure date again and takes the readings when they agree', async () => {
    const ocr = engine('Báo cáo số 56/BC-UBND ngày 23/3/2019', '23/3/2018', { '23/3/2019': 0.4 });
    expect((await readEvidence(ocr, blank)).text).toBe('Báo cáo số 56/BC-UBND ngày 23/3/2018');
  });
});

describe('readEvidence, what two readings must agree on', () => {
  it('keeps an unsure word when the readings differ in a mark other than a slash', async () => {
    const ocr = engine('Nghị định số 10/2018/NĐ-CP ngày 26/06/2018', ['10/2018/NĐ:CP', '10/2018/NĐ-CP'], { '10/2018/NĐ-CP': 0.5 });
    expect((await readEvidence(ocr, blank)).text).toBe('Nghị định số 10/2018/NĐ-CP ngày 26/06/2018');
  });

  it('keeps an unsure word when both readings hold a colon', async () => {
    const ocr = engine('Nghị định số 10/2018/NĐ-CP ngày 26/06/2018', '10/2018/NĐ:CP', { '10/2018/NĐ-CP': 0.5 });
    expect((await readEvidence(ocr, blank)).text).toBe('Nghị định số 10/2018/NĐ-CP ngày 26/06/2018');
  });

  it('drops a speck read before the word', async () => {
    const ocr = engine('Báo cáo số 1935/BC-UBND ngày 26/06/2018', ['.1935/BC-UBND', '1935/BC-UBND'], { '1935/BC-UBND': 0.5 });
    expect((await readEvidence(ocr, blank)).text).toBe('Báo cáo số 1935/BC-UBND ngày 26/06/2018');
  });
});

describe('readEvidence, impossible dates', () => {
  it('reads a date decades ahead again', async () => {
    const ocr = engine('Quyết định số 78/2018/QĐ-UBND ngày 19/03/2078 về', '19/03/2018');
    expect((await readEvidence(ocr, blank)).text).toBe('Quyết định số 78/2018/QĐ-UBND ngày 19/03/2018 về');
  });

  it("reads a legal act whose year is none again (\"43/5017/QĐ-UBND\"), and only that", async () => {
    const ocr = engine('Quyết định số 43/5017/QĐ-UBND ngày 08/10/2017', '43/2017/QĐ-UBND');
    expect((await readEvidence(ocr, blank)).text).toBe('Quyết định số 43/2017/QĐ-UBND ngày 08/10/2017');
    const sure = engine('Quyết định số 43/2017/QĐ-UBND ngày 08/10/2017', '43/2011/QĐ-UBND');
    expect((await readEvidence(sure, blank)).text).toBe('Quyết định số 43/2017/QĐ-UBND ngày 08/10/2017');
    expect(sure.rereads).toEqual([]);
  });

  it('reads a date with no such month again', async () => {
    const ocr = engine('Công văn số 2790/UBND-NV ngày 20/57/2018 về', '20/5/2018');
    expect((await readEvidence(ocr, blank)).text).toBe('Công văn số 2790/UBND-NV ngày 20/5/2018 về');
  });
});

describe('readEvidence, numbers split in two', () => {
  it('joins a digit split from its number when both readings of the two as one word agree', async () => {
    const ocr = engine('BC số 1 107/BC-UBND ngày 1 1/07/2018', ['1107/BC-UBND', '1107/BC-UBND', '11/07/2018', '11/07/2018']);
    expect((await readEvidence(ocr, blank)).text).toBe('BC số 1107/BC-UBND ngày 11/07/2018');
  });

  it('joins a serif 1 read as a stroke to the number after "ngày" when both readings of the two make it a 1 (11701)', async () => {
    const ocr = engine('BC số 3238/BC-UBND ngày ¡ 1/07/2018 kết quả', ['11/07/2018', '11/07/2018']);
    expect((await readEvidence(ocr, blank)).text).toBe('BC số 3238/BC-UBND ngày 11/07/2018 kết quả');
    const other = engine('VB số 2666/SNV-CCHC ngày I 1/1/2018 v/v', ['11/1/2018', '1/1/2018']);
    expect((await readEvidence(other, blank)).text).toBe('VB số 2666/SNV-CCHC ngày I 1/1/2018 v/v');
  });

  it('joins a number split before a half that is misshapen too ("số 36 I7/QĐ-CT", 11908), before reading that half alone', async () => {
    const ocr = engine('Quyết định số 36 I7/QĐ-CT ngày 03/01/2018', ['3617/QĐ-CT', '3617/QĐ-CT', '17/QĐ-CT', '17/QĐ-CT']);
    expect((await readEvidence(ocr, blank)).text).toBe('Quyết định số 3617/QĐ-CT ngày 03/01/2018');
  });

  it('joins a number split after three digits ("số 178 1/BC-UBND", 11905)', async () => {
    const ocr = engine('Báo cáo số 178 1/BC-UBND ngày 08/07/2018', ['1781/BC-UBND', '1781/BC-UBND']);
    expect((await readEvidence(ocr, blank)).text).toBe('Báo cáo số 1781/BC-UBND ngày 08/07/2018');
  });

  it('joins a number whose readings as one agree on its digits, keeping its symbol as first read (13408\'s "21 14/BC-UBND" read again "2114/RC-UBND")', async () => {
    const ocr = engine('Báo cáo số 21 14/BC-UBND ngày 01/02/2018', ['2114/RC-UBND', '2114/BC-UBND']);
    expect((await readEvidence(ocr, blank)).text).toBe('Báo cáo số 2114/BC-UBND ngày 01/02/2018');
  });

  it('joins a number split after a type word without "số" (13406\'s "Quyết định 31 19/QĐ-CT")', async () => {
    const ocr = engine('Quyết định 31 19/QĐ-CT ngày 26/6/2018', ['3119/QĐ-CT', '3119/QĐ-CT']);
    expect((await readEvidence(ocr, blank)).text).toBe('Quyết định 3119/QĐ-CT ngày 26/6/2018');
  });

  it('joins a serif 1 read as a stroke to a 1 read as a bracket, the symbol from a reading that is whole (13406\'s "số I [/2018/QĐĐ-UBND")', async () => {
    const cell = 'Quyết định số I [/2018/QĐĐ-UBND';
    // Each word as wide as its letters (16 px each), 8 px apart: the stroke stands one letter's width before the bracket.
    const starts = [0, 112, 240, 296, 312];
    const ocr: OcrEngine = {
      async recognize(_img, { mode }): Promise<OcrResult> {
        if (mode !== 'text') return { text: '11/2018/QĐ-UBND', confidence: 0.9, words: [] };
        const words = cell.split(' ').map((text, i) => ({ text, bbox: [starts[i]!, 5, starts[i]! + 16 * text.length - 8, 35] as [number, number, number, number], confidence: 0.9 }));
        return { text: cell, confidence: 0.9, words };
      },
      close: async () => undefined,
    };
    expect((await readEvidence(ocr, blank)).text).toBe('Quyết định số 11/2018/QĐ-UBND');
  });

  it('keeps them apart when a reading does not hold both', async () => {
    const ocr = engine('BC số 1 107/BC-UBND ngày 02/03/2018', ['107/BC-UBND', '1107/BC-UBND']);
    expect((await readEvidence(ocr, blank)).text).toBe('BC số 1 107/BC-UBND ngày 02/03/2018');
  });
});
