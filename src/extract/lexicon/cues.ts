// Words that say whether a figure is aimed for or already reached, and who speaks for the nation. Written as in the
// press; rules compare them on the canonical view (lower case, new-style tones).

/** Words that open a target scope: what follows them is aimed for, until another scope opens. */
export const TARGET_CUES: readonly string[] = ['phấn đấu', 'mục tiêu', 'chỉ tiêu', 'đặt mục tiêu', 'đề ra', 'theo dự thảo'];

/** Words that make the figure right after them a target, without opening a scope. */
export const LOCAL_TARGET_CUES: readonly string[] = ['sẽ', 'cần', 'bảo đảm', 'đảm bảo', 'dự kiến', 'phải đạt', 'hướng tới', 'hướng đến'];

/** Words that describe the present: an actual measured now (year = publication year). */
export const CURRENT_CUES: readonly string[] = ['hiện có', 'hiện nay', 'hiện tại', 'hiện', 'đến nay', 'tính đến nay', 'tới nay'];

/** Words before `hiện` that make it part of another word (`thực hiện`, `xuất hiện`). */
export const NOT_CURRENT_BEFORE_HIEN: readonly string[] = ['thực', 'xuất', 'thể', 'phát', 'biểu', 'hiển', 'hiện'];

/** Words that report something achieved (the year comes from the surrounding time phrase). */
export const ACHIEVED_CUES: readonly string[] = ['đã', 'đạt được', 'kết quả thực hiện', 'kết quả đạt được', 'ước đạt', 'tăng gấp', 'vươn lên', 'xếp hạng', 'xếp thứ', 'đứng thứ', 'vị trí thứ'];

/** `đã` followed by these still speaks of a target (`chỉ tiêu đã đặt ra`, `đã được phê duyệt`). */
export const ACHIEVED_EXCEPTIONS_AFTER_DA: readonly string[] = ['đặt ra', 'đề ra', 'được đặt', 'được phê duyệt', 'được giao', 'xác định'];

/** `hàng năm`: a yearly target with no end year of its own. */
export const YEARLY_CUES: readonly string[] = ['hàng năm', 'hằng năm', 'mỗi năm'];

/** Subjects that make a figure the nation's, when they lead a clause or qualify the metric. */
export const NATIONAL_SUBJECTS: readonly string[] = [
  'cả nước',
  'toàn quốc',
  'việt nam',
  'quốc gia',
  'chính phủ',
];

/** Phrases where a national word does not make the figure national (a rank among provinces, a national portal). */
export const NATIONAL_FALSE_FRIENDS: readonly string[] = [
  'dẫn đầu cả nước',
  'đứng đầu cả nước',
  'của cả nước',
  'so với cả nước',
  'trung bình của cả nước',
  'bình quân chung của cả nước',
  'mặt trận tổ quốc việt nam',
  'mttq việt nam',
  'cổng dịch vụ công quốc gia',
  'cơ sở dữ liệu quốc gia',
  'các cơ sở dữ liệu quốc gia',
  'hệ thống thông tin báo cáo quốc gia',
  'chương trình chuyển đổi số quốc gia',
  'ủy ban quốc gia',
  'uỷ ban quốc gia',
  'văn phòng chính phủ',
  'thủ tướng chính phủ',
  'hệ thống thông tin báo cáo chính phủ',
];

/** Verbs after a national subject that make it speak for the nation (`cả nước có 58% …`). */
export const NATIONAL_SUBJECT_VERBS: readonly string[] = ['có', 'đạt', 'hiện có', 'đã có', 'ước đạt'];

/** National words that make the figure national wherever they stand in its clause. */
export const NATIONAL_METRIC_QUALIFIERS: readonly string[] = [
  'theo báo cáo của bộ',
  'theo thống kê của bộ',
  'bộ thông tin và truyền thông báo cáo',
  'bộ tt&tt báo cáo',
  'gdp việt nam',
  'của việt nam',
  'chỉ số chuyển đổi số quốc gia',
  'chuyển đổi số quốc gia',
  'cấp bộ',
  'bộ công an',
  // `Điểm trung bình DTI của 63 tỉnh, thành phố`: the country's average, not the province named last.
  'trung bình của',
  'bình quân của',
  'trung bình cả nước',
  'của 63 tỉnh',
  'của 34 tỉnh',
  // The national programme as the subject that sets targets (named only as what a province carries out, it is a
  // false friend below).
  'chương trình chuyển đổi số quốc gia đặt mục tiêu',
  'chương trình chuyển đổi số quốc gia đặt ra',
  'chương trình chuyển đổi số quốc gia đề ra',
  'chương trình chuyển đổi số quốc gia xác định',
  'theo số liệu của bộ',
];

/** Words naming the document's own province without its name. */
export const OWN_PROVINCE_CUES: readonly string[] = ['toàn tỉnh', 'tỉnh ta', 'của tỉnh', 'toàn thành phố', 'của thành phố', 'thành phố ta'];

/** `Tỉnh phấn đấu …`, `Thành phố cũng đặt mục tiêu …`: a bare subject before these is the document's own province. */
export const BARE_OWN_SUBJECT_VERBS: readonly string[] = [
  'phấn đấu',
  'đặt mục tiêu',
  'đề ra',
  'hướng tới',
  'sẽ',
  'đã',
  'cũng',
  'tiếp tục',
  'đang',
  'hiện',
  'có',
  'đạt',
  'xác định',
];

/** A province named after these is where officials sat, not the owner of the figures around it. */
export const ATTENDANCE_CUES: readonly string[] = ['điểm cầu', 'tại điểm cầu'];
