// The 34 province-level units from 1 July 2025 (Công văn 915/CTK-CSCL, QĐ 19/2025/QĐ-TTg). Every one reuses an old
// name and an old code; `namesake` is the 63-unit province whose name it carries (Lào Cai 15 carries the name of old
// Lào Cai 10), which is how a name read against the new map finds its unit.
import type { ProvinceRecord } from './provinces-2008.js';

/** `becameCity`: Đồng Nai, Quảng Ninh and Bắc Ninh became centrally-run cities in 2026 (NQ 30, 36, 39/2026/QH16). */
export interface ProvinceRecord2025 extends ProvinceRecord {
  /** Code of the 63-unit province with the same name. */
  namesake: string;
}

export const PROVINCES_2025: readonly ProvinceRecord2025[] = [
  { code: '01', name: 'Hà Nội', type: 'thanh-pho', namesake: '01' },
  { code: '04', name: 'Cao Bằng', type: 'tinh', namesake: '04' },
  { code: '08', name: 'Tuyên Quang', type: 'tinh', namesake: '08' },
  { code: '11', name: 'Điện Biên', type: 'tinh', namesake: '11' },
  { code: '12', name: 'Lai Châu', type: 'tinh', namesake: '12' },
  { code: '14', name: 'Sơn La', type: 'tinh', namesake: '14' },
  { code: '15', name: 'Lào Cai', type: 'tinh', namesake: '10' },
  { code: '19', name: 'Thái Nguyên', type: 'tinh', namesake: '19' },
  { code: '20', name: 'Lạng Sơn', type: 'tinh', namesake: '20' },
  { code: '22', name: 'Quảng Ninh', type: 'tinh', namesake: '22', becameCity: '2026-09-01' },
  { code: '24', name: 'Bắc Ninh', type: 'tinh', namesake: '27', becameCity: '2026-09-20' },
  { code: '25', name: 'Phú Thọ', type: 'tinh', namesake: '25' },
  { code: '31', name: 'Hải Phòng', type: 'thanh-pho', namesake: '31' },
  { code: '33', name: 'Hưng Yên', type: 'tinh', namesake: '33' },
  { code: '37', name: 'Ninh Bình', type: 'tinh', namesake: '37' },
  { code: '38', name: 'Thanh Hóa', type: 'tinh', namesake: '38' },
  { code: '40', name: 'Nghệ An', type: 'tinh', namesake: '40' },
  { code: '42', name: 'Hà Tĩnh', type: 'tinh', namesake: '42' },
  { code: '44', name: 'Quảng Trị', type: 'tinh', namesake: '45' },
  { code: '46', name: 'Huế', type: 'thanh-pho', namesake: '46' },
  { code: '48', name: 'Đà Nẵng', type: 'thanh-pho', namesake: '48' },
  { code: '51', name: 'Quảng Ngãi', type: 'tinh', namesake: '51' },
  { code: '52', name: 'Gia Lai', type: 'tinh', namesake: '64' },
  { code: '56', name: 'Khánh Hòa', type: 'tinh', namesake: '56' },
  { code: '66', name: 'Đắk Lắk', type: 'tinh', namesake: '66' },
  { code: '68', name: 'Lâm Đồng', type: 'tinh', namesake: '68' },
  { code: '75', name: 'Đồng Nai', type: 'tinh', namesake: '75', becameCity: '2026-04-30' },
  { code: '79', name: 'Thành phố Hồ Chí Minh', type: 'thanh-pho', namesake: '79' },
  { code: '80', name: 'Tây Ninh', type: 'tinh', namesake: '72' },
  { code: '82', name: 'Đồng Tháp', type: 'tinh', namesake: '87' },
  { code: '86', name: 'Vĩnh Long', type: 'tinh', namesake: '86' },
  { code: '91', name: 'An Giang', type: 'tinh', namesake: '89' },
  { code: '92', name: 'Cần Thơ', type: 'thanh-pho', namesake: '92' },
  { code: '96', name: 'Cà Mau', type: 'tinh', namesake: '96' },
];
