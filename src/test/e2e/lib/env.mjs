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

/** src/test/e2e, this package's directory. */
export const E2E_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The repository root: schema/, src/main/resources/graphiql/, postman/ and target/ are found from here. */
export const REPO_ROOT = path.resolve(E2E_DIR, '../../..');

/**
 * Fails fast, with one clear message, when nothing answers at BASE_URL, so that a missing server is
 * not reported as a dozen unrelated assertion failures.
 */
export async function assertServerUp() {
  const url = `${BASE_URL}/actuator/health`;
  let response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  } catch (error) {
    throw new Error(`No server answers at ${BASE_URL} (${error.cause?.code ?? error.message}). `
      + 'Start it (./mvnw spring-boot:run) or point BASE_URL at a running one.');
  }
  const body = await response.json().catch(() => ({}));
  if (!response.ok || body.status !== 'UP') {
    throw new Error(`${url} answered ${response.status} ${JSON.stringify(body)}; the server is not up.`);
  }
}
