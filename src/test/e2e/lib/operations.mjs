// The operations the clients send, read from operations/*.graphql: the very text that
// schema-check.mjs validates against schema/ and graphql-codegen turns into TypeScript types.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gql } from '@apollo/client/core';
import { E2E_DIR } from './env.mjs';

export const OPERATIONS_DIR = path.join(E2E_DIR, 'operations');

/** The source text of operations/<name>.graphql. */
export function operationText(name) {
  return readFileSync(path.join(OPERATIONS_DIR, `${name}.graphql`), 'utf8');
}

/** operations/<name>.graphql as a parsed document for Apollo Client. */
export function operation(name) {
  return gql(operationText(name));
}

/** Every operations/*.graphql file, as absolute paths. */
export function operationFiles() {
  return readdirSync(OPERATIONS_DIR).filter((f) => f.endsWith('.graphql')).sort()
    .map((f) => path.join(OPERATIONS_DIR, f));
}
