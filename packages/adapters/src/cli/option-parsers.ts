import { InvalidArgumentError } from 'commander';

// Commander reports an InvalidArgumentError with the option's name: one line, exit 2.

/** `--every`: seconds between rounds; a positive number (fractions allowed). */
export function parseSeconds(value: string): number {
  const seconds = Number(value);
  if (value.trim() === '' || !Number.isFinite(seconds) || seconds <= 0) {
    throw new InvalidArgumentError('Expected a number of seconds greater than 0.');
  }
  return seconds;
}

/** `--port`: 0 (any free port) to 65535. */
export function parsePort(value: string): number {
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65_535) {
    throw new InvalidArgumentError('Expected a port number from 0 to 65535.');
  }
  return Number(value);
}

/** `--url`: an absolute http(s) URL of the agency system's endpoint. */
export function parseHttpUrl(value: string): string {
  if (!URL.canParse(value) || !/^https?:$/.test(new URL(value).protocol)) {
    throw new InvalidArgumentError('Expected an absolute http:// or https:// URL.');
  }
  return value;
}
