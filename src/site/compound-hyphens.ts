import { compoundBoundaries } from '../search/terms.ts';

const SOFT_HYPHEN = '\u00ad';
/** Shorter words fit any tile; splitting them would only cost lexicon look-ups. */
const LONG_WORD = /\p{L}{12,}/gu;

/**
 * Long German compounds with soft hyphens at their joints („Gesundheits­wirtschaft“), for
 * narrow boxes such as tiles: a browser without a German hyphenation dictionary (`hyphens:
 * auto` needs one) then breaks them where a reader expects, with a hyphen, never mid-syllable.
 * The joints come from the lexicon the search uses (src/search/terms.ts).
 */
export function hyphenateCompounds(text: string): string {
  // „und -forschung“: the hyphen of a left-out part stays with its word (a no-break hyphen).
  // „forschung/Verkehr“ may break after the slash (a zero-width space).
  const joined = text
    .replace(/(^|\s)-(?=\p{L})/gu, '$1\u2011')
    .replace(/(\p{L})\/(?=\p{L})/gu, '$1/\u200b');
  return joined.replace(LONG_WORD, (word) => {
    // Lower-casing keeps the length of German letters, so the offsets fit the word as written.
    const joints = compoundBoundaries(word.toLowerCase()).slice(1);
    let result = '';
    let from = 0;
    for (const joint of joints) {
      result += word.slice(from, joint) + SOFT_HYPHEN;
      from = joint;
    }
    return result + word.slice(from);
  });
}
