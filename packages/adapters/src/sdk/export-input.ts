/** An export's text: bytes (a file, an HTTP body) are read as UTF-8. */
export function exportText(input: string | Uint8Array): string {
  return typeof input === 'string' ? input : new TextDecoder().decode(input);
}

/** An export parsed as JSON, or why it is not JSON (the parser's own words). */
export function readExportJson(
  input: string | Uint8Array,
): { readonly json: unknown } | { readonly notJson: string } {
  try {
    return { json: JSON.parse(exportText(input)) as unknown };
  } catch (error) {
    return { notJson: error instanceof Error ? error.message : String(error) };
  }
}
