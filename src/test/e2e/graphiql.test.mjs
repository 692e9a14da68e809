// GraphiQL at /graphiql in a real browser (Debian's Chromium driven by playwright-core): it loads
// without any host but the server, opens on README's query with the worked examples as tabs, runs
// it, renders the result, shows the docs with descriptions as paragraphs, and the explorer (point
// and click) adds a field that the next run answers.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { BASE_URL, REPO_ROOT, assertServerUp } from './lib/env.mjs';
import { loadSchema } from './lib/schema.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const SCREENSHOT = path.join(REPO_ROOT, 'target', 'graphiql.png');
const TABS_DIR = path.join(REPO_ROOT, 'src/main/resources/graphiql/tabs');
const TABS = readdirSync(TABS_DIR).filter((f) => f.endsWith('.graphql')).sort()
  .map((f) => readFileSync(path.join(TABS_DIR, f), 'utf8'));
const EXAMPLE = TABS[0];
const QUERY_FIELDS = Object.keys(loadSchema().getQueryType().getFields()).sort();

/** The text of a GraphiQL (CodeMirror 5) editor: the instance hangs on its wrapper element. */
function editorValue(page, selector) {
  return page.locator(`${selector} .CodeMirror`).first()
    .evaluate((element) => element.CodeMirror.getValue());
}

describe('GraphiQL in Chromium', () => {
  const origin = new URL(BASE_URL).origin;
  /** Every URL the page or the browser asked for, seen both by Playwright and by the DevTools protocol. */
  const requested = [];
  const consoleErrors = [];
  let userDataDir;
  let context;
  let page;

  before(async () => {
    await assertServerUp();
    userDataDir = mkdtempSync(path.join(os.tmpdir(), 'graphiql-chromium-'));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1400, height: 900 },
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic',
        '--no-first-run', '--disable-component-update', '--disable-sync'],
    });
    page = context.pages()[0] ?? await context.newPage();
    page.on('request', (request) => requested.push(request.url()));
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`${message.text()} ${message.location().url ?? ''}`);
    });
    // The protocol also sees requests the browser makes on the page's behalf (the favicon).
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    cdp.on('Network.requestWillBeSent', (event) => requested.push(event.request.url));
  });

  after(async () => {
    await context?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  });

  test('opens on README\'s query among the worked examples, runs it and shows the docs, asking no host but the server', async () => {
    const response = await page.goto(`${BASE_URL}/graphiql`);
    assert.equal(response.status(), 200);
    assert.match(response.headers()['content-type'], /^text\/html;\s*charset=UTF-8/i);
    assert.equal(await page.title(), 'GraphiQL · Diplomacy graph');

    // A fresh profile has no saved tabs, so the editor holds the example, exactly.
    const queryEditor = page.locator('.graphiql-query-editor');
    await queryEditor.locator('.CodeMirror').waitFor({ timeout: 30_000 });
    await page.waitForFunction(
      () => document.querySelector('.graphiql-query-editor .CodeMirror')?.CodeMirror?.getValue().length > 0,
    );
    assert.equal(await editorValue(page, '.graphiql-query-editor'), EXAMPLE);
    assert.match(await queryEditor.innerText(), /query TalksOfNineJune2023/);
    // The explorer is open beside the editor from the start.
    await page.locator('.graphiql-explorer-root').waitFor({ timeout: 30_000 });
    // One tab per worked example, the first one open.
    const tabs = page.locator('.graphiql-tabs .graphiql-tab');
    assert.equal(await tabs.count(), TABS.length);

    // GraphiQL fetches the schema by introspection first; the run button is the play button.
    const execute = page.getByRole('button', { name: /^Execute query/ });
    const graphqlResponse = page.waitForResponse((r) => r.url() === `${origin}/graphql`
      && r.request().method() === 'POST' && (r.request().postData() ?? '').includes('TalksOfNineJune2023'));
    await execute.click();
    const answer = await graphqlResponse;
    assert.equal(answer.status(), 200);
    const served = await answer.json();
    assert.equal(served.errors, undefined);

    // The result pane shows the JSON: the whole text is the server's answer ...
    const resultPane = page.locator('section.result-window');
    await page.waitForFunction(
      () => document.querySelector('.result-window .CodeMirror')?.CodeMirror?.getValue().includes('"data"'),
      null, { timeout: 30_000 },
    );
    const shown = JSON.parse(await editorValue(page, '.result-window'));
    assert.deepEqual(shown, served);
    const talks = shown.data.meetings.nodes.find((m) => m.title.startsWith('Talks between'));
    assert.equal(talks.title, 'Talks between Đinh Tiến Dũng and Luis Antonio Torres Iríbar');
    const quote = talks.evidence[0].quote;
    assert.ok(quote.length > 20, `a real quote, got ${JSON.stringify(quote)}`);
    // ... and what is rendered on screen holds real values: the title and the quote, each once the
    // pane is scrolled to it (CodeMirror renders only the lines in view).
    for (const [key, value] of [['title', talks.title], ['quote', quote]]) {
      await resultPane.locator('.CodeMirror').evaluate((element, text) => {
        const cm = element.CodeMirror;
        const line = cm.getValue().split('\n').findIndex((l) => l.includes(text));
        cm.scrollIntoView({ line, ch: 0 }, 200);
      }, JSON.stringify(value));
      await page.waitForFunction(
        (text) => document.querySelector('.result-window .CodeMirror-code')?.textContent.includes(text),
        JSON.stringify(value),
      );
      assert.ok((await resultPane.innerText()).includes(`"${key}": ${JSON.stringify(value)}`));
    }

    // The docs explorer: the root type Query and its fields, as the schema declares them.
    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    const docs = page.locator('.graphiql-doc-explorer');
    await docs.waitFor();
    await docs.locator('a.graphiql-doc-explorer-type-name', { hasText: /^Query$/ }).first().click();
    await docs.locator('.graphiql-doc-explorer-title', { hasText: /^Query$/ }).waitFor();
    const fields = await docs.locator('a.graphiql-doc-explorer-field-name').allInnerTexts();
    assert.deepEqual([...fields].sort(), QUERY_FIELDS);
    assert.ok((await docs.innerText()).includes('The root of every read.'), 'the description of Query');
    // Descriptions are wrapped in schema/*.graphqls; the docs show them as paragraphs, no forced breaks.
    await docs.locator('a.graphiql-doc-explorer-field-name', { hasText: /^search$/ }).first().click();
    const description = docs.locator('.graphiql-markdown-description').first();
    await description.waitFor();
    assert.match(await description.innerText(), /^Finds entities by name/);
    assert.equal(await description.locator('br').count(), 0, 'no <br> in a wrapped description');

    // The explorer (point and click), back in the side pane: a click on a root field adds it to the
    // open query and unfolds its fields; a click on two of them selects them; the next run answers.
    await page.getByRole('button', { name: 'Show Explorer' }).click();
    const explorer = page.locator('.graphiql-explorer-root');
    await explorer.waitFor();
    const activity = explorer.locator('.graphiql-explorer-activityByYear').first();
    await activity.locator('span').first().click();
    for (const field of ['year', 'meetings']) {
      await activity.locator(`.graphiql-explorer-${field} > span`).first().click();
    }
    await page.waitForFunction(() => /activityByYear\s*\{\s*year\s+meetings\s*\}/
      .test(document.querySelector('.graphiql-query-editor .CodeMirror')?.CodeMirror?.getValue()));
    const edited = await editorValue(page, '.graphiql-query-editor');
    assert.match(edited, /query TalksOfNineJune2023/, 'added to the open query');
    const explored = page.waitForResponse((r) => r.url() === `${origin}/graphql`
      && (r.request().postData() ?? '').includes('activityByYear'));
    await execute.click();
    const exploredAnswer = await (await explored).json();
    assert.equal(exploredAnswer.errors, undefined);
    assert.ok(exploredAnswer.data.activityByYear.some((y) => y.year === 2023 && y.meetings > 0));
    assert.deepEqual(exploredAnswer.data.meetings, served.data.meetings);

    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });

    // Nothing was asked of any other host: every script, stylesheet and the schema come from the server.
    const foreign = requested.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:')
      && new URL(url).origin !== origin);
    assert.deepEqual(foreign, [], 'requests to hosts other than the server');
    assert.ok(requested.some((url) => url.startsWith(`${origin}/webjars/graphiql/`)));
    assert.ok(requested.some((url) => url.startsWith(`${origin}/vendor/graphiql-plugin-explorer/`)));
    assert.ok(requested.filter((url) => url === `${origin}/graphql`).length >= 2, 'introspection and the query');
    const unexpectedErrors = consoleErrors.filter((e) => !e.includes('/favicon.ico'));
    assert.deepEqual(unexpectedErrors, [], 'errors in the browser console');
  });
});
