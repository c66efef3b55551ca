// Words that make an instrument's subject digital transformation (OUTPUT.md: chuyển đổi số, chính quyền điện tử/số,
// kinh tế số, xã hội số, đô thị thông minh, công nghệ thông tin, the DTI). Lower case, as written.
export const DIGITAL_TRANSFORMATION_TERMS: readonly string[] = [
  'chuyển đổi số',
  'chuyển đổi kỹ thuật số',
  'chính quyền số',
  'chính quyền điện tử',
  'chính phủ số',
  'chính phủ điện tử',
  'kinh tế số',
  'xã hội số',
  'công dân số',
  'đô thị thông minh',
  'thành phố thông minh',
  'công nghệ thông tin',
  'cntt',
  'công nghệ số',
  'hạ tầng số',
  'dữ liệu số',
  'số hóa',
  'dti',
  'cách mạng công nghiệp lần thứ tư',
  'digital transformation',
];

/** Title words that make an instrument national rather than provincial (`Chương trình chuyển đổi số quốc gia`). */
export const NATIONAL_SCOPE_TERMS: readonly string[] = ['quốc gia', 'cả nước', 'toàn quốc'];
