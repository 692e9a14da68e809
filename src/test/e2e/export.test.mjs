// The linked-data export read by a real JSON-LD processor (the `jsonld` package), offline: every
// document embeds its @context, so a document loader that refuses the network is all it needs.
// A person's and a meeting's JSON-LD expand to the expected triples (rdf:type, schema:name, links,
// prov:wasDerivedFrom the article with the quote and its offsets, checked against the article's
// text), and every line of the NDJSON dump is a JSON-LD document of its own.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import jsonld from 'jsonld';
import { BASE_URL, assertServerUp } from './lib/env.mjs';

const SCHEMA = 'http://schema.org/';
const PROV = 'http://www.w3.org/ns/prov#';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const DG = `${BASE_URL}/vocab#`;

/** The global ID of a record: base64url of `Type:slug`. */
const globalId = (type, slug) => Buffer.from(`${type}:${slug}`).toString('base64url');
const nodeUrl = (type, slug) => `${BASE_URL}/id/${globalId(type, slug)}`;

/** No remote context, no remote document: a processor in CI has no internet. */
const documentLoader = async (url) => {
  throw new Error(`The document loader refuses the network, asked for ${url}`);
};

const fetchJsonLd = async (url) => {
  const response = await fetch(url, { headers: { Accept: 'application/ld+json' } });
  assert.equal(response.status, 200, await response.clone().text());
  assert.match(response.headers.get('content-type'), /^application\/ld\+json/);
  return response.json();
};

/** The RDF dataset of a document as quads. */
const quads = (document) => jsonld.toRDF(document, { documentLoader });

const objects = (dataset, subject, predicate) => dataset
  .filter((quad) => quad.subject.value === subject && quad.predicate.value === predicate)
  .map((quad) => quad.object);

/** The qualified derivations of a subject: the article, the quote and its offsets. */
const derivations = (dataset, subject) => objects(dataset, subject, `${PROV}qualifiedDerivation`).map((node) => ({
  article: objects(dataset, node.value, `${PROV}entity`)[0].value,
  quote: objects(dataset, node.value, `${DG}quote`)[0].value,
  start: Number(objects(dataset, node.value, `${DG}start`)[0].value),
  end: Number(objects(dataset, node.value, `${DG}end`)[0].value),
  aspect: objects(dataset, node.value, `${DG}aspect`)[0].value,
}));

/** Each quote is the article's text between its offsets (UTF-16 units, as JavaScript counts). */
const assertQuotesMatchArticles = async (found) => {
  const texts = new Map();
  for (const derivation of found) {
    if (!texts.has(derivation.article)) {
      const article = await quads(await fetchJsonLd(derivation.article));
      texts.set(derivation.article, objects(article, derivation.article, `${SCHEMA}articleBody`)[0].value);
    }
    assert.equal(texts.get(derivation.article).slice(derivation.start, derivation.end), derivation.quote);
  }
};

describe('JSON-LD export, expanded by the jsonld processor without network', () => {
  before(assertServerUp);

  test('a person: schema:Person, its name and aliases, nationality, and provenance to the articles', async () => {
    const person = nodeUrl('Person', 'to-lam');
    const document = await fetchJsonLd(person);
    const expanded = await jsonld.expand(document, { documentLoader });
    assert.equal(expanded.length, 1);
    assert.deepEqual(expanded[0]['@type'], [`${SCHEMA}Person`]);
    const dataset = await quads(document);
    assert.deepEqual(objects(dataset, person, RDF_TYPE).map((o) => o.value), [`${SCHEMA}Person`]);
    assert.deepEqual(objects(dataset, person, `${SCHEMA}name`).map((o) => o.value), ['Tô Lâm']);
    assert.ok(objects(dataset, person, `${SCHEMA}alternateName`).some((o) => o.value === 'To Lam'));
    assert.deepEqual(objects(dataset, person, `${SCHEMA}nationality`).map((o) => o.value),
      [nodeUrl('Country', 'vietnam')]);
    const sources = objects(dataset, person, `${PROV}wasDerivedFrom`).map((o) => o.value);
    assert.ok(sources.length > 0);
    assert.ok(sources.every((url) => url.startsWith(`${BASE_URL}/id/`)));
    const found = derivations(dataset, person);
    assert.ok(found.some((d) => d.aspect === 'SUBJECT'
      && d.quote === 'General Secretary of the Communist Party of Vietnam To Lam'));
    assert.deepEqual([...new Set(found.map((d) => d.article))].sort(), [...sources].sort());
    await assertQuotesMatchArticles(found);
  });

  test('a meeting: schema:Event with a typed date, a place, attendees as roles with their own provenance', async () => {
    const meeting = nodeUrl('Meeting', 'diaz-canel-le-quang-long-2025-04-29');
    const dataset = await quads(await fetchJsonLd(meeting));
    assert.deepEqual(objects(dataset, meeting, RDF_TYPE).map((o) => o.value), [`${SCHEMA}Event`]);
    const [date] = objects(dataset, meeting, `${SCHEMA}startDate`);
    assert.equal(date.value, '2025-04-29');
    assert.equal(date.datatype.value, 'http://www.w3.org/2001/XMLSchema#date');
    assert.deepEqual(objects(dataset, meeting, `${SCHEMA}location`).map((o) => o.value),
      [nodeUrl('Place', 'palace-of-the-revolution')]);
    const roles = objects(dataset, meeting, `${SCHEMA}attendee`)
      .filter((o) => objects(dataset, o.value, RDF_TYPE).some((t) => t.value === `${SCHEMA}Role`));
    const guest = roles.find((role) => objects(dataset, role.value, `${SCHEMA}attendee`)
      .some((o) => o.value === nodeUrl('Person', 'le-quang-long')));
    assert.ok(guest, 'Lê Quang Long attends as a schema:Role');
    assert.equal(objects(dataset, guest.value, `${SCHEMA}roleName`)[0].value, 'GUEST');
    assert.ok(derivations(dataset, guest.value).length > 0, 'the participation has its own provenance');
    const found = derivations(dataset, meeting);
    assert.ok(found.length > 0);
    assert.ok(objects(dataset, meeting, `${PROV}wasDerivedFrom`).length > 0);
    await assertQuotesMatchArticles(found);
  });

  test('every line of the NDJSON dump is a JSON-LD document of one node with a stable URL', async () => {
    const response = await fetch(`${BASE_URL}/export/graph.ndjson`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type'), /^application\/x-ndjson/);
    const lines = (await response.text()).split('\n');
    assert.equal(lines.pop(), '', 'the dump ends with a newline');
    const ids = new Set();
    for (const line of lines) {
      const expanded = await jsonld.expand(JSON.parse(line), { documentLoader });
      assert.equal(expanded.length, 1);
      assert.ok(expanded[0]['@id'].startsWith(`${BASE_URL}/id/`));
      ids.add(expanded[0]['@id']);
    }
    assert.equal(ids.size, lines.length, 'one line per node');
    assert.ok(ids.has(nodeUrl('Person', 'to-lam')));
  });
});
