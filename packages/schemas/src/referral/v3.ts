import { z } from 'zod';
import { AgencyIdV1, InstantV1, textV1 } from '../common/primitives-v1.js';
import { f } from '../meta/field-meta.js';
import { jsonSchemaExtras } from '../meta/json-schema-extras.js';
import { ReferralV2 } from './v2.js';

/** Copies of the `@nrm/domain` indicator id rules, so a domain change cannot alter this version. */
const CATALOGUE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const INDICATOR_ID = /^[a-z0-9]+(-[a-z0-9]+)*\.[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * One observed indicator, as `@nrm/domain` IndicatorObservation: by an id of any catalogue
 * in the operator's reference data (the police use their own set, seed report L794-797),
 * or in the observer's words when no id fits. At least one of `indicator` and `text`.
 */
const IndicatorObservationV3 = z
  .strictObject({
    catalogue: f(
      z.string().max(40).regex(CATALOGUE_ID),
      'exploitation',
      'internal',
      'Catalogue',
      'Katalog',
      "Indicator set of the operator's reference data the observation belongs to, e.g. police or child.",
    ),
    indicator: f(
      z.string().max(100).regex(INDICATOR_ID).optional(),
      'exploitation',
      'personal',
      'Indicator',
      'Indikator',
      'Stable indicator id, e.g. child.begging-on-street; absent when described in text only.',
    ),
    text: f(
      textV1(1000).optional(),
      'exploitation',
      'personal',
      'Indicator in words',
      'Opis indikatora',
      "What was observed, in the observer's words; required when there is no indicator id.",
    ),
    observedBy: f(
      AgencyIdV1,
      'process',
      'internal',
      'Observed by',
      'Uočio',
      'Agency that observed the indicator.',
    ),
    observedAt: f(
      InstantV1,
      'process',
      'internal',
      'Observed at',
      'Vreme uočavanja',
      'When it was observed.',
    ),
    note: f(
      textV1(1000).optional(),
      'exploitation',
      'personal',
      'Note',
      'Napomena',
      'What was seen, briefly.',
    ),
  })
  .refine((o) => o.indicator !== undefined || o.text !== undefined, {
    message: 'an observation names an indicator id or describes it in text',
    path: ['indicator'],
  });
// The same rule for JSON Schema readers: without an indicator id, the text is required. Each
// subschema names the property it requires, as Ajv's strict mode asks (strictRequired).
jsonSchemaExtras.add(IndicatorObservationV3, {
  if: { not: { required: ['indicator'], properties: { indicator: true } } },
  then: { required: ['text'], properties: { text: true } },
});

/**
 * `nrm.referral` v3 — v2 with open indicator catalogues and free-text observations:
 * catalogue ids are those of the operator's reference data (docs/adr/0005), and an
 * observation no catalogue id fits travels in the observer's words instead of being
 * refused. Every v2 referral is a v3 referral. Mirrors `@nrm/domain` Referral.
 */
export const ReferralV3 = ReferralV2.extend({
  referringAgency: f(
    AgencyIdV1,
    'process',
    'internal',
    'Referring agency',
    'Ustanova ili organizacija koja upućuje',
    'First responder making the referral: a public body or an NGO.',
  ),
  indicators: f(
    z.array(IndicatorObservationV3).max(200),
    'exploitation',
    'personal',
    'Indicators observed',
    'Uočeni indikatori',
    'Indicators observed, by catalogue id or in words.',
  ),
  indicatorNotes: f(
    textV1(4000).optional(),
    'exploitation',
    'personal',
    'Indicator notes',
    'Beleške o indikatorima',
    'Free-text indicators carried over from a v1 referral; new ones go in indicators[].text.',
  ),
});
export type ReferralV3 = z.infer<typeof ReferralV3>;
