/**
 * German-looking prose for the benchmark's bodies. Real entries are written in a language with
 * a large, long-tailed vocabulary of compounds („Radverkehrsförderprogramm“), and that tail is
 * what the search index, the compound splitting and the hyphenation pay for per distinct word:
 * a handful of repeated sentences would hide it. Compounds are glued from real parts, picked
 * with a skew so that a few are frequent and most are rare, as in real text; the vocabulary
 * grows with the corpus.
 */
export type Random = () => number;

const FIRST = (
  'Stadt Kreis Landes Gemeinde Bürger Verkehrs Rad Bahn Bus Schul Kinder Jugend Familien Senioren ' +
  'Wasser Wärme Strom Energie Klima Umwelt Natur Wald Moor Heide Fluss Hafen Markt Dorf Orts Regional ' +
  'Wirtschafts Arbeits Fachkräfte Ausbildungs Bildungs Kultur Sport Freizeit Gesundheits Pflege ' +
  'Kranken Ärzte Wohnungs Bau Flächen Grün Abfall Kreislauf Daten Netz Breitband Digital Verwaltungs ' +
  'Planungs Entwicklungs Förder Haushalts Finanz Steuer Sicherheits Brand Rettungs Katastrophen ' +
  'Hochwasser Küsten Deich Landwirtschafts Tier Acker Obst Tourismus Gäste Übernachtungs Integrations ' +
  'Sprach Nachbarschafts Ehrenamts Vereins Öffentlichkeits Beteiligungs Zukunfts Innovations ' +
  'Forschungs Hochschul Gründungs Mobilitäts Lärm Luft Boden Gewässer Müll Fernwärme Solar Wind ' +
  'Biogas Wasserstoff Quartiers Straßen Brücken Radwege Schienen Güter Logistik Einzelhandels ' +
  'Innenstadt Dorfentwicklungs Kindertages Ganztags Musik Museums Bibliotheks Theater Denkmal ' +
  'Archiv Friedhofs Spielplatz Schwimmbad Feuerwehr Polizei Jobcenter Sozial Teilhabe Inklusions'
).split(' ');
const MIDDLE = (
  'schutz entwicklungs förder versorgungs planungs beratungs beteiligungs sicherungs ausbau netz ' +
  'verbund verkehrs wende qualitäts management struktur kooperations betreuungs anpassungs ' +
  'sanierungs erneuerungs prüfungs nutzungs bewirtschaftungs unterhaltungs vermarktungs ' +
  'bildungs gesundheits mobilitäts klima energie daten wärme wasser markt bau'
).split(' ');
const HEAD = (
  'konzept programm plan netzwerk stelle verband zentrum gesellschaft förderung entwicklung ' +
  'beteiligung versorgung sicherung maßnahme maßnahmen vorhaben bericht fonds träger gruppe rat ' +
  'beirat kommission leitbild strategie agentur büro prüfung erhebung qualität übergang zuschuss ' +
  'zuschüsse satzung vereinbarung vertrag verträge mittel kosten ausschuss konferenz werkstatt ' +
  'forum börse lotse lotsen atlas kataster monitoring gutachten studie analyse bilanz ziele ' +
  'schwerpunkt angebot angebote einrichtung anlage anlagen fläche flächen gebiet quartier straße ' +
  'brücke weg wege haltestelle linie takt tarif ticket schule kita hof halle haus häuser stätte ' +
  'park garten verordnung richtlinie antrag anträge bescheid beschluss beschlüsse umlage ' +
  'abgabe gebühren verwaltung planung aufgaben leistungen dienst dienste portal plattform'
).split(' ');
const ADJECTIVES = (
  'regional kommunal nachhaltig gemeinsam digital öffentlich ländlich städtisch überörtlich ' +
  'interkommunal ehrenamtlich grenzüberschreitend klimafreundlich barrierefrei bezahlbar ' +
  'zukunftsfähig verlässlich wirtschaftlich sozial kulturell ökologisch zusätzlich jährlich ' +
  'langfristig kurzfristig gemeinnützig verbindlich förderfähig überregional niedrigschwellig'
).split(' ');
const ENDINGS = ['e', 'en', 'er', 'es'];
/** Third person singular and plural. */
const VERBS = (
  'stärkt:stärken verbessert:verbessern fördert:fördern plant:planen begleitet:begleiten ' +
  'unterstützt:unterstützen bündelt:bündeln entwickelt:entwickeln prüft:prüfen ' +
  'erarbeitet:erarbeiten koordiniert:koordinieren finanziert:finanzieren vernetzt:vernetzen ' +
  'erweitert:erweitern überprüft:überprüfen beschließt:beschließen übernimmt:übernehmen ' +
  'schafft:schaffen sichert:sichern gewährleistet:gewährleisten ermöglicht:ermöglichen ' +
  'verknüpft:verknüpfen erhöht:erhöhen verringert:verringern ergänzt:ergänzen ' +
  'evaluiert:evaluieren betreibt:betreiben'
)
  .split(' ')
  .map((pair) => pair.split(':') as [singular: string, plural: string]);
const ARTICLES = ['Der', 'Die', 'Das', 'Ein', 'Eine', 'Jede', 'Diese'];
const LINKERS = ['den', 'die', 'das', 'einen', 'eine', 'mehrere', 'zahlreiche', 'neue'];
const PREPOSITIONS =
  'mit für von im in zu auf nach bei über unter durch gegen zwischen während seit ohne um entlang'.split(
    ' ',
  );
const CLAUSES = [
  'sowie',
  'und zugleich',
  'damit',
  'weil',
  'sodass',
  'obwohl',
  'nachdem',
  'bevor',
  'während',
];

const GROUPED = new Intl.NumberFormat('de-DE');

/** A number as German text writes it, „62.163“ (one formatter: a new one per call is slow). */
export function amount(random: Random, min = 10, max = 99_999): string {
  return GROUPED.format(min + Math.floor(random() * (max - min + 1)));
}

/** An index skewed towards the front: a few parts are common, most are rare. */
function skewed<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() ** 2.2 * items.length)]!;
}

export function compound(random: Random): string {
  const first = skewed(random, FIRST);
  const middle = random() < 0.55 ? skewed(random, MIDDLE) : '';
  return `${first}${middle}${skewed(random, HEAD)}`;
}

function adjective(random: Random): string {
  return `${skewed(random, ADJECTIVES)}${ENDINGS[Math.floor(random() * ENDINGS.length)]}`;
}

function pickFrom<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

/** A sentence of 10 to 25 words in German word order, with compounds, adjectives and numbers. */
export function proseSentence(random: Random, towns: readonly string[]): string {
  const phrase = () =>
    `${random() < 0.5 ? `${adjective(random)} ` : ''}${compound(random)}${random() < 0.2 ? 's' : ''}`;
  const parts = [
    pickFrom(random, ARTICLES),
    phrase(),
    pickFrom(random, VERBS)[0],
    pickFrom(random, LINKERS),
    phrase(),
    pickFrom(random, PREPOSITIONS),
    random() < 0.4 ? pickFrom(random, towns) : `der ${phrase()}`,
  ];
  if (random() < 0.35)
    parts.push(
      `im Jahr ${2005 + Math.floor(random() * 20)} mit ${amount(random)} ${random() < 0.5 ? 'Euro' : 'Teilnehmenden'}`,
    );
  if (random() < 0.6)
    parts.push(
      `${pickFrom(random, CLAUSES)} ${pickFrom(random, LINKERS)} ${phrase()} ${pickFrom(random, PREPOSITIONS)} ${phrase()} ${pickFrom(random, VERBS)[1]}`,
    );
  return `${parts.join(' ')}.`;
}
