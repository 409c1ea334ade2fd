/** Prints rows as an aligned plain-text table (for the examples). */
export const table = (title: string, rows: Record<string, string | number>[]): string => {
  const first = rows[0];
  if (first === undefined) return `${title}\n(none)\n`;
  const headers = Object.keys(first);
  const widths = headers.map((h) => Math.max(h.length, ...rows.map((r) => String(r[h] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  return [
    title,
    line(headers),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map((r) => line(headers.map((h) => String(r[h] ?? '')))),
    '',
  ].join('\n');
};
