// What operators scrape from the packaged jar: Actuator health (with the database), info (version
// and commit) and GraphQL request metrics in Prometheus's format.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, GRAPHQL_URL, assertServerUp } from './lib/env.mjs';

const get = async (path) => {
  const response = await fetch(`${BASE_URL}${path}`);
  assert.equal(response.status, 200, `${path} answered ${response.status}`);
  return response;
};

describe('Operations (Actuator)', () => {
  before(assertServerUp);

  test('health is UP and includes the database', async () => {
    const health = await (await get('/actuator/health')).json();
    assert.equal(health.status, 'UP');
    assert.equal(health.components.db.status, 'UP');
  });

  test('info names the version and the commit the jar was built from', async () => {
    const info = await (await get('/actuator/info')).json();
    assert.equal(info.build.artifact, 'diplomacy-graph');
    assert.match(info.build.version, /^\d+\.\d+\.\d+/);
    assert.match(info.git.commit.id, /^[0-9a-f]{7,40}$/);
  });

  test('a GraphQL query is counted in graphql_request_seconds for Prometheus', async () => {
    const count = async () => {
      const text = await (await get('/actuator/prometheus')).text();
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
});
