// The page's inline style sheet: plain, printable, readable on a laptop screen.
export const STYLE = `
:root { --ink: #1d2330; --muted: #5b6475; --line: #d5dae3; --accent: #1f5fae; --warn: #b3261e; --warn-bg: #fdecea;
  --ok-bg: #e8f4ea; --none-bg: #f6f7f9; --y2025: #4f86c6; --y2030: #1f4e8c; }
* { box-sizing: border-box; }
body { font: 15px/1.5 "Noto Sans", "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: var(--ink); margin: 0;
  padding: 24px 32px 64px; max-width: 1400px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 20px; margin: 40px 0 8px; border-bottom: 2px solid var(--accent); padding-bottom: 4px; }
p.lead, .muted { color: var(--muted); }
a { color: var(--accent); }
.summary { display: flex; gap: 16px; flex-wrap: wrap; margin: 16px 0; padding: 0; list-style: none; }
.summary li { border: 1px solid var(--line); border-radius: 6px; padding: 8px 14px; min-width: 150px; }
.summary b { display: block; font-size: 22px; }
.table-wrap { overflow-x: auto; border: 1px solid var(--line); border-radius: 6px; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { border-bottom: 1px solid var(--line); padding: 6px 8px; text-align: left; vertical-align: top; }
thead th { background: #eef2f8; position: sticky; top: 0; white-space: nowrap; }
th button { font: inherit; font-weight: 600; border: 0; background: none; cursor: pointer; padding: 0; color: inherit; }
th button::after { content: " ↕"; color: var(--muted); }
th[aria-sort="ascending"] button::after { content: " ↑"; color: var(--accent); }
th[aria-sort="descending"] button::after { content: " ↓"; color: var(--accent); }
tr.no-evidence td { background: var(--none-bg); color: var(--muted); }
td.num { text-align: right; white-space: nowrap; }
td.lower { background: var(--warn-bg); }
.flag { color: var(--warn); font-weight: 600; white-space: nowrap; }
.national { display: block; color: var(--muted); font-size: 12px; white-space: nowrap; }
.matrix th.unit-name, .matrix td.unit-name { position: sticky; left: 0; background: #fff; z-index: 1; }
.matrix thead th.unit-name { background: #eef2f8; z-index: 2; }
.matrix thead th { white-space: normal; min-width: 120px; max-width: 220px; font-size: 13px; }
.matrix .national { white-space: normal; }
.instrument { margin: 0 0 4px; }
.from { color: var(--muted); font-size: 12px; }
.badge { display: inline-block; border-radius: 4px; padding: 0 6px; font-size: 12px; border: 1px solid var(--line); }
.badge.issued { background: var(--ok-bg); }
.badge.draft { background: #fff6e0; }
ol.evidence { padding-left: 20px; }
ol.evidence li { margin: 0 0 10px; }
ol.evidence li:target, ol.documents li:target { outline: 2px solid var(--accent); outline-offset: 2px; }
blockquote { margin: 4px 0; padding: 4px 10px; border-left: 3px solid var(--line); background: #fafbfc; }
mark { background: #fff0a8; }
figure { margin: 16px 0; }
figcaption { color: var(--muted); font-size: 13px; }
svg text { font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; }
@media print { thead th { position: static; } .table-wrap { overflow: visible; } }
`;
