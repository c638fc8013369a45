import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compoundBoundaries, compoundTerms, definedAbbreviations, latinSingular, searchTerms, wordsOf } from '../../src/lib/search-terms.ts';

test('compoundBoundaries splits closed compounds at their parts', () => {
  const table: [word: string, parts: string[]][] = [
    ['radverkehrskonzept', ['rad', 'verkehrs', 'konzept']],
    ['klimaneutralität', ['klima', 'neutralität']],
    ['stadtteilzentren', ['stadt', 'teil', 'zentren']],
    ['landkreise', ['land', 'kreise']],
    ['wirtschaftsraum', ['wirtschafts', 'raum']],
    // a noun ending in -ung/-heit/-keit/… before a linking s marks a boundary even when unknown
    ['entwicklungskonzept', ['entwicklungs', 'konzept']],
    ['nachhaltigkeitsstrategie', ['nachhaltigkeits', 'strategie']],
    ['wohnungsbau', ['wohnungs', 'bau']],
    // an unknown first part, a known rest
    ['göttingerverkehr', ['göttinger', 'verkehr']],
    ['regionalverband', ['regional', 'verband']],
    ['metropolregion', ['metropol', 'region']],
    ['kulturhauptstadt', ['kultur', 'hauptstadt']],
    ['kreisräterunde', ['kreis', 'räte', 'runde']],
    // inflected last part
    ['radverkehrskonzepte', ['rad', 'verkehrs', 'konzepte']],
    ['kreisverbände', ['kreis', 'verbände']],
    ['bürgerbusse', ['bürger', 'busse']],
  ];
  for (const [word, parts] of table) {
    const boundaries = compoundBoundaries(word);
    const split = boundaries.map((start, index) => word.slice(start, boundaries[index + 1]));
    assert.deepEqual(split, parts, word);
  }
});

test('compoundBoundaries leaves words alone that are no compounds', () => {
  const words = [
    'netzwerk', // a known part itself
    'netzwerke', // a known part with an inflection ending
    'kommunen',
    'gesellschafter',
    'göttingen',
    'niedersachsen',
    'universität',
    'zusammenarbeit',
    'verhandlung', // „ver-“ is a prefix, not a part: no „handlung“
    'insgesamt', // a three-letter tail after an unknown start is not enough
    'erweiterter',
    'rathaus'.slice(0, 6), // shorter than a compound can be
  ];
  for (const word of words) assert.deepEqual(compoundBoundaries(word), [0], word);
});

test('compoundTerms adds every tail and every inner part without its linking element', () => {
  const table: [word: string, terms: string[]][] = [
    ['radverkehrskonzept', ['verkehrskonzept', 'verkehr', 'konzept']],
    ['klimaneutralität', ['neutralität']],
    ['klimaschutzprogramm', ['schutzprogramm', 'schutz', 'programm']],
    ['stadtteilzentren', ['teilzentren', 'teil', 'zentren']],
    ['entwicklungskonzept', ['konzept']],
    ['landeshauptstadt', ['hauptstadt']],
    ['kreisräterunde', ['räterunde', 'rat', 'runde']],
    ['netzwerk', []],
  ];
  for (const [word, terms] of table) assert.deepEqual(compoundTerms(word), terms, word);
});

test('latinSingular relates Latin plurals, also at the end of a compound, to their singular', () => {
  const table: [plural: string, singular: string | undefined][] = [
    ['zentren', 'zentrum'],
    ['stadtteilzentren', 'stadtteilzentrum'],
    ['foren', 'forum'],
    ['gremien', 'gremium'],
    ['themen', 'thema'],
    ['museen', 'museum'],
    ['netzwerke', undefined],
    ['kommunen', undefined],
  ];
  for (const [plural, singular] of table) assert.equal(latinSingular(plural), singular, plural);
});

test('definedAbbreviations finds abbreviations whose capitals are the initials before them, or that follow „kurz“', () => {
  const table: [text: string, abbreviations: string[]][] = [
    ['Das Netzwerk Erweiterter Wirtschaftsraum Hannover (EWH) verbindet Landkreise.', ['ewh']],
    ['Die Sustainable Development Goals (SDGs) der Vereinten Nationen.', ['sdgs']],
    ['Die Kommunale Umwelt-AktioN (UAN) ist ein Verein.', ['uan']],
    ['Das Netzwerk Erweiterter Wirtschaftsraum Hannover, kurz EWH, entstand 2010.', ['ewh']],
    ['Kurz: die Region Hannover (RH) und der Landkreis Peine (LK PE).', ['rh']],
    ['Ratsherr Meier (CDU) stimmte zu.', []],
    ['Ein Satz (mit Klammer) und ein Wert (A).', []],
    ['Das ist kurz gesagt alles.', []],
  ];
  for (const [text, abbreviations] of table) assert.deepEqual(definedAbbreviations(text), abbreviations, text);
});

test('wordsOf lower-cases and splits hyphenated words into their pieces', () => {
  assert.deepEqual(wordsOf('Kommunale Umwelt-AktioN UAN e.V., 2024'), ['kommunale', 'umwelt', 'aktion', 'uan', '2024']);
});

test('searchTerms: title terms rank like the title, body terms only where the text lacks them', () => {
  assert.deepEqual(
    searchTerms({
      title: 'Radverkehrskonzept Göttingen',
      summary: 'Plan für Stadtteilzentren.',
      text: 'Das Netzwerk Erweiterter Wirtschaftsraum Hannover (EWH) hilft. Mehr Radverkehr und Verkehr.',
      extra: ['SDG13'],
    }),
    {
      terms: ['verkehrskonzept', 'verkehr', 'konzept', 'ewh', 'sdg13'],
      more: ['teilzentren', 'teil', 'zentren', 'stadtteilzentrum', 'teilzentrum', 'zentrum', 'raum'],
    },
  );
  assert.deepEqual(searchTerms({ title: 'Mobilität', summary: 'Bus und Bahn.', text: '' }), { terms: [], more: [] });
});
