// Kinh tế số (digital economy) indicators. Evidence: INDICATORS.md and INDICATORS-research.md §4, §9.
// `kinh tế số chiếm … GRDP` is the share of GDP; `tỷ trọng kinh tế số trong từng ngành, lĩnh vực` the share within
// each sector.
import type { IndicatorEntry } from './indicators-types.js';

const QD_749 = 'QĐ 749/QĐ-TTg';
const QD_411 = 'QĐ 411/QĐ-TTg';

export const ECON_INDICATORS: readonly IndicatorEntry[] = [
  {
    id: 'econ.digital-economy.share-of-gdp',
    nameVi: 'Tỷ trọng kinh tế số trong GDP/GRDP',
    nameEn: 'Digital-economy share of GDP (GRDP for provinces)',
    unit: 'percent',
    phrasings: [
      'kinh tế số',
      'kinh tế số … GRDP',
      'kinh tế số … GDP',
      'kinh tế số chiếm',
      'kinh tế số đóng góp',
      'tỷ trọng kinh tế số',
      'tỷ trọng kinh tế số … GRDP',
      'tỷ trọng kinh tế số … GDP',
      'giá trị tăng thêm của kinh tế số',
      'quy mô kinh tế số',
      'kinh tế số lõi',
      'digital economy … GDP',
      'digital economy … GRDP',
    ],
    negativeCues: ['từng ngành', 'mỗi ngành', 'ngành, lĩnh vực', 'tăng trưởng', 'lao động', 'nhân lực', 'chỉ số'],
    nationalTargets: [
      { value: 20, comparator: 'eq', year: 2025, source: QD_749 },
      { value: 30, comparator: 'eq', year: 2030, source: QD_749 },
    ],
  },
  {
    id: 'econ.digital-economy.sector-share',
    nameVi: 'Tỷ trọng kinh tế số trong từng ngành, lĩnh vực',
    nameEn: 'Digital-economy share within each sector',
    unit: 'percent',
    phrasings: [
      'kinh tế số trong từng ngành',
      'kinh tế số … từng ngành',
      'kinh tế số … mỗi ngành',
      'kinh tế số … các ngành, lĩnh vực',
      'tỷ trọng kinh tế số trong từng ngành, lĩnh vực',
      'digital economy … each sector',
      'digital economy … each industry',
    ],
    nationalTargets: [
      { value: 10, comparator: 'gte', year: 2025, source: QD_749 },
      { value: 20, comparator: 'gte', year: 2030, source: QD_749 },
    ],
  },
  {
    id: 'econ.digital-economy.growth',
    nameVi: 'Tốc độ tăng trưởng kinh tế số',
    nameEn: 'Digital-economy growth rate',
    unit: 'percent',
    phrasings: ['tăng trưởng kinh tế số', 'kinh tế số … tăng trưởng', 'tốc độ phát triển kinh tế số', 'digital economy growth'],
    // The growth of an index (`các chỉ số thành phần về … kinh tế số`) is not the growth of the economy.
    negativeCues: ['chỉ số'],
    nationalTargets: [],
  },
  {
    id: 'econ.labour-productivity.growth',
    nameVi: 'Tốc độ tăng năng suất lao động',
    nameEn: 'Annual labour-productivity growth',
    unit: 'percent',
    phrasings: ['năng suất lao động', 'năng suất lao động … tăng', 'labour productivity', 'labor productivity'],
    nationalTargets: [
      { value: 7, comparator: 'gte', year: 2025, source: QD_749 },
      { value: 8, comparator: 'gte', year: 2030, source: QD_749 },
    ],
  },
  {
    id: 'econ.ecommerce.retail-share',
    nameVi: 'Tỷ trọng thương mại điện tử trong tổng mức bán lẻ',
    nameEn: 'E-commerce share of total retail sales',
    unit: 'percent',
    phrasings: [
      'thương mại điện tử … bán lẻ',
      'tỷ trọng thương mại điện tử',
      'doanh thu thương mại điện tử',
      'tổng mức bán lẻ',
      'e-commerce … retail',
    ],
    negativeCues: ['doanh nghiệp', 'sản phẩm'],
    nationalTargets: [
      { value: 10, comparator: 'gt', year: 2025, source: QD_411 },
      { value: 20, comparator: 'gt', year: 2030, source: QD_411 },
    ],
  },
  {
    id: 'econ.ocop.ecommerce-share',
    nameVi: 'Tỷ lệ sản phẩm OCOP được đưa lên sàn thương mại điện tử',
    nameEn: 'OCOP products listed on e-commerce platforms',
    unit: 'percent',
    phrasings: ['sản phẩm OCOP … thương mại điện tử', 'sản phẩm OCOP … sàn', 'OCOP … trực tuyến'],
    nationalTargets: [],
  },
  {
    id: 'econ.digital-tech-enterprises.count',
    nameVi: 'Số doanh nghiệp số, doanh nghiệp công nghệ số',
    nameEn: 'Number of digital (technology) enterprises',
    unit: 'count',
    phrasings: [
      'doanh nghiệp số',
      'doanh nghiệp công nghệ số',
      'doanh nghiệp công nghệ thông tin',
      'doanh nghiệp … lĩnh vực công nghệ số',
      'doanh nghiệp … lĩnh vực công nghệ thông tin',
      'digital technology enterprises',
      'digital enterprises',
    ],
    // A density (`doanh nghiệp công nghệ số/1.000 dân`) is not a count.
    negativeCues: ['000 dân', 'nghìn dân', 'vạn dân', '100 dân'],
    nationalTargets: [],
  },
  {
    id: 'econ.enterprises.ict-adoption-share',
    nameVi: 'Tỷ lệ doanh nghiệp ứng dụng công nghệ thông tin',
    nameEn: 'Share of enterprises applying ICT',
    unit: 'percent',
    phrasings: [
      'doanh nghiệp … ứng dụng công nghệ thông tin',
      'doanh nghiệp … ứng dụng công nghệ số',
      'doanh nghiệp … ứng dụng chuyển đổi số',
      'ứng dụng công nghệ thông tin trong sản xuất, kinh doanh',
    ],
    nationalTargets: [],
  },
  {
    id: 'econ.enterprises.e-transaction-share',
    nameVi: 'Tỷ lệ doanh nghiệp giao dịch điện tử, sử dụng hợp đồng điện tử',
    nameEn: 'Share of enterprises using electronic transactions and contracts',
    unit: 'percent',
    phrasings: [
      'doanh nghiệp … giao dịch điện tử',
      'giao dịch điện tử',
      'hợp đồng điện tử',
      'doanh nghiệp … tham gia thương mại điện tử',
      'doanh nghiệp … sàn thương mại điện tử',
      'e-contracts',
      'electronic contracts',
    ],
    nationalTargets: [{ value: 80, comparator: 'gt', year: 2025, source: QD_411 }],
  },
  {
    id: 'econ.enterprises.e-invoice-share',
    nameVi: 'Tỷ lệ doanh nghiệp sử dụng hóa đơn điện tử',
    nameEn: 'Share of enterprises using electronic invoices',
    unit: 'percent',
    phrasings: ['hoá đơn điện tử', 'doanh nghiệp … hoá đơn điện tử', 'electronic invoices', 'e-invoices'],
    nationalTargets: [],
  },
  {
    id: 'econ.sme.digital-platform-share',
    nameVi: 'Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số',
    nameEn: 'Share of SMEs using digital platforms',
    unit: 'percent',
    phrasings: [
      'doanh nghiệp … nền tảng số',
      'doanh nghiệp nhỏ và vừa … nền tảng số',
      'doanh nghiệp nhỏ và vừa … nền tảng chuyển đổi số',
      'SMEs … digital platforms',
    ],
    nationalTargets: [
      { value: 50, comparator: 'gt', year: 2025, source: QD_411 },
      { value: 70, comparator: 'gt', year: 2030, source: QD_411 },
    ],
  },
  {
    id: 'econ.workforce.digital-economy-share',
    nameVi: 'Tỷ lệ nhân lực lao động kinh tế số trong lực lượng lao động',
    nameEn: 'Digital-economy workers as a share of the labour force',
    unit: 'percent',
    phrasings: ['nhân lực … kinh tế số', 'lao động … kinh tế số', 'lực lượng lao động … kinh tế số', 'workforce in the digital economy'],
    negativeCues: ['năng suất'],
    nationalTargets: [
      { value: 2, comparator: 'gt', year: 2025, source: QD_411 },
      { value: 3, comparator: 'gt', year: 2030, source: QD_411 },
    ],
  },
];
