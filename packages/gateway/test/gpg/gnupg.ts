import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** True when a `gpg` binary is on the PATH. */
export function gpgAvailable(): boolean {
  return spawnSync('gpg', ['--version'], { stdio: 'ignore' }).status === 0;
}

/** Result of one gpg run: stdout bytes and the machine-readable `--status-fd` lines. */
export interface GpgRun {
  stdout: Buffer;
  status: string;
}

/**
 * A throwaway GNUPGHOME for one test file: real gpg, no passphrase prompts (loopback with
 * an empty passphrase), agent killed and folder removed on dispose.
 */
export class GnupgHome {
  readonly home = mkdtempSync(join(tmpdir(), 'nrm-gpg-'));

  /** Run gpg in batch mode; throws with gpg's stderr on a non-zero exit. */
  run(args: readonly string[], input?: Uint8Array | string): GpgRun {
    const result = spawnSync(
      'gpg',
      [
        '--homedir',
        this.home,
        '--batch',
        '--yes',
        '--pinentry-mode',
        'loopback',
        '--passphrase',
        '',
        '--status-fd',
        '2',
        ...args,
      ],
      { input: input ?? '', maxBuffer: 16 * 1024 * 1024 },
    );
    if (result.status !== 0) {
      throw new Error(
        `gpg ${args.join(' ')} failed (${String(result.status)}): ${result.stderr.toString()}`,
      );
    }
    return { stdout: result.stdout, status: result.stderr.toString() };
  }

  /** Generate an ed25519 sign/certify key with a cv25519 encryption subkey; returns its fingerprint. */
  generateKey(userId: string): string {
    const { status } = this.run(['--quick-gen-key', userId, 'ed25519', 'sign,cert', 'never']);
    const fingerprint = /KEY_CREATED \w (\w+)/.exec(status)?.[1];
    if (fingerprint === undefined) {
      throw new Error(`gpg did not report the created key: ${status}`);
    }
    this.run(['--quick-add-key', fingerprint, 'cv25519', 'encr', 'never']);
    return fingerprint.toLowerCase();
  }

  [Symbol.dispose](): void {
    execFileSync('gpgconf', ['--homedir', this.home, '--kill', 'gpg-agent'], { stdio: 'ignore' });
    rmSync(this.home, { recursive: true, force: true });
  }
}
