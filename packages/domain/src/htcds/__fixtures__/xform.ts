/** What a test needs to know of an XForm: each field's type, and the choices of its selects. */
export interface XFormFields {
  readonly types: ReadonlyMap<string, string>;
  readonly selects: ReadonlyMap<
    string,
    { readonly multiple: boolean; readonly values: ReadonlySet<string> }
  >;
}

const unescape = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/**
 * A deliberately small XForm reader (no dependency): `<bind nodeset="/data/x" type="…"/>`
 * gives the types, `<select1|select ref="/data/x">…<value>v</value>…</select1|select>`
 * gives the choice lists. Enough for ODK/XLSForm output, which is regular.
 */
export function parseXForm(xml: string): XFormFields {
  const types = new Map<string, string>();
  for (const bind of xml.matchAll(/<bind\b([^>]*)\/?>/g)) {
    const attrs = bind[1] ?? '';
    const node = /nodeset="\/data\/([^"]+)"/.exec(attrs)?.[1];
    const type = /\btype="([^"]+)"/.exec(attrs)?.[1];
    if (node !== undefined && type !== undefined) {
      types.set(node, type);
    }
  }
  const selects = new Map<string, { multiple: boolean; values: Set<string> }>();
  for (const m of xml.matchAll(
    /<(select1|select)\s+ref="\/data\/([^"]+)"[^>]*>([\s\S]*?)<\/\1>/g,
  )) {
    const values = new Set(
      [...(m[3] ?? '').matchAll(/<value>([^<]*)<\/value>/g)].map((v) =>
        unescape(v[1] ?? '').trim(),
      ),
    );
    selects.set(m[2] ?? '', { multiple: m[1] === 'select', values });
  }
  return { types, selects };
}
