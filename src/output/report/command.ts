// `chitieu report <extract output…> [-o report.html] [--csv DIR] [--map 2008|2025]`: the audit view.
// STUB: the report work fills it in.

export function runReport(_args: string[]): number {
  process.stderr.write('chitieu: report is not built yet\n');
  return 2;
}
