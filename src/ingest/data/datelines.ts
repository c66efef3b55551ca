// Words that introduce the publication date of a page (`Đăng ngày 02 - 04 - 2021`, `Ngày cập nhật 14/09/2021`,
// `Thứ năm - 08/04/2021 05:04`). Compared on the canonical view (lower case, new-style tones).
export const DATELINE_LABELS: readonly string[] = [
  'Đăng ngày',
  'Ngày đăng',
  'Đăng lúc',
  'Đăng tải',
  'Ngày cập nhật',
  'Cập nhật',
  'Cập nhật lúc',
  'Cập nhật ngày',
  'Ngày xuất bản',
  'Xuất bản',
  'Thời gian đăng',
  'Ngày phát hành',
  'Ngày ban hành',
  'Ban hành ngày',
  'Ngày ký',
  'Thứ hai',
  'Thứ ba',
  'Thứ tư',
  'Thứ năm',
  'Thứ sáu',
  'Thứ bảy',
  'Chủ nhật',
  'Posted',
  'Published',
  'Updated',
];

/** Words a bare dateline may hold besides the date: weekday, time, time zone. */
export const DATELINE_FILLER: readonly string[] = ['thứ', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'chủ', 'nhật', 'ngày', 'tháng', 'gmt', 'sa', 'ch', 'am', 'pm', 'lúc', 'giờ'];
