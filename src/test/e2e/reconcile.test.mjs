// A scripted client of the reconciliation API doing what OpenRefine does with a service: read the
// manifest, guess the type of a column, reconcile it in batches (form POST) with a property column,
// suggest entities, types and properties for manual matching, show the preview card, propose and
// fetch extension properties; and the bad requests a user's data can produce.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, assertServerUp } from './lib/env.mjs';

const SERVICE = `${BASE_URL}/reconcile`;

/** The global ID of a record, as the GraphQL API gives it: base64url of `Type:slug`. */
const globalId = (type, slug) => Buffer.from(`${type}:${slug}`).toString('base64url');

/** POSTs a form as OpenRefine does (application/x-www-form-urlencoded). */
const postForm = (fields) => fetch(SERVICE, {
  method: 'POST',
  headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(fields).toString(),
});

const reconcile = async (queries) => {
  const response = await postForm({ queries: JSON.stringify(queries) });
  assert.equal(response.status, 200, await response.clone().text());
  return response.json();
};

describe('Reconciliation Service API 0.2, as OpenRefine uses it', () => {
  let manifest;

  before(async () => {
    await assertServerUp();
    const response = await fetch(SERVICE);
    assert.equal(response.status, 200);
    manifest = await response.json();
  });

  test('the manifest names the versions, types and the URLs of every service', () => {
    assert.ok(manifest.versions.includes('0.2'));
    assert.equal(manifest.name, 'Diplomacy graph');
    assert.ok(manifest.identifierSpace && manifest.schemaSpace);
    assert.deepEqual(manifest.defaultTypes.map((type) => type.id),
      ['Person', 'Organisation', 'Place', 'Country', 'Meeting', 'Agreement']);
    assert.match(manifest.preview.url, /\{\{id\}\}/);
    assert.ok(manifest.preview.width > 0 && manifest.preview.height > 0);
    for (const kind of ['entity', 'type', 'property']) {
      assert.ok(manifest.suggest[kind].service_url && manifest.suggest[kind].service_path, kind);
    }
    assert.ok(manifest.extend.propose_properties.service_path);
  });

  test('guessing a column\'s type: queries without a type find people first', async () => {
    const results = await reconcile({
      q0: { query: 'To Lam', limit: 3 },
      q1: { query: 'Bui Thi Minh Hoai', limit: 3 },
      q2: { query: 'Miguel Diaz-Canel', limit: 3 },
    });
    for (const key of ['q0', 'q1', 'q2']) {
      assert.deepEqual(results[key].result[0].type.map((type) => type.id), ['Person'], key);
    }
  });

  test('a column of names in a batch, with a property column that raises and lowers the scores', async () => {
    const rows = ['Tô Lâm', 'To Lam', 'Dinh Tien Dung', 'Rogelio Polanko Fuentes', 'Nobody Atall'];
    const queries = Object.fromEntries(rows.map((name, i) => [`q${i}`, {
      query: name, type: 'Person', type_strict: 'should', limit: 3,
      properties: (i === 3) ? [] : [{ pid: 'country', v: 'Vietnam' }],
    }]));
    const results = await reconcile(queries);
    const best = (key) => results[key].result[0];
    assert.equal(best('q0').id, globalId('Person', 'to-lam'));
    assert.equal(best('q0').match, true);
    assert.equal(best('q0').score, 100);
    assert.equal(best('q1').id, globalId('Person', 'to-lam'));
    assert.equal(best('q2').id, globalId('Person', 'dinh-tien-dung'));
    // One letter off: a likely candidate, not a match beyond doubt.
    assert.equal(best('q3').id, globalId('Person', 'rogelio-polanco-fuentes'));
    assert.equal(best('q3').match, false);
    assert.match(best('q3').description, /polanko≈polanco/);
    assert.deepEqual(results.q4.result, []);
    // Every candidate says why it scored what it did.
    for (const { result } of Object.values(results)) {
      for (const candidate of result) {
        assert.ok(candidate.score >= 0 && candidate.score <= 100);
        assert.ok(candidate.description.length > 0);
      }
    }
  });

  test('organisations in other languages and by acronym', async () => {
    const results = await reconcile({
      fr: { query: 'Parti communiste du Vietnam', type: 'Organisation', properties: [{ pid: 'country', v: 'Vietnam' }] },
      es: { query: 'La Habana Party Committee', type: 'Organisation' },
      acronym: { query: 'CPV', type: 'Organisation' },
    });
    assert.equal(results.fr.result[0].id, globalId('Organisation', 'communist-party-of-vietnam'));
    assert.equal(results.fr.result[0].match, true);
    assert.equal(results.es.result[0].id, globalId('Organisation', 'havana-party-committee'));
    assert.equal(results.acronym.result[0].id, globalId('Organisation', 'communist-party-of-vietnam'));
  });

  test('the same batch by GET, for debugging in a browser', async () => {
    const queries = JSON.stringify({ q0: { query: 'Hanoi', type: 'Place' } });
    const response = await fetch(`${SERVICE}?queries=${encodeURIComponent(queries)}`);
    assert.equal(response.status, 200);
    assert.equal((await response.json()).q0.result[0].id, globalId('Place', 'hanoi'));
  });

  test('suggest: entities as they are typed, types and properties', async () => {
    const suggest = async (kind, params) => {
      const { service_url: url, service_path: path } = manifest.suggest[kind];
      const response = await fetch(`${url}${path}?${new URLSearchParams(params)}`);
      assert.equal(response.status, 200);
      return (await response.json()).result;
    };
    const people = await suggest('entity', { prefix: 'to l', type: 'Person' });
    assert.equal(people[0].id, globalId('Person', 'to-lam'));
    assert.equal(people[0].name, 'Tô Lâm');
    assert.deepEqual(people[0].notable.map((type) => type.id), ['Person']);
    const more = await suggest('entity', { prefix: 'ha', cursor: '1' });
    assert.ok(Array.isArray(more));
    assert.deepEqual((await suggest('type', { prefix: 'org' })).map((type) => type.id), ['Organisation']);
    assert.ok((await suggest('property', { prefix: 'count' })).some((property) => property.id === 'country'));
  });

  test('the preview card is escaped HTML that may be framed', async () => {
    const id = globalId('Person', 'to-lam');
    const response = await fetch(manifest.preview.url.replace('{{id}}', encodeURIComponent(id)));
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type'), /^text\/html/);
    assert.equal(response.headers.get('x-frame-options'), null);
    assert.match(response.headers.get('content-security-policy'), /default-src 'none'/);
    const html = await response.text();
    assert.match(html, /<h1>Tô Lâm<\/h1>/);
    assert.match(html, /Person · Vietnam/);
    assert.match(html, /<blockquote>/);
    assert.doesNotMatch(html, /<script/);
  });

  test('data extension: propose properties for a type, then fetch them', async () => {
    const { service_url: url, service_path: path } = manifest.extend.propose_properties;
    const proposals = await (await fetch(`${url}${path}?type=Person`)).json();
    assert.equal(proposals.type, 'Person');
    const ids = proposals.properties.map((property) => property.id);
    assert.deepEqual(ids, ['country', 'aliases', 'positions']);
    const toLam = globalId('Person', 'to-lam');
    const response = await postForm({ extend: JSON.stringify({ ids: [toLam], properties: ids.map((id) => ({ id })) }) });
    assert.equal(response.status, 200);
    const extension = await response.json();
    assert.deepEqual(extension.meta.map((property) => property.id), ids);
    assert.deepEqual(extension.rows[toLam].country, [{ id: globalId('Country', 'vietnam'), name: 'Vietnam' }]);
    assert.ok(extension.rows[toLam].aliases.some((alias) => alias.str === 'To Lam'));
    assert.ok(extension.rows[toLam].positions.length > 0);
  });

  describe('bad requests get a 400 naming the problem', () => {
    const refused = async (fields) => {
      const response = await postForm(fields);
      assert.equal(response.status, 400);
      const body = await response.json();
      assert.equal(body.errors[0].extensions.classification, 'BAD_REQUEST');
      return body.errors[0].message;
    };

    test('malformed JSON', async () => {
      assert.match(await refused({ queries: '{"q0": {"query": "To Lam"' }), /^`queries` is not valid JSON: /);
    });

    test('an unknown type', async () => {
      assert.equal(await refused({ queries: JSON.stringify({ q0: { query: 'To Lam', type: 'Human' } }) }),
        "Unknown type 'Human' in the query 'q0'; the types are Person, Organisation, Place, Country, Meeting, Agreement");
    });

    test('1,000 queries in one batch', async () => {
      const queries = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`q${i}`, { query: 'Tô Lâm' }]));
      assert.equal(await refused({ queries: JSON.stringify(queries) }),
        'The batch has 1000 queries; at most 50 are allowed in one batch (send the rest in further batches)');
    });
  });
});
