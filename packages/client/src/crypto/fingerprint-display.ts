import { normaliseFingerprint } from './agency-key.js';

/**
 * A fingerprint as `gpg --fingerprint` prints it — upper case, groups of four, two spaces in
 * the middle — so a person comparing it by phone or on paper with gpg's output sees the same text.
 */
export function displayFingerprint(fingerprint: string): string {
  const groups =
    normaliseFingerprint(fingerprint)
      .toUpperCase()
      .match(/.{1,4}/g) ?? [];
  const half = Math.ceil(groups.length / 2);
  return `${groups.slice(0, half).join(' ')}  ${groups.slice(half).join(' ')}`.trim();
}
