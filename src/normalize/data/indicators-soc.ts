// Xã hội số (digital society) indicators. Evidence: INDICATORS.md and INDICATORS-research.md §5.
// Who is counted decides: `dân số trưởng thành` → adult shares, `cơ sở khám chữa bệnh` → facility shares.
import type { IndicatorEntry } from './indicators-types.js';

const QD_749 = 'QĐ 749/QĐ-TTg';
const QD_411 = 'QĐ 411/QĐ-TTg';
const NQ_03 = 'NQ 03/NQ-CP';

export const SOC_INDICATORS: readonly IndicatorEntry[] = [
  {
    id: 'soc.online-public-services.adult-use-share',
    nameVi: 'Tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến',
    nameEn: 'Share of adults using online public services',
    unit: 'percent',
    phrasings: [
      'dân số trưởng thành … sử dụng dịch vụ công trực tuyến',
      'dân số trưởng thành … sử dụng … dịch vụ công trực tuyến',
      'người trưởng thành … sử dụng dịch vụ công trực tuyến',
      'người dân trưởng thành … sử dụng dịch vụ công trực tuyến',
      'dân số trưởng thành … dịch vụ công trực tuyến',
      'adult population … online public services',
    ],
    nationalTargets: [
      { value: 50, comparator: 'gt', year: 2025, source: QD_411 },
      { value: 70, comparator: 'gt', year: 2030, source: QD_411 },
    ],
  },
  {
    id: 'soc.devices.smartphone-share',
    nameVi: 'Tỷ lệ dân số trưởng thành có điện thoại thông minh',
    nameEn: 'Smartphone ownership among adults',
    unit: 'percent',
    phrasings: ['điện thoại thông minh', 'điện thoại di động thông minh', 'smartphone', 'smartphones'],
    nationalTargets: [
      { value: 80, comparator: 'eq', year: 2025, source: QD_411 },
      { value: 95, comparator: 'eq', year: 2030, source: QD_411 },
    ],
  },
  {
    id: 'soc.payments.e-payment-account-share',
    nameVi: 'Tỷ lệ dân số có tài khoản thanh toán điện tử',
    nameEn: 'Share of population with an e-payment account',
    unit: 'percent',
    phrasings: [
      'tài khoản thanh toán điện tử',
      'dân số … thanh toán điện tử',
      'người dân … thanh toán điện tử',
      'ví điện tử',
      'mobile money',
      'e-payment accounts',
    ],
    nationalTargets: [
      { value: 50, comparator: 'gt', year: 2025, source: QD_749 },
      { value: 80, comparator: 'gt', year: 2030, source: QD_749 },
    ],
  },
  {
    id: 'soc.payments.bank-account-share',
    nameVi: 'Tỷ lệ dân số từ 15 tuổi có tài khoản thanh toán tại ngân hàng',
    nameEn: 'Share of people aged 15+ with a bank or payment account',
    unit: 'percent',
    phrasings: [
      'tài khoản … ngân hàng',
      'tài khoản giao dịch thanh toán tại ngân hàng',
      'dân số từ 15 tuổi',
      'người dân … tài khoản ngân hàng',
      'bank account',
    ],
    nationalTargets: [
      { value: 80, comparator: 'eq', year: 2025, source: QD_411 },
      { value: 95, comparator: 'gte', year: 2030, source: NQ_03 },
    ],
  },
  {
    id: 'soc.payments.cashless-share',
    nameVi: 'Tỷ lệ giao dịch không dùng tiền mặt',
    nameEn: 'Cashless transaction share',
    unit: 'percent',
    phrasings: ['không dùng tiền mặt', 'chi trả qua tài khoản', 'cashless'],
    nationalTargets: [{ value: 80, comparator: 'gte', year: 2030, source: NQ_03 }],
  },
  {
    id: 'soc.identity.digital-id-share',
    nameVi: 'Tỷ lệ dân số có tài khoản định danh điện tử',
    nameEn: 'Share of population with an e-ID account',
    unit: 'percent',
    phrasings: [
      'định danh điện tử',
      'tài khoản định danh điện tử',
      'định danh số',
      'danh tính số',
      'VNeID',
      'digital identity',
      'e-ID',
    ],
    negativeCues: ['cán bộ', 'công chức'],
    nationalTargets: [],
  },
  {
    id: 'soc.identity.digital-signature-share',
    nameVi: 'Tỷ lệ dân số trưởng thành có chữ ký số',
    nameEn: 'Share of adults with a personal digital or e-signature',
    unit: 'percent',
    phrasings: [
      'chữ ký số',
      'chữ ký điện tử',
      'chữ ký số cá nhân',
      'dân số trưởng thành … chữ ký số',
      'dân số trưởng thành … chữ ký điện tử',
      'người dân … chữ ký số',
      'chữ ký số hoặc chữ ký điện tử cá nhân',
      'digital signature',
    ],
    negativeCues: ['văn bản', 'cán bộ', 'công chức', 'hồ sơ công việc', 'kết quả', 'thủ tục hành chính'],
    nationalTargets: [
      { value: 50, comparator: 'gt', year: 2025, source: QD_411 },
      { value: 70, comparator: 'gt', year: 2030, source: QD_411 },
    ],
  },
  {
    id: 'soc.health.ehr-share',
    nameVi: 'Tỷ lệ người dân có hồ sơ sức khỏe điện tử',
    nameEn: 'Share of population with an electronic health record',
    unit: 'percent',
    phrasings: ['hồ sơ sức khỏe điện tử', 'hồ sơ sức khỏe', 'electronic health records'],
    nationalTargets: [
      { value: 90, comparator: 'eq', year: 2025, source: QD_411 },
      { value: 95, comparator: 'eq', year: 2030, source: QD_411 },
    ],
  },
  {
    id: 'soc.health.telemedicine-facility-share',
    nameVi: 'Tỷ lệ cơ sở khám chữa bệnh có nền tảng khám chữa bệnh từ xa',
    nameEn: 'Health facilities with a telemedicine platform',
    unit: 'percent',
    phrasings: [
      'khám chữa bệnh từ xa',
      'cơ sở khám chữa bệnh … từ xa',
      'cơ sở y tế … từ xa',
      'bệnh viện … từ xa',
      'telemedicine',
    ],
    nationalTargets: [],
  },
  {
    id: 'soc.health.telemedicine-share',
    nameVi: 'Tỷ lệ dân số trưởng thành sử dụng nền tảng tư vấn khám chữa bệnh từ xa',
    nameEn: 'Share of adults using telemedicine platforms',
    unit: 'percent',
    phrasings: [
      'dân số … khám chữa bệnh từ xa',
      'người dân … khám chữa bệnh từ xa',
      'dân số trưởng thành … tư vấn khám chữa bệnh từ xa',
    ],
    nationalTargets: [],
  },
  {
    id: 'soc.education.remote-learning-facility-share',
    nameVi: 'Tỷ lệ cơ sở giáo dục có nền tảng dạy, học từ xa',
    nameEn: 'Education institutions with a remote-learning platform',
    unit: 'percent',
    phrasings: [
      'dạy học từ xa',
      'dạy và học từ xa',
      'cơ sở giáo dục … từ xa',
      'trường học … từ xa',
      'cơ sở giáo dục … dạy học trực tuyến',
      'remote learning',
    ],
    nationalTargets: [],
  },
  {
    id: 'soc.skills.basic-digital-skills-share',
    nameVi: 'Tỷ lệ người dân được phổ cập kỹ năng số cơ bản',
    nameEn: 'Share of working-age people trained in basic digital skills',
    unit: 'percent',
    phrasings: ['kỹ năng số', 'kỹ năng số cơ bản', 'người dân … kỹ năng số', 'basic digital skills'],
    negativeCues: ['cán bộ', 'công chức'],
    nationalTargets: [{ value: 70, comparator: 'gt', year: 2025, source: QD_411 }],
  },
  {
    id: 'soc.community.digital-tech-teams',
    nameVi: 'Tổ công nghệ số cộng đồng',
    nameEn: 'Community digital-technology teams',
    unit: 'count',
    phrasings: ['tổ công nghệ số cộng đồng', 'thành viên tổ công nghệ số', 'community digital technology teams'],
    nationalTargets: [],
  },
];
