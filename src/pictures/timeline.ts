import { compareDatesDescending, formatDate, type PartialDate } from '../vocabulary/dates.ts';
import type { Slug } from '../vocabulary/slugs.ts';
import type { TimelineInput } from './timeline-layout.ts';
import type { Atlas, AtlasEntry } from '../read-model/atlas.ts';
import { statusLabel } from '../site/entry-attributes.ts';

/** Rows per list before the timeline shows only the most recent and says so. */
export const TIMELINE_LIMIT = { initiatives: 120, press: 80 } as const;
/** Fewer dated items than this are listed, not drawn on an axis. */
export const TIMELINE_MIN_ITEMS = 4;

interface Dated {
  started?: PartialDate | undefined;
  ended?: PartialDate | undefined;
  status?: Parameters<typeof statusLabel>[0];
}

export function initiativeItem(item: AtlasEntry): TimelineInput {
  const data: Dated = item.collection === 'initiatives' ? item.data : {};
  const status = data.status ? statusLabel(data.status) : undefined;
  const open = data.status === 'active' || data.status === 'planned';
  const when = data.started
    ? data.ended
      ? `${formatDate(data.started)} bis ${formatDate(data.ended)}`
      : open
        ? `seit ${formatDate(data.started)}`
        : formatDate(data.started)
    : undefined;
  return {
    id: item.slug,
    title: item.title,
    href: item.url,
    started: data.started,
    ended: data.ended,
    open,
    status: [when, status].filter(Boolean).join(' · '),
  };
}

export function pressItem(item: AtlasEntry): TimelineInput {
  if (item.collection !== 'press-releases') throw new Error(`${item.slug} is not a press release`);
  const date = item.data.date;
  return {
    id: item.slug,
    title: item.title,
    href: item.url,
    started: date,
    ended: date,
    status: formatDate(date),
  };
}

const byStart = (a: TimelineInput, b: TimelineInput) =>
  (a.started && b.started
    ? compareDatesDescending(a.started, b.started)
    : a.started
      ? -1
      : b.started
        ? 1
        : 0) || a.title.localeCompare(b.title, 'de');

export interface TimelineData {
  initiatives: TimelineInput[];
  press: TimelineInput[];
  /** How many there are in all, when the lists were cut to the most recent. */
  initiativesTotal: number;
  pressTotal: number;
}

/** Newest first, cut to the limits; linear plus one sort. */
export function timelineData(
  initiatives: readonly AtlasEntry[],
  press: readonly AtlasEntry[],
  limit: { initiatives: number; press: number } = TIMELINE_LIMIT,
): TimelineData {
  return {
    initiatives: initiatives.map(initiativeItem).sort(byStart).slice(0, limit.initiatives),
    press: press.map(pressItem).sort(byStart).slice(0, limit.press),
    initiativesTotal: initiatives.length,
    pressTotal: press.length,
  };
}

/** An action field's initiatives and the press releases about it, through its incoming edges only. */
export function actionFieldTimeline(atlas: Atlas, field: Slug): TimelineData {
  const incoming = atlas.graph.incoming(field);
  const initiatives = incoming
    .filter(
      (edge) =>
        edge.relation.collection === 'initiatives' && edge.relation.field === 'actionFields',
    )
    .map((edge) => atlas.get(edge.from));
  const press = incoming
    .filter((edge) => edge.relation.collection === 'press-releases')
    .map((edge) => atlas.get(edge.from));
  return timelineData(initiatives, press, { initiatives: 40, press: 20 });
}
