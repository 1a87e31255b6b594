import { describe, expect, it } from 'vitest';
import { cyrillicTable, latinToCyrillic } from './transliterate.js';

describe('latinToCyrillic', () => {
  it('writes every letter of the Serbian Latin alphabet in Cyrillic', () => {
    expect(latinToCyrillic('abcčćddžđefghijklljmnnjoprsštuvzž')).toBe(
      'абцчћдџђефгхијклљмнњопрсштувзж',
    );
    expect(latinToCyrillic('ABCČĆDDŽĐEFGHIJKLLJMNNJOPRSŠTUVZŽ')).toBe(
      'АБЦЧЋДЏЂЕФГХИЈКЛЉМНЊОПРСШТУВЗЖ',
    );
  });

  it('reads lj, nj and dž as one letter in every capitalisation', () => {
    expect(latinToCyrillic('Ljubljana, NJEGOŠ, Džamija, ljudi')).toBe(
      'Љубљана, ЊЕГОШ, Џамија, људи',
    );
  });

  it('writes the seed terminology as an official Cyrillic document does', () => {
    expect(latinToCyrillic('period oporavka i razmišljanja')).toBe('период опоравка и размишљања');
    expect(latinToCyrillic('staralac')).toBe('старалац');
    expect(latinToCyrillic('Centar za zaštitu žrtava trgovine ljudima')).toBe(
      'Центар за заштиту жртава трговине људима',
    );
    expect(latinToCyrillic('Zakon o zaštiti podataka o ličnosti, čl. 12 st. 1 tač. 3')).toBe(
      'Закон о заштити података о личности, чл. 12 ст. 1 тач. 3',
    );
  });

  it('keeps digits, punctuation and decomposed letters right', () => {
    expect(latinToCyrillic('3. mart 2026. — „Sl. glasnik RS”, br. 87/2018')).toBe(
      '3. март 2026. — „Сл. гласник РС”, бр. 87/2018',
    );
    expect(latinToCyrillic('s\u030Cuma')).toBe('шума');
  });

  it('transliterates a whole label table, leaving its keys alone', () => {
    expect(cyrillicTable({ 'no-consent': 'Nije bilo pristanka', months: ['jun', 'jul'] })).toEqual({
      'no-consent': 'Није било пристанка',
      months: ['јун', 'јул'],
    });
  });
});
