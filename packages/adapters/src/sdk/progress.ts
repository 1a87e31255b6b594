/** Where progress goes: a terminal gets a redrawn bar, anything else plain lines. */
export interface ProgressStream {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

export interface ProgressCounts {
  sent: number;
  skipped: number;
  rejected: number;
}

const BAR_WIDTH = 30;

/**
 * Progress of one bulk import. On a TTY a bar redrawn in place (`\r`); otherwise one plain
 * line per `every` records and a final line, so logs stay readable and greppable.
 */
export class Progress {
  private done = 0;
  private readonly counts: ProgressCounts = { sent: 0, skipped: 0, rejected: 0 };

  constructor(
    private readonly stream: ProgressStream,
    private readonly label: string,
    private readonly total: number,
    private readonly every = 100,
  ) {}

  /** One record finished with this outcome. */
  tick(outcome: keyof ProgressCounts): void {
    this.done += 1;
    this.counts[outcome] += 1;
    if (this.stream.isTTY === true) {
      this.stream.write(`\r${this.bar()}`);
    } else if (this.done % this.every === 0 && this.done < this.total) {
      this.stream.write(`${this.line()}\n`);
    }
  }

  /** The final line (ends the bar on a TTY). */
  finish(): ProgressCounts {
    this.stream.write(this.stream.isTTY === true ? `\r${this.bar()}\n` : `${this.line()}\n`);
    return { ...this.counts };
  }

  private summary(): string {
    const { sent, skipped, rejected } = this.counts;
    return `${String(sent)} sent, ${String(skipped)} already sent, ${String(rejected)} rejected`;
  }

  private line(): string {
    return `${this.label}: ${String(this.done)}/${String(this.total)} records (${this.summary()})`;
  }

  private bar(): string {
    const ratio = this.total === 0 ? 1 : this.done / this.total;
    const filled = Math.round(ratio * BAR_WIDTH);
    const percent = String(Math.round(ratio * 100)).padStart(3);
    return `${this.label} [${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${percent}% ${String(this.done)}/${String(this.total)} (${this.summary()})`;
  }
}
