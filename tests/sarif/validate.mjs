// Validates SARIF files against the official SARIF 2.1.0 schema (rtm.5, as
// shipped in @microsoft/jest-sarif) with ajv, formats included.
// Usage: node validate.mjs FILE.sarif...
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const require = createRequire(import.meta.url);
const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
// The schema's language-tag pattern has a stray `]` that is only legal outside
// Unicode mode, which is how draft-04 validators compile patterns.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

let failed = 0;
for (const file of process.argv.slice(2)) {
  const log = JSON.parse(readFileSync(file, 'utf8'));
  if (validate(log)) continue;
  failed++;
  console.error(`${file}: invalid SARIF`);
  for (const e of validate.errors) console.error(`  ${e.instancePath} ${e.message}`);
}
const total = process.argv.length - 2;
console.log(`${total - failed} passed, ${failed} failed`);
process.exit(failed === 0 && total > 0 ? 0 : 1);
