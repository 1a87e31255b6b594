/** bench/RESULTS.md: the machine, how the run was scaled, and every figure with its goal. */
export function resultsMarkdown(machine, settings, figures) {
  const cell = (value) => (value === undefined || value === null ? '' : String(value));
  const rows = figures.map((f) => {
    const met = f.met === undefined ? '' : f.met ? 'yes' : 'no';
    const note =
      f.skipped !== undefined
        ? `skipped: ${f.skipped}`
        : f.scaled !== undefined
          ? `extrapolated from BENCH_SCALE=${f.scaled} (${f.cases} cases, ${f.messages} messages, ${f.measuredMinutes} min measured)`
          : '';
    return `| ${f.metric} | ${cell(f.value)} | ${f.unit} | ${cell(f.goal)} | ${met} | ${note} |`;
  });
  return [
    '# pnpm bench results',
    '',
    `Measured ${machine.date} by \`pnpm bench\` (bench/run.mjs); regenerate, do not edit.`,
    '',
    `- CPU: ${machine.cpu}, ${machine.cores} cores`,
    `- RAM: ${machine.ramGiB} GiB`,
    `- Node: ${machine.node}`,
    `- Settings: ${Object.entries(settings)
      .map(([k, v]) => `${k}=${v}`)
      .join(', ')}`,
    '',
    '| metric | value | unit | goal | met | note |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
