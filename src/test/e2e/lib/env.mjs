// Where the tests run: the server under test and the repository they belong to.
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The running server, without a trailing slash; `BASE_URL=http://host:port npm test` overrides it. */
export const BASE_URL = (process.env.BASE_URL || 'http://localhost:8080').replace(/\/+$/, '');

/** The GraphQL endpoint (`spring.graphql.http.path`). */
export const GRAPHQL_URL = `${BASE_URL}/graphql`;

/**
 * The key of an operator (`name:operator:sha256` in the server's `diplomacy.security.api-keys`), for
 * Prometheus and health's components; `OPERATOR_KEY=... npm test` gives it. Without it the tests that
 * need it are skipped.
 */
export const OPERATOR_KEY = process.env.OPERATOR_KEY || '';

/**
 * A second instance of the server on the same database as BASE_URL's, for the live-update tests
 * (live.test.mjs): writes go through BASE_URL, subscribers listen on both. Unset, those tests are
 * skipped; src/test/e2e/run-two-instances starts two instances and sets it.
 */
export const BASE_URL_B = (process.env.BASE_URL_B || '').replace(/\/+$/, '');

/** The key of an `editor` configured on BASE_URL's server, for the mutations of the live-update tests. */
export const EDITOR_KEY = process.env.EDITOR_KEY || '';

/**
 * The key of a `reader` configured on both servers, used by nothing but the test that spends its
 * rate-limit budget (a key is a client of its own, with its own bucket).
 */
export const BUDGET_KEY = process.env.BUDGET_KEY || '';

/** src/test/e2e, this package's directory. */
export const E2E_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The repository root: schema/, src/main/resources/graphiql/, postman/ and target/ are found from here. */
export const REPO_ROOT = path.resolve(E2E_DIR, '../../..');

/**
 * Fails fast, with one clear message, when nothing answers at BASE_URL, so that a missing server is
 * not reported as a dozen unrelated assertion failures. (No parameter: `before(assertServerUp)`
 * passes the hook's context.)
 */
export async function assertServerUp() {
  await assertUp(BASE_URL);
}

/** {@link assertServerUp} for the server at `base`, e.g. BASE_URL_B. */
export async function assertUp(base) {
  const url = `${base}/actuator/health`;
  let response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  } catch (error) {
    throw new Error(`No server answers at ${base} (${error.cause?.code ?? error.message}). `
      + 'Start it (./mvnw spring-boot:run) or point BASE_URL at a running one.');
  }
  const body = await response.json().catch(() => ({}));
  if (!response.ok || body.status !== 'UP') {
    throw new Error(`${url} answered ${response.status} ${JSON.stringify(body)}; the server is not up.`);
  }
}
