import type { AdapterIssue } from '../../sdk/adapter.js';

/** Look words up in a vocabulary; the first unknown word is the row's issue. */
export function translate(
  words: readonly string[],
  vocabulary: Readonly<Record<string, string>>,
  path: string,
): string[] | AdapterIssue {
  const values: string[] = [];
  for (const word of words) {
    const value = vocabulary[word.toLowerCase()];
    if (value === undefined) {
      return {
        code: 'NATIVE_FIELD_INVALID',
        message: `Unknown value "${word}"; expected one of: ${Object.keys(vocabulary).join(', ')}.`,
        path,
      };
    }
    values.push(value);
  }
  return [...new Set(values)];
}
