// The 63 province-level units in force from 1 Aug 2008 to 30 Jun 2025 (GSO codes), with the 34-unit successor each
// was merged into on 1 July 2025 (NQ 202/2025/QH15; every merge took whole provinces). Names as GSO writes them.
// Thừa Thiên Huế became Thành phố Huế on 1 Jan 2025 (NQ 175/2024/QH15) within this era.
export type ProvinceType = 'tinh' | 'thanh-pho';

/** What both maps record of a unit. */
export interface ProvinceRecord {
  /** GSO two-digit code. */
  code: string;
  /** Short official name, e.g. `Hưng Yên`; `Thành phố Hồ Chí Minh` keeps its prefix (bare, it names the President). */
  name: string;
  /** The type when the era began. */
  type: ProvinceType;
  /** ISO date of a later change to centrally-run city, code and territory unchanged. */
  becameCity?: string;
}

export interface ProvinceRecord2008 extends ProvinceRecord {
  /** Code of the 34-unit province the whole unit went into on 1 July 2025. */
  successor: string;
}

export const PROVINCES_2008: readonly ProvinceRecord2008[] = [
  { code: '01', name: 'Hà Nội', type: 'thanh-pho', successor: '01' },
  { code: '02', name: 'Hà Giang', type: 'tinh', successor: '08' },
  { code: '04', name: 'Cao Bằng', type: 'tinh', successor: '04' },
  { code: '06', name: 'Bắc Kạn', type: 'tinh', successor: '19' },
  { code: '08', name: 'Tuyên Quang', type: 'tinh', successor: '08' },
  { code: '10', name: 'Lào Cai', type: 'tinh', successor: '15' },
  { code: '11', name: 'Điện Biên', type: 'tinh', successor: '11' },
  { code: '12', name: 'Lai Châu', type: 'tinh', successor: '12' },
  { code: '14', name: 'Sơn La', type: 'tinh', successor: '14' },
  { code: '15', name: 'Yên Bái', type: 'tinh', successor: '15' },
  { code: '17', name: 'Hoà Bình', type: 'tinh', successor: '25' },
  { code: '19', name: 'Thái Nguyên', type: 'tinh', successor: '19' },
  { code: '20', name: 'Lạng Sơn', type: 'tinh', successor: '20' },
  { code: '22', name: 'Quảng Ninh', type: 'tinh', successor: '22' },
  { code: '24', name: 'Bắc Giang', type: 'tinh', successor: '24' },
  { code: '25', name: 'Phú Thọ', type: 'tinh', successor: '25' },
  { code: '26', name: 'Vĩnh Phúc', type: 'tinh', successor: '25' },
  { code: '27', name: 'Bắc Ninh', type: 'tinh', successor: '24' },
  { code: '30', name: 'Hải Dương', type: 'tinh', successor: '31' },
  { code: '31', name: 'Hải Phòng', type: 'thanh-pho', successor: '31' },
  { code: '33', name: 'Hưng Yên', type: 'tinh', successor: '33' },
  { code: '34', name: 'Thái Bình', type: 'tinh', successor: '33' },
  { code: '35', name: 'Hà Nam', type: 'tinh', successor: '37' },
  { code: '36', name: 'Nam Định', type: 'tinh', successor: '37' },
  { code: '37', name: 'Ninh Bình', type: 'tinh', successor: '37' },
  { code: '38', name: 'Thanh Hóa', type: 'tinh', successor: '38' },
  { code: '40', name: 'Nghệ An', type: 'tinh', successor: '40' },
  { code: '42', name: 'Hà Tĩnh', type: 'tinh', successor: '42' },
  { code: '44', name: 'Quảng Bình', type: 'tinh', successor: '44' },
  { code: '45', name: 'Quảng Trị', type: 'tinh', successor: '44' },
  { code: '46', name: 'Thừa Thiên Huế', type: 'tinh', successor: '46', becameCity: '2025-01-01' },
  { code: '48', name: 'Đà Nẵng', type: 'thanh-pho', successor: '48' },
  { code: '49', name: 'Quảng Nam', type: 'tinh', successor: '48' },
  { code: '51', name: 'Quảng Ngãi', type: 'tinh', successor: '51' },
  { code: '52', name: 'Bình Định', type: 'tinh', successor: '52' },
  { code: '54', name: 'Phú Yên', type: 'tinh', successor: '66' },
  { code: '56', name: 'Khánh Hòa', type: 'tinh', successor: '56' },
  { code: '58', name: 'Ninh Thuận', type: 'tinh', successor: '56' },
  { code: '60', name: 'Bình Thuận', type: 'tinh', successor: '68' },
  { code: '62', name: 'Kon Tum', type: 'tinh', successor: '51' },
  { code: '64', name: 'Gia Lai', type: 'tinh', successor: '52' },
  { code: '66', name: 'Đắk Lắk', type: 'tinh', successor: '66' },
  { code: '67', name: 'Đắk Nông', type: 'tinh', successor: '68' },
  { code: '68', name: 'Lâm Đồng', type: 'tinh', successor: '68' },
  { code: '70', name: 'Bình Phước', type: 'tinh', successor: '75' },
  { code: '72', name: 'Tây Ninh', type: 'tinh', successor: '80' },
  { code: '74', name: 'Bình Dương', type: 'tinh', successor: '79' },
  { code: '75', name: 'Đồng Nai', type: 'tinh', successor: '75' },
  { code: '77', name: 'Bà Rịa - Vũng Tàu', type: 'tinh', successor: '79' },
  { code: '79', name: 'Thành phố Hồ Chí Minh', type: 'thanh-pho', successor: '79' },
  { code: '80', name: 'Long An', type: 'tinh', successor: '80' },
  { code: '82', name: 'Tiền Giang', type: 'tinh', successor: '82' },
  { code: '83', name: 'Bến Tre', type: 'tinh', successor: '86' },
  { code: '84', name: 'Trà Vinh', type: 'tinh', successor: '86' },
  { code: '86', name: 'Vĩnh Long', type: 'tinh', successor: '86' },
  { code: '87', name: 'Đồng Tháp', type: 'tinh', successor: '82' },
  { code: '89', name: 'An Giang', type: 'tinh', successor: '91' },
  { code: '91', name: 'Kiên Giang', type: 'tinh', successor: '91' },
  { code: '92', name: 'Cần Thơ', type: 'thanh-pho', successor: '92' },
  { code: '93', name: 'Hậu Giang', type: 'tinh', successor: '92' },
  { code: '94', name: 'Sóc Trăng', type: 'tinh', successor: '92' },
  { code: '95', name: 'Bạc Liêu', type: 'tinh', successor: '96' },
  { code: '96', name: 'Cà Mau', type: 'tinh', successor: '96' },
];
