import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compoundBoundaries } from '../../src/search/terms.ts';

/**
 * Words of German public-administration texts with their parts written by hand, „|“ between
 * parts, a linking element with the part before it („verkehrs|konzept“). Adjective and verb stems
 * count as parts („förder|mittel“), prefixes and suffixes do not („Verwaltung“, „Gesellschaft“).
 * Transparent compounds are split even where the whole is lexicalised („rat|haus“).
 */
const COMPOUNDS = [
  // Verwaltung
  'stadt|verwaltung',
  'kreis|verwaltung',
  'verwaltungs|gericht',
  'verwaltungs|spitze',
  'verwaltungs|reform',
  'bürger|amt',
  'ordnungs|amt',
  'jugend|amt',
  'bau|amt',
  'gesundheits|amt',
  'rat|haus',
  'land|kreis',
  'land|rat',
  'land|tag',
  'kreis|tag',
  'bundes|tag',
  'land|tags|wahl',
  'kommunal|wahl',
  'bürger|meister',
  'ober|bürger|meister',
  'bürger|meisterin',
  'regions|präsident',
  'regions|versammlung',
  'geschäfts|führer',
  'geschäfts|stelle',
  'geschäfts|ordnung',
  'haus|halts|plan',
  'haus|halts|mittel',
  'personal|rat',
  'personal|entwicklung',
  'aufsichts|rat',
  'fach|bereich',
  'fach|dienst',
  'fach|kräfte',
  'fach|kräfte|mangel',
  'gleichstellungs|beauftragte',
  'landes|regierung',
  'landes|haupt|stadt',
  'bundes|land',
  'innen|ministerium',
  'wirtschafts|ministerium',
  'presse|mitteilung',
  'presse|stelle',
  'service|stelle',
  'lenkungs|kreis',
  'arbeits|kreis',
  'arbeits|gruppe',
  'steuerungs|gruppe',
  'beschluss|vorlage',
  'sitzungs|termin',
  // Planung, Stadt- und Regionalentwicklung
  'stadt|entwicklung',
  'landes|entwicklung',
  'regional|entwicklung',
  'stadt|planung',
  'bau|leit|planung',
  'flächen|nutzungs|plan',
  'bebauungs|plan',
  'stadt|teil',
  'stadt|teil|zentren',
  'wohn|gebiet',
  'gewerbe|gebiet',
  'wohnungs|bau',
  'wohn|raum',
  'innen|stadt',
  'groß|stadt',
  'klein|stadt',
  'metropol|region',
  'kultur|haupt|stadt',
  'wirtschafts|raum',
  'regional|verband',
  'zweck|verband',
  'handlungs|feld',
  'handlungs|konzept',
  'entwicklungs|konzept',
  'zukunfts|bild',
  'leit|bild',
  'stand|ort|faktoren',
  'quartiers|management',
  'flächen|management',
  // Verkehr
  'rad|verkehr',
  'rad|verkehrs|konzept',
  'rad|weg',
  'rad|schnell|weg',
  'nah|verkehr',
  'verkehrs|verbund',
  'verkehrs|wende',
  'bahn|hof',
  'bus|linie',
  'bürger|bus',
  'straßen|bahn',
  'fahr|plan',
  'lade|säule',
  'mobilitäts|konzept',
  'mobilitäts|management',
  'sozial|ticket',
  'job|ticket',
  'semester|ticket',
  'car|sharing',
  // Soziales, Bildung, Gesundheit
  'sozial|arbeit',
  'jugend|hilfe',
  'kinder|garten',
  'kinder|betreuung',
  'familien|zentrum',
  'senioren|beirat',
  'pflege|dienst',
  'gesundheits|wesen',
  'gesundheits|prävention',
  'hoch|schule',
  'grund|schule',
  'volks|hoch|schule',
  'weiter|bildung',
  'bildungs|angebot',
  'ehren|amt',
  'willkommens|kultur',
  'integrations|beirat',
  'teilhabe|plan',
  // Wirtschaft
  'wirtschafts|förderung',
  'gesundheits|wirtschaft',
  'automobil|wirtschaft',
  'handels|kammer',
  'hand|werks|kammer',
  'gründungs|zentrum',
  'technologie|zentrum',
  'stand|ort|marketing',
  'regional|marketing',
  'innovations|cluster',
  'energie|cluster',
  'wissenschafts|campus',
  'projekt|team',
  'zukunfts|workshop',
  'kompetenz|zentrum',
  'arbeits|markt',
  'arbeits|platz',
  'wert|schöpfung',
  'unternehmer|verbände',
  'gewerkschafts|bund',
  // Umwelt, Klima, Energie
  'klima|schutz',
  'klima|schutz|konzept',
  'klima|schutz|monitoring',
  'klima|neutralität',
  'klima|anpassung',
  'energie|wende',
  'energie|preise',
  'energie|monitoring',
  'wärme|planung',
  'umwelt|schutz',
  'natur|schutz|gebiet',
  'abfall|wirtschaft',
  'wasser|versorgung',
  'hoch|wasser|schutz',
  'luft|qualität',
  'nachhaltigkeits|strategie',
  // Kultur
  'kultur|festival',
  'kultur|förderung',
  'stadt|bibliothek',
  'musik|schule',
  'kunst|verein',
  'heimat|verein',
  'stadt|jubiläum',
  // EU-Förderung, Kooperation
  'förder|mittel',
  'förder|programm',
  'förder|aufruf',
  'förder|quote',
  'förder|periode',
  'struktur|fonds',
  'kohäsions|politik',
  'städte|partnerschaft',
  'städte|netz|werk',
  'partner|stadt',
  'partner|organisation',
  'kooperations|vertrag',
  'kooperations|projekt',
  'projekt|träger',
  'projekt|lauf|zeit',
  'netz|werk|treffen',
  'vernetzungs|treffen',
  'erfahrungs|austausch',
  'bürger|dialog',
  'bürger|beteiligung',
  'beteiligungs|verfahren',
  // English words the lexicon lacks, after a German first part (see loanSplit)
  'klima|monitoring',
  'verkehrs|monitoring',
  'bildungs|monitoring',
  'umwelt|monitoring',
  'gesundheits|monitoring',
  'sozial|monitoring',
  'wohnungs|markt|monitoring',
  'logistik|cluster',
  'gesundheits|cluster',
  'wasser|stoff|cluster',
  'luft|fahrt|cluster',
  'daten|cluster',
  'deutsch|land|ticket',
  'schüler|ticket',
  'kultur|ticket',
  'senioren|ticket',
  'azubi|ticket',
  'klima|check',
  'energie|scouts',
  'kultur|scouts',
  'job|sharing',
  'bürger|coaching',
];

/** Words that are no compounds (derivations, prefixed words, names, loanwords) and must stay whole. */
const WHOLE = [
  'verwaltung',
  'gesellschaft',
  'wirtschaft',
  'wissenschaft',
  'landschaft',
  'partnerschaft',
  'bevölkerung',
  'veranstaltung',
  'ausstellung',
  'verantwortung',
  'entwicklung',
  'beteiligung',
  'unterstützung',
  'herausforderung',
  'öffentlichkeit',
  'nachhaltigkeit',
  'digitalisierung',
  'kooperation',
  'integration',
  'information',
  'kombination',
  'tourismus',
  'programm',
  'kontakt',
  'transport',
  'struktur',
  'initiative',
  'mobilität',
  'ministerium',
  'ergebnisse',
  'ausschuss',
  'mitglieder',
  'teilnehmende',
  'vorsitzende',
  'einwohnerinnen',
  'akteurinnen',
  'unternehmen',
  'niedersachsen',
  'braunschweig',
  'göttingen',
  'hannover',
  'management',
  'monitoring',
  // Words a loanword split must leave whole: adverbs and participles written with a capital at
  // the start of a sentence or as nouns, derivations, place names
  'stattdessen',
  'vielleicht',
  'grundsätzlich',
  'vorsitzender',
  'teilnehmender',
  'studierender',
  'international',
  'kindheit',
  'wolfsburg',
  'langenhagen',
  'pattensen',
  'barsinghausen',
  'hildesheim',
  'isernhagen',
];

const EXPECTED = [...COMPOUNDS, ...WHOLE];

/** Offsets where the expected or the computed parts of a word begin, the first excluded. */
function expectedSplits(parts: string): number[] {
  const splits: number[] = [];
  let at = 0;
  for (const part of parts.split('|').slice(0, -1)) splits.push((at += part.length));
  return splits;
}

test('the hand-made list is as large as promised and holds no duplicates', () => {
  const words = EXPECTED.map((parts) => parts.replaceAll('|', ''));
  assert.equal(new Set(words).size, words.length);
  assert.ok(words.length >= 150, `${words.length} words`);
  assert.ok(WHOLE.length >= 20);
});

test('compound splitting: precision and recall of split points over the hand-made list', (t) => {
  let correct = 0;
  let found = 0;
  let expected = 0;
  const wrong: string[] = [];
  for (const parts of EXPECTED) {
    const word = parts.replaceAll('|', '');
    const want = expectedSplits(parts);
    const got = compoundBoundaries(word).slice(1);
    const hits = got.filter((split) => want.includes(split)).length;
    correct += hits;
    found += got.length;
    expected += want.length;
    if (hits !== want.length || got.length !== want.length) {
      wrong.push(
        `${parts} → ${[0, ...got].map((start, index, all) => word.slice(start, all[index + 1])).join('|')}`,
      );
    }
  }
  const precision = correct / found;
  const recall = correct / expected;
  t.diagnostic(
    `${EXPECTED.length} words, ${expected} split points by hand, ${found} computed, ${correct} right`,
  );
  t.diagnostic(`precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`);
  for (const line of wrong) t.diagnostic(`differs: ${line}`);
  // A wrong split point puts an entry among the results of a word it does not contain, so
  // precision is held high; a missed one only keeps the entry from one more query.
  assert.ok(precision >= 0.95, `precision ${precision}`);
  assert.ok(recall >= 0.85, `recall ${recall}`);
});
