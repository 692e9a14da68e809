// What operators scrape from the packaged jar: Actuator health (with the database, for an
// operator's key only), info (version and commit) and GraphQL request metrics in Prometheus's
// format (an operator's key only). OPERATOR_KEY gives the key; .ci/run configures one.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, GRAPHQL_URL, OPERATOR_KEY, assertServerUp } from './lib/env.mjs';

const asOperator = { headers: { Authorization: `Bearer ${OPERATOR_KEY}` } };
const needsKey = OPERATOR_KEY ? false : 'set OPERATOR_KEY to the key of an operator';

const get = async (path, init = {}) => {
  const response = await fetch(`${BASE_URL}${path}`, init);
  assert.equal(response.status, 200, `${path} answered ${response.status}`);
  return response;
};

describe('Operations (Actuator)', () => {
  before(assertServerUp);

  test('health is UP and shows anonymous callers nothing else', async () => {
    const health = await (await get('/actuator/health')).json();
    assert.equal(health.status, 'UP');
    assert.equal(health.components, undefined);
    assert.doesNotMatch(JSON.stringify(health), /path|details/);
  });

  test('health includes the database for an operator', { skip: needsKey }, async () => {
    const health = await (await get('/actuator/health', asOperator)).json();
    assert.equal(health.status, 'UP');
    assert.equal(health.components.db.status, 'UP');
  });

  test('info names the version and the commit the jar was built from', async () => {
    const info = await (await get('/actuator/info')).json();
    assert.equal(info.build.artifact, 'diplomacy-graph');
    assert.match(info.build.version, /^\d+\.\d+\.\d+/);
    assert.match(info.git.commit.id, /^[0-9a-f]{7,40}$/);
  });

  test('Prometheus refuses a caller without a key with 401', async () => {
    const response = await fetch(`${BASE_URL}/actuator/prometheus`);
    assert.equal(response.status, 401);
    assert.equal(response.headers.get('www-authenticate'), 'Bearer');
    const body = await response.json();
    assert.equal(body.errors[0].extensions.classification, 'UNAUTHORIZED');
  });

  test('a GraphQL query is counted in graphql_request_seconds for Prometheus', { skip: needsKey }, async () => {
    const count = async () => {
      const text = await (await get('/actuator/prometheus', asOperator)).text();
      const line = text.split('\n').find((l) => l.startsWith('graphql_request_seconds_count{')
        && l.includes('graphql_operation_type="query"') && l.includes('graphql_outcome="SUCCESS"'));
      return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : 0;
    };
    const before = await count();
    const response = await fetch(GRAPHQL_URL, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: '{ meetings(first: 1) { totalCount } }' }),
    });
    assert.equal((await response.json()).data.meetings.totalCount, 9);
    // At least one more: other test files may query the same server at the same time.
    assert.ok(await count() >= before + 1, 'graphql_request_seconds_count did not grow');
  });

  test('an unknown path and /error itself are 404 in JSON', async () => {
    for (const path of ['/no-such-page', '/error']) {
      const response = await fetch(`${BASE_URL}${path}`, { headers: { Accept: 'text/html' } });
      assert.equal(response.status, 404, path);
      assert.deepEqual(await response.json(),
        { errors: [{ message: `No such resource: ${path}`, extensions: { classification: 'NOT_FOUND' } }] });
    }
  });
});
