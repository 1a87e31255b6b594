import { describe, expect, it } from 'vitest';
import { Agency } from '../agency/agency.js';
import {
  AGENCIES,
  CONSENTS,
  GENERATED_AT,
  OLDER_BROTHER,
  S1_DISCLOSURES,
} from './__fixtures__/s1-child-case.js';
import type { ReportLanguage, ReportLabels } from './labels.js';
import { instantInWords, REPORT_UI_KEYS, reportLabels } from './labels.js';
import { escapeHtml, renderSubjectAccessHtml, renderSubjectAccessText } from './render.js';
import { buildSubjectAccessReport } from './subject-access-report.js';

const reportIn = (language: ReportLanguage, agencies: readonly Agency[] = AGENCIES) =>
  buildSubjectAccessReport({
    subject: OLDER_BROTHER,
    agencies,
    disclosures: S1_DISCLOSURES,
    consents: CONSENTS,
    withdrawals: [],
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

  it.each([
    ['en', en],
    ['sr-Latn', sr],
  ] as const)(
    '%s: every disclosure, refusal and consent appears, in both formats',
    (lang, report) => {
      const l = reportLabels(lang);
      const html = renderSubjectAccessHtml(report);
      const text = renderSubjectAccessText(report);
      // One numbered block per disclosure and per consent.
      const blocks = report.shared.length + report.notShared.length + report.consents.length;
      expect(text.match(/^\d+\. /gm)).toHaveLength(blocks);
      expect(html.match(/<h3>\d+\. /g)).toHaveLength(blocks);
      for (const doc of [text, visibleText(html)]) {
        for (const d of [...report.shared, ...report.notShared]) {
          expect(doc).toContain(instantInWords(d.at, lang));
          expect(doc).toContain(l.purposes[d.purpose]);
          for (const c of d.categories) {
            expect(doc).toContain(l.categories[c]);
          }
        }
        for (const r of report.notShared) {
          expect(doc).toContain(l.reasons[r.reasonCode ?? 'no-consent']);
        }
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
    ];
    for (const report of [en, sr]) {
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

  // The "must show": the S1 report as reviewable files, regenerated by this test.
  it.each(['en', 'sr-Latn'] as const)('S1 report in %s, as committed files', async (lang) => {
    const report = lang === 'en' ? en : sr;
    const base = `./__snapshots__/s1-older-brother.${lang}`;
    await expect(`${JSON.stringify(report, null, 2)}\n`).toMatchFileSnapshot(`${base}.json`);
    await expect(renderSubjectAccessHtml(report)).toMatchFileSnapshot(`${base}.html`);
    await expect(renderSubjectAccessText(report)).toMatchFileSnapshot(`${base}.txt`);
  });

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
    expect(instantInWords('2026-04-06T08:05:00Z', 'sr-Latn')).toBe('6. april 2026. u 08:05 (UTC)');
    expect(instantInWords('2026-12-31T23:59:00+02:00', 'sr-Latn')).toBe(
      '31. decembar 2026. u 21:59 (UTC)',
    );
  });
});
