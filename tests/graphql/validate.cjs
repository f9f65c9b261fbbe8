// Validates every GraphQL document of the Shopify connector against the
// Admin API schema in tests/fixtures/reference (a real introspection result).
// Usage: node validate.cjs SCHEMA.json.gz GRAPHQL_DIR
// A document is an operation file plus the fragment files it uses, assembled
// the same way the connector assembles them (GraphQlDocuments).
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { buildClientSchema, parse, validate, Kind, visit } = require('graphql');

const [schemaPath, dir] = process.argv.slice(2);
const schema = buildClientSchema(JSON.parse(zlib.gunzipSync(fs.readFileSync(schemaPath))).data);

const files = fs.readdirSync(dir).filter((f) => f.endsWith('.graphql')).sort();
const fragmentsByFile = {};
const fragmentFile = {};
const operations = [];
for (const f of files) {
  const text = fs.readFileSync(path.join(dir, f), 'utf8');
  const doc = parse(text);
  const ops = doc.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  for (const d of doc.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragmentFile[d.name.value] = f;
  if (ops.length) operations.push({ file: f, text });
  else fragmentsByFile[f] = text;
}

function spreads(text) {
  const names = new Set();
  visit(parse(text), { FragmentSpread(node) { names.add(node.name.value); } });
  return names;
}

let failures = 0;
let checked = 0;
for (const op of operations) {
  // Add fragment files until every spread resolves.
  let text = op.text;
  const included = new Set([op.file]);
  for (;;) {
    const defined = new Set(parse(text).definitions
      .filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => d.name.value));
    const missing = [...spreads(text)].filter((n) => !defined.has(n));
    if (!missing.length) break;
    const file = fragmentFile[missing[0]];
    if (!file || included.has(file)) { console.error(`${op.file}: unknown fragment ${missing[0]}`); failures++; break; }
    included.add(file);
    text += '\n' + fs.readFileSync(path.join(dir, file), 'utf8');
  }
  // The bulk document carries a placeholder for its filter string.
  text = text.replace(/QUERY_FILTER/g, "updated_at:<='2026-01-01T00:00:00Z'");
  const errors = validate(schema, parse(text));
  checked++;
  if (errors.length) {
    failures++;
    for (const e of errors) console.error(`${op.file}: ${e.message}`);
  } else {
    console.log(`valid: ${op.file}${included.size > 1 ? ' (+' + [...included].slice(1).join(', ') + ')' : ''}`);
  }
}
console.log(`${checked} documents checked, ${failures} invalid`);
process.exit(failures || checked === 0 ? 1 : 0);
