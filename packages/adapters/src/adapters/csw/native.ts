import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { AdapterIssue, ParsedRecord } from '../../sdk/adapter.js';
import { exportText } from '../../sdk/export-input.js';

/** An XML element as fast-xml-parser reads it: attributes under `@_`, text under `#text`. */
export type XmlElement = Readonly<Record<string, unknown>>;

/** One case file (`<predmet>`) of the CSW case system's export; its number is the native id. */
export interface CswCaseFile {
  readonly number: string;
  readonly element: XmlElement;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => name === 'predmet' || name === 'ucesnik',
});

const unreadable = (message: string): ParsedRecord<CswCaseFile> => {
  const error: AdapterIssue = { code: 'NATIVE_RECORD_UNREADABLE', message, path: '/dosijei' };
  return { nativeId: 'file', error };
};

/** Split an export (`<dosijei><predmet broj="…">…</predmet>…</dosijei>`) into case files. */
export function parseCswExport(input: string | Uint8Array): ParsedRecord<CswCaseFile>[] {
  const text = exportText(input);
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    return [unreadable(`Not well-formed XML: ${valid.err.msg} (line ${String(valid.err.line)}).`)];
  }
  let document: { dosijei?: { predmet?: XmlElement[] } | string };
  try {
    document = parser.parse(text) as typeof document;
  } catch (error) {
    // The validator lets some broken prologs through that the parser then refuses.
    return [
      unreadable(`Not well-formed XML: ${error instanceof Error ? error.message : String(error)}.`),
    ];
  }
  const root = document.dosijei;
  if (root === undefined || typeof root === 'string') {
    return [unreadable('Expected a <dosijei> element with <predmet> case files.')];
  }
  return (root.predmet ?? []).map((element, index) => {
    const number = element['@_broj'];
    if (typeof number !== 'string' || number === '') {
      const error: AdapterIssue = {
        code: 'NATIVE_FIELD_MISSING',
        message: 'The case file has no number (broj).',
        path: `/dosijei/predmet[${String(index + 1)}]/@broj`,
      };
      return { nativeId: `predmet ${String(index + 1)}`, error };
    }
    return { nativeId: number, record: { number, element } };
  });
}
