/**
 * Every citation of the seed report (/work/shared/seed/000_8b27850f10856ddb.txt), cell by cell,
 * in document order: the cover letter, the annex heading and sections 1–2. Cells cut by a page break are given joined
 * with one space, as the table stage stitches them. Expected values are read off the printed
 * report by hand.
 */
import { describeParse, ref, type ParseCase } from './expect.ts';
import { BC209, BC209_SUBJECT, BC20_SUBJECT, BC185_SUBJECT, BC140_SUBJECT } from './seed-common.ts';

const cases: ParseCase[] = [
  {
    name: 'reads the report header number after "Số:"',
    text: 'Số: 224/BC-UBND',
    expected: [ref('Số: 224/BC-UBND', 'BC', '224', 'BC-UBND', null)],
  },
  {
    name: 'gives the header number the worded date of the place-and-date line that follows it',
    text: 'Số: 224/BC-UBND Bìm Sơn, ngày 26 tháng 11 năm 2018',
    expected: [ref('Số: 224/BC-UBND Bìm Sơn, ngày 26 tháng 11 năm 2018', 'BC', '224', 'BC-UBND', '2018-11-26')],
  },
  {
    name: 'reads the decision the cover letter is based on, with its issuer as subject',
    text: 'Căn cứ Quyết định số 3965/QĐ-UBND ngày 18/10/2017 của Chủ tịch UBND Tỉnh, về việc quy định xác định chỉ số Cải cách hành chính.',
    expected: [
      ref('Quyết định số 3965/QĐ-UBND ngày 18/10/2017', 'QĐ', '3965', 'QĐ-UBND', '2017-10-18', {
        printedType: 'QĐ',
        subject: 'của Chủ tịch UBND Tỉnh, về việc quy định xác định chỉ số Cải cách hành chính',
      }),
    ],
  },
  {
    name: 'reads the department letter of the cover letter as a công văn',
    text: 'Thực hiện Công văn số 1827/SNV-CCHC ngày 12/11/2018 của Sở Nội vụ về việc xác định chỉ số Cải cách hành chính năm 2018 của UBND cấp huyện, thị xã, thành phố;',
    expected: [
      ref('Công văn số 1827/SNV-CCHC ngày 12/11/2018', 'CV', '1827', 'SNV-CCHC', '2018-11-12', {
        printedType: 'CV',
        subject: 'của Sở Nội vụ về việc xác định chỉ số Cải cách hành chính năm 2018 của UBND cấp huyện, thị xã, thành phố',
      }),
    ],
  },
  {
    name: 'reads the annex heading citation with a stray space before the slash (294 /BC-UBND)',
    text: '(Kèm theo Báo cáo số 294 /BC-UBND ngày 26/11/2018 của Chủ tịch UBND thị xã Bỉm Sơn)',
    expected: [
      ref('Báo cáo số 294 /BC-UBND ngày 26/11/2018', 'BC', '294', 'BC-UBND', '2018-11-26', {
        printedType: 'BC',
        subject: 'của Chủ tịch UBND thị xã Bỉm Sơn',
      }),
    ],
  },
  {
    name: '1.1.1: reads an abbreviated "QĐ số" decision and its subject',
    text: 'QĐ số 413/QĐ-UBND ngày 30/01/2018 về ban hành kế hoạch công tác cải cách hành chính năm 2018',
    expected: [
      ref('QĐ số 413/QĐ-UBND ngày 30/01/2018', 'QĐ', '413', 'QĐ-UBND', '2018-01-30', {
        printedType: 'QĐ',
        subject: 'về ban hành kế hoạch công tác cải cách hành chính năm 2018',
      }),
    ],
  },
  {
    name: '1.1.2: reads four citations of one cell: a decision, a VB công văn, a quy chế with a wrong slash and a plan without symbol',
    text: '- Quyết định 290/QĐ-UBND ngày 19/1/2018 về việc phê duyệt danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của UBND Thị xã Bỉm Sơn; - VB số 1346/UBND-VP ngày 05/7/2018 về việc thông báo thực hiện tiếp nhận, trả kết quả giải quyết TTHC qua dịch vụ Bưu điện công ích trên địa bàn Thị xã. - Quy chế số 201/QĐ/UBND ngày 12/01/2018 ban hành quy chế chi tiêu nội bộ; - Kế hoạch số 2180 ngày 01/11/2017 về việc ứng dụng công nghệ TT trong cơ quan nhà nước.',
    expected: [
      ref('Quyết định 290/QĐ-UBND ngày 19/1/2018', 'QĐ', '290', 'QĐ-UBND', '2018-01-19', {
        printedType: 'QĐ',
        subject: 'về việc phê duyệt danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của UBND Thị xã Bỉm Sơn',
      }),
      ref('VB số 1346/UBND-VP ngày 05/7/2018', 'CV', '1346', 'UBND-VP', '2018-07-05', {
        subject:
          'về việc thông báo thực hiện tiếp nhận, trả kết quả giải quyết TTHC qua dịch vụ Bưu điện công ích trên địa bàn Thị xã',
      }),
      ref('Quy chế số 201/QĐ/UBND ngày 12/01/2018', 'QĐ', '201', 'QĐ-UBND', '2018-01-12', {
        printedType: 'QC',
        subject: 'ban hành quy chế chi tiêu nội bộ',
      }),
      ref('Kế hoạch số 2180 ngày 01/11/2017', 'KH', '2180', null, '2017-11-01', {
        printedType: 'KH',
        subject: 'về việc ứng dụng công nghệ TT trong cơ quan nhà nước',
      }),
    ],
  },
  {
    name: '1.1.3: reads a lower-case "báo cáo số" citation inside a sentence',
    text: 'Kết quả thực hiện nhiệm vụ CCHC năm 2018 đạt yêu cầu đề ra thể hiện tại báo cáo số 209/BC-UBND ngày 10/11/2018 của UBND Thị xã, về Báo cáo kết quả thực hiện CCHC năm 2018.',
    expected: [
      ref('báo cáo số 209/BC-UBND ngày 10/11/2018', 'BC', '209', 'BC-UBND', '2018-11-10', {
        printedType: 'BC',
        subject: BC209_SUBJECT,
      }),
    ],
  },
  {
    name: '1.1.4: keeps a closed parenthesis that is part of the subject',
    text: 'Thực hiện 100% kế hoạch CCHC đạt yêu cầu đề ra thể hiện tại BC số 209/BC-UBND ngày 10/11/2018 của UBND Thị xã (Báo cáo kết quả thực hiện CCHC năm 2018)',
    expected: [
      ref(BC209, 'BC', '209', 'BC-UBND', '2018-11-10', {
        printedType: 'BC',
        subject: 'của UBND Thị xã (Báo cáo kết quả thực hiện CCHC năm 2018)',
      }),
    ],
  },
  {
    name: '1.2.1: reads four reports cited as "Văn bản số", two with a stray space before the slash',
    text: '- Báo cáo CCHC Quý I tại Văn bản số 26/BC-UBND ngày 23/02/2018 của UBND Thị xã; - Báo cáo CCHC 6 tháng đầu năm 2018 tại Văn bản số 81 /BC-UBND ngày 18/5/2018 của UBND Thị xã; - Báo cáo CCHC Quý 3 tại Văn bản số 173 /BC-UBND ngày 03/9/2018 của UBND Thị xã; - Báo cáo kết quả thực hiện CCHC năm 2018 tại Văn bản số 209/BC-UBND ngày 10/11/2018 của UBND Thị xã.',
    expected: [
      ref('Văn bản số 26/BC-UBND ngày 23/02/2018', 'BC', '26', 'BC-UBND', '2018-02-23', { subject: 'của UBND Thị xã' }),
      ref('Văn bản số 81 /BC-UBND ngày 18/5/2018', 'BC', '81', 'BC-UBND', '2018-05-18', { subject: 'của UBND Thị xã' }),
      ref('Văn bản số 173 /BC-UBND ngày 03/9/2018', 'BC', '173', 'BC-UBND', '2018-09-03', { subject: 'của UBND Thị xã' }),
      ref('Văn bản số 209/BC-UBND ngày 10/11/2018', 'BC', '209', 'BC-UBND', '2018-11-10', { subject: 'của UBND Thị xã' }),
    ],
  },
  {
    name: '1.2.2: reads a ministry công văn written "công văn số"',
    text: 'Đạt yêu cầu: Tất cả các báo cáo CCHC của Thị xã đều có đầy đủ nội dung theo đúng hướng dẫn tại công văn số 725/BNV-CCHC ngày 01/3/2012 của Bộ Nội vụ.',
    expected: [
      ref('công văn số 725/BNV-CCHC ngày 01/3/2012', 'CV', '725', 'BNV-CCHC', '2012-03-01', {
        printedType: 'CV',
        subject: 'của Bộ Nội vụ',
      }),
    ],
  },
  {
    name: '1.3.1: reads a plan and a notice with spaces around the dash, and the notice cited without a type word',
    text: '- Có KH kiểm tra riêng: KH số 342/KH - UBND ngày 27/02/2018 về kế hoạch Kiểm tra CCHC năm 2018, có Thông báo số về Kiểm tra CCHC theo 531/TB - UBND ngày 26/3/2018 kèm theo KH số 342/KH - UBND ngày 27/02/2018;',
    expected: [
      ref('KH số 342/KH - UBND ngày 27/02/2018', 'KH', '342', 'KH-UBND', '2018-02-27', {
        printedType: 'KH',
        subject: 'về kế hoạch Kiểm tra CCHC năm 2018, có Thông báo số về Kiểm tra CCHC theo',
      }),
      ref('531/TB - UBND ngày 26/3/2018', 'TB', '531', 'TB-UBND', '2018-03-26', { subject: 'kèm theo' }),
      ref('KH số 342/KH - UBND ngày 27/02/2018', 'KH', '342', 'KH-UBND', '2018-02-27', { printedType: 'KH' }),
    ],
  },
  {
    name: '1.3.2: finds no citation in "8/8 đơn vị" and "8/8 xã phường"',
    text: 'Thực hiện kiểm tra CCHC 8/8 đơn vị đạt 100% so với kế hoạch, các đơn vị được kiểm tra gồm 8/8 xã phường trên địa bàn Thị xã.',
    expected: [],
  },
  {
    name: '1.4.1: reads a plan whose issuer code holds Đ (KH-ĐTT)',
    text: 'KH số 05/KH-ĐTT ngày 01/2/2018 về tuyên truyền công tác CCHC năm 2018.',
    expected: [
      ref('KH số 05/KH-ĐTT ngày 01/2/2018', 'KH', '05', 'KH-ĐTT', '2018-02-01', {
        printedType: 'KH',
        subject: 'về tuyên truyền công tác CCHC năm 2018',
      }),
    ],
  },
  {
    name: '1.4.2: reads "Kế hoạch số 05/KH-ĐTT" after a dash that is not part of any symbol',
    text: '- Xây dựng chuyên mục tuyên truyền trên sóng Đài truyền thanh - TH Bim Sơn thực hiện theo Kế hoạch số 05/KH-ĐTT ngày 01/2/2018; - Thông tin tuyên truyền về ý nghĩa và tầm quan trọng của CCHC (thực hiện 100% kế hoạch đề ra);',
    expected: [ref('Kế hoạch số 05/KH-ĐTT ngày 01/2/2018', 'KH', '05', 'KH-ĐTT', '2018-02-01', { printedType: 'KH' })],
  },
  {
    name: '1.5.2: reads the decision that enacts the plan',
    text: 'Có gắn kết quả thực hiện CCHC với công tác thi đua khen thưởng được thực hiện qua các văn bản sau: - KH CCHC năm 2018 ban hành kèm theo QĐ số 413/QĐ-UBND ngày 30/01/2018 của UBND Thị xã;',
    expected: [
      ref('QĐ số 413/QĐ-UBND ngày 30/01/2018', 'QĐ', '413', 'QĐ-UBND', '2018-01-30', {
        printedType: 'QĐ',
        subject: 'của UBND Thị xã',
      }),
    ],
  },
  {
    name: '1.5.3: reads an undated directive with its "về" subject and ignores "giai đoạn 2016-2020"',
    text: 'Có sáng kiến như: - Thực hiện theo dõi mức độ hoàn thành... công việc theo dõi trên phần mềm TDOF - Đơn đốc theo dõi thực hiện công tác CCHC thông qua nội dung hội nghị, giao ban, và băng Chỉ thị số 18/CT-UBND về tập trung nâng cao và cải thiện chỉ số CCHC - Tổ chức gặp mặt doanh nghiệp trên địa bàn đầu năm 2018 nhằm tạo điều kiện thuận lợi cho doanh nghiệp trong giải quyết TTHC - Chương trình triển khai đầy mạnh CCHC, TTHC giai đoạn 2016-2020',
    expected: [
      ref('Chỉ thị số 18/CT-UBND', 'CT', '18', 'CT-UBND', null, {
        printedType: 'CT',
        subject: 'về tập trung nâng cao và cải thiện chỉ số CCHC',
      }),
    ],
  },
  {
    name: '1.6: reads a dated directive and the provincial decision closing a quotation',
    text: '- Chỉ thị số 18/CT-UBND ngày 26/9/2018 về tập trung chỉ đạo cải thiện và nâng cao chỉ số CCHC. - Chương trình triển khai thực hiện về "Tiếp tục đẩy mạnh cải cách thủ tục hành chính" giai đoạn 2016-2020 trong kế hoạch hành động của UBND Tỉnh ban hành kèm theo Quyết định số 3274/QĐ-UBND ngày 26/8/2016 của UBND tỉnh Thanh Hóa".',
    expected: [
      ref('Chỉ thị số 18/CT-UBND ngày 26/9/2018', 'CT', '18', 'CT-UBND', '2018-09-26', {
        printedType: 'CT',
        subject: 'về tập trung chỉ đạo cải thiện và nâng cao chỉ số CCHC',
      }),
      ref('Quyết định số 3274/QĐ-UBND ngày 26/8/2016', 'QĐ', '3274', 'QĐ-UBND', '2016-08-26', {
        printedType: 'QĐ',
        subject: 'của UBND tỉnh Thanh Hóa',
      }),
    ],
  },
  {
    name: '2.1: does not read a law named without a number as a citation',
    text: 'Thực hiện theo Luật ban hành văn bản Quy phạm pháp luật.',
    expected: [],
  },
  {
    name: '2.1.1: reads a report whose subject lists several comma-separated tasks',
    text: 'BC số 20/BC-UBND ngày 09/02/2018 về Báo cáo công tác kiểm tra, rà soát, xử lý, hệ thống hóa văn bản năm 2017.',
    expected: [ref('BC số 20/BC-UBND ngày 09/02/2018', 'BC', '20', 'BC-UBND', '2018-02-09', { printedType: 'BC', subject: BC20_SUBJECT })],
  },
  {
    name: '2.2.1: ends the subject at the parenthesis that encloses the citation',
    text: 'Ban hành kịp thời Kế hoạch rà soát phân loại văn bản (KH số 360/KH-UBND ngày 01/3/2018 về hệ thống hóa văn bản quy phạm pháp luật trên địa bàn thị xã Bỉm Sơn kỳ 2014-2018)',
    expected: [
      ref('KH số 360/KH-UBND ngày 01/3/2018', 'KH', '360', 'KH-UBND', '2018-03-01', {
        printedType: 'KH',
        subject: 'về hệ thống hóa văn bản quy phạm pháp luật trên địa bàn thị xã Bỉm Sơn kỳ 2014-2018',
      }),
    ],
  },
  {
    name: '2.2.2: reads a citation whose subject a page break cut, once stitched',
    text: 'Hoàn thành 100% KH rà soát hệ thống hóa VBQPPL (BC số 20/BC-UBND ngày 09/02/2018 về Báo cáo công tác kiểm tra, rà soát, xử lý, hệ thống hóa văn bản năm 2017)',
    expected: [ref('BC số 20/BC-UBND ngày 09/02/2018', 'BC', '20', 'BC-UBND', '2018-02-09', { printedType: 'BC', subject: BC20_SUBJECT })],
  },
  {
    name: '2.3.2: reads "Kế hoạch số 218/KH-UBND" inside parentheses',
    text: 'Ban hành kịp thời Kế hoạch kiểm tra thực hiện văn bản QPPL tại Thị xã (Kế hoạch số 218/KH-UBND ngày 08/2/2017 về rà soát phân loại tổng hợp đánh giá văn bản).',
    expected: [
      ref('Kế hoạch số 218/KH-UBND ngày 08/2/2017', 'KH', '218', 'KH-UBND', '2017-02-08', {
        printedType: 'KH',
        subject: 'về rà soát phân loại tổng hợp đánh giá văn bản',
      }),
    ],
  },
  {
    name: '2.3.3: ends a subject at a <p> paragraph of the cell',
    text: '100% nhiệm vụ trong KH đề ra được thực hiện: - Báo cáo số 185/BC-UBND ngày 12/10/2018 về Công tác phổ biến giáo dục pháp luật, công tác hòa giải ở cơ sở và chuẩn tiếp cận pháp luật trên địa bàn thị xã Bim Sơn <p>- Báo cáo số 140/BC-UBND ngày 13/7/2018 về Công tác thi hành pháp luật về xử lý vi phạm hành chính 6 tháng đầu năm 2018</p>',
    expected: [
      ref('Báo cáo số 185/BC-UBND ngày 12/10/2018', 'BC', '185', 'BC-UBND', '2018-10-12', { printedType: 'BC', subject: BC185_SUBJECT }),
      ref('Báo cáo số 140/BC-UBND ngày 13/7/2018', 'BC', '140', 'BC-UBND', '2018-07-13', { printedType: 'BC', subject: BC140_SUBJECT }),
    ],
  },
  {
    name: '2.3.4: reads a half-year report cited in parentheses',
    text: 'Tất cả các vấn đề phát hiện qua kiểm tra đều được xử lý hoặc kiến nghị xử lý (Báo cáo số 140/BC-UBND ngày 13/7/2018 về Công tác thi hành pháp luật về xử lý vi phạm hành chính 6 tháng đầu năm 2018)',
    expected: [ref('Báo cáo số 140/BC-UBND ngày 13/7/2018', 'BC', '140', 'BC-UBND', '2018-07-13', { printedType: 'BC', subject: BC140_SUBJECT })],
  },
  {
    name: '2.4.1: reads "KH số 305/KH" whose symbol is the type code alone',
    text: 'Ban hành kịp thời Kế hoạch triển khai phổ biến Tuyên truyền, phổ biến, giáo dục pháp luật năm 2018 (KH số 305/KH ngày 09/02/2018)',
    expected: [ref('KH số 305/KH ngày 09/02/2018', 'KH', '305', 'KH', '2018-02-09', { printedType: 'KH' })],
  },
  {
    name: '2.4.2: reads two reports of <p> paragraphs, one subject naming a law',
    text: 'Thực hiện 100% KH đề ra <p>- Báo cáo số 185/BC-UBND ngày 12/10/2018 về Công tác phổ biến giáo dục pháp luật, công tác hòa giải ở cơ sở và chuẩn tiếp cận pháp luật trên địa bàn thị xã Bim Son;</p> <p>- Báo cáo số 159/BC-UBND ngày 22/8/2018 về kết quả theo dõi tình hình thi hành Luật Ban hành văn bản quy phạm pháp luật năm 2015 trên địa bàn thị xã;',
    expected: [
      ref('Báo cáo số 185/BC-UBND ngày 12/10/2018', 'BC', '185', 'BC-UBND', '2018-10-12', {
        printedType: 'BC',
        subject:
          'về Công tác phổ biến giáo dục pháp luật, công tác hòa giải ở cơ sở và chuẩn tiếp cận pháp luật trên địa bàn thị xã Bim Son',
      }),
      ref('Báo cáo số 159/BC-UBND ngày 22/8/2018', 'BC', '159', 'BC-UBND', '2018-08-22', {
        printedType: 'BC',
        subject: 'về kết quả theo dõi tình hình thi hành Luật Ban hành văn bản quy phạm pháp luật năm 2015 trên địa bàn thị xã',
      }),
    ],
  },
  {
    name: '2.4.3: reads a report cited in parentheses without subject',
    text: '- Tuyên truyền qua hội nghị, tuyên truyền qua hệ thống truyền thanh, tuyên truyền qua hòa giải ở cơ sở, qua tủ sách pháp luật (Báo cáo số 185/BC-UBND ngày 12/10/2018)',
    expected: [ref('Báo cáo số 185/BC-UBND ngày 12/10/2018', 'BC', '185', 'BC-UBND', '2018-10-12', { printedType: 'BC' })],
  },
  {
    name: '2.5.1: reads the inspection plan decision',
    text: 'QĐ số 4581/QĐ-UBND ngày 22/12/2017 về phê duyệt KH thanh tra năm 2018',
    expected: [
      ref('QĐ số 4581/QĐ-UBND ngày 22/12/2017', 'QĐ', '4581', 'QĐ-UBND', '2017-12-22', {
        printedType: 'QĐ',
        subject: 'về phê duyệt KH thanh tra năm 2018',
      }),
    ],
  },
  {
    name: '2.5.2: reads six "v/v" decisions of one cell and not "6/6 đơn vị"',
    text: '- QĐ số 366/QĐ-UBND ngày 26/01/2018 v/v thanh tra quản lý thu chi tài chính tại Đài TT-TT thị xã Bim Sơn; - QĐ số 1174/QĐ-UBND ngày 19/3/2018 v/v thanh tra quản lý thu chi tài chính tại Trường THCS Ba Đình thị xã Bim Sơn; - QĐ số 1793/QĐ-UBND ngày 21/5/2018 v/v thanh tra quản lý thu chi tài chính tại Trường Tiểu học Lam Sơn 3 thị xã Bim Sơn; - QĐ số 2172/QĐ-UBND ngày 19/6/2018 v/v thanh tra quản lý thu chi tài chính tại Trường Mầm non Ba Đình thị xã Bim Sơn; - QĐ số 3733/QĐ-UBND ngày 08/10/2018 v/v thanh tra quản lý thu chi tài chính tại Trường trung cấp nghề Bim Sơn; - QĐ số 4328/QĐ-UBND ngày 20/11/2018 v/v thanh tra trách nhiệm của Chủ tịch UBND phường Lam Sơn, thị xã Bim Sơn. Thanh tra kiểm tra theo kế hoạch 6/6 đơn vị; Tỷ lệ 100%',
    expected: [
      ref('QĐ số 366/QĐ-UBND ngày 26/01/2018', 'QĐ', '366', 'QĐ-UBND', '2018-01-26', {
        printedType: 'QĐ',
        subject: 'v/v thanh tra quản lý thu chi tài chính tại Đài TT-TT thị xã Bim Sơn',
      }),
      ref('QĐ số 1174/QĐ-UBND ngày 19/3/2018', 'QĐ', '1174', 'QĐ-UBND', '2018-03-19', {
        printedType: 'QĐ',
        subject: 'v/v thanh tra quản lý thu chi tài chính tại Trường THCS Ba Đình thị xã Bim Sơn',
      }),
      ref('QĐ số 1793/QĐ-UBND ngày 21/5/2018', 'QĐ', '1793', 'QĐ-UBND', '2018-05-21', {
        printedType: 'QĐ',
        subject: 'v/v thanh tra quản lý thu chi tài chính tại Trường Tiểu học Lam Sơn 3 thị xã Bim Sơn',
      }),
      ref('QĐ số 2172/QĐ-UBND ngày 19/6/2018', 'QĐ', '2172', 'QĐ-UBND', '2018-06-19', {
        printedType: 'QĐ',
        subject: 'v/v thanh tra quản lý thu chi tài chính tại Trường Mầm non Ba Đình thị xã Bim Sơn',
      }),
      ref('QĐ số 3733/QĐ-UBND ngày 08/10/2018', 'QĐ', '3733', 'QĐ-UBND', '2018-10-08', {
        printedType: 'QĐ',
        subject: 'v/v thanh tra quản lý thu chi tài chính tại Trường trung cấp nghề Bim Sơn',
      }),
      ref('QĐ số 4328/QĐ-UBND ngày 20/11/2018', 'QĐ', '4328', 'QĐ-UBND', '2018-11-20', {
        printedType: 'QĐ',
        subject: 'v/v thanh tra trách nhiệm của Chủ tịch UBND phường Lam Sơn, thị xã Bim Sơn',
      }),
    ],
  },
  {
    name: '2.5.3: reads three recovery decisions and not "số tiền"',
    text: '- QĐ số 1376/QĐ-UBND ngày 05/4/2018 v/v thu hồi số tiền vi phạm của Đài TT-TH thị xã Bim Sơn; - QĐ số 1548/QĐ-UBND ngày 24/4/2018 v/v thu hồi số tiền vi phạm của Hiệu trưởng và Kế toán Trường THCS Ba Đình thị xã Bim Sơn; - QĐ số 3107/QĐ-UBND ngày 17/8/2018 v/v thu hồi số tiền vi phạm của Hiệu trưởng và Kế toán Trường mầm non Ba Đình thị xã Bim Sơn',
    expected: [
      ref('QĐ số 1376/QĐ-UBND ngày 05/4/2018', 'QĐ', '1376', 'QĐ-UBND', '2018-04-05', {
        printedType: 'QĐ',
        subject: 'v/v thu hồi số tiền vi phạm của Đài TT-TH thị xã Bim Sơn',
      }),
      ref('QĐ số 1548/QĐ-UBND ngày 24/4/2018', 'QĐ', '1548', 'QĐ-UBND', '2018-04-24', {
        printedType: 'QĐ',
        subject: 'v/v thu hồi số tiền vi phạm của Hiệu trưởng và Kế toán Trường THCS Ba Đình thị xã Bim Sơn',
      }),
      ref('QĐ số 3107/QĐ-UBND ngày 17/8/2018', 'QĐ', '3107', 'QĐ-UBND', '2018-08-17', {
        printedType: 'QĐ',
        subject: 'v/v thu hồi số tiền vi phạm của Hiệu trưởng và Kế toán Trường mầm non Ba Đình thị xã Bim Sơn',
      }),
    ],
  },
];

describeParse('parseReferences on the seed report, the cover letter, the annex heading and sections 1–2', cases);
