/**
 * Extra search terms for an entry, computed at build time and handed to Pagefind as
 * metadata (see src/lib/search-records.ts), so German readers find what they type:
 *
 * - parts of closed compounds: „Radverkehrskonzept“ → verkehrskonzept, verkehr, konzept;
 *   „Klimaneutralität“ → neutralität. Pagefind matches word beginnings, so the first part
 *   („rad“, „klima“) needs no help; the later parts do.
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

/** Word parts of the atlas' domain, compared without umlauts; heads and modifiers alike. */
const WORD_PARTS = (
  'abfall agentur aktion allianz amt angebot anlage arbeit ausbau ausschuss bahn bahnhof bau beirat ' +
  'beratung bereich bericht beteiligung betrieb bewerbung bildung bund bündnis büro bürger bus dialog ' +
  'dienst dorf energie entwicklung erneuerung fahrrad feld fläche förderung forschung forum fonds ' +
  'freizeit gebiet gemeinde gemeinschaft gesellschaft gesetz gesundheit gewerbe gipfel hafen handel ' +
  'handlung haupt hauptstadt haus haushalt hilfe hochschule hof industrie initiative innovation ' +
  'integration jugend kampagne klima kommune konferenz konzept kooperation kreis kultur land landschaft ' +
  'leitbild management marketing markt mobilität modell nachhaltigkeit natur netz netzwerk neutralität ' +
  'ort pakt partner partnerschaft plan planung plattform politik programm projekt quartier rad rat raum ' +
  'recht region ressourcen runde schule schutz senioren service sicherheit sport stadt standort stelle ' +
  'stiftung strategie straße struktur system tag tagung technik teil tourismus treffen umwelt ' +
  'unternehmen vertrag veranstaltung verband verbund verein verkehr versorgung verwaltung wald wandel ' +
  'wasser weg wende werk wettbewerb wirtschaft wissen wissenschaft wohnen wohnung zentrum zentren ziel ' +
  'zukunft zusammenarbeit'
).split(' ');

/** Derivational endings that make a word a noun which, inside a compound, takes a linking „s“. */
const NOUN_ENDING = /(?:ung|heit|keit|schaft|tät|ion|ismus|tum|ling)$/;
/** Linking elements between the parts of a compound (Fugenelemente). */
const LINKS = ['', 's', 'es', 'n', 'en', 'e', 'er'];
/** Inflection endings of the last part: „-konzepte“, „-busse“, „-verbände“. */
const ENDINGS = ['', 'e', 'en', 'n', 's', 'es', 'er', 'ern', 'se', 'nen'];
const MIN_COMPOUND = 7;
const MIN_PART = 3;

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

const fold = (text: string) => text.replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u');
/** Folded form → the part as written, so „räte“ yields the word „rat“. */
const KNOWN_PARTS = new Map(WORD_PARTS.map((part) => [fold(part), part]));

function isPart(piece: string, last: boolean): boolean {
  return KNOWN_PARTS.has(fold(piece)) || (!last && piece.length >= 6 && NOUN_ENDING.test(piece));
}

/** Prefixes of derived words („Verhandlung“), never the first part of a compound on their own. */
const PREFIXES = new Set('ab an auf aus be bei dar durch ein ent er ge gegen her hin in miss mit nach um un unter ur ver vor zer zu'.split(' '));

/**
 * Splits a lower-case word into the start offsets of its parts, e.g. `radverkehrskonzept` →
 * [0, 3, 11]; [0] when it is not a compound. Every part must be a known word part (before
 * another part also a noun with a derivational ending such as „Entwicklungs-“); only the
 * first part may be unknown („Göttinger|verkehr“), and then not a mere prefix.
 */
export function compoundBoundaries(word: string): number[] {
  if (word.length < MIN_COMPOUND || KNOWN_PARTS.has(fold(word))) return [0];
  const known = splitKnown(word, 0, new Map());
  if (known) return known;
  const memo = new Map<number, number[] | undefined>();
  // After an unknown first part, a three-letter last part („insges|amt“) is too weak a signal.
  for (let start = MIN_PART; start <= word.length - MIN_PART - 1; start++) {
    if (PREFIXES.has(word.slice(0, start))) continue;
    const rest = splitKnown(word, start, memo);
    if (rest) return [0, ...rest];
  }
  return [0];
}

/** Offsets of known parts covering `word` from `from` to its end, longest part first. */
function splitKnown(word: string, from: number, memo: Map<number, number[] | undefined>): number[] | undefined {
  if (memo.has(from)) return memo.get(from);
  let found: number[] | undefined;
  for (const ending of ENDINGS) {
    const end = word.length - ending.length;
    if (end - from >= MIN_PART && word.endsWith(ending) && isPart(word.slice(from, end), true)) {
      found = [from];
      break;
    }
  }
  for (let end = word.length - MIN_PART; !found && end - from >= MIN_PART; end--) {
    if (!isPart(word.slice(from, end), false)) continue;
    for (const link of LINKS) {
      const next = end + link.length;
      if (next + MIN_PART > word.length || !word.startsWith(link, end)) continue;
      const rest = splitKnown(word, next, memo);
      if (rest) {
        found = [from, ...rest];
        break;
      }
    }
  }
  memo.set(from, found);
  return found;
}

/**
 * Search terms a compound adds: every tail from the second part on, and every inner part
 * without its linking element: `radverkehrskonzept` → verkehrskonzept, verkehr, konzept.
 */
export function compoundTerms(word: string): string[] {
  const boundaries = compoundBoundaries(word);
  const terms: string[] = [];
  for (let index = 1; index < boundaries.length; index++) {
    const start = boundaries[index]!;
    terms.push(word.slice(start));
    const end = boundaries[index + 1];
    if (end !== undefined) terms.push(stripLink(word.slice(start, end)));
  }
  return unique(terms);
}

/** An inner part without its linking element, in its dictionary form: `verkehrs` → verkehr, `räte` → rat. */
function stripLink(piece: string): string {
  if (KNOWN_PARTS.has(fold(piece))) return KNOWN_PARTS.get(fold(piece))!;
  for (const ending of [...new Set([...LINKS, ...ENDINGS])].sort((a, b) => b.length - a.length)) {
    const stem = ending ? piece.slice(0, -ending.length) : piece;
    if (!ending || !piece.endsWith(ending)) continue;
    const known = KNOWN_PARTS.get(fold(stem));
    if (known) return known;
    if (stem.length >= 6 && NOUN_ENDING.test(stem)) return stem;
  }
  return piece;
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

export interface TermSource {
  title: string;
  summary: string;
  /** Readable text of the body, from its render (src/lib/render.ts). */
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

export function searchTerms(source: TermSource): SearchTerms {
  const text = `${source.summary}\n${source.text}`;
  const terms = unique([
    ...expand(wordsOf(source.title)),
    ...definedAbbreviations(`${source.title}\n${text}`),
    ...(source.extra ?? []).map((term) => term.toLowerCase()),
  ]);
  const taken = new Set([...terms, ...wordsOf(source.title)]);
  const textWords = wordsOf(text);
  const present = new Set(textWords);
  const more = expand(textWords).filter((term) => !taken.has(term) && !present.has(term));
  return { terms, more: more.slice(0, MAX_MORE) };
}

const expansions = new Map<string, string[]>();

/** Compound parts and Latin singulars of words, memoised: the same words recur across entries. */
function expand(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const word of unique(words)) {
    let terms = expansions.get(word);
    if (!terms) {
      const parts = compoundTerms(word);
      const singulars = [word, ...parts].map(latinSingular).filter((term): term is string => term !== undefined);
      terms = unique([...parts, ...singulars]);
      expansions.set(word, terms);
    }
    out.push(...terms);
  }
  return unique(out);
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
