// The date an instrument was signed, written after its number: `ngày 5/2/2022`, `ngày 06 tháng 6 năm 2022`.

const DATE = /ngày\s{1,3}(\d{1,2})\s{0,2}(?:[/.-]\s{0,2}(\d{1,2})\s{0,2}[/.-]|tháng\s{1,3}(\d{1,2})\s{1,3}năm)\s{0,2}((?:19|20)\d\d)(?!\p{N})/u;

/** The first date in canonical `text` between `from` and `to`, as `YYYY-MM-DD`, or null. */
export function readIssueDate(text: string, from: number, to: number): { iso: string; end: number } | null {
  const slice = text.slice(from, to);
  const m = DATE.exec(slice);
  if (!m) return null;
  const day = Number(m[1]);
  const month = Number(m[2] ?? m[3]);
  if (day < 1 || day > 31 || month < 1 || month > 12) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return { iso: `${m[4]}-${pad(month)}-${pad(day)}`, end: from + m.index + m[0].length };
}
