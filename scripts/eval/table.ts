/** A Markdown table with padded columns: readable in a terminal, pasteable into the README as is. */
export function markdownTable(headers: string[], rows: string[][]): string {
  const widths = headers.map((header, i) => Math.max(header.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  return [line(headers), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

export const fixed = (value: number, digits = 3) => (Number.isNaN(value) ? '-' : value.toFixed(digits));
export const percent = (value: number) => (Number.isNaN(value) ? '-' : `${(value * 100).toFixed(1)}%`);
export const millis = (value: number) => (Number.isNaN(value) ? '-' : value < 10 ? value.toFixed(2) : value.toFixed(1));
