import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  compoundBoundaries,
  compoundTerms,
  definedAbbreviations,
  latinSingular,
  searchTerms,
  wordsOf,
} from '../../src/search/terms.ts';

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
    // an adjective or a verb stem first, a feminine noun without its final e
    ['regionalverband', ['regional', 'verband']],
    ['fördermittel', ['förder', 'mittel']],
    ['metropolregion', ['metropol', 'region']],
    ['grundschullehrer', ['grund', 'schul', 'lehrer']],
    // a part inside a part
    ['flächennutzungsplan', ['flächen', 'nutzungs', 'plan']],
    // nouns from the lexicon that no hand list had, loanwords among them
    ['zukunftsworkshop', ['zukunfts', 'workshop']],
    ['kulturfestival', ['kultur', 'festival']],
    ['projektteam', ['projekt', 'team']],
    ['netzwerk', ['netz', 'werk']],
    ['kulturhauptstadt', ['kultur', 'haupt', 'stadt']],
    ['kreisräterunde', ['kreis', 'räte', 'runde']],
    // inflected last part
    ['radverkehrskonzepte', ['rad', 'verkehrs', 'konzepte']],
    ['kreisverbände', ['kreis', 'verbände']],
    ['bürgerbusse', ['bürger', 'busse']],
    // a feminine form splits like its base
    ['bürgermeisterinnen', ['bürger', 'meisterinnen']],
  ];
  for (const [word, parts] of table) {
    const boundaries = compoundBoundaries(word);
    const split = boundaries.map((start, index) => word.slice(start, boundaries[index + 1]));
    assert.deepEqual(split, parts, word);
  }
});

test('compoundBoundaries leaves words alone that are no compounds', () => {
  const words = [
    'verwaltung',
    'gesellschaft', // „Schaft“ is no noun of the lexicon, and „-schaft“ a suffix
    'wissenschaft',
    'ergebnisse', // the lexicon's Ergebnis does not end in „Nisse“
    'vorsitzende', // „Ende“ is no part
    'teilnehmende', // a participle, not „Teil|nehmende“
    'kombination', // „Nation“ is no part
    'transport', // „trans-“ is a prefix
    'ausstellung', // „aus-“ too, though „Aus“ is a noun
    'einwohnerinnen', // a feminine form of a whole word stays whole
    'göttingerverkehr', // an unknown first part is no part (see the vocabulary below)
    'kommunen',
    'gesellschafter',
    'göttingen',
    'niedersachsen',
    'universität',
    'zusammenarbeit',
    'verhandlung', // „ver-“ is a prefix, not a part: no „handlung“
    'insgesamt',
    'erweiterter',
    'bauamt'.slice(0, 5), // shorter than a compound can be
  ];
  for (const word of words) assert.deepEqual(compoundBoundaries(word), [0], word);
});

test('compoundBoundaries takes the given vocabulary (the nouns of the entry) as parts', () => {
  assert.deepEqual(compoundBoundaries('göttingerverkehr', new Set(['göttinger'])), [0, 9]);
  assert.deepEqual(
    compoundBoundaries('klimaschutzmonitoring', new Set(['monitoring'])),
    [0, 5, 11],
  );
  // Without the vocabulary, the loanword rule splits it too: a known first part, an unknown rest.
  assert.deepEqual(compoundBoundaries('klimaschutzmonitoring'), [0, 5, 11]);
  assert.deepEqual(compoundBoundaries('göttingerverkehr'), [0]);
});

test('loanwords split off after a German first part, German endings and place names do not', () => {
  const parts = (word: string) =>
    compoundBoundaries(word).map((start, at, all) => word.slice(start, all[at + 1]));
  assert.deepEqual(parts('energiemonitoring'), ['energie', 'monitoring']);
  assert.deepEqual(parts('innovationscluster'), ['innovations', 'cluster']);
  assert.deepEqual(parts('jobticket'), ['job', 'ticket']);
  assert.deepEqual(parts('kulturscouts'), ['kultur', 'scouts']);
  for (const word of ['kindheit', 'grundsätzlich', 'vorsitzender', 'langenhagen', 'pattensen'])
    assert.deepEqual(parts(word), [word]);
});

test('compoundTerms adds every tail and every inner part without its linking element', () => {
  const table: [word: string, terms: string[]][] = [
    ['radverkehrskonzept', ['verkehrskonzept', 'verkehr', 'konzept']],
    ['klimaneutralität', ['neutralität']],
    ['klimaschutzprogramm', ['schutzprogramm', 'schutz', 'programm']],
    ['stadtteilzentren', ['teilzentren', 'teil', 'zentren']],
    ['entwicklungskonzept', ['konzept']],
    ['landeshauptstadt', ['hauptstadt', 'stadt']], // „haupt“ splits but is no term (see innerNoun)
    ['radschnellweg', ['schnellweg', 'weg']], // an adjective inside gives no term either
    ['kreisräterunde', ['räterunde', 'rat', 'runde']],
    ['verwaltung', []],
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
  for (const [text, abbreviations] of table)
    assert.deepEqual(definedAbbreviations(text), abbreviations, text);
});

test('wordsOf lower-cases and splits hyphenated words into their pieces', () => {
  assert.deepEqual(wordsOf('Kommunale Umwelt-AktioN UAN e.V., 2024'), [
    'kommunale',
    'umwelt',
    'aktion',
    'uan',
    '2024',
  ]);
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
      more: [
        'teilzentren',
        'teil',
        'zentren',
        'stadtteilzentrum',
        'teilzentrum',
        'zentrum',
        'werk',
        'raum',
      ],
    },
  );
  // Only nouns split (not „verb|essern“), and the entry's own nouns count as parts: „Monitoring“.
  assert.deepEqual(
    searchTerms({
      title: 'Klimaschutzmonitoring',
      summary: 'Das Monitoring soll verbessern.',
      text: '',
    }),
    {
      terms: ['schutzmonitoring', 'schutz', 'monitoring'],
      more: [],
    },
  );
  assert.deepEqual(searchTerms({ title: 'Mobilität', summary: 'Bus und Bahn.', text: '' }), {
    terms: [],
    more: [],
  });
});
