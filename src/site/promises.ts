import type { Atlas } from '../read-model/atlas.ts';

/**
 * What the pages may promise about time, worked out from what the knowledge base holds: a
 * start page asking „seit wann?“ must be answered somewhere. As soon as an entry carries a
 * membership's start or a network's founding date, the pages promise it again.
 */
export interface TimePromises {
  /** Some membership states since when it exists (`members[].since`). */
  membershipSince: boolean;
  /** Some network states its founding date or some membership its start. */
  sinceWhen: boolean;
}

export function timePromises(atlas: Pick<Atlas, 'entries'>): TimePromises {
  let membershipSince = false;
  let founded = false;
  for (const item of atlas.entries) {
    if (item.collection !== 'networks') continue;
    if (item.data.founded) founded = true;
    if (
      [...(item.data.members ?? []), ...(item.data.partners ?? [])].some((member) => member.since)
    )
      membershipSince = true;
  }
  return { membershipSince, sinceWhen: membershipSince || founded };
}
