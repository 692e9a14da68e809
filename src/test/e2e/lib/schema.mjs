// The contract: schema/*.graphqls of the repository, as one SDL text and as a graphql-js schema.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, isInterfaceType, isObjectType, isUnionType } from 'graphql';
import { REPO_ROOT } from './env.mjs';

export const SCHEMA_DIR = path.join(REPO_ROOT, 'schema');

/** The schema files, sorted by name, relative to the repository root (`schema/node.graphqls`). */
export function schemaFiles() {
  return readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.graphqls')).sort()
    .map((f) => `schema/${f}`);
}

/** All schema files concatenated, as the server reads them (every file is one part of one schema). */
export function schemaText() {
  return schemaFiles().map((f) => readFileSync(path.join(REPO_ROOT, f), 'utf8')).join('\n');
}

/** Builds the schema from SDL; `extend type Query` in a file before `type Query` is fine. */
export function loadSchema(sdl = schemaText()) {
  return buildSchema(sdl);
}

/** Apollo's `possibleTypes`: every interface and union with the object types that implement it. */
export function possibleTypes(schema) {
  const result = {};
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isInterfaceType(type)) result[type.name] = schema.getPossibleTypes(type).map((t) => t.name).sort();
    if (isUnionType(type)) result[type.name] = type.getTypes().map((t) => t.name).sort();
  }
  return result;
}

/** The object types that implement Node: the entities a client cache should normalise by `id`. */
export function nodeTypes(schema) {
  return Object.values(schema.getTypeMap())
    .filter((t) => isObjectType(t) && t.getInterfaces().some((i) => i.name === 'Node'))
    .map((t) => t.name).sort();
}
