import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/** A strict JSON Schema 2020-12 validator (Ajv) with the standard formats, e.g. `uri`. */
export function createValidator(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  // ajv-formats is CommonJS: its function is the module's default export.
  (addFormats as unknown as { default: (ajv: Ajv2020) => void }).default(ajv);
  return ajv;
}
