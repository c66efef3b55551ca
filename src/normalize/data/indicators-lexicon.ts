// Word-level normalisation for indicator matching: abbreviations as news and resolutions write them, expanded to the
// words the catalogue phrasings use, and spelling variants that survive canonicalisation (`tỉ lệ`/`tỷ lệ`).
// Keys are canonical (lower-case, new-style tones) tokens.

export const INDICATOR_ABBREVIATIONS: Readonly<Record<string, string>> = {
  dvctt: 'dịch vụ công trực tuyến',
  dvc: 'dịch vụ công',
  dvcqg: 'dịch vụ công quốc gia',
  tthc: 'thủ tục hành chính',
  csdl: 'cơ sở dữ liệu',
  csdlqg: 'cơ sở dữ liệu quốc gia',
  cntt: 'công nghệ thông tin',
  dn: 'doanh nghiệp',
  dnnvv: 'doanh nghiệp nhỏ và vừa',
  tmđt: 'thương mại điện tử',
  cđs: 'chuyển đổi số',
  cqs: 'chính quyền số',
  cqđt: 'chính quyền điện tử',
  cps: 'chính phủ số',
  cpđt: 'chính phủ điện tử',
  kts: 'kinh tế số',
  xhs: 'xã hội số',
  hssk: 'hồ sơ sức khoẻ',
  attt: 'an toàn thông tin',
  atanm: 'an toàn an ninh mạng',
  đdđt: 'định danh điện tử',
  cbccvc: 'cán bộ công chức viên chức',
  hđđt: 'hoá đơn điện tử',
  ttđt: 'thanh toán điện tử',
};

/** Spellings that differ in real text for the same word; the value is the form the catalogue uses. */
export const INDICATOR_SPELLING_VARIANTS: Readonly<Record<string, string>> = {
  tỉ: 'tỷ',
  kĩ: 'kỹ',
  lí: 'lý',
  mĩ: 'mỹ',
};
