// Words around a figure that are not part of what it counts: connectors and scope words before it, verbs that join
// a metric to its value, and the markers where a shared predicate begins.

/** Connectors and scope words a metric phrase never starts with. */
export const LEADING_FILLERS: readonly string[] = [
  'và',
  'hoặc',
  'đồng thời',
  'cùng với đó',
  'bên cạnh đó',
  'trong đó',
  'theo đó',
  'cụ thể',
  'ngoài ra',
  'song song đó',
  'tỉnh',
  'toàn tỉnh',
  'tỉnh ta',
  'thành phố',
  'toàn thành phố',
  'có',
  'với',
  'là',
  'gồm',
  'gồm có',
  'như',
  'thì',
];

/** Verbs that join a metric named first to its value (`tỷ lệ … đạt 50%`, `kinh tế số chiếm 20% GRDP`). */
export const LINKING_VERBS: readonly string[] = [
  'đạt',
  'là',
  'chiếm',
  'có',
  'ở mức',
  'tăng',
  'giảm',
  'phủ',
  'lên',
  'tới',
  'đến',
  'ước đạt',
  'ước lượng là',
  'ước lượng',
  'ước tính',
  'đạt tỷ lệ',
  'đạt tỉ lệ',
  'tỷ lệ',
  'với',
  'bằng',
  'góp',
  'đóng góp',
  'tương ứng',
  'lần lượt là',
  'lần lượt',
  'trung bình',
  'bình quân',
];

/** Where a predicate shared by a list begins (`… cấp xã được xử lý trên môi trường mạng`). */
export const PREDICATE_MARKERS: readonly string[] = ['được', 'đã được', 'sẽ được'];
