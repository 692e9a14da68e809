// Apollo Client (core, no React) against the running server: typed operations, cursor paging merged
// by relayStylePagination, one normalised cache entry per entity, errors with a classification, and
// automatic persisted queries over GET (PersistedQueryLink), answered with an ETag.
import { createHash } from 'node:crypto';
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { filter, firstValueFrom } from 'rxjs';
import { ApolloClient, CombinedGraphQLErrors, HttpLink, InMemoryCache, gql } from '@apollo/client/core';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { relayStylePagination } from '@apollo/client/utilities';
import { GRAPHQL_URL, assertServerUp } from './lib/env.mjs';
import { operation } from './lib/operations.mjs';
import { loadSchema, nodeTypes, possibleTypes } from './lib/schema.mjs';

const TalksOnDay = operation('TalksOnDay');
const MeetingsPage = operation('MeetingsPage');
const PersonById = operation('PersonById');
const MeetingsOfParticipant = operation('MeetingsOfParticipant');
const NodesByIds = operation('NodesByIds');
const SearchArticles = operation('SearchArticles');

// Global IDs are stable across restarts (base64url of `Type:slug`), so tests may name them.
const TO_LAM = 'UGVyc29uOnRvLWxhbQ'; // Person:to-lam
const TO_LAM_PADDED = 'UGVyc29uOnRvLWxhbQ=='; // the same ID with base64 padding
const CUBA = 'Q291bnRyeTpjdWJh'; // Country:cuba

const schema = loadSchema();

/** A cache as a client of this API would configure it. */
function newCache() {
  return new InMemoryCache({
    // Fragments on interfaces (`... on Node`, `... on Party`) need to know the implementations.
    possibleTypes: possibleTypes(schema),
    // Entities are keyed by `id`, Apollo's default: every Node is normalised as `Type:globalId`
    // (`Person:UGVyc29uOnRvLWxhbQ`), as long as the operation selects `id` (Apollo adds `__typename`).
    // Types without an ID (Participant, Evidence, edges, connections) stay embedded in their parent.
    typePolicies: {
      Query: {
        fields: {
          // One cached list per filter and order; pages fetched with `after` are appended.
          meetings: relayStylePagination(['filter', 'orderBy']),
          // One cached list of hits per query and language.
          searchArticles: relayStylePagination(['query', 'language']),
        },
      },
    },
  });
}

function newClient() {
  return new ApolloClient({
    link: new HttpLink({ uri: GRAPHQL_URL, fetch: globalThis.fetch }),
    cache: newCache(),
  });
}

/** The first settled result of a watched query. */
function settled(observable) {
  return firstValueFrom(observable.pipe(filter((result) => !result.loading)));
}

describe('Apollo Client', () => {
  before(assertServerUp);

  test('a typed query returns the talks of 9 June 2023, their posts and their quotes', async () => {
    const client = newClient();
    const { data, error } = await client.query({
      query: TalksOnDay,
      variables: { from: '2023-06-09', to: '2023-06-09' },
    });
    assert.equal(error, undefined);
    assert.equal(data.meetings.totalCount, 1);
    const [talks] = data.meetings.nodes;
    assert.equal(talks.__typename, 'Meeting');
    assert.equal(talks.title, 'Talks between Đinh Tiến Dũng and Luis Antonio Torres Iríbar');
    assert.equal(talks.kind, 'TALKS');
    assert.equal(talks.date, '2023-06-09');
    assert.deepEqual(
      talks.participants.map((p) => [p.role, p.person.name, p.capacity?.title, p.capacity?.organisation?.name]),
      [
        ['HOST', 'Đinh Tiến Dũng', 'Secretary', 'Hanoi Party Committee'],
        ['GUEST', 'Luis Antonio Torres Iríbar', 'First Secretary', 'Havana Party Committee'],
      ],
    );
    assert.ok(talks.participants[0].person.aliases.includes('Dinh Tien Dung'));
    assert.ok(talks.agreements.some((a) => a.title.startsWith('Cooperation agreement between the Hanoi and Havana')
      && a.status === 'IN_FORCE' && a.validFrom === '2023' && a.validUntil === '2028'));
    // The schema promises: quote = article.text.slice(start, end), in UTF-16 code units.
    assert.ok(talks.evidence.length > 0);
    for (const { quote, start, end, article } of talks.evidence) {
      assert.equal(article.text.slice(start, end), quote);
    }
    assert.ok(talks.evidence.some((e) => e.quote.includes('Luis Antonio Torres Iríbar')));
    // The cache holds the meeting under its global ID, typed by __typename, and so every other
    // Node of the result; Participant and Evidence have no ID and stay inside the meeting.
    assert.equal(client.cache.identify(talks), `Meeting:${talks.id}`);
    const entries = Object.keys(client.cache.extract());
    const typesInCache = new Set(entries.filter((key) => key !== 'ROOT_QUERY').map((key) => key.split(':')[0]));
    assert.deepEqual([...typesInCache].sort(), ['Agreement', 'Article', 'Meeting', 'Organisation', 'Person', 'Position']);
    for (const type of typesInCache) assert.ok(nodeTypes(schema).includes(type), `${type} is a Node`);
    assert.ok(entries.includes(`Person:${talks.participants[0].person.id}`));
    assert.ok(entries.includes(`Article:${talks.evidence[0].article.id}`));
  });

  test('meetings(first: 3) and fetchMore(after: endCursor) merge into one list of every meeting once', async () => {
    const client = newClient();
    // What the server says the whole list is, in one page and outside the cache.
    const all = await client.query({ query: MeetingsPage, variables: { first: 100 }, fetchPolicy: 'no-cache' });
    const expected = all.data.meetings.edges.map((e) => e.node.id);
    assert.equal(expected.length, all.data.meetings.totalCount);
    assert.ok(expected.length > 6, `needs more than two pages of 3 meetings, has ${expected.length}`);

    const observable = client.watchQuery({ query: MeetingsPage, variables: { first: 3 } });
    let result = await settled(observable);
    assert.equal(result.data.meetings.edges.length, 3);
    assert.equal(result.data.meetings.pageInfo.hasNextPage, true);
    let pages = 1;
    while (result.data.meetings.pageInfo.hasNextPage) {
      assert.ok(pages < 20, 'paging does not end');
      const page = await observable.fetchMore({ variables: { after: result.data.meetings.pageInfo.endCursor } });
      assert.ok(page.data.meetings.edges.length <= 3);
      assert.equal(page.data.meetings.pageInfo.hasPreviousPage, true);
      pages += 1;
      result = observable.getCurrentResult();
    }
    const merged = result.data.meetings.edges.map((e) => e.node.id);
    assert.equal(pages, Math.ceil(expected.length / 3));
    assert.deepEqual(merged, expected, 'every meeting once, in the server order');
    assert.equal(new Set(merged).size, merged.length);
    assert.equal(result.data.meetings.pageInfo.hasNextPage, false);
    assert.equal(result.data.meetings.totalCount, expected.length);
    // The merged list is one cache field, keyed by filter and orderBy only (not by first/after).
    const root = client.cache.extract().ROOT_QUERY;
    const meetingFields = Object.keys(root).filter((k) => k.startsWith('meetings'));
    assert.deepEqual(meetingFields, ['meetings:{}']);
    assert.equal(root['meetings:{}'].edges.length, expected.length);
  });

  test('a person reached by node(id) and as a participant is one cache entry', async () => {
    const client = newClient();
    const byId = await client.query({ query: PersonById, variables: { id: TO_LAM } });
    assert.equal(byId.data.node.__typename, 'Person');
    assert.equal(byId.data.node.name, 'Tô Lâm');
    assert.equal(byId.data.node.nationality.name, 'Vietnam');

    const viaMeetings = await client.query({ query: MeetingsOfParticipant, variables: { person: TO_LAM } });
    const meetings = viaMeetings.data.meetings.edges.map((e) => e.node);
    assert.ok(meetings.length > 0);
    const asParticipant = meetings.flatMap((m) => m.participants).map((p) => p.person).filter((p) => p.id === TO_LAM);
    assert.equal(asParticipant.length, meetings.length, 'Tô Lâm takes part in every meeting of his filter');

    const cacheId = client.cache.identify({ __typename: 'Person', id: TO_LAM });
    assert.equal(cacheId, `Person:${TO_LAM}`);
    assert.equal(client.cache.identify(byId.data.node), cacheId);
    assert.equal(client.cache.identify(asParticipant[0]), cacheId);
    const entries = Object.keys(client.cache.extract()).filter((key) => key.includes(TO_LAM));
    assert.deepEqual(entries, [cacheId], 'one entry, holding the fields of both queries');
    const entry = client.cache.extract()[cacheId];
    assert.equal(entry.name, 'Tô Lâm');
    assert.ok(entry.nationality, 'field only PersonById asked for');
    assert.ok(Array.isArray(entry.aliases));

    // An update written through one query is what the other query reads.
    client.writeQuery({
      query: PersonById,
      variables: { id: TO_LAM },
      data: { node: { ...byId.data.node, name: 'Tô Lâm (edited in the cache)' } },
    });
    const reread = client.readQuery({ query: MeetingsOfParticipant, variables: { person: TO_LAM } });
    const renamed = reread.meetings.edges.flatMap((e) => e.node.participants).filter((p) => p.person.id === TO_LAM);
    assert.ok(renamed.length > 0);
    for (const participant of renamed) assert.equal(participant.person.name, 'Tô Lâm (edited in the cache)');
    // ... and the other way round, through a fragment on the normalised entity.
    client.cache.writeFragment({
      id: cacheId,
      fragment: gql`fragment PersonName on Person { name }`,
      data: { __typename: 'Person', name: 'Tô Lâm' },
    });
    assert.equal(client.readQuery({ query: PersonById, variables: { id: TO_LAM } }).node.name, 'Tô Lâm');

    // Another spelling of the same ID (with base64 padding) resolves to the canonical ID, so the
    // cache still has one entry for the person.
    const padded = await client.query({ query: PersonById, variables: { id: TO_LAM_PADDED }, fetchPolicy: 'network-only' });
    assert.equal(padded.data.node.id, TO_LAM);
    assert.deepEqual(Object.keys(client.cache.extract()).filter((key) => key.includes('UGVyc29uOnRvLWxhbQ')), [cacheId]);
  });

  test('nodes with an unknown ID gives null in its place and a NOT_FOUND error', async () => {
    const client = newClient();
    const { data, error } = await client.query({
      query: NodesByIds,
      variables: { ids: [TO_LAM, 'bogus', CUBA] },
      errorPolicy: 'all',
    });
    assert.equal(data.nodes.length, 3);
    assert.deepEqual(data.nodes[0], { __typename: 'Person', id: TO_LAM, name: 'Tô Lâm' });
    assert.equal(data.nodes[1], null);
    assert.deepEqual(data.nodes[2], { __typename: 'Country', id: CUBA, name: 'Cuba', code: 'CU' });
    assert.ok(CombinedGraphQLErrors.is(error), `a GraphQL error, got ${error}`);
    assert.equal(error.errors.length, 1);
    const [notFound] = error.errors;
    assert.equal(notFound.extensions.classification, 'NOT_FOUND');
    assert.deepEqual(notFound.path, ['nodes', 1]);
    assert.equal(notFound.message, "Could not resolve to a node with the global id of 'bogus'");

    // Without errorPolicy 'all' the default ('none') rejects the whole result.
    await assert.rejects(
      newClient().query({ query: NodesByIds, variables: { ids: ['bogus'] } }),
      (e) => CombinedGraphQLErrors.is(e) && e.errors[0].extensions.classification === 'NOT_FOUND',
    );
  });

  test('searchArticles: "rice" page by page with fetchMore, merged; "rice gifts" finds the handover sentence', async () => {
    const client = newClient();
    const all = await client.query({ query: SearchArticles, variables: { query: 'rice', first: 100 } });
    const everyHit = all.data.searchArticles.edges.map((edge) => edge.node.sentence);
    assert.ok(everyHit.length > 3, `hits for "rice": ${everyHit.length}`);

    const paged = newClient();
    const watched = paged.watchQuery({ query: SearchArticles, variables: { query: 'rice', first: 2 } });
    let result = await settled(watched);
    let pages = 1;
    while (result.data.searchArticles.pageInfo.hasNextPage) {
      assert.ok(pages++ < 100, 'paging does not end');
      await watched.fetchMore({ variables: { after: result.data.searchArticles.pageInfo.endCursor } });
      result = watched.getCurrentResult();
    }
    assert.deepEqual(result.data.searchArticles.edges.map((edge) => edge.node.sentence), everyHit);

    const gift = await client.query({ query: SearchArticles, variables: { query: 'rice gifts' } });
    const hits = gift.data.searchArticles.edges.map((edge) => edge.node);
    assert.equal(hits.length, 1);
    assert.match(hits[0].sentence, /2,000 tonnes of rice as Hanoi’s gift to Havana/);
    assert.deepEqual(hits[0].highlights.map((h) => h.text), ['rice', 'gift']);
    // The article is one normalised cache entry, as every Node.
    assert.ok(client.cache.extract()[`Article:${hits[0].article.id}`], 'the article is normalised');
  });

  test('automatic persisted queries over GET: PersistedQueryNotFound once, then the hash alone, with an ETag', async () => {
    // A query this server has not seen yet, whoever ran the tests before against it.
    const name = `ApqTalks${Date.now()}`;
    const query = gql(`query ${name}($from: PartialDate!, $to: PartialDate!) {
      meetings(first: 5, filter: {date: {from: $from, to: $to}, kind: [TALKS]}) { totalCount nodes { id title } }
    }`);
    const sent = [];
    const recordingFetch = async (url, init = {}) => {
      const response = await fetch(url, init);
      sent.push({ method: init.method ?? 'GET', url: String(url), body: init.body, status: response.status,
        accept: new Headers(init.headers).get('accept'),
        etag: response.headers.get('etag'), cacheControl: response.headers.get('cache-control') });
      return response;
    };
    const persisted = () => new PersistedQueryLink({
      sha256: (text) => createHash('sha256').update(text).digest('hex'),
      useGETForHashedQueries: true,
    }).concat(new HttpLink({ uri: GRAPHQL_URL, fetch: recordingFetch }));
    const variables = { from: '2023-06-09', to: '2023-06-09' };

    const first = await new ApolloClient({ link: persisted(), cache: newCache() }).query({ query, variables });
    assert.equal(first.error, undefined);
    assert.equal(first.data.meetings.nodes[0].title, 'Talks between Đinh Tiến Dũng and Luis Antonio Torres Iríbar');
    // The hash alone by GET, unknown; then the query with its hash by POST, which registers it.
    assert.deepEqual(sent.map((s) => [s.method, s.status]), [['GET', 400], ['POST', 200]]);
    const hashOnly = new URL(sent[0].url);
    assert.equal(hashOnly.searchParams.get('query'), null);
    const { persistedQuery } = JSON.parse(hashOnly.searchParams.get('extensions'));
    assert.equal(persistedQuery.version, 1);
    assert.match(persistedQuery.sha256Hash, /^[0-9a-f]{64}$/);
    assert.equal(sent[0].cacheControl, 'no-store');
    assert.equal(JSON.parse(sent[1].body).extensions.persistedQuery.sha256Hash, persistedQuery.sha256Hash);

    // Another client (a fresh cache) sends the hash alone, by GET, and is answered at once.
    sent.length = 0;
    const second = await new ApolloClient({ link: persisted(), cache: newCache() }).query({ query, variables });
    assert.deepEqual(second.data, first.data);
    assert.deepEqual(sent.map((s) => [s.method, s.status]), [['GET', 200]]);
    assert.equal(new URL(sent[0].url).searchParams.get('query'), null);
    assert.equal(sent[0].cacheControl, 'public, max-age=60');
    assert.match(sent[0].etag, /^"[\w-]+"$/);

    // That GET is what a browser or proxy caches: asked again with its ETag, the server answers 304
    // (for the same media type: another one is another representation, with another ETag).
    assert.match(sent[0].accept, /^application\/graphql-response\+json/);
    const revalidated = await fetch(sent[0].url, { headers: { Accept: sent[0].accept, 'If-None-Match': sent[0].etag } });
    assert.equal(revalidated.status, 304);
    assert.equal(await revalidated.text(), '');
  });
});
