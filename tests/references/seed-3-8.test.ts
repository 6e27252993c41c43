/**
 * Every citation of the seed report (/work/shared/seed/000_8b27850f10856ddb.txt), cell by cell,
 * in document order: sections 3–8. Cells cut by a page break are given joined
 * with one space, as the table stage stitches them. Expected values are read off the printed
 * report by hand.
 */
import { describeParse, ref, type ParseCase } from './expect.ts';
import { BC209, BC209_SUBJECT, QD290_SUBJECT, KSTTHC, QD5394_SUBJECT, TRAINING, TRAINING_REFS, STAFFING_65, STAFFING_189 } from './seed-common.ts';

const cases: ParseCase[] = [
  {
    name: '3.1.2: reads the "Bảo cáo" misspelling as Báo cáo and keeps the wrong quarter each subject prints',
    text: 'Thực hiện 100% KH đề ra: - Báo cáo số 56/BC-UBND ngày 23/3/2018 về tình hình thực hiện kiểm soát TTHC Quý III/2018 -Bảo cáo số 118/BC-UBND ngày 25/6/2018 về tình hình thực hiện kiểm soát TTHC Quý III/2018 -Bảo cáo số 176/BC-UBND ngày 25/9/2018 về tình hình thực hiện kiểm soát TTHC Quý III/2018;',
    expected: [
      ref('Báo cáo số 56/BC-UBND ngày 23/3/2018', 'BC', '56', 'BC-UBND', '2018-03-23', { printedType: 'BC', subject: `${KSTTHC} Quý III/2018` }),
      ref('Bảo cáo số 118/BC-UBND ngày 25/6/2018', 'BC', '118', 'BC-UBND', '2018-06-25', { printedType: 'BC', subject: `${KSTTHC} Quý III/2018` }),
      ref('Bảo cáo số 176/BC-UBND ngày 25/9/2018', 'BC', '176', 'BC-UBND', '2018-09-25', { printedType: 'BC', subject: `${KSTTHC} Quý III/2018` }),
    ],
  },
  {
    name: '3.1.3: reads the three quarterly reports of the first option, quarters I, II and III',
    text: 'Kịp thời rà soát sửa đổi bổ sung thay thế hoặc bãi bỏ TTHC theo quy định: -Bảo cáo số 56/BC-UBND ngày 23/3/2018 về tình hình thực hiện kiểm soát TTHC Quý I/2018 -Bảo cáo số 118/BC-UBND ngày 25/6/2018 về tình hình thực hiện kiểm soát TTHC Quý II/2018 -Bảo cáo số 176/BC-UBND ngày 25/9/2018 về tình hình thực hiện kiểm soát TTHC Quý III/2018;',
    expected: [
      ref('Bảo cáo số 56/BC-UBND ngày 23/3/2018', 'BC', '56', 'BC-UBND', '2018-03-23', { printedType: 'BC', subject: `${KSTTHC} Quý I/2018` }),
      ref('Bảo cáo số 118/BC-UBND ngày 25/6/2018', 'BC', '118', 'BC-UBND', '2018-06-25', { printedType: 'BC', subject: `${KSTTHC} Quý II/2018` }),
      ref('Bảo cáo số 176/BC-UBND ngày 25/9/2018', 'BC', '176', 'BC-UBND', '2018-09-25', { printedType: 'BC', subject: `${KSTTHC} Quý III/2018` }),
    ],
  },
  {
    name: '3.1.3: reads the three quarterly reports of the second option',
    text: 'Nội dung góp ý sửa đổi bổ sung thay thế hoặc bãi bỏ TTHC nêu trong Báo cáo số 56/BC-UBND ngày 23/3/2018 về tình hình thực hiện kiểm soát TTHC Quý III/2018 -Bảo cáo số 118/BC-UBND ngày 25/6/2018 về tình hình thực hiện kiểm soát TTHC Quý II/2018 -Bảo cáo số 176/BC-UBND ngày 25/9/2018 về tình hình thực hiện kiểm soát TTHC Quý III/2018;',
    expected: [
      ref('Báo cáo số 56/BC-UBND ngày 23/3/2018', 'BC', '56', 'BC-UBND', '2018-03-23', { printedType: 'BC', subject: `${KSTTHC} Quý III/2018` }),
      ref('Bảo cáo số 118/BC-UBND ngày 25/6/2018', 'BC', '118', 'BC-UBND', '2018-06-25', { printedType: 'BC', subject: `${KSTTHC} Quý II/2018` }),
      ref('Bảo cáo số 176/BC-UBND ngày 25/9/2018', 'BC', '176', 'BC-UBND', '2018-09-25', { printedType: 'BC', subject: `${KSTTHC} Quý III/2018` }),
    ],
  },
  {
    name: '3.1.4: reads four citations of <p> paragraphs',
    text: '<p>Cập nhật, công bố đầy đủ kịp thời TTHC và các quy định có liên quan:</p> <p>Báo cáo số 56/BC-UBND ngày 23/3/2018 về tình hình thực hiện kiểm soát TTHC Quý I/2018</p> <p>-Báo cáo số 118/BC-UBND ngày 25/6/2018 về tình hình thực hiện kiểm soát TTHC Quý III/2018</p> <p>-Báo cáo số 176/BC-UBND ngày 25/9/2018 về tình hình thực hiện kiểm soát TTHC Quý III/2018;</p> <p>- Quyết định 290/QĐ-UBND ngày 19/1/2018 về việc phê duyệt danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của UBND Thị xã Bim Sơn;</p>',
    expected: [
      ref('Báo cáo số 56/BC-UBND ngày 23/3/2018', 'BC', '56', 'BC-UBND', '2018-03-23', { printedType: 'BC', subject: `${KSTTHC} Quý I/2018` }),
      ref('Báo cáo số 118/BC-UBND ngày 25/6/2018', 'BC', '118', 'BC-UBND', '2018-06-25', { printedType: 'BC', subject: `${KSTTHC} Quý III/2018` }),
      ref('Báo cáo số 176/BC-UBND ngày 25/9/2018', 'BC', '176', 'BC-UBND', '2018-09-25', { printedType: 'BC', subject: `${KSTTHC} Quý III/2018` }),
      ref('Quyết định 290/QĐ-UBND ngày 19/1/2018', 'QĐ', '290', 'QĐ-UBND', '2018-01-19', { printedType: 'QĐ', subject: QD290_SUBJECT }),
    ],
  },
  {
    name: '3.1.6: reads the quarterly reports of a cell whose last quarter a page break cut, once stitched',
    text: '<p>Tất cả các phản ánh, kiến nghị đều được xử lý hoặc kiến nghị xử lý: 1</p> <p>Các phản ánh đều được xử lý kịp thời</p> <p>Báo cáo số 56/BC-UBND ngày 23/3/2018 về tình hình thực hiện kiểm soát TTHC Quý I/2018</p> <p>-Báo cáo số 118/BC-UBND ngày 25/6/2018 về tình hình thực hiện kiểm soát TTHC Quý II/2018</p> <p>-Báo cáo số 176/BC-UBND ngày 25/9/2018 về tình hình thực hiện kiểm soát TTHC Quý III/2018;',
    expected: [
      ref('Báo cáo số 56/BC-UBND ngày 23/3/2018', 'BC', '56', 'BC-UBND', '2018-03-23', { printedType: 'BC', subject: `${KSTTHC} Quý I/2018` }),
      ref('Báo cáo số 118/BC-UBND ngày 25/6/2018', 'BC', '118', 'BC-UBND', '2018-06-25', { printedType: 'BC', subject: `${KSTTHC} Quý II/2018` }),
      ref('Báo cáo số 176/BC-UBND ngày 25/9/2018', 'BC', '176', 'BC-UBND', '2018-09-25', { printedType: 'BC', subject: `${KSTTHC} Quý III/2018` }),
    ],
  },
  {
    name: '3.2: reads an undated report after a stray digit, and the decision of the next line',
    text: '- Niêm yết công khai trên màn hình tra cứu đặt tại Bộ phận Tiếp nhận hồ sơ và trả kết quả của Thị xã 9 BC số 199/BC-UBND Thị xã; - Có bảng niêm yết TTHC tại các xã, phường - Quyết định 290/QĐ-UBND ngày 19/1/2018 về việc phê duyệt danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của UBND Thị xã Bim Sơn; - Thực hiện niêm yết bảng bản giấy tại Trung tâm hành chính công Thị xã Bim Sơn. - Đăng tải trên cổng thông tin điện tử Bim Sơn.',
    expected: [
      ref('BC số 199/BC-UBND', 'BC', '199', 'BC-UBND', null, { printedType: 'BC' }),
      ref('Quyết định 290/QĐ-UBND ngày 19/1/2018', 'QĐ', '290', 'QĐ-UBND', '2018-01-19', { printedType: 'QĐ', subject: QD290_SUBJECT }),
    ],
  },
  {
    name: '4.1.1: reads the garbled "Quyết định số 37 đến 348/ND-CP" as the numbered Nghị định, keeping the printed word, and a bare "số" citation',
    text: 'Thực hiện nghiêm túc nội dung Quyết định số 37 đến 348/ND-CP ngày 05/5/2014 quy định tổ chức các phòng ban chuyên môn thuộc UBND cấp huyện; Thị xã đã ban hành Quy định chức năng nhiệm vụ các phòng ban chuyên môn thuộc UBND cấp thị xã (số 5394/QĐ-UBND ngày 11/11/2016 về ban hành quy chế làm việc của UBND Thị xã Bim Sơn nhiệm kỳ 2016-2021);',
    expected: [
      ref('Quyết định số 37 đến 348/ND-CP ngày 05/5/2014', 'NĐ', '348', 'NĐ-CP', '2014-05-05', {
        printedType: 'QĐ',
        subject: 'quy định tổ chức các phòng ban chuyên môn thuộc UBND cấp huyện',
      }),
      ref('số 5394/QĐ-UBND ngày 11/11/2016', 'QĐ', '5394', 'QĐ-UBND', '2016-11-11', { subject: QD5394_SUBJECT }),
    ],
  },
  {
    name: '4.1.2: reads a bare "số" citation in parentheses',
    text: 'Sự phối hợp giữa các phòng ban được quy định trong quy chế làm việc của UBND thị xã (số 5394/QĐ-UBND ngày 11/11/2016 về ban hành quy chế làm việc của UBND Thị xã Bim Sơn nhiệm kỳ 2016-2021)',
    expected: [ref('số 5394/QĐ-UBND ngày 11/11/2016', 'QĐ', '5394', 'QĐ-UBND', '2016-11-11', { subject: QD5394_SUBJECT })],
  },
  {
    name: '4.1.3: reads a lower-case "quyết định số" citation',
    text: 'Ban hành quy chế làm việc của UBND thị xã theo quy định (tại quyết định số 5394/QĐ-UBND ngày 11/11/2016 về ban hành quy chế làm việc của UBND Thị xã Bim Sơn nhiệm kỳ 2016-2021)',
    expected: [
      ref('quyết định số 5394/QĐ-UBND ngày 11/11/2016', 'QĐ', '5394', 'QĐ-UBND', '2016-11-11', { printedType: 'QĐ', subject: QD5394_SUBJECT }),
    ],
  },
  {
    name: '4.2.1: reads a plan, a notice and two reports of one cell',
    text: '-Kế hoạch số 342/KH-UBND ngày 27/02/2018 của UBND thị xã Bim Sơn về Kiểm tra thực hiện cải cách hành chính năm 2018; -Thông báo số 531/TB-UBND ngày 26/3/2018 của Chủ tịch UBND thị xã Bim Sơn kiểm tra việc thực hiện cải cách hành chính năm 2018; -Bảo cáo số 86/BC-UBND ngày 24/5/2018 của Chủ tịch UBND thị xã Bim Sơn phục vụ đoàn kiểm tra Công tác cải cách hành chính năm 2018 và Ban chỉ đạo CCHC Chính phủ; -Bảo cáo kết quả kiểm tra việc thực hiện cải cách hành chính năm 2018, tại Văn bản số 179/BC-UBND ngày 06/9/2018 của Chủ tịch UBND thị xã Bim Sơn.',
    expected: [
      ref('Kế hoạch số 342/KH-UBND ngày 27/02/2018', 'KH', '342', 'KH-UBND', '2018-02-27', {
        printedType: 'KH',
        subject: 'của UBND thị xã Bim Sơn về Kiểm tra thực hiện cải cách hành chính năm 2018',
      }),
      ref('Thông báo số 531/TB-UBND ngày 26/3/2018', 'TB', '531', 'TB-UBND', '2018-03-26', {
        printedType: 'TB',
        subject: 'của Chủ tịch UBND thị xã Bim Sơn kiểm tra việc thực hiện cải cách hành chính năm 2018',
      }),
      ref('Bảo cáo số 86/BC-UBND ngày 24/5/2018', 'BC', '86', 'BC-UBND', '2018-05-24', {
        printedType: 'BC',
        subject:
          'của Chủ tịch UBND thị xã Bim Sơn phục vụ đoàn kiểm tra Công tác cải cách hành chính năm 2018 và Ban chỉ đạo CCHC Chính phủ',
      }),
      ref('Văn bản số 179/BC-UBND ngày 06/9/2018', 'BC', '179', 'BC-UBND', '2018-09-06', {
        subject: 'của Chủ tịch UBND thị xã Bim Sơn',
      }),
    ],
  },
  {
    name: '4.3.1: reads the year printed inside a legal act number',
    text: 'Thực hiện đầy đủ quy định về phân cấp quản lý do UBND Tỉnh ban hành (Quyết định số 1100/2017/QĐ-UBND ngày 24/4/2017 của Ủy ban nhân dân tỉnh Thanh Hoá).',
    expected: [
      ref('Quyết định số 1100/2017/QĐ-UBND ngày 24/4/2017', 'QĐ', '1100', 'QĐ-UBND', '2017-04-24', {
        printedType: 'QĐ',
        year: 2017,
        subject: 'của Ủy ban nhân dân tỉnh Thanh Hoá',
      }),
    ],
  },
  {
    name: '4.3.2: reads a report cited as "tại Văn bản số"',
    text: '- Báo cáo kết quả kiểm tra việc thực hiện cải cách hành chính năm 2018, tại Văn bản số 179/BC-UBND ngày 06/9/2018 của Chủ tịch UBND thị xã Bim Sơn.',
    expected: [ref('Văn bản số 179/BC-UBND ngày 06/9/2018', 'BC', '179', 'BC-UBND', '2018-09-06', { subject: 'của Chủ tịch UBND thị xã Bim Sơn' })],
  },
  {
    name: '5.1.1: gives a date to citations whose issuer words stand between symbol and date',
    text: '- Xây dựng hoàn thiện bản mô tả công việc khung năng lực vị trí việc làm trong các cơ quan tổ chức hành chính tại văn bản số 1607/BC-UBND Thị xã ngày 15/8/2018; - Báo cáo tình hình thực hiện biên chế hành chính năm 2017 và Kế hoạch biên chế năm 2018 (BC số 65/BC-UBND Thị xã ngày 05/4/2018); - Báo cáo tình hình thực hiện biên chế công chức hành chính, biên chế viên chức sự nghiệp năm 2018 và Xây dựng kế hoạch biên chế năm 2019 (BC số 189/BC-UBND Thị xã ngày 15/10/2018)',
    expected: [ref('văn bản số 1607/BC-UBND Thị xã ngày 15/8/2018', 'BC', '1607', 'BC-UBND', '2018-08-15'), STAFFING_65, STAFFING_189],
  },
  {
    name: '5.1.2: reads the two staffing reports again',
    text: '- Báo cáo tình hình thực hiện biên chế hành chính năm 2017 và Kế hoạch biên chế năm 2018 (BC số 65/BC-UBND Thị xã ngày 05/4/2018); - Báo cáo tình hình thực hiện biên chế công chức hành chính, biên chế viên chức sự nghiệp năm 2018 và Xây dựng kế hoạch biên chế năm 2019 (BC số 189/BC-UBND Thị xã ngày 15/10/2018)',
    expected: [STAFFING_65, STAFFING_189],
  },
  {
    name: '5.1.3: reads a project (Đề án, ĐA) cited as "Văn bản số:" and not "2018 – 2020"',
    text: '- Vị trí việc làm viên chức sự nghiệp, bố trí sắp xếp cơ cấu không vượt quá biên chế Tỉnh giao, theo nội dung Đề án xác định vị trí việc làm, cơ cấu chức danh nghề nghiệp viên chức và số lượng người làm việc trong các đơn vị sự nghiệp công lập giai đoạn 2018 – 2020 thuộc UBND thị xã Bim Sơn đã trình Sở Nội vụ thẩm định (Văn bản số: 2333/ĐA-UBND ngày 04/11/2018); 100% cơ quan hành chính cấp thị xã bố trí đúng cơ cấu công chức viên chức theo vị trí việc làm được phê duyệt',
    expected: [ref('Văn bản số: 2333/ĐA-UBND ngày 04/11/2018', 'ĐA', '2333', 'ĐA-UBND', '2018-11-04')],
  },
  {
    name: '5.3.1: gives the date of a list of decisions to the last one only, and cuts the plan subject before the list',
    text: TRAINING,
    expected: TRAINING_REFS,
  },
  {
    name: '5.3.2: gives the shared date and the subject to the last of three decisions',
    text: 'Quyết định số 3279/QĐ-UBND, Quyết định số 3280/QĐ-UBND, Quyết định số 3281/QĐ-UBND ngày 28/8/2018, mở 03 lớp BD kiến thức QLNN cho CBCC cấp Thị xã và cấp xã;',
    expected: [
      ref('Quyết định số 3279/QĐ-UBND', 'QĐ', '3279', 'QĐ-UBND', null, { printedType: 'QĐ' }),
      ref('Quyết định số 3280/QĐ-UBND', 'QĐ', '3280', 'QĐ-UBND', null, { printedType: 'QĐ' }),
      ref('Quyết định số 3281/QĐ-UBND ngày 28/8/2018', 'QĐ', '3281', 'QĐ-UBND', '2018-08-28', {
        printedType: 'QĐ',
        subject: 'mở 03 lớp BD kiến thức QLNN cho CBCC cấp Thị xã và cấp xã',
      }),
    ],
  },
  {
    name: '5.4.4: reads "kế hoạch 1133/KH-UBND" written without "số"',
    text: 'Đã ban hành kế hoạch 1133/KH-UBND ngày 13/6/2018 định kỳ chuyển đổi công chức, viên chức không giữ chức danh lãnh đạo năm 2018.',
    expected: [
      ref('kế hoạch 1133/KH-UBND ngày 13/6/2018', 'KH', '1133', 'KH-UBND', '2018-06-13', {
        printedType: 'KH',
        subject: 'định kỳ chuyển đổi công chức, viên chức không giữ chức danh lãnh đạo năm 2018',
      }),
    ],
  },
  {
    name: '5.5.1: reads a circular whose abbreviation is glued to its number (TT06/2012/TT-BNV)',
    text: '100% đạt chuẩn về chuyên môn nghiệp vụ; đảm bảo quy định tại Điều 2 của TT06/2012/TT-BNV ngày 30/10/2012 về tuyển dụng CC cấp xã.',
    expected: [
      ref('TT06/2012/TT-BNV ngày 30/10/2012', 'TT', '06', 'TT-BNV', '2012-10-30', {
        printedType: 'TT',
        year: 2012,
        subject: 'về tuyển dụng CC cấp xã',
      }),
    ],
  },
  {
    name: '5.5.2: reads "Quyết định số:" with a colon and a year in the number',
    text: '100% cán bộ cấp xã đạt chuẩn, đảm bảo quy định tại Mục I, chương 2, Quyết định số: 04/2004/QĐ-BNV ngày 16/01/2004 của Bộ trưởng Bộ Nội vụ;',
    expected: [
      ref('Quyết định số: 04/2004/QĐ-BNV ngày 16/01/2004', 'QĐ', '04', 'QĐ-BNV', '2004-01-16', {
        printedType: 'QĐ',
        year: 2004,
        subject: 'của Bộ trưởng Bộ Nội vụ',
      }),
    ],
  },
  {
    name: '5.5.3: reads the training plan and its decisions again',
    text: TRAINING,
    expected: TRAINING_REFS,
  },
  {
    name: '6.1.1: reads a decision without "số" in parentheses',
    text: '100% cơ quan chuyên môn cấp thị xã, đơn vị hành chính cấp xã, triển khai thực hiện cơ chế (Quyết định 124/QĐ-UBND ngày 09/01/2018 về giao chế độ tự chủ tự chịu trách nhiệm của các đơn vị cơ quan hành chính Nhà nước)',
    expected: [
      ref('Quyết định 124/QĐ-UBND ngày 09/01/2018', 'QĐ', '124', 'QĐ-UBND', '2018-01-09', {
        printedType: 'QĐ',
        subject: 'về giao chế độ tự chủ tự chịu trách nhiệm của các đơn vị cơ quan hành chính Nhà nước',
      }),
    ],
  },
  {
    name: '6.2.1: reads decision 123/QĐ-UBND',
    text: '100% đơn vị sự nghiệp công lập cấp thị xã triển khai thực hiện cơ chế (Quyết định 123/QĐ-UBND ngày 09/01/2018 về giao chế độ tự chủ tự chịu trách nhiệm của các đơn vị SN công lập trên địa bàn).',
    expected: [
      ref('Quyết định 123/QĐ-UBND ngày 09/01/2018', 'QĐ', '123', 'QĐ-UBND', '2018-01-09', {
        printedType: 'QĐ',
        subject: 'về giao chế độ tự chủ tự chịu trách nhiệm của các đơn vị SN công lập trên địa bàn',
      }),
    ],
  },
  {
    name: '6.2.2: reads the quy chế with its slash between type code and issuer',
    text: 'Điều hành thực hiện tốt Quy chế chi tiêu nội bộ không có hành vi tiêu cực về tài chính không bị cơ quan tài chính xuất toán (Quy chế số 201/QĐ/UBND ngày 12/01/2018 ban hành quy chế chi tiêu nội bộ).',
    expected: [
      ref('Quy chế số 201/QĐ/UBND ngày 12/01/2018', 'QĐ', '201', 'QĐ-UBND', '2018-01-12', {
        printedType: 'QC',
        subject: 'ban hành quy chế chi tiêu nội bộ',
      }),
    ],
  },
  {
    name: '6.2.3: reads report 46/BC-UBND',
    text: 'Thực hiện kê khai minh bạch trong quản lý sử dụng tài chính công (Báo cáo số 46/BC-UBND ngày 14/3/2018 về tình hình giao dự toán năm 2018)',
    expected: [
      ref('Báo cáo số 46/BC-UBND ngày 14/3/2018', 'BC', '46', 'BC-UBND', '2018-03-14', {
        printedType: 'BC',
        subject: 'về tình hình giao dự toán năm 2018',
      }),
    ],
  },
  {
    name: '6.2.4: reads report 899/BC-UBND',
    text: 'Đã thực hiện tốt (Báo cáo số 899/BC-UBND ngày 22/6/2018 của UBND Thị xã báo cáo kết quả thực hành tiết kiệm công lương phí)',
    expected: [
      ref('Báo cáo số 899/BC-UBND ngày 22/6/2018', 'BC', '899', 'BC-UBND', '2018-06-22', {
        printedType: 'BC',
        subject: 'của UBND Thị xã báo cáo kết quả thực hành tiết kiệm công lương phí',
      }),
    ],
  },
  {
    name: '7.1.2: reads "Công văn số 1601/UBND-VP" as a công văn',
    text: 'Công văn số 1601/UBND-VP ngày 15/8/2018 của UBND Thị xã tình hình triển khai các ứng dụng CNTT dùng chung, nhân lực CNTT và XD quy chế quy định nội bộ;',
    expected: [
      ref('Công văn số 1601/UBND-VP ngày 15/8/2018', 'CV', '1601', 'UBND-VP', '2018-08-15', {
        printedType: 'CV',
        subject: 'của UBND Thị xã tình hình triển khai các ứng dụng CNTT dùng chung, nhân lực CNTT và XD quy chế quy định nội bộ',
      }),
    ],
  },
  {
    name: '7.1.3: reads a plan and a VB công văn separated by ";"',
    text: '-Kế hoạch số 2177/KH-UBND ngày 19/10/2018 về ứng dụng CNTT trong hoạt động của cơ quan Nhà nước tại Thị xã Bim Sơn; VB số 1754/UBND-VP ngày 27/8/2018 về việc phối hợp thực hiện giải quyết TTHC tại Trung tâm hành chính công Thị xã.',
    expected: [
      ref('Kế hoạch số 2177/KH-UBND ngày 19/10/2018', 'KH', '2177', 'KH-UBND', '2018-10-19', {
        printedType: 'KH',
        subject: 'về ứng dụng CNTT trong hoạt động của cơ quan Nhà nước tại Thị xã Bim Sơn',
      }),
      ref('VB số 1754/UBND-VP ngày 27/8/2018', 'CV', '1754', 'UBND-VP', '2018-08-27', {
        subject: 'về việc phối hợp thực hiện giải quyết TTHC tại Trung tâm hành chính công Thị xã',
      }),
    ],
  },
  {
    name: '7.1.4: reads the yearly report after a "(mạng LAN);" item',
    text: '- 100% phòng ban cơ quan chuyên môn cấp huyện và đơn vị hành chính cấp xã sử dụng mạng nội bộ (mạng LAN); - BC số 209/BC-UBND ngày 10/11/2018 của UBND Thị xã, về Báo cáo kết quả thực hiện CCHC năm 2018.',
    expected: [ref(BC209, 'BC', '209', 'BC-UBND', '2018-11-10', { printedType: 'BC', subject: BC209_SUBJECT })],
  },
  {
    name: '7.2.2: reads the yearly report in parentheses',
    text: '100% cơ quan chuyên môn cấp thị xã, đơn vị hành chính cấp xã, triển khai thực hiện đúng IOS trong hoạt động (BC số 209/BC-UBND ngày 10/11/2018 của UBND Thị xã, về Báo cáo kết quả thực hiện CCHC năm 2018)',
    expected: [ref(BC209, 'BC', '209', 'BC-UBND', '2018-11-10', { printedType: 'BC', subject: BC209_SUBJECT })],
  },
  {
    name: '8.2.1: reads the decision on the list of procedures and the yearly report of the next line',
    text: 'Quyết định 290/QĐ-UBND ngày 19/1/2018 về việc phê duyệt danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của UBND Thị xã Bim Sơn - BC số 209/BC-UBND ngày 10/11/2018 của UBND Thị xã, về Báo cáo kết quả thực hiện CCHC năm 2018.',
    expected: [
      ref('Quyết định 290/QĐ-UBND ngày 19/1/2018', 'QĐ', '290', 'QĐ-UBND', '2018-01-19', { printedType: 'QĐ', subject: QD290_SUBJECT }),
      ref(BC209, 'BC', '209', 'BC-UBND', '2018-11-10', { printedType: 'BC', subject: BC209_SUBJECT }),
    ],
  },
  {
    name: '8.3.1: finds no citation in "Các báo cáo CCHC hàng quý, 6 tháng đầu năm, cả năm"',
    text: '- Các báo cáo CCHC hàng quý, 6 tháng đầu năm, cả năm.',
    expected: [],
  },
];

describeParse('parseReferences on the seed report, sections 3–8', cases);
