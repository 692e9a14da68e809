#!/usr/bin/env node
// Writes entries of src/docs/schema-changelog.md from graphql-inspector's diff of schema/*.graphqls,
// the same diff schema-check.mjs runs: one entry per commit that changed schema/, with its date,
// commit and subject, whether it breaks clients, and what changed (breaking and dangerous changes
// one by one, safe ones too but for description edits, which are counted).
//
//   node schema-changelog.mjs                  the entry for the working tree against HEAD (to paste)
//   node schema-changelog.mjs --since <ref>    entries for every commit after <ref> that changed schema/,
//                                              newest first
import { execFileSync } from 'node:child_process';
import { buildSchema } from 'graphql';
import { CriticalityLevel, diff } from '@graphql-inspector/core';
import { REPO_ROOT } from './lib/env.mjs';
import { schemaText } from './lib/schema.mjs';

function git(...args) {
  return execFileSync('git', ['-C', REPO_ROOT, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** The schema/*.graphqls of a commit, concatenated in file-name order; null if it has none. */
function schemaAt(ref) {
  let files;
  try {
    files = git('ls-tree', '--name-only', `${ref}:schema/`).split('\n').filter((f) => f.endsWith('.graphqls')).sort();
  } catch {
    return null;
  }
  return files.length === 0 ? null : files.map((f) => git('show', `${ref}:schema/${f}`)).join('\n');
}

const DESCRIPTION = /DESCRIPTION_(ADDED|CHANGED|REMOVED)$/;

/** The Markdown of one entry: a heading, whether it breaks clients, and the changes. */
async function entry(heading, baseText, text) {
  if (baseText === null) return `## ${heading}\n\nThe first schema.\n`;
  const changes = await diff(buildSchema(baseText), buildSchema(text));
  if (changes.length === 0) return null;
  const level = (c) => c.criticality.level;
  const breaking = changes.filter((c) => level(c) === CriticalityLevel.Breaking);
  const dangerous = changes.filter((c) => level(c) === CriticalityLevel.Dangerous);
  const safe = changes.filter((c) => level(c) === CriticalityLevel.NonBreaking && !DESCRIPTION.test(c.type));
  const descriptions = changes.length - breaking.length - dangerous.length - safe.length;
  const lines = [`## ${heading}`, '',
    breaking.length > 0 ? `**Breaking**: ${breaking.length} change(s).` : 'Not breaking.', ''];
  for (const c of breaking) lines.push(`- breaking: ${c.message}`);
  for (const c of dangerous) lines.push(`- dangerous: ${c.message}`);
  for (const c of safe) lines.push(`- ${c.message}`);
  if (descriptions > 0) lines.push(`- ${descriptions} description(s) added or reworded`);
  return `${lines.join('\n')}\n`;
}

const since = process.argv.indexOf('--since');
const entries = [];
if (since < 0) {
  const text = await entry(`${new Date().toISOString().slice(0, 10)} (working tree)`, schemaAt('HEAD'), schemaText());
  if (text) entries.push(text);
  else console.error('schema/ has not changed since HEAD');
} else {
  const ref = process.argv[since + 1];
  const commits = git('log', '--first-parent', '--reverse', '--format=%H%x09%ad%x09%s', '--date=short',
    `${ref}..HEAD`, '--', 'schema/').split('\n').filter(Boolean);
  for (const line of commits) {
    const [commit, date, subject] = line.split('\t');
    const short = subject.length > 100 ? `${subject.slice(0, 97)}...` : subject;
    const text = await entry(`${date}, ${commit.slice(0, 7)}: ${short}`, schemaAt(`${commit}~1`), schemaAt(commit));
    if (text) entries.unshift(text);
  }
}
process.stdout.write(entries.join('\n'));
