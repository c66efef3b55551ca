// The vocabulary of digital transformation: a figure is reported only when its clause speaks it (ANNOTATION.md,
// "What is a figure"). Other figures on the same page (GRDP growth, prices, shares, budgets, turnout) are left out.

/** Words that place a clause in the digital-transformation domain. */
export const DIGITAL_TERMS: readonly string[] = [
  'chuyển đổi số',
  'số hóa',
  'ký số',
  'chữ ký số',
  'chữ ký điện tử',
  'trực tuyến',
  'điện tử',
  'kinh tế số',
  'xã hội số',
  'chính quyền số',
  'chính phủ số',
  'công dân số',
  'doanh nghiệp số',
  'công nghệ số',
  'nền tảng số',
  'kỹ năng số',
  'hạ tầng số',
  'môi trường số',
  'nhân lực số',
  'dữ liệu',
  'cntt',
  'công nghệ thông tin',
  'ict',
  'internet',
  'băng rộng',
  'cáp quang',
  '2g',
  '3g',
  '4g',
  '5g',
  'di động',
  'điện thoại thông minh',
  'bts',
  'thu phát sóng',
  'phủ sóng',
  'wifi',
  'wi-fi',
  'chứng thư số',
  'định danh',
  'vneid',
  'căn cước',
  'không dùng tiền mặt',
  'tài khoản thanh toán',
  'thanh toán trực tuyến',
  'thương mại điện tử',
  'đô thị thông minh',
  'dti',
  'an toàn thông tin',
  'an ninh mạng',
  'môi trường mạng',
  'điện toán đám mây',
  'soc',
  'ioc',
  'hồ sơ công việc',
  'dịch vụ công',
  'thủ tục hành chính',
  'tthc',
  'hệ thống thông tin',
  'báo cáo số',
  'từ xa',
  'trí tuệ nhân tạo',
  'năng suất lao động',
  'camera',
  'online',
];

/** Words that mark another domain: a clause with one of these needs a strong digital term to count. */
export const OTHER_DOMAIN_TERMS: readonly string[] = [
  'cổ phiếu',
  'chứng khoán',
  'vn-index',
  'giá vàng',
  'giá xăng',
  'giá dầu',
  'lãi suất',
  'tỷ giá',
  'vốn đầu tư',
  'vốn đăng ký',
  'fdi',
  'xuất khẩu',
  'nhập khẩu',
  'kim ngạch',
  'thu ngân sách',
  'tăng trưởng grdp',
  'tốc độ tăng trưởng',
  'đại biểu',
  'khảo sát',
  'thuế',
];

/** Strong terms: they keep a clause in the domain even next to another domain's words. */
export const STRONG_DIGITAL_TERMS: readonly string[] = [
  'chuyển đổi số',
  'kinh tế số',
  'chính quyền số',
  'chính quyền điện tử',
  'dịch vụ công trực tuyến',
  'hồ sơ công việc',
  'dti',
  'hóa đơn điện tử',
  'thương mại điện tử',
];

/** What a count may count: digital things, never meetings, tasks, delegates or provinces. */
export const COUNTABLE_DIGITAL_THINGS: readonly string[] = [
  'doanh nghiệp số',
  'doanh nghiệp công nghệ số',
  'doanh nghiệp cntt',
  'doanh nghiệp công nghệ thông tin',
  'đô thị thông minh',
  'đô thị',
  'lao động',
  'kỹ sư',
  'chuyên gia',
  'tài khoản',
  'trạm',
  'thuê bao',
  'giao dịch',
  'thẻ căn cước',
  'camera',
  'điểm wifi',
  'nền tảng',
  'cơ sở dữ liệu',
  'dịch vụ công',
  'sản phẩm số',
  'tổ công nghệ số',
  'chứng thư số',
];

/**
 * Names of a digital-transformation ranking: once a paragraph names one (`Bộ … vừa công bố kết quả Chỉ số chuyển đổi
 * số (DTI) năm 2023.`), the scores and places read after it (`Dẫn đầu là Đà Nẵng với 0,7141 điểm`) are its own.
 */
export const RANKING_NAMES: readonly string[] = [
  'chỉ số chuyển đổi số',
  'dti',
  'bảng xếp hạng chuyển đổi số',
  'xếp hạng chuyển đổi số',
  'dẫn đầu về chuyển đổi số',
];

/**
 * Measures of the wider economy that open an item as its own subject (`; GRDP toàn thành phố tăng 7,17%`): such an
 * item does not borrow the digital metric of the figure before it.
 */
export const ECONOMY_SUBJECTS: readonly string[] = ['grdp', 'gdp', 'tổng mức bán lẻ', 'doanh thu', 'kim ngạch', 'thu ngân sách', 'vốn đầu tư'];
