import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { COLLECTIONS, type CollectionName } from '../../src/vocabulary/collections.ts';
import { suggestSlug } from '../../src/vocabulary/slugs.ts';
import { amount, compound, proseSentence } from './german-text.ts';

/**
 * A deterministic synthetic knowledge base in the editors' format (CONTRIBUTING.md)
 * for the benchmark: German titles and text, every relation field filled with valid
 * references, body links between entries, facts and sources. Same size, same files.
 */
export interface GeneratedBase {
  counts: Record<CollectionName, number>;
  /** One-word queries that occur in the generated text, for the search measurements. */
  queries: string[];
}

const TOWNS = (
  'Hannover Göttingen Braunschweig Wolfsburg Hildesheim Salzgitter Celle Peine Goslar Lüneburg Oldenburg Osnabrück ' +
  'Emden Wilhelmshaven Delmenhorst Cuxhaven Stade Verden Nienburg Hameln Holzminden Northeim Einbeck Osterode Uelzen ' +
  'Gifhorn Helmstedt Wolfenbüttel Seesen Alfeld Sarstedt Laatzen Langenhagen Garbsen Burgdorf Lehrte Sehnde Springe ' +
  'Wunstorf Neustadt Barsinghausen Gehrden Ronnenberg Hemmingen Pattensen Isernhagen Uetze Wedemark Burgwedel Soltau ' +
  'Walsrode Rotenburg Zeven Buxtehude Achim Syke Diepholz Vechta Cloppenburg Meppen Lingen Nordhorn Papenburg Leer Aurich ' +
  'Norden Jever Varel Brake Nordenham Bückeburg Rinteln Stadthagen Bad\u00a0Pyrmont Duderstadt Hann.\u00a0Münden Uslar Bovenden'
)
  .split(' ')
  .map((town) => town.replace(/\u00a0/g, ' '));
const DISTRICT_SUFFIX = [
  'Land',
  'Nord',
  'Süd',
  'Ost',
  'West',
  'Mitte',
  'Heide',
  'Marsch',
  'Geest',
  'Börde',
];
const TOPICS: [title: string, word: string][] = [
  ['Mobilität', 'Radverkehr'],
  ['Klimaneutralität', 'Klimaschutz'],
  ['Energie', 'Energiewende'],
  ['Bildung', 'Schulentwicklung'],
  ['Gesundheit', 'Gesundheitsversorgung'],
  ['Wohnen', 'Wohnungsbau'],
  ['Wirtschaft und Arbeit', 'Fachkräftesicherung'],
  ['Digitalisierung', 'Breitbandausbau'],
  ['Kultur', 'Kulturförderung'],
  ['Tourismus', 'Tourismusmarketing'],
  ['Landwirtschaft', 'Regionalvermarktung'],
  ['Naturschutz', 'Artenvielfalt'],
  ['Wasser', 'Hochwasserschutz'],
  ['Integration', 'Sprachförderung'],
  ['Jugend', 'Jugendbeteiligung'],
  ['Senioren', 'Nachbarschaftshilfe'],
  ['Sport und Freizeit', 'Vereinssport'],
  ['Sicherheit', 'Katastrophenschutz'],
  ['Verwaltung', 'Verwaltungsdigitalisierung'],
  ['Standortmarketing', 'Ansiedlung'],
];
const QUALIFIERS = [
  '',
  'im ländlichen Raum',
  'in der Stadt',
  'in der Verwaltung',
  'für Kinder und Jugendliche',
  'im Quartier',
  'in der Metropolregion',
  'im Ehrenamt',
];
const INITIATIVE_KINDS = [
  'Konzept',
  'Programm',
  'Projekt',
  'Strategie',
  'Offensive',
  'Bündnis',
  'Modellvorhaben',
  'Netzwerkinitiative',
];
const NETWORK_KINDS: [string, string][] = [
  ['Verein', 'association'],
  ['Netzwerk', 'network'],
  ['Arbeitsgemeinschaft', 'working-group'],
  ['Allianz', 'alliance'],
  ['Gesellschaft', 'company'],
];
const ACTOR_KINDS: [string, string][] = [
  ['Verband', 'association'],
  ['Stadtwerke', 'company'],
  ['Hochschule', 'university'],
  ['Bürgerstiftung', 'civil-society'],
  ['Amt für Landentwicklung', 'authority'],
];
const VERBS = [
  'stärkt',
  'verbessert',
  'fördert',
  'plant',
  'begleitet',
  'unterstützt',
  'bündelt',
  'entwickelt',
];
const OBJECTS = [
  'die Zusammenarbeit der Kommunen',
  'den Austausch von Wissen und Erfahrungen',
  'Angebote für Bürgerinnen und Bürger',
  'gemeinsame Förderanträge',
  'die Abstimmung zwischen Verwaltung und Politik',
  'Modellprojekte in kleinen Gemeinden',
  'eine gemeinsame Datengrundlage',
];
const STATUS = ['planned', 'active', 'completed', 'discontinued'];
const HEADINGS = [
  'Ziele',
  'Beteiligte',
  'Stand',
  'Finanzierung',
  'Hintergrund',
  'Ergebnisse',
  'Ausblick',
];
const SUBHEADINGS = [
  'Erste Schritte',
  'Zahlen und Daten',
  'Zuständigkeiten',
  'Zeitplan',
  'Kontakt und Austausch',
];

const ROLES = ['Gründungsmitglied', 'Vorsitz', 'Gesellschafter', 'Mitglied', 'Geschäftsführung'];
const FACT_LABELS = ['Mitglieder', 'Beschäftigte', 'Haushaltsmittel', 'Teilnehmende', 'Fläche'];

export function generateKnowledgeBase(targetDir: string, size: number, seed = size): GeneratedBase {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const some = <T>(items: readonly T[], min: number, max: number): T[] => {
    const count = Math.min(items.length, min + Math.floor(random() * (max - min + 1)));
    const chosen = new Set<T>();
    while (chosen.size < count) chosen.add(pick(items));
    return [...chosen];
  };
  const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const date = (from: number, to: number, precision: 'day' | 'any' = 'any') => {
    const year = between(from, to);
    const month = between(1, 12);
    const day = between(1, 28);
    const form = precision === 'day' ? 2 : Math.floor(random() * 3);
    return form === 0
      ? `${year}`
      : form === 1
        ? `${year}-${pad(month)}`
        : `${year}-${pad(month)}-${pad(day)}`;
  };

  const slugs = new Set<string>();
  const slugFor = (title: string) => {
    const base = suggestSlug(title).slice(0, 60).replace(/-+$/, '');
    let slug = base;
    for (let n = 2; slugs.has(slug); n++) slug = `${base}-${n}`;
    slugs.add(slug);
    return slug;
  };
  const drafts: Draft[] = [];
  const add = (collection: CollectionName, title: string, data: Record<string, unknown>): Draft => {
    const summary = lengthen(data['summary'] as string);
    const draft = {
      collection,
      slug: slugFor(title),
      title,
      data: { title, ...data, summary },
      body: [],
    };
    drafts.push(draft);
    return draft;
  };
  // Real summaries use most of their 300 characters: a second sentence where it fits.
  const lengthen = (summary: string) => {
    for (let attempt = 0; attempt < 3; attempt++) {
      const more = proseSentence(random, TOWNS);
      if (summary.length + 1 + more.length <= 300) return `${summary} ${more}`;
    }
    return summary;
  };
  const link = (target: Draft, text = target.title) =>
    `[${text}](../${COLLECTIONS[target.collection].folder}/${target.slug}.md)`;
  /** One to three sources with addresses, and facts that cite them: every entry is sourced. */
  const sourced = (publisher: string, subject: string, from = 2012) => {
    const sources = Array.from({ length: between(1, 3) }, (_, index) => ({
      title: `${pick(['Beschlussvorlage', 'Jahresbericht', 'Pressemitteilung', 'Sitzungsprotokoll'])} ${between(2005, 2025)}/${between(100, 9999)} zu ${subject}: ${compound(random)} und ${compound(random)} (Teil ${index + 1})`,
      publisher,
      date: date(from, 2025),
      url: `https://www.${suggestSlug(publisher).slice(0, 40).replace(/-+$/, '')}.example/dokumente/${between(1000, 99999)}`,
    }));
    const facts = Array.from({ length: between(1, 4) }, () => ({
      label: `${pick(FACT_LABELS)} ${compound(random)}`,
      value: amount(random, 3, 90_000),
      asOf: date(2015, 2025),
      source: between(1, sources.length),
    }));
    return { facts, sources };
  };

  // The mix a grown atlas is expected to have: press releases and initiatives dominate.
  const fieldCount = Math.max(10, Math.round(size * 0.05));
  const actorCount = Math.round(size * 0.15);
  const networkCount = Math.round(size * 0.15);
  const initiativeCount = Math.round(size * 0.25);
  const pressCount = size - fieldCount - actorCount - networkCount - initiativeCount;

  const fields: Draft[] = [];
  for (let index = 0; index < fieldCount; index++) {
    const [topic, word] = TOPICS[index % TOPICS.length]!;
    const qualifier = QUALIFIERS[Math.floor(index / TOPICS.length) % QUALIFIERS.length]!.replace(
      /^in der Verwaltung$/,
      topic === 'Verwaltung' ? 'im Landkreis' : '$&',
    );
    const round = Math.floor(index / (TOPICS.length * QUALIFIERS.length));
    const title = [topic, qualifier, round ? `(${round + 1})` : ''].filter(Boolean).join(' ');
    const related = fields.length ? some(fields, 1, 3).map((field) => field.slug) : [];
    const draft = add('action-fields', title, {
      summary: `Handlungsfeld ${title}: Kommunen arbeiten gemeinsam an ${word} und verwandten Aufgaben.`,
      sdgs: some([3, 4, 7, 8, 9, 11, 13, 15, 17], 1, 3).sort((a, b) => a - b),
      ...(related.length ? { related } : {}),
      ...sourced('Land Niedersachsen', title),
    });
    draft.body.push(`Im Handlungsfeld ${title} geht es um ${word}. ${sentence(random, pick)}`);
    fields.push(draft);
  }

  const state = add('actors', 'Land Niedersachsen', {
    summary: 'Das Bundesland, in dem die Kommunen dieses Atlas zusammenarbeiten.',
    kind: 'state',
    ags: '03',
    website: 'https://www.niedersachsen.example/',
    ...sourced('Land Niedersachsen', 'Landesportrait'),
  });
  const districts: Draft[] = [];
  const towns: Draft[] = [];
  const others: Draft[] = [];
  // Parents come from actors made before, so the chains (Land ← Landkreis ← Stadt ← Stadtwerke
  // ← Tochter …) are as deep as real ones and never close a cycle.
  const parents: Draft[] = [];
  for (let index = 1; index < actorCount; index++) {
    const town = TOWNS[index % TOWNS.length]!;
    const round = Math.floor(index / TOWNS.length);
    let draft: Draft;
    if (index % 10 === 1 || districts.length === 0) {
      const title = `Landkreis ${town}${round ? `-${DISTRICT_SUFFIX[round % DISTRICT_SUFFIX.length]}` : ''}`;
      draft = add('actors', title, {
        summary: `Landkreis mit Sitz in ${town}.`,
        kind: 'district',
        ags: `03${String(100 + districts.length).slice(-3)}`,
        parent: state.slug,
        website: `https://www.${suggestSlug(title)}.example/`,
        ...sourced(title, 'Kreisportrait'),
      });
      districts.push(draft);
    } else if (index % 10 < 7) {
      const district = pick(districts);
      const title = `${round % 2 ? 'Gemeinde' : 'Stadt'} ${town}${round > 1 ? `-${DISTRICT_SUFFIX[round % DISTRICT_SUFFIX.length]}` : ''}`;
      draft = add('actors', title, {
        summary: `Kommune im ${district.title}, ${pick(OBJECTS)} sind ihr ein Anliegen.`,
        kind: 'municipality',
        ags: `${district.data['ags'] as string}${String(towns.length % 1000).padStart(3, '0')}`,
        parent: district.slug,
        website: `https://www.${suggestSlug(title)}.example/`,
        ...sourced(title, 'Gemeindeportrait'),
      });
      towns.push(draft);
    } else {
      const [label, kind] = pick(ACTOR_KINDS);
      draft = add('actors', `${label} ${town}`, {
        summary: `${label} aus ${town}, der ${pick(OBJECTS)} ${pick(VERBS)}.`,
        kind,
        parent: pick(parents).slug,
        ...sourced(`${label} ${town}`, 'Selbstdarstellung'),
      });
      others.push(draft);
    }
    parents.push(draft);
  }
  const territories = [state, ...districts, ...towns];
  const actors = [...territories, ...others];

  const networks: Draft[] = [];
  // Members and leads are actors or networks made before, so no network contains itself.
  const actorsAndNetworks: Draft[] = [...actors];
  for (let index = 0; index < networkCount; index++) {
    const [label, form] = pick(NETWORK_KINDS);
    const [topic] = pick(TOPICS);
    const area = pick(districts);
    const chosen = some(actorsAndNetworks, 5, 14);
    const [leads, members, partners] = [chosen.slice(0, 1), chosen.slice(1, -2), chosen.slice(-2)];
    const title = `${label} ${topic} ${area.title.replace('Landkreis ', '')}${form === 'association' ? ' e.V.' : ''}`;
    const draft = add('networks', title, {
      summary: `${label}, in dem Kommunen und Partner ${pick(OBJECTS)} ${pick(VERBS)}.`,
      form,
      founded: date(1990, 2023),
      leads: leads.map((lead) => lead.slug),
      // Both forms editors write: a bare slug, and an object with role, date and note.
      members: members.map((member, position) =>
        position % 2 === 0
          ? {
              ref: member.slug,
              role: pick(ROLES),
              since: date(2000, 2023),
              note: `${pick(ROLES)} seit der Gründung, zuständig für ${compound(random)}`,
            }
          : member.slug,
      ),
      partners: partners.map((partner) => ({
        ref: partner.slug,
        role: pick(['Partnerorganisation', 'Fachleute im Lenkungskreis']),
        note: `Vertreten im Lenkungskreis, Ansprechpartner für ${compound(random)} und ${compound(random)}`,
      })),
      actionFields: some(fields, 1, 3).map((field) => field.slug),
      areas: some(districts, 1, 2).map((district) => district.slug),
      website: `https://www.${suggestSlug(title).slice(0, 40).replace(/-+$/, '')}.example/`,
      ...sourced(area.title, label),
    });
    networks.push(draft);
    actorsAndNetworks.push(draft);
  }

  const initiatives: Draft[] = [];
  for (let index = 0; index < initiativeCount; index++) {
    const [, word] = pick(TOPICS);
    const area = pick(territories);
    const status = pick(STATUS);
    const started = date(2010, 2024);
    const involved = some(actorsAndNetworks, 2, 7);
    initiatives.push(
      add(
        'initiatives',
        `${word}${pick(INITIATIVE_KINDS).toLowerCase()} ${area.title.replace(/^(Stadt|Gemeinde|Landkreis) /, '')}`,
        {
          summary: `Vorhaben für ${word} in ${area.title}, das ${pick(OBJECTS)} ${pick(VERBS)}.`,
          status,
          started,
          ...(status === 'completed' || status === 'discontinued'
            ? { ended: `${Number(started.slice(0, 4)) + between(1, 3)}` }
            : {}),
          leads: involved.slice(0, Math.min(3, involved.length - 1)).map((lead) => lead.slug),
          partners: involved.slice(Math.min(3, involved.length - 1)).map((partner) => partner.slug),
          actionFields: some(fields, 1, 3).map((field) => field.slug),
          areas: [area, ...some(territories, 0, 1).filter((other) => other !== area)].map(
            (territory) => territory.slug,
          ),
          ...(random() < 0.5 ? { website: `https://www.${suggestSlug(word)}.example/` } : {}),
          ...sourced(area.title, word),
        },
      ),
    );
  }

  const aboutPool = [...initiatives, ...networks, ...fields, ...actors];
  const publishers = [...towns, ...districts, ...networks];
  for (let index = 0; index < pressCount; index++) {
    const about = some(aboutPool, 2, 5);
    const publisher = pick(publishers);
    const day = date(2015, 2025, 'day');
    add(
      'press-releases',
      `${publisher.title.replace(/^(Stadt|Gemeinde) /, '')}: ${pick(['Neues zu', 'Startschuss für', 'Bilanz zu', 'Einladung zu'])} ${about[0]!.title}`,
      {
        summary: `${publisher.title} berichtet über ${about[0]!.title}.`,
        date: day,
        publisher: publisher.slug,
        about: about.map((entry) => entry.slug),
        place: pick(TOWNS),
        sources: sourced(publisher.title, `vom ${day}`, 2015).sources,
      },
    ).body.push(
      `${publisher.title} teilt mit: ${link(about[0]!)} ${pick(VERBS)} ${pick(OBJECTS)}.`,
    );
  }

  // About 2 % of entries were renamed once and keep their former slug as an alias.
  for (const draft of drafts) {
    const alias = `${draft.slug}-alt`;
    if (random() < 0.02 && !slugs.has(alias)) {
      slugs.add(alias);
      draft.data['aliases'] = [alias];
    }
  }

  rmSync(targetDir, { recursive: true, force: true });
  for (const name of Object.keys(COLLECTIONS) as CollectionName[])
    mkdirSync(path.join(targetDir, COLLECTIONS[name].folder), { recursive: true });
  const counts = Object.fromEntries(
    (Object.keys(COLLECTIONS) as CollectionName[]).map((name) => [name, 0]),
  ) as GeneratedBase['counts'];
  for (const draft of drafts) {
    const body = [...draft.body, ...realisticBody(random, pick, some, drafts, draft, link)];
    const file = path.join(targetDir, COLLECTIONS[draft.collection].folder, `${draft.slug}.md`);
    writeFileSync(
      file,
      `---\n${stringify(draft.data, { lineWidth: 0 })}---\n${body.join('\n\n')}\n`,
    );
    counts[draft.collection]++;
  }
  return {
    counts,
    queries: DEFAULT_QUERIES,
  };
}

/** Places, topic words and a compound's later part („verkehr“), each in a share of the entries. */
export const DEFAULT_QUERIES = [
  'Göttingen',
  'Radverkehr',
  'verkehr',
  'Klimaschutz',
  'Energiewende',
  'Landkreis',
  'Hochwasserschutz',
  'Nachbarschaftshilfe',
  'Verein',
  'Förderanträge',
  'Celle',
  'Jugendbeteiligung',
];

interface Draft {
  collection: CollectionName;
  slug: string;
  title: string;
  data: Record<string, unknown>;
  body: string[];
}

/**
 * A body as long and as structured as a real entry: 300 to 800 words (every token counts,
 * headings, list marks and table cells too) under `##` and `###` headings, a list, a GFM
 * table in about 30 % and 1 to 3 links to other entries in about 30 %. Each paragraph opens
 * with a sentence about the entry's own topic and places, the rest is prose with the long
 * tail of compounds.
 */
function realisticBody<T extends { title: string }>(
  random: () => number,
  pick: <U>(items: readonly U[]) => U,
  some: <U>(items: readonly U[], min: number, max: number) => U[],
  drafts: readonly T[],
  self: T,
  link: (target: T) => string,
): string[] {
  // 300 to 800 words, more often long than short (mean about 660).
  const target = 300 + Math.floor(random() ** 0.4 * 501);
  const blocks: string[] = [];
  let written = 0;
  const push = (...added: string[]) => {
    for (const block of added) {
      blocks.push(block);
      written += block.split(/\s+/).length;
    }
  };
  const focus: Focus = {
    words: some(TOPICS, 1, 2).map(([, word]) => word),
    towns: some(TOWNS, 1, 3),
  };
  const paragraph = () => {
    const sentences = [sentence(random, pick, focus)];
    let words = sentences[0]!.split(' ').length;
    for (let count = 2 + Math.floor(random() * 4); count > 0; count--) {
      const next = proseSentence(random, focus.towns);
      const length = next.split(' ').length;
      // The body ends within its target: the last sentence may not overshoot it.
      if (written + words + length > target) break;
      sentences.push(next);
      words += length;
    }
    return sentences.join(' ');
  };
  const links = random() < 0.3 ? some(drafts, 1, 3).filter((other) => other !== self) : [];
  const table = random() < 0.3;
  for (const [index, heading] of some(HEADINGS, 3, HEADINGS.length).entries()) {
    if (written >= target - 40) break;
    push(`## ${heading}`, paragraph());
    if (index === 0)
      push(
        Array.from(
          { length: 3 + Math.floor(random() * 4) },
          () => `- ${compound(random)} ${pick(VERBS)} ${pick(OBJECTS)}`,
        ).join('\n'),
      );
    if (index === 1 && table) {
      const rows = Array.from(
        { length: 3 + Math.floor(random() * 6) },
        (_, row) => `| ${2015 + row} | ${pick(TOWNS)} | ${compound(random)} | ${amount(random)} |`,
      );
      push(['| Jahr | Ort | Vorhaben | Beteiligte |', '|---|---|---|---:|', ...rows].join('\n'));
    }
    if (links[index]) push(`Siehe auch ${link(links[index])}. ${sentence(random, pick, focus)}`);
    if (random() < 0.5) push(`### ${pick(SUBHEADINGS)}`, paragraph());
  }
  // Links not placed under a heading yet go into the last paragraphs.
  for (const other of links.slice(3)) push(`Siehe auch ${link(other)}.`);
  while (written < target - 10) push(paragraph());
  return blocks;
}

/**
 * A sentence about one of the entry's own topics and places, now and then another one: real
 * entries talk about their subject, so a topic word is in a fraction of the entries, not in all.
 */
function sentence(
  random: () => number,
  pick: <T>(items: readonly T[]) => T,
  focus?: Focus,
): string {
  const word = focus && random() < 0.97 ? pick(focus.words) : pick(TOPICS)[1];
  const town = focus && random() < 0.97 ? pick(focus.towns) : pick(TOWNS);
  return `${pick(['Das Vorhaben', 'Die Zusammenarbeit', 'Der Kreis der Beteiligten', 'Die Kommune'])} ${pick(VERBS)} ${pick(OBJECTS)} und setzt dabei auf ${word} in ${town}${random() < 0.5 ? ' und im Umland' : ''}.`;
}

interface Focus {
  words: string[];
  towns: string[];
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** Small, fast, seedable PRNG; the same seed gives the same knowledge base. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}
