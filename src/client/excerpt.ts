/**
 * Where an excerpt of a result lies in Pagefind's indexed text, counted in words (Pagefind's
 * hit locations count whitespace-separated words of `content`). Pure, so it runs in unit tests.
 *
 * An excerpt never shows a heading: the result shows the headings of its matching sections as
 * links anyway, and Pagefind's own excerpts of sub-results begin with their heading („Inhalt:
 * Inhalt. Rund 20 …“) or run across one („… Einbeck. Vorgeschichte. Nach einer …“). So the
 * window stays inside the text between two headings.
 */
export interface WordRange {
  start: number;
  end: number;
}

export interface Excerpt extends WordRange {
  /** Whether text of the same section comes before or after the shown words. */
  cutBefore: boolean;
  cutAfter: boolean;
}

/** Headings as word ranges, from Pagefind's anchors: a heading's words start at its location. */
export function headingRanges(
  anchors: readonly { element: string; id?: string; text?: string; location: number }[],
): WordRange[] {
  return anchors
    .filter((anchor) => /^h\d$/i.test(anchor.element) && anchor.text?.trim())
    .map((anchor) => ({
      start: anchor.location,
      end: anchor.location + anchor.text!.trim().split(/\s+/).length,
    }))
    .sort((a, b) => a.start - b.start);
}

/**
 * The words to show for the hits within `within` (a whole body or one section): around the first
 * hit outside a heading, at most `length` words from `lead` words before it, inside that hit's
 * section; without such a hit, the first words of text in `within`. Undefined when `within` holds
 * no text outside headings.
 */
export function excerptRange(
  headings: readonly WordRange[],
  hits: readonly number[],
  within: WordRange,
  length = 24,
  lead = 6,
): Excerpt | undefined {
  const inHeading = (word: number) => headings.some((h) => word >= h.start && word < h.end);
  const first = Math.min(
    ...hits.filter((hit) => hit >= within.start && hit < within.end && !inHeading(hit)),
  );
  let anchor = first;
  if (!Number.isFinite(anchor)) {
    anchor = within.start;
    while (anchor < within.end && inHeading(anchor)) anchor++;
    if (anchor >= within.end) return undefined;
  }
  // The section around the anchor word: from the end of the heading before it to the next heading.
  const sectionStart = Math.max(
    within.start,
    ...headings.filter((h) => h.end <= anchor).map((h) => h.end),
  );
  const sectionEnd = Math.min(
    within.end,
    ...headings.filter((h) => h.start > anchor).map((h) => h.start),
  );
  let start = Number.isFinite(first) ? Math.max(sectionStart, anchor - lead) : anchor;
  const end = Math.min(sectionEnd, start + length);
  start = Math.max(sectionStart, Math.min(start, end - length));
  return { start, end, cutBefore: start > sectionStart, cutAfter: end < sectionEnd };
}
