import { z } from 'zod';

/**
 * Free text of 1–`max` characters counted in Unicode code points, as the wire's JSON Schema
 * counts them: zod's `.max()` counts UTF-16 units and would reject a valid wire text with emoji.
 */
export function boundedText(max: number): z.ZodString {
  return z.string().refine((s) => {
    const n = [...s].length;
    return n >= 1 && n <= max;
  }, `between 1 and ${max} characters`);
}
