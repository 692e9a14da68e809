// The plain HTTP contract that the README's curl examples rely on, with Node's fetch.
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
    // The README's curl example.
    const response = await post({
      query: 'query Talks($day: PartialDate) { meetings(first: 5, filter: {date: {from: $day, to: $day}, kind: [TALKS]}) { totalCount nodes { title date } } }',
      variables: { day: '2023-06-09' },
    });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type'), /^application\/json/);
    assert.deepEqual(await response.json(), { data: { meetings: { totalCount: 1, nodes: [
      { title: 'Talks between Đinh Tiến Dũng and Luis Antonio Torres Iríbar', date: '2023-06-09' },
    ] } } });
  });

  test('GET is not supported: 405 with Allow: POST', async () => {
    const url = `${GRAPHQL_URL}?query=${encodeURIComponent('{ meetings(first: 1) { totalCount } }')}`;
    const response = await fetch(url);
    assert.equal(response.status, 405);
    assert.equal(response.headers.get('allow'), 'POST');
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

  // Known bug, reported rather than worked around: a body that is not a GraphQL request (not JSON,
  // no `query`, `variables` not an object) gets Spring Boot's error JSON
  // {"timestamp","status":400,"error":"Bad Request","path"} instead of a GraphQL response with
  // `errors[].extensions.classification`, even when the client accepts only
  // application/graphql-response+json (which the response then claims as its Content-Type).
  // `todo` keeps it visible in every run without failing it; drop the option once it is fixed.
  test('a malformed request body gets a GraphQL error with a classification', { todo: 'server answers Spring Boot error JSON' }, async () => {
    for (const body of ['not json', '{}', '{"query": "{ meetings { totalCount } }", "variables": "x"}']) {
      const response = await post(body, { Accept: 'application/graphql-response+json' });
      assert.equal(response.status, 400, body);
      const json = await response.json();
      assert.ok(Array.isArray(json.errors), `${body} → ${JSON.stringify(json)}`);
      assert.ok(json.errors[0].extensions?.classification, `${body} → ${JSON.stringify(json)}`);
    }
  });
});
