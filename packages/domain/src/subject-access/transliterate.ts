// Serbian Latin → Cyrillic is one-to-one letter for letter (Vuk's alphabet and Gaj's Latin
// alphabet are two spellings of the same 30 phonemes), except that lj, nj and dž are single
// letters in Cyrillic. Digraphs are matched first, in every capitalisation.
const DIGRAPHS: Readonly<Record<string, string>> = {
  Lj: 'Љ',
  LJ: 'Љ',
  lj: 'љ',
  Nj: 'Њ',
  NJ: 'Њ',
  nj: 'њ',
  Dž: 'Џ',
  DŽ: 'Џ',
  dž: 'џ',
};

const LETTERS: Readonly<Record<string, string>> = {
  A: 'А',
  B: 'Б',
  V: 'В',
  G: 'Г',
  D: 'Д',
  Đ: 'Ђ',
  E: 'Е',
  Ž: 'Ж',
  Z: 'З',
  I: 'И',
  J: 'Ј',
  K: 'К',
  L: 'Л',
  M: 'М',
  N: 'Н',
  O: 'О',
  P: 'П',
  R: 'Р',
  S: 'С',
  T: 'Т',
  Ć: 'Ћ',
  U: 'У',
  F: 'Ф',
  H: 'Х',
  C: 'Ц',
  Č: 'Ч',
  Š: 'Ш',
  a: 'а',
  b: 'б',
  v: 'в',
  g: 'г',
  d: 'д',
  đ: 'ђ',
  e: 'е',
  ž: 'ж',
  z: 'з',
  i: 'и',
  j: 'ј',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  r: 'р',
  s: 'с',
  t: 'т',
  ć: 'ћ',
  u: 'у',
  f: 'ф',
  h: 'х',
  c: 'ц',
  č: 'ч',
  š: 'ш',
};

/**
 * Serbian text in Latin script, written in Cyrillic. Characters outside the Serbian Latin
 * alphabet (digits, punctuation, q/w/x/y of foreign words) are kept as they are. Text is
 * normalised to NFC first, so a decomposed "š" is one letter. Mechanical: words that keep
 * their Latin spelling in a Cyrillic document (UTC, a pseudonym) must not be passed in.
 */
export function latinToCyrillic(text: string): string {
  const source = text.normalize('NFC');
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const pair = source.slice(i, i + 2);
    const digraph = DIGRAPHS[pair];
    if (digraph !== undefined) {
      out += digraph;
      i += 1;
      continue;
    }
    const letter = source[i] ?? '';
    out += LETTERS[letter] ?? letter;
  }
  return out;
}

/** Every string of a label table, transliterated; numbers and structure unchanged. */
export function cyrillicTable<T>(table: T): T {
  if (typeof table === 'string') {
    return latinToCyrillic(table) as T;
  }
  if (Array.isArray(table)) {
    return table.map((item: unknown) => cyrillicTable(item)) as T;
  }
  if (typeof table === 'object' && table !== null) {
    return Object.fromEntries(
      Object.entries(table).map(([key, value]) => [key, cyrillicTable(value)]),
    ) as T;
  }
  return table;
}
