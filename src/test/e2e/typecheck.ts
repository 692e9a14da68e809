// Compiled by `tsc --noEmit` (npm run typecheck), never run: proves that the types graphql-codegen
// generates from schema/ and operations/ compile and describe what the operations return.
import type { ApolloClient, TypedDocumentNode } from '@apollo/client';
import type { MeetingKind, Scalars } from './generated/schema.js';
import type { MeetingsPageQuery, TalksOnDayQuery, TalksOnDayQueryVariables } from './generated/operations.js';

type PartialDate = Scalars['PartialDate']['output'];

/** The titles and dates of the talks in a range, through a typed operations/TalksOnDay.graphql. */
export async function talksBetween(
  client: ApolloClient,
  query: TypedDocumentNode<TalksOnDayQuery, TalksOnDayQueryVariables>,
  from: PartialDate,
  to: PartialDate,
): Promise<Array<{ title: string; date: PartialDate | null; quotes: string[] }>> {
  const { data } = await client.query({ query, variables: { from, to } });
  return (data?.meetings.nodes ?? []).map((meeting) => ({
    title: meeting.title,
    date: meeting.date,
    quotes: meeting.evidence.map((evidence) => evidence.article.text.slice(evidence.start, evidence.end)),
  }));
}

/** The cursor to pass as `after` for the next page, or null at the end. */
export function nextCursor(page: MeetingsPageQuery): string | null {
  return page.meetings.pageInfo.hasNextPage ? page.meetings.pageInfo.endCursor : null;
}

export const talks: MeetingKind = 'TALKS';
// @ts-expect-error LUNCH is not a MeetingKind of the schema.
export const lunch: MeetingKind = 'LUNCH';
// @ts-expect-error `to` is required by TalksOnDay.
export const missingTo: TalksOnDayQueryVariables = { from: '2023' };
