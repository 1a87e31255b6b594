import type { Indicator, IndicatorDimension } from '../indicator.js';

const ind = (slug: string, dimension: IndicatorDimension, label: string): Indicator => ({
  id: `labour-inspector.${slug}`,
  catalogue: 'labour-inspector',
  label,
  dimension,
});

/**
 * Labour inspectors' pocket guide for the detection and preliminary identification of
 * victims of trafficking (Council of Europe, Serbia, 2018; seed report footnote 26):
 * what an inspector can see at a workplace.
 */
export const LABOUR_INSPECTOR_INDICATORS: readonly Indicator[] = [
  ind(
    'no-employment-contract',
    'exploitation',
    'No written employment contract, or a contract in a language the worker does not understand',
  ),
  ind('worker-not-registered', 'exploitation', 'Worker not registered for social insurance'),
  ind(
    'wages-below-minimum',
    'exploitation',
    'Wages far below the minimum wage or paid irregularly',
  ),
  ind(
    'unlawful-deductions',
    'means',
    'Deductions from wages for housing, food, transport or recruitment fees',
  ),
  ind('employer-holds-documents', 'control', "Employer keeps workers' identity documents"),
  ind(
    'workers-locked-in',
    'control',
    'Workplace or accommodation locked from outside; workers cannot leave',
  ),
  ind(
    'accommodation-at-workplace',
    'exploitation',
    'Workers sleep at the workplace in overcrowded or unsafe conditions',
  ),
  ind('no-safety-equipment', 'exploitation', 'No protective equipment for hazardous work'),
  ind(
    'someone-speaks-for-workers',
    'control',
    "Someone else answers the inspector's questions for the workers",
  ),
  ind('workers-afraid-to-talk', 'wellbeing', 'Workers appear afraid to talk to the inspector'),
  ind('recruitment-fee-paid', 'means', 'Workers paid a fee to an intermediary for the job'),
  ind('excessive-overtime', 'exploitation', 'Excessive unpaid overtime'),
  ind(
    'seasonal-workers-from-abroad-via-agent',
    'recruitment',
    'Seasonal or foreign workers brought in through an unlicensed agent',
  ),
];
