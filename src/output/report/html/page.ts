// The whole report as one self-contained HTML page: inline style, one inline sort script, inline SVG chart. A
// Content-Security-Policy that admits only that script and style by hash backs up the escaping: even a
// crafted article that slipped markup in could not run code or load anything.
import { createHash } from 'node:crypto';
import { VERSION } from '../../../version.js';
import { hasEvidence, type ReportModel } from '../model.js';
import { renderChart } from './chart.js';
import { renderCoverageSection } from './coverage-section.js';
import { html, Markup } from './escape.js';
import { renderEvidenceSection } from './evidence-section.js';
import { renderMatrixSection } from './matrix-section.js';
import { SORT_SCRIPT } from './sort-script.js';
import { STYLE } from './style.js';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const CSP = [
  "default-src 'none'",
  `script-src ${sha256(SORT_SCRIPT)}`,
  `style-src ${sha256(STYLE)}`,
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export interface PageOptions {
  /** The moment shown as the report's date; fixed in tests. */
  generatedAt?: Date;
}

export function renderReportPage(model: ReportModel, options: PageOptions = {}): string {
  const generatedAt = (options.generatedAt ?? new Date()).toISOString().slice(0, 10);
  const withEvidence = model.units.filter(hasEvidence).length;
  const targets = model.targets.filter((e) => e.target.kind === 'target' && e.placement);
  const lower = targets.filter((e) => e.verdict === 'lower').length;
  const page = html`<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="chitieu ${VERSION}">
<title>Báo cáo rà soát chỉ tiêu chuyển đổi số</title>
<style>${new Markup(STYLE)}</style>
</head>
<body>
<header>
<h1>Báo cáo rà soát chỉ tiêu chuyển đổi số của các tỉnh, thành phố</h1>
<p class="lead">Lập ngày ${generatedAt.split('-').reverse().join('/')} bằng chitieu ${VERSION} từ ${model.documents.length} tài liệu. Mọi con số đều dẫn về câu gốc và tài liệu nguồn.</p>
<ul class="summary">
<li><b>${withEvidence}/${model.units.length}</b>đơn vị có bằng chứng</li>
<li><b>${model.units.length - withEvidence}</b>đơn vị chưa có bằng chứng</li>
<li><b>${model.instruments.filter((e) => e.placement).length}</b>văn bản cấp tỉnh</li>
<li><b>${targets.length}</b>mục tiêu cấp tỉnh</li>
<li><b>${lower}</b>mục tiêu thấp hơn quốc gia</li>
</ul>
<nav><a href="#coverage">1. Độ bao phủ</a> · <a href="#targets">2. Ma trận chỉ tiêu</a> · <a href="#chart">3. Biểu đồ kinh tế số</a> · <a href="#documents">4. Tài liệu và câu gốc</a></nav>
</header>
<main>
${renderCoverageSection(model)}
${renderMatrixSection(model)}
<section id="chart">
<h2>3. Tỷ trọng kinh tế số trong GRDP: mục tiêu 2025 và 2030</h2>
${renderChart(model)}
</section>
${renderEvidenceSection(model)}
</main>
<script>${new Markup(SORT_SCRIPT)}</script>
</body>
</html>
`;
  return page.html;
}
