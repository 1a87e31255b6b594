/**
 * Progress of a long phase on stderr (stdout is the JSON lines): a bar redrawn in place on a
 * terminal, otherwise a line every tenth of the way, so CI logs stay short.
 */
export function progress(label) {
  let lastTenth = -1;
  const started = Date.now();
  return (done, total) => {
    const share = total === 0 ? 1 : done / total;
    const elapsed = (Date.now() - started) / 1000;
    const text = `${label} ${done}/${total} (${(share * 100).toFixed(1)} %, ${elapsed.toFixed(0)} s)`;
    if (process.stderr.isTTY) {
      const width = 30;
      const filled = Math.round(share * width);
      process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${text}`);
      if (done >= total) {
        process.stderr.write('\n');
      }
    } else if (Math.floor(share * 10) > lastTenth) {
      lastTenth = Math.floor(share * 10);
      process.stderr.write(`${text}\n`);
    }
  };
}
