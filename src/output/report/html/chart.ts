// The chart: each province's targeted digital-economy share of GRDP for 2025 and 2030, as grouped bars beside
// the national targets, drawn as inline SVG on the server so the page needs no script or network to show it.
import { nationalTargetFor } from '../../../normalize/indicators.js';
import type { NationalTarget } from '../../schema.js';
import { formatFigure } from '../format.js';
import type { ReportModel, TargetEntry } from '../model.js';
import { html, type Markup } from './escape.js';

const CHART_INDICATOR = 'econ.digital-economy.share-of-gdp';
const CHART_YEARS = [2025, 2030] as const;
const YEAR_CLASSES = ['y2025', 'y2030'];
const YEAR_COLOURS = ['#4f86c6', '#1f4e8c'];

const LABEL_WIDTH = 180;
const PLOT_WIDTH = 460;
const BAR_HEIGHT = 14;
const GROUP_GAP = 14;
const TOP = 48;
const AXIS_HEIGHT = 28;

interface ChartRow {
  name: string;
  /** One entry per year of CHART_YEARS, null when the province states none. */
  bars: (TargetEntry | null)[];
}

function chartRows(model: ReportModel): ChartRow[] {
  return model.units
    .map((coverage) => ({
      name: coverage.unit.name,
      bars: CHART_YEARS.map(
        (year) =>
          coverage.targets.find(
            (e) => e.target.indicator === CHART_INDICATOR && e.target.kind === 'target' && e.target.year === year,
          ) ?? null,
      ),
    }))
    .filter((row) => row.bars.some(Boolean));
}

/** The catalogue's national target; a document's own reading only fills a gap. */
function nationalOf(rows: ChartRow[], index: number): NationalTarget | null {
  const stated = rows.map((row) => row.bars[index]?.national).find(Boolean);
  return nationalTargetFor(CHART_INDICATOR, CHART_YEARS[index]) ?? stated ?? null;
}

export function renderChart(model: ReportModel): Markup {
  const rows = chartRows(model);
  if (!rows.length) {
    return html`<p class="muted" id="chart-empty">Không có tỉnh nào nêu mục tiêu tỷ trọng kinh tế số trong GRDP cho năm 2025 hoặc 2030.</p>`;
  }
  const nationals = CHART_YEARS.map((_, i) => nationalOf(rows, i));
  const values = [
    ...rows.flatMap((row) => row.bars.map((bar) => bar?.target.valueMax ?? bar?.target.value ?? 0)),
    ...nationals.map((n) => n?.value ?? 0),
  ];
  // Headroom past the longest bar keeps its value label and the national labels inside the drawing.
  const maxValue = Math.max(10, Math.ceil((Math.max(...values) * 1.15) / 10) * 10);
  const x = (value: number) => LABEL_WIDTH + (value / maxValue) * PLOT_WIDTH;
  const groupHeight = CHART_YEARS.length * BAR_HEIGHT + GROUP_GAP;
  const height = TOP + rows.length * groupHeight + AXIS_HEIGHT;
  const width = LABEL_WIDTH + PLOT_WIDTH + 160;
  const ticks = Array.from({ length: maxValue / 10 + 1 }, (_, i) => i * 10);

  const groups = rows.map((row, r) => {
    const top = TOP + r * groupHeight;
    const bars = row.bars.map((bar, i) => {
      if (!bar) return html``;
      const y = top + i * BAR_HEIGHT;
      const figure = formatFigure(bar.target);
      const flagged = bar.verdict === 'lower' ? ' (thấp hơn mục tiêu quốc gia)' : '';
      const { value, valueMax } = bar.target;
      const end = x(valueMax ?? value);
      // A range (`15–20%`) is a solid bar to its lower end and a pale one on to its upper end.
      const rangeRest =
        valueMax !== undefined
          ? html`<rect x="${x(value)}" y="${y}" width="${end - x(value)}" height="${BAR_HEIGHT - 2}" fill="${YEAR_COLOURS[i]}" fill-opacity="0.35"/>`
          : html``;
      return html`<a href="#${bar.anchor}" class="bar ${YEAR_CLASSES[i]}"><rect x="${LABEL_WIDTH}" y="${y}" width="${x(value) - LABEL_WIDTH}" height="${BAR_HEIGHT - 2}" fill="${YEAR_COLOURS[i]}"><title>${row.name}, ${CHART_YEARS[i]}: ${figure}${flagged}</title></rect>${rangeRest}<text x="${end + 4}" y="${y + BAR_HEIGHT - 4}" font-size="11">${figure}</text></a>`;
    });
    return html`<g class="province"><text x="${LABEL_WIDTH - 8}" y="${top + BAR_HEIGHT + 3}" text-anchor="end" font-size="13">${row.name}</text>${bars}</g>`;
  });

  const nationalLines = nationals.map((n, i) =>
    n
      ? html`<g class="national-line"><line x1="${x(n.value)}" x2="${x(n.value)}" y1="${TOP - 6}" y2="${height - AXIS_HEIGHT}" stroke="${YEAR_COLOURS[i]}" stroke-dasharray="4 3" stroke-width="1.5"/><text x="${x(n.value) + 3}" y="${TOP - 10 - i * 12}" font-size="11" fill="${YEAR_COLOURS[i]}">Quốc gia ${CHART_YEARS[i]}: ${formatFigure({ ...n, unit: 'percent' })} (${n.source})</text></g>`
      : html``,
  );
  const axis = ticks.map(
    (t) =>
      html`<line x1="${x(t)}" x2="${x(t)}" y1="${height - AXIS_HEIGHT}" y2="${height - AXIS_HEIGHT + 4}" stroke="#5b6475"/><text x="${x(t)}" y="${height - AXIS_HEIGHT + 16}" text-anchor="middle" font-size="11">${t}%</text>`,
  );
  const legend = CHART_YEARS.map(
    (year, i) =>
      html`<rect x="${LABEL_WIDTH + i * 110}" y="4" width="12" height="12" fill="${YEAR_COLOURS[i]}"/><text x="${LABEL_WIDTH + i * 110 + 16}" y="14" font-size="12">Mục tiêu ${year}</text>`,
  );

  return html`<figure id="chart-digital-economy">
<svg xmlns="http://www.w3.org/2000/svg" role="img" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" aria-labelledby="chart-title">
<title id="chart-title">Tỷ trọng kinh tế số trong GRDP: mục tiêu năm 2025 và 2030 theo tỉnh</title>
${legend}${nationalLines}
<line x1="${LABEL_WIDTH}" x2="${LABEL_WIDTH + PLOT_WIDTH}" y1="${height - AXIS_HEIGHT}" y2="${height - AXIS_HEIGHT}" stroke="#5b6475"/>${axis}
${groups}
</svg>
<figcaption>Tỷ trọng kinh tế số trong GRDP mà từng tỉnh đặt mục tiêu cho năm 2025 và 2030; đường nét đứt là mục tiêu quốc gia. Bấm vào một cột để xem câu gốc.</figcaption>
</figure>`;
}
