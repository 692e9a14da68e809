// The plain HTTP contract that the curl examples of src/docs/api-guide.md rely on, with Node's fetch.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { GRAPHQL_URL, assertServerUp } from './lib/env.mjs';

const post = (body, headers = {}) => fetch(GRAPHQL_URL, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...headers },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

describe('GraphQL over HTTP', () => {
  before(assertServerUp);

  test('POST with a JSON body {query, variables} answers application/json', async () => {
    // The curl example of src/docs/api-guide.md.
    const response = await post({
      query: 'query Talks($day: PartialDate) { meetings(first: 5, filter: {date: {from: $day, to: $day}, kind: [TALKS]}) { totalCount nodes { title date } } }',
      variables: { day: '2023-06-09' },
    });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type'), /^application\/json/);
    const json = await response.json();
    assert.deepEqual(json.data, { meetings: { totalCount: 1, nodes: [
      { title: 'Talks between Đinh Tiến Dũng and Luis Antonio Torres Iríbar', date: '2023-06-09' },
    ] } });
    // Every response tells the client what it cost: 1 + the 5 meetings it may list.
    assert.equal(json.extensions.cost.requested, 6);
    assert.equal(json.extensions.cost.actual, 2);
  });

  test('GET runs queries (cacheable by proxies) and refuses mutations with 405 and Allow: POST', async () => {
    const query = (document) => fetch(`${GRAPHQL_URL}?query=${encodeURIComponent(document)}`);
    const response = await query('{ meetings(first: 1) { totalCount } }');
    assert.equal(response.status, 200);
    assert.equal((await response.json()).data.meetings.totalCount, 9);
    const mutation = await query('mutation { ingestArticle { id } }');
    assert.equal(mutation.status, 405);
    assert.equal(mutation.headers.get('allow'), 'POST');
  });

  test('a document that does not fit the schema is a ValidationError; 400 for application/graphql-response+json', async () => {
    const legacy = await post({ query: '{ meetings(first: 1) { nope } }' });
    assert.equal(legacy.status, 200);
    assert.equal((await legacy.json()).errors[0].extensions.classification, 'ValidationError');
    const modern = await post({ query: '{ meetings(first: 1) { nope } }' }, { Accept: 'application/graphql-response+json' });
    assert.equal(modern.status, 400);
    assert.match(modern.headers.get('content-type'), /^application\/graphql-response\+json/);
    assert.equal((await modern.json()).errors[0].extensions.classification, 'ValidationError');
  });

  // A body that is not a GraphQL request still gets a GraphQL-shaped error a client can read.
  test('a malformed request body gets a GraphQL error with a classification', async () => {
    for (const body of ['not json', '{}', '{"query": "{ meetings { totalCount } }", "variables": "x"}']) {
      const response = await post(body, { Accept: 'application/graphql-response+json' });
      assert.equal(response.status, 400, body);
      const json = await response.json();
      assert.ok(Array.isArray(json.errors), `${body} → ${JSON.stringify(json)}`);
      assert.ok(json.errors[0].extensions?.classification, `${body} → ${JSON.stringify(json)}`);
    }
  });
});
