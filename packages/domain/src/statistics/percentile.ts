/** Median: the middle value, or the mean of the two middle values. `undefined` for no values. */
export function median(values: readonly number[]): number | undefined {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) {
    return undefined;
  }
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid] : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/**
 * Nearest-rank percentile (the smallest value with at least p% of values at or below it):
 * always an observed value, so a published p90 is a real case duration, not an interpolation.
 */
export function percentile(values: readonly number[], p: number): number | undefined {
  if (p <= 0 || p > 100) {
    throw new RangeError(`a percentile is in (0, 100], got ${p}`);
  }
  const s = [...values].sort((a, b) => a - b);
  return s.length === 0 ? undefined : s[Math.ceil((p / 100) * s.length) - 1];
}
