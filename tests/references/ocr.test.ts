/** Dates in their printed forms, and the OCR damage that the structure of a citation proves. */
import { describeParse, ref, type ParseCase } from './expect.ts';

const dates: ParseCase[] = [
  {
    name: 'reads a two-digit day and month',
    text: 'QĐ số 413/QĐ-UBND ngày 30/01/2018',
    expected: [ref('QĐ số 413/QĐ-UBND ngày 30/01/2018', 'QĐ', '413', 'QĐ-UBND', '2018-01-30', { printedType: 'QĐ' })],
  },
  {
    name: 'pads a one-digit day and month',
    text: 'QĐ số 413/QĐ-UBND ngày 5/7/2018',
    expected: [ref('QĐ số 413/QĐ-UBND ngày 5/7/2018', 'QĐ', '413', 'QĐ-UBND', '2018-07-05', { printedType: 'QĐ' })],
  },
  {
    name: 'reads a worded date "ngày 30 tháng 01 năm 2018"',
    text: 'Quyết định số 413/QĐ-UBND ngày 30 tháng 01 năm 2018 của UBND thị xã',
    expected: [
      ref('Quyết định số 413/QĐ-UBND ngày 30 tháng 01 năm 2018', 'QĐ', '413', 'QĐ-UBND', '2018-01-30', {
        printedType: 'QĐ',
        subject: 'của UBND thị xã',
      }),
    ],
  },
  {
    name: 'reads a date with dashes',
    text: 'QĐ số 413/QĐ-UBND ngày 30-01-2018',
    expected: [ref('QĐ số 413/QĐ-UBND ngày 30-01-2018', 'QĐ', '413', 'QĐ-UBND', '2018-01-30', { printedType: 'QĐ' })],
  },
  {
    name: 'reads a date with dots',
    text: 'QĐ số 413/QĐ-UBND ngày 30.01.2018',
    expected: [ref('QĐ số 413/QĐ-UBND ngày 30.01.2018', 'QĐ', '413', 'QĐ-UBND', '2018-01-30', { printedType: 'QĐ' })],
  },
  {
    name: 'reads "Ngày" capitalised and "ngày:" with a colon',
    text: 'QĐ số 1/QĐ-UBND Ngày 02/01/2018; QĐ số 2/QĐ-UBND ngày: 03/01/2018',
    expected: [
      ref('QĐ số 1/QĐ-UBND Ngày 02/01/2018', 'QĐ', '1', 'QĐ-UBND', '2018-01-02', { printedType: 'QĐ' }),
      ref('QĐ số 2/QĐ-UBND ngày: 03/01/2018', 'QĐ', '2', 'QĐ-UBND', '2018-01-03', { printedType: 'QĐ' }),
    ],
  },
  {
    name: 'reads a date after a comma',
    text: 'Quyết định số 413/QĐ-UBND, ngày 30/01/2018',
    expected: [ref('Quyết định số 413/QĐ-UBND, ngày 30/01/2018', 'QĐ', '413', 'QĐ-UBND', '2018-01-30', { printedType: 'QĐ' })],
  },
  {
    name: 'keeps an impossible day in ISO shape so that citationProblem can name it',
    text: 'QĐ số 413/QĐ-UBND ngày 31/02/2018',
    expected: [ref('QĐ số 413/QĐ-UBND ngày 31/02/2018', 'QĐ', '413', 'QĐ-UBND', '2018-02-31', { printedType: 'QĐ' })],
  },
  {
    name: 'keeps a month 13 in ISO shape',
    text: 'QĐ số 413/QĐ-UBND ngày 05/13/2018',
    expected: [ref('QĐ số 413/QĐ-UBND ngày 05/13/2018', 'QĐ', '413', 'QĐ-UBND', '2018-13-05', { printedType: 'QĐ' })],
  },
  {
    name: 'gives no date for a two-digit year',
    text: 'QĐ số 413/QĐ-UBND ngày 5/7/18',
    expected: [ref('QĐ số 413/QĐ-UBND', 'QĐ', '413', 'QĐ-UBND', null, { printedType: 'QĐ' })],
  },
  {
    name: 'reads a date whose marks a poor scan lost (ngay … thang … nam)',
    text: 'Cong van so 2114/BGDDT-GDCTHSSV ngay 16 thang 5 nam 2019',
    expected: [ref('2114/BGDDT-GDCTHSSV ngay 16 thang 5 nam 2019', 'CV', '2114', 'BGDDT-GDCTHSSV', '2019-05-16')],
  },
  {
    name: 'does not guess a digit that OCR read as I in a date',
    text: 'QĐ số 413/QĐ-UBND ngày I5/7/2018',
    expected: [ref('QĐ số 413/QĐ-UBND', 'QĐ', '413', 'QĐ-UBND', null, { printedType: 'QĐ' })],
  },
  {
    name: 'does not take a date that follows the subject',
    text: 'Chỉ thị số 18/CT-UBND về tập trung chỉ đạo ngày 26/9/2018',
    expected: [ref('Chỉ thị số 18/CT-UBND', 'CT', '18', 'CT-UBND', null, { printedType: 'CT', subject: 'về tập trung chỉ đạo ngày 26/9/2018' })],
  },
  {
    name: 'does not take a date that stands after too many words',
    text: 'QĐ số 413/QĐ-UBND của Chủ tịch Ủy ban nhân dân thị xã Bỉm Sơn tỉnh Thanh Hóa ngày 30/01/2018',
    expected: [ref('QĐ số 413/QĐ-UBND', 'QĐ', '413', 'QĐ-UBND', null, { printedType: 'QĐ' })],
  },
];

const repairs: ParseCase[] = [
  {
    name: 'turns the Icelandic Eth (Ð) of Tesseract into Đ in raw, type and symbol',
    text: 'QÐ số 413/QÐ-UBND ngày 30/01/2018',
    expected: [ref('QĐ số 413/QĐ-UBND ngày 30/01/2018', 'QĐ', '413', 'QĐ-UBND', '2018-01-30', { printedType: 'QĐ' })],
  },
  {
    name: "drops the accent the OCR put on a symbol's plain capital (SÑV), in the symbol only",
    text: 'CV số 2518/SÑV-CCHC&PC ngày 21/06/2018',
    expected: [ref('CV số 2518/SÑV-CCHC&PC ngày 21/06/2018', 'CV', '2518', 'SNV-CCHC&PC', '2018-06-21', { printedType: 'CV' })],
  },
  {
    name: 'reads decomposed (NFD) input and returns NFC',
    text: 'Quyết định số 413/QĐ-UBND ngày 30/01/2018 về kế hoạch cải cách'.normalize('NFD'),
    expected: [
      ref('Quyết định số 413/QĐ-UBND ngày 30/01/2018', 'QĐ', '413', 'QĐ-UBND', '2018-01-30', {
        printedType: 'QĐ',
        subject: 'về kế hoạch cải cách',
      }),
    ],
  },
  {
    name: 'reads a slash that OCR read as I (1906 ISGDĐT-CTrTT)',
    text: 'Công văn số 1906 ISGDĐT-CTrTT ngày 10/9/2018',
    expected: [ref('Công văn số 1906 ISGDĐT-CTrTT ngày 10/9/2018', 'CV', '1906', 'SGDĐT-CTrTT', '2018-09-10', { printedType: 'CV' })],
  },
  {
    name: 'reads a slash that OCR read as l',
    text: 'số 1906lSGDĐT-CTrTT',
    expected: [ref('số 1906lSGDĐT-CTrTT', 'CV', '1906', 'SGDĐT-CTrTT', null)],
  },
  {
    name: 'drops a stray space before the slash (1906 /SGDĐT-CTrTT)',
    text: 'số 1906 /SGDĐT-CTrTT',
    expected: [ref('số 1906 /SGDĐT-CTrTT', 'CV', '1906', 'SGDĐT-CTrTT', null)],
  },
  {
    name: 'drops stray spaces after the slash',
    text: 'BC số 81/ BC-UBND',
    expected: [ref('BC số 81/ BC-UBND', 'BC', '81', 'BC-UBND', null, { printedType: 'BC' })],
  },
  {
    name: 'restores a dropped slash proven by a known code (19CT-TTg)',
    text: 'Chỉ thị số 19CT-TTg',
    expected: [ref('Chỉ thị số 19CT-TTg', 'CT', '19', 'CT-TTg', null, { printedType: 'CT' })],
  },
  {
    name: 'restores slashes a coarse scan lost, leaving spaces, after "số" and "ngày" (số 3903 BC-UBND ngày 04 04 2018)',
    text: 'BC số 3903 BC-UBND ngày 04 04 2018; Nghị định số 54 2018 ND-CP ngày 21 06 2018',
    expected: [
      ref('BC số 3903 BC-UBND ngày 04 04 2018', 'BC', '3903', 'BC-UBND', '2018-04-04', { printedType: 'BC' }),
      ref('Nghị định số 54 2018 ND-CP ngày 21 06 2018', 'NĐ', '54', 'NĐ-CP', '2018-06-21', { printedType: 'NĐ', year: 2018 }),
    ],
  },
  {
    name: 'reads a slash a coarse scan made a mark of, and a date whose slashes became colons, marks or nothing',
    text: "Công văn số 537.SNV-CCHC ngav 30 tháng 06 năm 2018; Kế hoạch số 3615'KH-UBND ngày 10:06:2018; Công văn số 3816/UBND-NV ngày 3002 2018",
    expected: [
      ref('Công văn số 537.SNV-CCHC ngav 30 tháng 06 năm 2018', 'CV', '537', 'SNV-CCHC', '2018-06-30', { printedType: 'CV' }),
      ref("Kế hoạch số 3615'KH-UBND ngày 10:06:2018", 'KH', '3615', 'KH-UBND', '2018-06-10', { printedType: 'KH' }),
      // Four digits are a day and a month of two each; the impossible day is kept for citationProblem.
      ref('Công văn số 3816/UBND-NV ngày 3002 2018', 'CV', '3816', 'UBND-NV', '2018-02-30', { printedType: 'CV' }),
    ],
  },
  {
    name: 'reads dates whose slashes became a comma or nothing, after a symbol glued to "-ngày" or ":" (and a doubled dash)',
    text: 'Kế hoạch số 1935/KH-UBND ngày 20/10,2018; BC số 2024/BC-UBND-ngày 19/6/2018; Thông báo số 2585/TB-UBND ngày 26 102018; VB số 952/SNV-CCHC&PC: ngày 11 04 2018; Báo cáo số 1883/BC--UBND ngày 21 92018',
    expected: [
      ref('Kế hoạch số 1935/KH-UBND ngày 20/10,2018', 'KH', '1935', 'KH-UBND', '2018-10-20', { printedType: 'KH' }),
      ref('BC số 2024/BC-UBND-ngày 19/6/2018', 'BC', '2024', 'BC-UBND', '2018-06-19', { printedType: 'BC' }),
      ref('Thông báo số 2585/TB-UBND ngày 26 102018', 'TB', '2585', 'TB-UBND', '2018-10-26', { printedType: 'TB' }),
      ref('VB số 952/SNV-CCHC&PC: ngày 11 04 2018', 'CV', '952', 'SNV-CCHC&PC', '2018-04-11'),
      ref('Báo cáo số 1883/BC--UBND ngày 21 92018', 'BC', '1883', 'BC-UBND', '2018-09-21', { printedType: 'BC' }),
    ],
  },
  {
    name: 'reads a symbol whose dash has a speck after it or was read as a colon after a type code, and dates with marks around "tháng" and "năm" (12001–12008)',
    text: "Công văn số 2409/SNV-.CCHC&PC ngày 6/6/2018; Báo cáo số 1388/BC:UBND ngày 17/03/2018; Kế hoạch số 2820/KH-UBND ngày 22 tháng 08 năm -: 2018; Thông báo số 3752/TB-UBND ngày 16 thắng 07năm '' 2018; Quyết định số 34/2017/QĐ-UBND ngày 06 tháng. 12 năm 2017; Thông báo số 2040/TB-UBND ngày 24/7i2018",
    expected: [
      ref('Công văn số 2409/SNV-.CCHC&PC ngày 6/6/2018', 'CV', '2409', 'SNV-CCHC&PC', '2018-06-06', { printedType: 'CV' }),
      ref('Báo cáo số 1388/BC:UBND ngày 17/03/2018', 'BC', '1388', 'BC-UBND', '2018-03-17', { printedType: 'BC' }),
      ref('Kế hoạch số 2820/KH-UBND ngày 22 tháng 08 năm -: 2018', 'KH', '2820', 'KH-UBND', '2018-08-22', { printedType: 'KH' }),
      ref("Thông báo số 3752/TB-UBND ngày 16 thắng 07năm '' 2018", 'TB', '3752', 'TB-UBND', '2018-07-16', { printedType: 'TB' }),
      ref('Quyết định số 34/2017/QĐ-UBND ngày 06 tháng. 12 năm 2017', 'QĐ', '34', 'QĐ-UBND', '2017-12-06', { printedType: 'QĐ', year: 2017 }),
      ref('Thông báo số 2040/TB-UBND ngày 24/7i2018', 'TB', '2040', 'TB-UBND', '2018-07-24', { printedType: 'TB' }),
    ],
  },
  {
    name: 'reads 1s read as strokes in a number after "số", a colon glued between two units of a symbol, and a first slash read as 7 in a date',
    text: 'Báo cáo số 23 I I/BC-UBND ngày 12/6/2018; VB số 1 I04/SNV-CCHC&PC ngày 18/11/2018; BC số I736/BC-UBND ngày 31/1/2018; CV số 2203/SNV:CCHC&PC ngày 11/04/2018; Công văn số 472/SNV-CCHC ngày 22708/2018',
    expected: [
      ref('Báo cáo số 23 I I/BC-UBND ngày 12/6/2018', 'BC', '2311', 'BC-UBND', '2018-06-12', { printedType: 'BC' }),
      ref('VB số 1 I04/SNV-CCHC&PC ngày 18/11/2018', 'CV', '1104', 'SNV-CCHC&PC', '2018-11-18'),
      ref('BC số I736/BC-UBND ngày 31/1/2018', 'BC', '1736', 'BC-UBND', '2018-01-31', { printedType: 'BC' }),
      ref('CV số 2203/SNV:CCHC&PC ngày 11/04/2018', 'CV', '2203', 'SNV-CCHC&PC', '2018-04-11', { printedType: 'CV' }),
      ref('Công văn số 472/SNV-CCHC ngày 22708/2018', 'CV', '472', 'SNV-CCHC', '2018-08-22', { printedType: 'CV' }),
    ],
  },
  {
    name: 'reads a symbol whose dash was read as a dot glued to both units, a dot before "năm", a year split by a space, marks after the symbol (11901–11908)',
    text: "Nghị định số 21/2018/NĐ.CP ngày 31/08/2018; BC số 1264/BC-UBND ngày 04 tháng 10 .năm 2018; VB số 3081/UBND-NV ngày 03 tháng 05'năm 2018; Quyết định số 2257/QĐ-UBND ngày 26 tháng 07 năm 201 8; Quyết định 1625/QĐ-CT`' ngày 04/11/2018",
    expected: [
      ref('Nghị định số 21/2018/NĐ.CP ngày 31/08/2018', 'NĐ', '21', 'NĐ-CP', '2018-08-31', { printedType: 'NĐ', year: 2018 }),
      ref('BC số 1264/BC-UBND ngày 04 tháng 10 .năm 2018', 'BC', '1264', 'BC-UBND', '2018-10-04', { printedType: 'BC' }),
      ref("VB số 3081/UBND-NV ngày 03 tháng 05'năm 2018", 'CV', '3081', 'UBND-NV', '2018-05-03'),
      ref('Quyết định số 2257/QĐ-UBND ngày 26 tháng 07 năm 201 8', 'QĐ', '2257', 'QĐ-UBND', '2018-07-26', { printedType: 'QĐ' }),
      ref("Quyết định 1625/QĐ-CT`' ngày 04/11/2018", 'QĐ', '1625', 'QĐ-CT', '2018-11-04', { printedType: 'QĐ' }),
    ],
  },
  {
    name: 'reads a legal act\'s year split by a space',
    text: 'Quyết định số 4/20 18/QĐ-UBND ngày 23/03/2018',
    expected: [ref('Quyết định số 4/20 18/QĐ-UBND ngày 23/03/2018', 'QĐ', '4', 'QĐ-UBND', '2018-03-23', { printedType: 'QĐ', year: 2018 })],
  },
  {
    name: 'takes strokes for 1s only after "số"',
    text: 'mục 23 I/BC-UBND',
    expected: [],
  },
  {
    name: 'takes no year beside a symbol for a citation when no "số" heads them',
    text: 'kết quả năm 2018 BC-UBND tổng hợp, mục 2.5.KH-UBND',
    expected: [],
  },
  {
    name: 'restores the Đ of a damaged QD code',
    text: 'Quyết định số 123/QD-UBND',
    expected: [ref('Quyết định số 123/QD-UBND', 'QĐ', '123', 'QĐ-UBND', null, { printedType: 'QĐ' })],
  },
  {
    name: 'restores the Đ of a damaged ND code',
    text: 'Nghị định số 61/2018/ND-CP',
    expected: [ref('Nghị định số 61/2018/ND-CP', 'NĐ', '61', 'NĐ-CP', null, { printedType: 'NĐ', year: 2018 })],
  },
  {
    name: 'restores the Đ of a damaged CD code',
    text: 'số 07/CD-UBND',
    expected: [ref('số 07/CD-UBND', 'CĐ', '07', 'CĐ-UBND', null)],
  },
  {
    name: 'never changes HD, a real code',
    text: 'Hướng dẫn số 12/HD-SNV',
    expected: [ref('Hướng dẫn số 12/HD-SNV', 'HD', '12', 'HD-SNV', null, { printedType: 'HD' })],
  },
  {
    name: 'never changes DA, a real code',
    text: 'Dự án số 05/DA-UBND',
    expected: [ref('Dự án số 05/DA-UBND', 'DA', '05', 'DA-UBND', null, { printedType: 'DA' })],
  },
  {
    name: 'does not touch ND inside an issuer code (HĐND)',
    text: 'Nghị quyết số 12/NQ-HĐND',
    expected: [ref('Nghị quyết số 12/NQ-HĐND', 'NQ', '12', 'NQ-HĐND', null, { printedType: 'NQ' })],
  },
  {
    name: 'reads a party code damaged to QD',
    text: 'số 08-QD/TU',
    expected: [ref('số 08-QD/TU', 'QĐ', '08', 'QĐ/TU', null)],
  },
  {
    name: 'turns a wrong slash after a type code into the dash (201/QĐ/UBND → QĐ-UBND)',
    text: 'số 201/QĐ/UBND',
    expected: [ref('số 201/QĐ/UBND', 'QĐ', '201', 'QĐ-UBND', null)],
  },
  {
    name: 'keeps a slash between two issuer codes of a công văn as printed',
    text: 'số 1827/SNV/CCHC',
    expected: [ref('số 1827/SNV/CCHC', 'CV', '1827', 'SNV/CCHC', null)],
  },
  {
    name: 'reads "Bảo cáo" as Báo cáo',
    text: 'Bảo cáo số 56/BC-UBND',
    expected: [ref('Bảo cáo số 56/BC-UBND', 'BC', '56', 'BC-UBND', null, { printedType: 'BC' })],
  },
  {
    name: 'reads an upper-case written type word',
    text: 'QUYẾT ĐỊNH SỐ 413/QĐ-UBND',
    expected: [ref('QUYẾT ĐỊNH SỐ 413/QĐ-UBND', 'QĐ', '413', 'QĐ-UBND', null, { printedType: 'QĐ' })],
  },
  {
    name: 'collapses line breaks and tabs inside a citation',
    text: 'Kế hoạch số\n342/KH-UBND\tngày 27/02/2018',
    expected: [ref('Kế hoạch số 342/KH-UBND ngày 27/02/2018', 'KH', '342', 'KH-UBND', '2018-02-27', { printedType: 'KH' })],
  },
  {
    name: 'drops inline tags around a citation',
    text: '<i>QĐ số <b>413/QĐ-UBND</b> ngày 30/01/2018</i>',
    expected: [ref('QĐ số 413/QĐ-UBND ngày 30/01/2018', 'QĐ', '413', 'QĐ-UBND', '2018-01-30', { printedType: 'QĐ' })],
  },
  {
    name: 'does not glue an unrelated capitalised word after a spaced dash to the symbol',
    text: 'KH số 05/KH-ĐTT - Thông tin tuyên truyền',
    expected: [ref('KH số 05/KH-ĐTT', 'KH', '05', 'KH-ĐTT', null, { printedType: 'KH' })],
  },
];

describeParse('parseReferences: dates', dates);
describeParse('parseReferences: OCR repairs', repairs);
