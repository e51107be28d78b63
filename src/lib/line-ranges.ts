/** "3-7 9 12-13": sorted line numbers written as runs, for a compact machine-readable list. */
export function lineRanges(lines: number[]): string {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const start = sorted[i]!;
    while (sorted[i + 1] === sorted[i]! + 1) i++;
    runs.push(start === sorted[i] ? String(start) : `${start}-${sorted[i]}`);
  }
  return runs.join(' ');
}
