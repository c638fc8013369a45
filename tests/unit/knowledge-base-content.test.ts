import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { parseEntryFile } from '../../src/knowledge-base/frontmatter.ts';
import { loadKnowledgeBase } from '../../src/knowledge-base/load.ts';
import { PROJECT_ROOT } from '../../scripts/support/build-site.ts';

/**
 * Editorial checks on the knowledge base that ships (content/), and on the examples in
 * CONTRIBUTING.md, which editors copy. The schemas check the form of an entry; these check
 * what docs/wissensbasis.md records as the rules for its words: every claim with its time and
 * its source, and no notes to editors where readers see them.
 */
const base = loadKnowledgeBase(PROJECT_ROOT, path.join(PROJECT_ROOT, 'content'));

interface Cited {
  file: string;
  data: Record<string, unknown>;
}

function guideExamples(): Cited[] {
  const guide = readFileSync(path.join(PROJECT_ROOT, 'CONTRIBUTING.md'), 'utf8');
  const section = guide.slice(guide.indexOf('\n## Beispiele\n'), guide.indexOf('\n## Felder\n'));
  return [...section.matchAll(/^### (.+)\n[\s\S]*?^```markdown\n([\s\S]*?)^```$/gm)].map(
    ([, heading, text]) => ({
      file: `CONTRIBUTING.md (Beispiel ${heading})`,
      data: parseEntryFile(text!).data as Record<string, unknown>,
    }),
  );
}

const entries: Cited[] = base.entries.map((entry) => ({ file: entry.file, data: entry.data }));

/**
 * A summary is what share previews, search results, feeds and the CSV download show on their
 * own, without the page around it. It says what the sources say about the subject, in the
 * reader's voice. Notes about the atlas itself or about what a source leaves open („wie sie
 * ausging, ist im Atlas nicht belegt“, „3 von 51 Mitgliedern verzeichnet“) belong in
 * docs/wissensbasis.md, or, where readers need them, in the body of the entry.
 *
 * The list is written by hand from such notes and kept narrow, so that it does not hit the
 * ordinary way a summary names its source („laut einer Vorlage des Landkreises Peine von 2015“,
 * „nach eigener Angabe“, „undatierte Gründungsmeldung“):
 * - the atlas or the knowledge base as a place („im Atlas“, „laut Atlas“, „des Atlas“): the
 *   word must follow a preposition or article, so a project whose name begins „Atlas …“ or
 *   ends „…atlas“ is not hit;
 * - an entry of the atlas („dieser Eintrag“, „im Eintrag“);
 * - what is or is not listed („hier verzeichnet“, „nicht eingetragen“, „3 von 51 … verzeichnet“):
 *   „eingetragener Verein“ is not hit;
 * - a source as the subject of saying or not saying („die Quelle nennt nur …“, „nennen die
 *   Quellen“, „keine Quelle“, „laut Quelle“); springs („Schutz der Quellen im Harz“) are not
 *   hit, since the word must go with such a verb (at most five words later) or determiner;
 * - what is not known or not proven („nicht belegt“, „ist unklar“, „bleibt unbekannt“,
 *   „geht aus … nicht hervor“).
 */
const EDITOR_VOICE: [what: string, pattern: RegExp][] = [
  ['the atlas as a place', /\b(?:im|ins|vom|des|dem|den|laut) (?:Atlas|Wissensbasis)\b/i],
  ['an entry of the atlas', /\b(?:dieser|diesem|dieses|im) Eintrags?\b/i],
  ['what is listed', /\b(?:hier|nicht|nur|von \d+ \S+) (?:verzeichnet|eingetragen)\b/i],
  [
    'a source saying or not saying',
    /\b(?:Quellen?(?:\s+\S+){0,5}?\s+(?:nennt|nennen|sagt|sagen|belegt|belegen|schweigt|schweigen)|(?:nennt|nennen|sagt|sagen|belegt|belegen) (?:die|keine|eine) Quellen?|(?:keine|laut) Quellen?)\b/i,
  ],
  [
    'what is not known',
    /\b(?:nicht belegt|nicht hervor|(?:ist|sind|bleibt|bleiben) (?:unklar|ungeklärt|unbekannt|nicht bekannt))\b/i,
  ],
];

/** The phrases of a summary that speak about the atlas or its sources, not about the subject. */
function editorVoice(summary: string): string[] {
  return EDITOR_VOICE.flatMap(([what, pattern]) => {
    const match = summary.match(pattern);
    return match ? [`${what}: „${match[0]}“`] : [];
  });
}

test('the editor-voice list hits the notes it was written for and not ordinary summaries', () => {
  for (const note of [
    'Bewerbung, die im Februar 2019 lief; wie sie ausging, ist im Atlas nicht belegt.',
    'Verein mit 51 Mitgliedern (3 von 51 Mitgliedern verzeichnet).',
    'Netzwerk; weitere Landkreise sind hier nicht verzeichnet.',
    'Verein, den die Quelle nur mit seiner Abkürzung nennt.',
    'Ob Hannover beigetreten ist, geht aus der Meldung nicht hervor.',
    'Projekt der Stadt; der Ausgang ist unklar.',
    'Gericht, das laut Atlas zur Justiz gehört.',
  ])
    assert.notDeepEqual(editorVoice(note), [], note);
  for (const summary of [
    'Gesellschaft, die laut einer Vorlage des Landkreises Peine von 2015 mit Partnern Projekte verwirklicht.',
    'Kommunalverwaltung, die nach eigener Angabe als erste in Deutschland ein Bündnis gegründet hat.',
    'Bündnis mit sechs Schwerpunkten; Ziel sind laut der undatierten Gründungsmeldung Aktionspläne.',
    'Niedersächsischer eingetragener Verein, der Kommunen unterstützt.',
    'Projekt zum Schutz der Quellen und Bäche im Harz.',
    'Atlas der Artenvielfalt: Kartierung von Pflanzen im Kooperationsatlas-Gebiet.',
  ])
    assert.deepEqual(editorVoice(summary), [], summary);
});

test('no summary holds a note to editors', () => {
  const found = [...entries, ...guideExamples()].flatMap((entry) =>
    editorVoice((entry.data['summary'] as string | undefined) ?? '').map(
      (hit) => `${entry.file}: ${hit}`,
    ),
  );
  assert.deepEqual(found, [], 'Such notes belong in docs/wissensbasis.md, not in a summary.');
});

test('every fact names its source, and its date unless that source has none', () => {
  const wrong: string[] = [];
  for (const entry of entries) {
    const sources = (entry.data['sources'] as { date?: string }[] | undefined) ?? [];
    const facts =
      (entry.data['facts'] as { label: string; asOf?: string; source?: number }[] | undefined) ??
      [];
    for (const fact of facts) {
      if (fact.source === undefined) wrong.push(`${entry.file}: „${fact.label}“ has no source`);
      else if (fact.asOf === undefined && sources[fact.source - 1]?.date !== undefined)
        wrong.push(`${entry.file}: „${fact.label}“ has no asOf, though its source is dated`);
    }
  }
  assert.deepEqual(wrong, []);
});

test('every member and partner of a network names the source that supports it', () => {
  const wrong: string[] = [];
  for (const entry of base.entries.filter((item) => item.collection === 'networks')) {
    for (const field of ['members', 'partners']) {
      const list = (entry.data[field] as (string | { ref: string; source?: number })[]) ?? [];
      for (const item of list) {
        const ref = typeof item === 'string' ? item : item.ref;
        if (typeof item === 'string' || item.source === undefined)
          wrong.push(`${entry.file} › ${field}: ${ref} has no source`);
      }
    }
  }
  assert.deepEqual(wrong, []);
});
