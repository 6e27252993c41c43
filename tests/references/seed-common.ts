/** Citations and subjects the seed report repeats across sections. */
import { ref } from './expect.ts';

export const BC209 = 'BC số 209/BC-UBND ngày 10/11/2018';
export const BC209_SUBJECT = 'của UBND Thị xã, về Báo cáo kết quả thực hiện CCHC năm 2018';
export const QD290_SUBJECT =
  'về việc phê duyệt danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của UBND Thị xã Bim Sơn';
export const KSTTHC = 'về tình hình thực hiện kiểm soát TTHC';
export const BC20_SUBJECT = 'về Báo cáo công tác kiểm tra, rà soát, xử lý, hệ thống hóa văn bản năm 2017';
export const BC185_SUBJECT =
  'về Công tác phổ biến giáo dục pháp luật, công tác hòa giải ở cơ sở và chuẩn tiếp cận pháp luật trên địa bàn thị xã Bim Sơn';
export const BC140_SUBJECT = 'về Công tác thi hành pháp luật về xử lý vi phạm hành chính 6 tháng đầu năm 2018';
export const QD5394_SUBJECT = 'về ban hành quy chế làm việc của UBND Thị xã Bim Sơn nhiệm kỳ 2016-2021';
export const TRAINING =
  '- Kế hoạch số: 708/KH-UBND ngày 17/4/2018 của UBND Thị xã, theo đó đã mở 03 lớp về mở lớp BD kiến thức QLNN cho CBCC cấp xã, tổng số 435 lượt người tham dự (tại các Quyết định số 3279/QĐ-UBND, Quyết định số 3280/QĐ-UBND, Quyết định số 3281/QĐ-UBND ngày 28/8/2018)';
export const TRAINING_REFS = [
  ref('Kế hoạch số: 708/KH-UBND ngày 17/4/2018', 'KH', '708', 'KH-UBND', '2018-04-17', {
    printedType: 'KH',
    subject:
      'của UBND Thị xã, theo đó đã mở 03 lớp về mở lớp BD kiến thức QLNN cho CBCC cấp xã, tổng số 435 lượt người tham dự',
  }),
  ref('Quyết định số 3279/QĐ-UBND', 'QĐ', '3279', 'QĐ-UBND', null, { printedType: 'QĐ' }),
  ref('Quyết định số 3280/QĐ-UBND', 'QĐ', '3280', 'QĐ-UBND', null, { printedType: 'QĐ' }),
  ref('Quyết định số 3281/QĐ-UBND ngày 28/8/2018', 'QĐ', '3281', 'QĐ-UBND', '2018-08-28', { printedType: 'QĐ' }),
];
export const STAFFING_65 = ref('BC số 65/BC-UBND Thị xã ngày 05/4/2018', 'BC', '65', 'BC-UBND', '2018-04-05', { printedType: 'BC' });
export const STAFFING_189 = ref('BC số 189/BC-UBND Thị xã ngày 15/10/2018', 'BC', '189', 'BC-UBND', '2018-10-15', { printedType: 'BC' });

