#!/usr/bin/env node
// The schema as a product, checked before the client tests run (`npm test` runs this first):
//
// 1. Every GraphQL operation a client sends is valid against schema/*.graphqls: the JS tests'
//    operations/*.graphql, GraphiQL's tabs (src/main/resources/graphiql/tabs/*.graphql) and every
//    query of postman/*.postman_collection.json, when that collection exists.
//    A Postman collection also defines every {{variable}} it uses, `baseUrl` with a default.
// 2. Every @deprecated reason gives its removal date, "Removal on YYYY-MM-DD UTC." (a quarter's first day).
// 3. schema/ makes no breaking change against the schema of a base commit (SCHEMA_BASE_REF, default
//    HEAD~1), unless what was removed or changed was @deprecated there and its removal date has come;
//    a schema change without a change of src/docs/schema-changelog.md is warned about.
//
// Exits 1 on any invalid operation or breaking change. Types and tsc are `npm run codegen typecheck`.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GraphQLError, NoDeprecatedCustomRule, buildSchema, isEnumType, isInputObjectType,
  isInterfaceType, isObjectType, parse, validate } from 'graphql';
import { CriticalityLevel, diff } from '@graphql-inspector/core';
import { REPO_ROOT } from './lib/env.mjs';
import { operationFiles } from './lib/operations.mjs';
import { loadSchema, schemaFiles } from './lib/schema.mjs';

/** A Postman query that is meant to be rejected (a test of ValidationError) starts with this comment. */
const EXPECT_INVALID = /^\s*#\s*schema-check:\s*invalid\b/m;

const relative = (file) => path.relative(REPO_ROOT, file);
let failures = 0;

function fail(message) {
  failures += 1;
  console.error(`  ✖ ${message}`);
}

// ---------------------------------------------------------------------------------------------
// 1. Operations against the schema
// ---------------------------------------------------------------------------------------------

/** Every request of a Postman collection, however deeply foldered, with its folder path. */
function* postmanItems(items, trail = []) {
  for (const item of items ?? []) {
    const here = [...trail, item.name ?? '(unnamed)'];
    if (Array.isArray(item.item)) yield* postmanItems(item.item, here);
    if (item.request) yield { name: here.join(' / '), request: item.request };
  }
}

/** The GraphQL text of a Postman request: GraphQL body mode, or a raw JSON body with a `query`. */
function postmanQuery(request) {
  const body = typeof request === 'object' ? request.body : undefined;
  if (!body) return undefined;
  if (typeof body.graphql?.query === 'string') return body.graphql.query;
  if (body.mode === 'raw' && typeof body.raw === 'string') {
    try {
      const json = JSON.parse(body.raw);
      if (typeof json?.query === 'string') return json.query;
    } catch {
      // Not JSON (or JSON with Postman {{variables}} in it): not a GraphQL request this can read.
    }
  }
  return undefined;
}

/**
 * Writes the queries of postman/*.postman_collection.json to .graphql files in a temporary
 * directory, one per request, and returns them; none if there is no collection (yet).
 */
function extractPostmanQueries(tmp) {
  const dir = path.join(REPO_ROOT, 'postman');
  if (!existsSync(dir)) {
    console.log('  - postman/ does not exist: no Postman collection to check');
    return [];
  }
  const collections = readdirSync(dir).filter((f) => f.endsWith('.postman_collection.json')).sort();
  if (collections.length === 0) console.log('  - postman/ holds no *.postman_collection.json');
  const extracted = [];
  for (const collection of collections) {
    let json;
    try {
      json = JSON.parse(readFileSync(path.join(dir, collection), 'utf8'));
    } catch (error) {
      fail(`postman/${collection}: not valid JSON: ${error.message}`);
      continue;
    }
    // Imported alone (no environment), the collection must resolve every {{variable}} it uses.
    const variables = new Map((json.variable ?? []).map((v) => [v.key, v.value]));
    if (!variables.get('baseUrl')) fail(`postman/${collection}: no collection variable \`baseUrl\` with a default`);
    const used = new Set([...JSON.stringify(json).matchAll(/\{\{([\w.-]+)\}\}/g)].map((m) => m[1]));
    for (const name of [...used].sort()) {
      if (!variables.has(name)) fail(`postman/${collection}: {{${name}}} is no collection variable`);
    }
    let n = 0;
    for (const { name, request } of postmanItems(json.item)) {
      const query = postmanQuery(request);
      if (query === undefined) continue;
      n += 1;
      const file = path.join(tmp, collection.replace(/\.postman_collection\.json$/, ''),
        `${String(n).padStart(3, '0')}-${name.replace(/[^\w.-]+/g, '_').slice(0, 80)}.graphql`);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, query);
      extracted.push({ file, label: `postman/${collection} › ${name}`, expectInvalid: EXPECT_INVALID.test(query) });
    }
    console.log(`  - postman/${collection}: ${n} GraphQL request(s)`);
  }
  return extracted;
}

function validateOperations(schema) {
  console.log('Operations against schema/:');
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'schema-check-'));
  try {
    const documents = [
      ...operationFiles().map((file) => ({ file, label: relative(file) })),
      ...readdirSync(path.join(REPO_ROOT, 'src/main/resources/graphiql/tabs')).filter((f) => f.endsWith('.graphql')).sort()
        .map((f) => ({ file: path.join(REPO_ROOT, 'src/main/resources/graphiql/tabs', f), label: `src/main/resources/graphiql/tabs/${f}` })),
      ...extractPostmanQueries(tmp),
    ];
    let valid = 0;
    for (const { file, label, expectInvalid } of documents) {
      const text = readFileSync(file, 'utf8');
      let errors;
      let document;
      try {
        document = parse(text);
        errors = validate(schema, document);
      } catch (error) {
        errors = [error instanceof GraphQLError ? error : new GraphQLError(String(error))];
      }
      if (document && errors.length === 0
          && !document.definitions.some((d) => d.kind === 'OperationDefinition')) {
        errors = [new GraphQLError('holds no operation')];
      }
      const where = (e) => (e.locations?.length ? ` (line ${e.locations[0].line})` : '');
      if (expectInvalid) {
        if (errors.length === 0) fail(`${label}: marked "# schema-check: invalid" but is valid`);
        else valid += 1;
        continue;
      }
      if (errors.length > 0) {
        for (const error of errors) fail(`${label}: ${error.message}${where(error)}`);
        continue;
      }
      valid += 1;
      for (const warning of validate(schema, document, [NoDeprecatedCustomRule])) {
        console.warn(`  ! ${label}: ${warning.message}${where(warning)}`);
      }
    }
    console.log(`  ${valid} of ${documents.length} document(s) valid`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// 2. Breaking changes against a base commit
// ---------------------------------------------------------------------------------------------

function git(...args) {
  return execFileSync('git', ['-C', REPO_ROOT, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** The schema/*.graphqls of a commit, concatenated in file-name order; null if it has none. */
function schemaAt(ref) {
  const files = git('ls-tree', '--name-only', `${ref}:schema/`).split('\n')
    .filter((f) => f.endsWith('.graphqls')).sort();
  if (files.length === 0) return null;
  return files.map((f) => git('show', `${ref}:schema/${f}`)).join('\n');
}

/**
 * Whether the schema element a change points at (`Type.field`, `Type.field.argument`,
 * `Input.field`, `Enum.VALUE`) was deprecated in the base schema, so that removing or changing it
 * was announced. A field's arguments count as deprecated with their field.
 */
function deprecatedInBase(base, changePath) {
  const reason = deprecationInBase(base, changePath);
  return reason !== null && removalDate(reason) !== null && removalDate(reason) <= today();
}

/** `Removal on 2027-04-01 UTC.` in a deprecation reason: the policy's removal date, or null. */
const REMOVAL = /Removal on (\d{4}-(01|04|07|10)-01) UTC\./;

function removalDate(reason) {
  return REMOVAL.exec(reason)?.[1] ?? null;
}

function today() {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Every deprecation follows the policy (src/docs/schema-changelog.md): its reason says what to use
 * instead and the date of removal, the first day of a quarter, UTC.
 */
function checkDeprecations(schema) {
  console.log('Deprecations of schema/:');
  let count = 0;
  const check = (where, reason) => {
    if (reason === undefined || reason === null) return;
    count += 1;
    if (removalDate(reason) === null) {
      fail(`${where} is deprecated without "Removal on YYYY-MM-DD UTC." (the first day of a quarter): ${reason}`);
    }
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isEnumType(type)) for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.deprecationReason);
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) check(`${type.name}.${field.name}`, field.deprecationReason);
    }
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        check(`${type.name}.${field.name}`, field.deprecationReason);
        for (const arg of field.args) check(`${type.name}.${field.name}(${arg.name}:)`, arg.deprecationReason);
      }
    }
  }
  console.log(`  ${count} deprecated element(s)`);
}

/** The deprecation reason, in the base schema, of what a change points at; null if it was not deprecated. */
function deprecationInBase(base, changePath) {
  if (!changePath) return null;
  const [typeName, member, argument] = changePath.split('.');
  const type = base.getType(typeName);
  if (!type || member === undefined) return null;
  if (isEnumType(type)) return type.getValue(member)?.deprecationReason ?? null;
  if (isInputObjectType(type)) return type.getFields()[member]?.deprecationReason ?? null;
  if (isObjectType(type) || isInterfaceType(type)) {
    const field = type.getFields()[member];
    if (!field) return null;
    if (field.deprecationReason) return field.deprecationReason;
    return (argument !== undefined && field.args.find((a) => a.name === argument)?.deprecationReason) || null;
  }
  return null;
}

async function checkBreakingChanges(schema) {
  const ref = process.env.SCHEMA_BASE_REF || 'HEAD~1';
  console.log(`Breaking changes of schema/ against ${ref}:`);
  try {
    git('rev-parse', '--is-inside-work-tree');
  } catch {
    console.warn(`  ! SKIPPED: ${REPO_ROOT} is not a git work tree (or git is missing); nothing to compare with`);
    return;
  }
  let commit;
  try {
    commit = git('rev-parse', '--verify', '--quiet', `${ref}^{commit}`).trim();
  } catch {
    console.warn(`  ! SKIPPED: no commit '${ref}' here (the first commit, or a shallow clone: fetch more `
      + 'history with `git fetch --deepen=1`, or set SCHEMA_BASE_REF to a commit that is present)');
    return;
  }
  let baseText;
  try {
    baseText = schemaAt(commit);
  } catch {
    baseText = null;
  }
  if (baseText === null) {
    console.warn(`  ! SKIPPED: ${ref} (${commit.slice(0, 12)}) has no schema/*.graphqls`);
    return;
  }
  let base;
  try {
    base = buildSchema(baseText);
  } catch (error) {
    console.warn(`  ! SKIPPED: the schema of ${ref} does not build: ${error.message}`);
    return;
  }
  const changes = await diff(base, schema);
  let changelogChanged = true;
  try {
    changelogChanged = git('diff', '--name-only', commit, '--', 'src/docs/schema-changelog.md').trim() !== '';
  } catch {
    // No git diff: nothing to say about the changelog.
  }
  if (changes.length > 0 && !changelogChanged) {
    console.warn(`  ! schema/ changed since ${ref} and src/docs/schema-changelog.md did not: add the entry `
      + '`npm run schema-changelog` prints');
  }
  const breaking = changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking);
  const dangerous = changes.filter((c) => c.criticality.level === CriticalityLevel.Dangerous);
  console.log(`  ${changes.length} change(s) since ${ref} (${commit.slice(0, 12)}): ${breaking.length} breaking, `
    + `${dangerous.length} dangerous, ${changes.length - breaking.length - dangerous.length} safe`);
  for (const change of dangerous) console.warn(`  ! dangerous: ${change.message}`);
  for (const change of breaking) {
    const reason = deprecationInBase(base, change.path);
    if (deprecatedInBase(base, change.path)) {
      console.warn(`  ! breaking but deprecated in ${ref} with its removal date passed, so allowed: ${change.message}`);
    } else if (reason !== null) {
      fail(`breaking before the removal date of its deprecation (${removalDate(reason) ?? 'none given'}): ${change.message}`);
    } else {
      fail(`breaking: ${change.message}${change.criticality.reason ? ` (${change.criticality.reason})` : ''}`);
    }
  }
}

// ---------------------------------------------------------------------------------------------

console.log(`Schema: ${schemaFiles().join(', ')}`);
let schema;
try {
  schema = loadSchema();
} catch (error) {
  console.error(`  ✖ schema/ does not build: ${error.message}`);
  process.exit(1);
}
validateOperations(schema);
checkDeprecations(schema);
await checkBreakingChanges(schema);

if (failures > 0) {
  console.error(`schema-check: ${failures} problem(s)`);
  process.exit(1);
}
console.log('schema-check: every operation valid, no unannounced breaking change');
