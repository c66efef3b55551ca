// How texts write the province-level units (PROVINCES.md §2, §4, §5.7): spelling variants per 63-unit code, beyond
// the official short name. Tone style (`Hòa`/`Hoà`), `Đ`/`Ð`, case and the separators of `Bà Rịa - Vũng Tàu`
// (hyphen, en dash, spaces) are folded when the gazetteer is built, so only genuinely different spellings appear here.
// ASCII forms (`Ha Noi`, `Can Tho`) are derived from every name and read only with a cue (`tỉnh`, `TP`, `City`).

export interface ProvinceAliasSet {
  /** 63-unit GSO code the forms name (the 34-unit namesake is found through it). */
  code: string;
  /** Forms read as names: every syllable capitalised (`Hưng Yên`, `HƯNG YÊN`; not `hưng yên`). */
  names?: readonly string[];
  /** Initialisms, safe alone when capitalised (`TP.HCM` is the cue `TP.` and `HCM`). */
  abbreviations?: readonly string[];
  /** Initialisms that spell the level too (`TPHCM` = thành phố HCM, `HCMC` = HCM City): cued by themselves. */
  cityAbbreviations?: readonly string[];
  /** Forms that are a province only after a prefix: bare `Hồ Chí Minh` is the President. */
  cueOnly?: readonly string[];
  /** The official name is not itself a form (`Thành phố Hồ Chí Minh` is the cue `Thành phố` and `Hồ Chí Minh`). */
  officialNameIsPrefixed?: true;
  /** The name is also a common word (`hòa bình` peace, `cao bằng` as high as): in ALL-CAPS text it needs a cue. */
  commonWord?: true;
}

export const PROVINCE_ALIASES: readonly ProvinceAliasSet[] = [
  { code: '01', names: ['Hà Nội', 'Hanoi'] },
  { code: '04', commonWord: true },
  { code: '06', names: ['Bắc Cạn'] },
  { code: '17', commonWord: true },
  { code: '31', names: ['Haiphong'] },
  { code: '34', commonWord: true },
  { code: '46', names: ['Huế', 'TT-Huế', 'T.T.Huế', 'T.T. Huế'], abbreviations: ['TTH'] },
  { code: '48', names: ['Danang'] },
  { code: '52', commonWord: true },
  { code: '62', names: ['Kontum', 'Kông Tum', 'Công Tum'] },
  {
    code: '66',
    names: ['Đăk Lăk', 'Dăk Lăk', 'Đắk Lăk', 'Đăk Lắk', 'Đắc Lắc', 'Đác Lắc', 'Đắc Lắk', 'ĐắkLắk', 'Daklak', 'Darlac'],
  },
  { code: '67', names: ['Đăk Nông', 'Đắc Nông', 'Đác Nông'] },
  { code: '77', abbreviations: ['BR-VT', 'BR.VT', 'BRVT'] },
  {
    code: '79',
    names: ['Sài Gòn', 'Saigon'],
    abbreviations: ['HCM'],
    cityAbbreviations: ['TPHCM', 'HCMC'],
    cueOnly: ['Hồ Chí Minh'],
    officialNameIsPrefixed: true,
  },
];

/**
 * Phrases that contain a province name but name something else (PROVINCES.md §5.3–5.5, §5.12). Matched longest
 * first like the names, they swallow the name inside them.
 */
export const PROVINCE_LOOKALIKES: readonly string[] = [
  'Thái Bình Dương',
  'Hiệp Bình Phước',
  'Điện Biên Phủ',
  'Đồng Tháp Mười',
  'Hà Nam Ninh',
  'Hoàng Anh Gia Lai',
  'Sài Gòn Giải Phóng',
  'bún bò Huế',
  'Công tử Bạc Liêu',
];
