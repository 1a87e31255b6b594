// One JSON line per figure on stdout, kept for RESULTS.md. `goal` is a comparison the value must
// pass ({ op: '<' | '>=', value }), or null for figures that only inform.
export const figures = [];

export function figure(metric, value, unit, goal = null, extra = {}) {
  const line = {
    metric,
    value: value === null ? null : Number(value.toPrecision(4)),
    unit,
    goal: goal === null ? null : `${goal.op} ${goal.value}`,
    ...(goal === null || value === null
      ? {}
      : { met: goal.op === '<' ? value < goal.value : value >= goal.value }),
    ...extra,
  };
  figures.push(line);
  process.stdout.write(`${JSON.stringify(line)}\n`);
  return line;
}

/** A figure that could not be measured in this run, and why. */
export function skipped(metric, unit, goal, why) {
  return figure(metric, null, unit, goal, { skipped: why });
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}
