/** Common options of the NRM statistics. */
export interface StatisticsOptions {
  /** Small-cell threshold: counts below it are published as `"<k"`. */
  readonly k: number;
  /** Fix the years reported (rows of zeros included); default: the years present in the data. */
  readonly years?: readonly number[];
}
