import { describe, expect, it } from 'vitest';
import { Agency } from '../agency/agency.js';
import {
  AGENCIES,
  CONSENTS,
  GENERATED_AT,
  OLDER_BROTHER,
  S1_DISCLOSURES,
  S1_ERASURE,
} from './__fixtures__/s1-child-case.js';
import type { ReportLanguage, ReportLabels } from './labels.js';
import { instantInWords, REPORT_UI_KEYS, reportLabels } from './labels.js';
import { escapeHtml, renderSubjectAccessHtml, renderSubjectAccessText } from './render.js';
import { latinToCyrillic } from './transliterate.js';
import { buildSubjectAccessReport } from './subject-access-report.js';

const reportIn = (language: ReportLanguage, agencies: readonly Agency[] = AGENCIES) =>
  buildSubjectAccessReport({
    subject: OLDER_BROTHER,
    agencies,
    disclosures: S1_DISCLOSURES,
    consents: CONSENTS,
    withdrawals: [],
    erasures: [S1_ERASURE],
    // The fixture's directory names are already Serbian: sr-Cyrl writes them in Cyrillic.
    serbianNames: Object.fromEntries(agencies.map((a) => [a.id, a.name])),
    generatedAt: GENERATED_AT,
    language,
  });

/** Every string of a label table. */
const labelValues = (l: ReportLabels): string[] => [
  ...Object.values(l.ui),
  ...Object.values(l.categories),
  ...Object.values(l.purposes),
  ...Object.values(l.bases),
  ...Object.values(l.givers),
  ...Object.values(l.outcomes),
  ...Object.values(l.reasons),
  ...Object.values(l.consentStatus),
  ...Object.values(l.agencyKinds),
  ...Object.values(l.messageTypes),
  ...Object.values(l.rules),
  ...Object.values(l.ruleReferences),
  ...Object.values(l.reasonReferences),
  ...Object.values(l.refusalDetails),
  ...Object.values(l.refusalDetailReferences),
  l.consentReference,
  ...Object.values(l.storedItems),
  ...Object.values(l.keepReasons),
  ...l.months,
];
const words = (text: string): Set<string> => new Set(text.toLowerCase().match(/\p{L}{3,}/gu) ?? []);

/** Pseudonyms, UUIDs and agency ids are codes, not words of either language. */
const withoutIdentifiers = (text: string): string =>
  text
    .replace(/sub_[0-9A-Za-z]+/g, ' ')
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, ' ')
    .replace(/\b[a-z]{2}(\.[a-z0-9-]+)+/g, ' ');

/** The visible text of the HTML: tags, the style sheet and entities removed. */
const visibleText = (html: string): string =>
  html
    .replace(/<style>[\s\S]*?<\/style>/, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/g, ' ');

describe('printable subject access report (S1)', () => {
  const en = reportIn('en');
  const sr = reportIn('sr-Latn');
  const cyr = reportIn('sr-Cyrl');

  it.each([
    ['en', en],
    ['sr-Latn', sr],
    ['sr-Cyrl', cyr],
  ] as const)(
    '%s: every disclosure, refusal and consent appears, in both formats',
    (lang, report) => {
      const l = reportLabels(lang);
      const html = renderSubjectAccessHtml(report);
      const text = renderSubjectAccessText(report);
      // One numbered block per disclosure and per consent.
      const blocks = report.shared.length + report.notShared.length + report.consents.length;
      const blocksWithErasures = blocks + report.erasures.length;
      expect(text.match(/^\d+\. /gm)).toHaveLength(blocksWithErasures);
      expect(html.match(/<h3>\d+\. /g)).toHaveLength(blocksWithErasures);
      for (const doc of [text, visibleText(html)]) {
        for (const d of [...report.shared, ...report.notShared]) {
          expect(doc).toContain(instantInWords(d.at, lang));
          expect(doc).toContain(l.purposes[d.purpose]);
          for (const c of d.categories) {
            expect(doc).toContain(l.categories[c]);
          }
        }
        for (const r of report.notShared.filter((n) => n.reasonCode !== 'route-forbidden')) {
          expect(doc).toContain(l.reasons[r.reasonCode ?? 'no-consent']);
        }
        for (const r of report.notShared.filter((n) => n.reasonCode === 'route-forbidden')) {
          // The routing refusal of S1 says what was wrong: the competent CSW was missing.
          expect(r.reasonDetail).toBe('CHILD_REFERRAL_INCLUDES_CSW');
          expect(doc).toContain(l.refusalDetails['CHILD_REFERRAL_INCLUDES_CSW']);
          expect(doc).toContain(l.refusalDetailReferences['CHILD_REFERRAL_INCLUDES_CSW']);
        }
        for (const d of report.shared) {
          if (d.basis?.kind === 'policy') {
            expect(doc).toContain(l.rules[d.basis.ruleId]);
            expect(doc).toContain(l.ruleReferences[d.basis.ruleId]);
          } else {
            expect(doc).toContain(l.consentReference);
          }
        }
        expect(doc).toContain(l.ui.sectionErasures);
        expect(doc).toContain(l.keepReasons['consent-in-force']);
        expect(doc).toContain(l.ui.rightErasure);
        expect(doc).toContain(l.ui.rightAccess);
        expect(doc).toContain(l.ui.rightWithdrawal);
        expect(doc).toContain(l.ui.rightComplaint);
        expect(doc).toContain(OLDER_BROTHER);
      }
    },
  );

  it('leaves no label key untranslated', () => {
    // Lower-case keys such as "from" are plain English words; the Serbian test covers those.
    const keys = [
      ...REPORT_UI_KEYS.filter((k) => /[A-Z]/.test(k)),
      'legal-obligation',
      'child-protection',
      'route-forbidden',
      'recipient-not-covered',
      'nrm.',
      'competent-authority',
      'CHILD_REFERRAL_INCLUDES_CSW',
      'consent-in-force',
      'pseudonymous-log',
      ...Object.keys(reportLabels('en').rules),
    ];
    for (const report of [en, sr, cyr]) {
      const text = withoutIdentifiers(renderSubjectAccessText(report));
      const html = withoutIdentifiers(visibleText(renderSubjectAccessHtml(report)));
      for (const key of keys) {
        const pattern = new RegExp(`(^|[^\\p{L}-])${key.replace('.', '\\.')}($|[^\\p{L}-])`, 'u');
        expect(text, key).not.toMatch(pattern);
        expect(html, key).not.toMatch(pattern);
      }
    }
  });

  it('Serbian output holds no English word from the label table', () => {
    const english = words(labelValues(reportLabels('en')).join(' '));
    // Words both languages share (e.g. "april") are not English leftovers.
    for (const w of words(labelValues(reportLabels('sr-Latn')).join(' '))) {
      english.delete(w);
    }
    for (const doc of [renderSubjectAccessText(sr), visibleText(renderSubjectAccessHtml(sr))]) {
      const left = [...words(withoutIdentifiers(doc))].filter((w) => english.has(w));
      expect(left).toEqual([]);
    }
    expect(renderSubjectAccessText(sr)).toContain('Podaci o identitetu');
    expect(renderSubjectAccessText(sr)).toContain('Pristanak, dao vaš staralac');
    expect(renderSubjectAccessText(sr)).toContain('Zakonska obaveza: Zaštita deteta');
    expect(renderSubjectAccessText(sr)).toContain('Povereniku za informacije od javnog značaja');
  });

  it('translates every entry of every table (no Serbian value equals its English one, but names)', () => {
    const en = reportLabels('en');
    const srl = reportLabels('sr-Latn');
    const same = (a: Record<string, string>, b: Record<string, string>): string[] =>
      Object.keys(a).filter((k) => a[k] === b[k]);
    expect(same(en.ui, srl.ui)).toEqual([]);
    expect(same(en.categories, srl.categories)).toEqual([]);
    expect(same(en.purposes, srl.purposes)).toEqual([]);
    expect(same(en.bases, srl.bases)).toEqual([]);
    expect(same(en.reasons, srl.reasons)).toEqual([]);
    expect(same(en.agencyKinds, srl.agencyKinds)).toEqual([]);
    expect(same(en.messageTypes, srl.messageTypes)).toEqual([]);
    expect(Object.keys(srl.messageTypes).sort()).toEqual(Object.keys(en.messageTypes).sort());
    expect(Object.keys(srl.rules).sort()).toEqual(Object.keys(en.rules).sort());
  });

  it('sr-Cyrl is the sr-Latn report in Cyrillic: agency names too, identifiers and UTC untouched', () => {
    const latin = renderSubjectAccessText(sr);
    const cyrillic = renderSubjectAccessText(cyr);
    // Spaces and underlines collapsed: lj, nj and dž are one letter in Cyrillic, so widths shift.
    const squeeze = (text: string) => text.replace(/ +/g, ' ').replace(/-+/g, '-');
    expect(squeeze(cyrillic)).toBe(
      squeeze(
        latinToCyrillic(latin)
          .replaceAll(latinToCyrillic(OLDER_BROTHER), OLDER_BROTHER)
          .replaceAll('(УТЦ)', '(UTC)'),
      ),
    );
    expect(cyrillic).toContain('Извештај о вашим подацима о личности');
    expect(cyrillic).toContain('Центар за заштиту жртава трговине људима');
    expect(cyrillic).toContain('старалац');
    expect(cyrillic).not.toMatch(/[čćšžđ]/i);
    expect(renderSubjectAccessHtml(cyr)).toContain('<html lang="sr-Cyrl">');
  });

  // The "must show": the S1 report as reviewable files, regenerated by this test.
  it.each(['en', 'sr-Latn', 'sr-Cyrl'] as const)(
    'S1 report in %s, as committed files',
    async (lang) => {
      const report = lang === 'en' ? en : lang === 'sr-Latn' ? sr : cyr;
      const base = `./__snapshots__/s1-older-brother.${lang}`;
      await expect(`${JSON.stringify(report, null, 2)}\n`).toMatchFileSnapshot(`${base}.json`);
      await expect(renderSubjectAccessHtml(report)).toMatchFileSnapshot(`${base}.html`);
      await expect(renderSubjectAccessText(report)).toMatchFileSnapshot(`${base}.txt`);
    },
  );

  it('is a self-contained, printable HTML page in the right language', () => {
    const html = renderSubjectAccessHtml(sr);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="sr-Latn">');
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/(src|href)=|<script|<link/);
    expect(renderSubjectAccessHtml(en)).toContain('<html lang="en">');
  });

  it('escapes every value that comes from data', () => {
    const hostile = AGENCIES.map((a) =>
      a.id === 'rs.cptv' ? Agency.parse({ ...a, name: '<script>alert("x")</script> & Co\'s' }) : a,
    );
    const html = renderSubjectAccessHtml(reportIn('en', hostile));
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co&#39;s');
    expect(escapeHtml('a<b>&"\'')).toBe('a&lt;b&gt;&amp;&quot;&#39;');
  });

  it('says so when nothing was shared, refused or consented', () => {
    const empty = buildSubjectAccessReport({
      subject: OLDER_BROTHER,
      agencies: AGENCIES,
      disclosures: [],
      consents: [],
      withdrawals: [],
      generatedAt: GENERATED_AT,
      language: 'sr-Latn',
    });
    const text = renderSubjectAccessText(empty);
    const l = reportLabels('sr-Latn');
    expect(text).toContain(l.ui.nothingShared);
    expect(text).toContain(l.ui.nothingRefused);
    expect(text).toContain(l.ui.noConsents);
    expect(renderSubjectAccessHtml(empty)).toContain(`<p>${l.ui.noConsents}</p>`);
  });

  it('writes dates in words, deterministically, in both languages', () => {
    expect(instantInWords('2026-04-06T08:05:00Z', 'en')).toBe('6 April 2026, 08:05 UTC');
    // Serbian dates put the month in the genitive: "6. aprila", "31. decembra".
    expect(instantInWords('2026-04-06T08:05:00Z', 'sr-Latn')).toBe('6. aprila 2026. u 08:05 (UTC)');
    expect(instantInWords('2026-12-31T23:59:00+02:00', 'sr-Latn')).toBe(
      '31. decembra 2026. u 21:59 (UTC)',
    );
    expect(instantInWords('2026-04-06T08:05:00Z', 'sr-Cyrl')).toBe('6. априла 2026. у 08:05 (UTC)');
  });
});
