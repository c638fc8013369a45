import type { Atlas, RelatedItem } from '../read-model/atlas.ts';
import { formatDate, yearOf, type PartialDate } from '../vocabulary/dates.ts';
import { relationKey } from '../vocabulary/relations.ts';
import type { SitePath } from '../vocabulary/urls.ts';

/**
 * When a claim was stated: its own date, else the date of the source it names, else (for an
 * entry with a single source) that source's date. A page never dates a claim by the newest
 * source of the entry: a 2015 cost stays a 2015 cost when a 2023 release is cited beside it.
 */
export interface Source {
  title: string;
  date?: PartialDate | undefined;
}

export type ClaimTime =
  /** Dated, by the claim itself or by its source; `source` is the 1-based number of that source. */
  | { kind: 'dated'; date: PartialDate; source?: number }
  /** The claim rests on a source that states no date. */
  | { kind: 'undated-source'; source: number }
  /** No source is named for the claim and the entry has several: nothing to date it by. */
  | { kind: 'unknown' };

export function claimTime(
  claim: { date?: PartialDate | undefined; source?: number | undefined },
  sources: readonly Source[],
): ClaimTime {
  const number = claim.source ?? (sources.length === 1 ? 1 : undefined);
  if (claim.date !== undefined) {
    return number === undefined
      ? { kind: 'dated', date: claim.date }
      : { kind: 'dated', date: claim.date, source: number };
  }
  const source = number === undefined ? undefined : sources[number - 1];
  if (number === undefined || !source) return { kind: 'unknown' };
  return source.date === undefined
    ? { kind: 'undated-source', source: number }
    : { kind: 'dated', date: source.date, source: number };
}

/** „Stand: November 2023“, „Quelle ohne Datum“, or nothing where no source is named. */
export function claimTimeText(time: ClaimTime): string | undefined {
  switch (time.kind) {
    case 'dated':
      return `Stand: ${formatDate(time.date)}`;
    case 'undated-source':
      return 'Quelle ohne Datum';
    case 'unknown':
      return undefined;
  }
}

/**
 * What the page as a whole can say about the time of its statements: the span of the years
 * its sources and figures give, and whether a source states no date. Never a single „Stand“
 * that would make the oldest figure look as new as the newest source.
 */
export interface StatementSpan {
  from?: PartialDate;
  to?: PartialDate;
  undatedSources: number;
}

export function statementSpan(
  sources: readonly Source[],
  factDates: readonly (PartialDate | undefined)[],
): StatementSpan {
  const dates = [...sources.map((source) => source.date), ...factDates].filter(
    (date): date is PartialDate => date !== undefined,
  );
  const sorted = [...dates].sort();
  const span: StatementSpan = {
    undatedSources: sources.filter((source) => source.date === undefined).length,
  };
  if (sorted.length) {
    span.from = sorted[0]!;
    span.to = sorted.at(-1)!;
  }
  return span;
}

/** „Angaben aus 2015 bis 2023“, „Angaben von November 2023“, „Quelle ohne Datum“ … */
export function statementSpanText(span: StatementSpan): string | undefined {
  const undated =
    span.undatedSources === 1
      ? 'eine Quelle ohne Datum'
      : `${span.undatedSources} Quellen ohne Datum`;
  if (!span.from || !span.to)
    return span.undatedSources
      ? span.undatedSources === 1
        ? 'Quelle ohne Datum'
        : `${span.undatedSources} Quellen ohne Datum`
      : undefined;
  const range =
    yearOf(span.from) === yearOf(span.to)
      ? span.from === span.to
        ? `Angaben von ${formatDate(span.from)}`
        : `Angaben aus ${yearOf(span.from)}`
      : `Angaben aus ${yearOf(span.from)} bis ${yearOf(span.to)}`;
  return span.undatedSources ? `${range}; ${undated}` : range;
}

const MEMBERSHIPS = new Set(['networks.members', 'networks.partners']);

/**
 * The time of a membership or participation, from the network entry that declares it (its
 * `source`, else its single source), with a link to that source in its list of sources.
 */
export function relationClaim(
  atlas: Pick<Atlas, 'get'>,
  item: RelatedItem,
): { text: string; href?: SitePath | string } | undefined {
  if (!MEMBERSHIPS.has(relationKey(item.edge.relation))) return undefined;
  const declaring = atlas.get(item.edge.from);
  const time = claimTime({ source: item.detail?.source }, declaring.data.sources ?? []);
  const text = claimTimeText(time);
  if (text === undefined) return undefined;
  return time.kind === 'unknown' || time.source === undefined
    ? { text }
    : { text, href: `${declaring.url}#quelle-${time.source}` };
}

/** The span of the whole atlas: every source counted once, however many entries cite it. */
export function atlasStatementSpan(atlas: Pick<Atlas, 'entries'>): StatementSpan {
  const sources = new Map<string, Source>();
  const factDates: PartialDate[] = [];
  for (const item of atlas.entries) {
    for (const source of item.data.sources ?? [])
      sources.set(`${source.title}\u0000${source.date ?? ''}`, source);
    if ('facts' in item.data)
      for (const fact of item.data.facts ?? []) if (fact.asOf) factDates.push(fact.asOf);
  }
  return statementSpan([...sources.values()], factDates);
}
