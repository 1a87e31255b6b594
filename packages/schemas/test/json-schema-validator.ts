import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS; under NodeNext its default import is the module object.
const addFormats = addFormatsModule.default;

/**
 * A plain JSON Schema 2020-12 validator, configured the way the README tells external
 * developers to: formats on, the `x-nrm-*` annotations declared as vocabulary.
 */
export function createValidator(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  ajv.addVocabulary(['x-nrm-category', 'x-nrm-sensitivity', 'x-nrm-labels']);
  return ajv;
}
