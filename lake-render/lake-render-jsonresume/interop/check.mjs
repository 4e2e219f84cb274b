// Validates a resume.json against the official JSON Resume schema (draft-07) with ajv.
// Usage: node check.mjs path/to/resume.json   (exits 1 on any error, 2 on bad usage or unreadable input)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

const require = createRequire(import.meta.url);
const schema = require('@jsonresume/schema/schema.json');

const file = process.argv[2];
if (!file) {
  console.error('usage: node check.mjs RESUME_JSON');
  process.exit(2);
}
let resume;
try {
  resume = JSON.parse(readFileSync(file, 'utf8'));
} catch (e) {
  console.error(`${file}: cannot read JSON: ${e.message}`);
  process.exit(2);
}
// strict: false because the official schema carries keywords ajv's strict mode does not know.
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);
if (validate(resume)) {
  console.log(`${file}: valid against @jsonresume/schema ${require('@jsonresume/schema/package.json').version}`);
} else {
  for (const error of validate.errors) {
    console.error(`${file}: ${error.instancePath || '/'} ${error.message}`);
  }
  process.exit(1);
}
