export * from './indicator.js';
export * from './indicator-catalogues.js';
export * from './indicator-observation.js';
export { ILO_INDICATORS } from './catalogues/ilo.js';
export { UNODC_INDICATORS } from './catalogues/unodc.js';
export { IOM_NATIONAL_INDICATORS } from './catalogues/iom-national.js';
export { LABOUR_INSPECTOR_INDICATORS } from './catalogues/labour-inspector.js';
export { CHILD_INDICATORS } from './catalogues/child.js';
export { POLICE_INDICATORS } from './catalogues/police.js';
