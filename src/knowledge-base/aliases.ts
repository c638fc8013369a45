import type { Problem } from '../vocabulary/errors.ts';
import type { Slug } from '../vocabulary/slugs.ts';

interface AliasOwner {
  slug: Slug;
  /** Path relative to the project root, for messages. */
  file: string;
  data: { aliases?: unknown };
}

/**
 * Former slug → current slug, the one alias map of the atlas: the loader builds it to check
 * collisions, the read model to answer redirects. An alias must not be any entry's slug
 * (`registry`, drafts included) nor another entry's alias; each collision is a problem.
 */
export function aliasMap(
  entries: readonly AliasOwner[],
  registry: ReadonlyMap<Slug, { file: string }> = new Map(
    entries.map((entry) => [entry.slug, entry]),
  ),
): { aliases: Map<Slug, Slug>; problems: Problem[] } {
  const aliases = new Map<Slug, Slug>();
  const problems: Problem[] = [];
  for (const entry of entries) {
    const list = Array.isArray(entry.data.aliases) ? (entry.data.aliases as Slug[]) : [];
    list.forEach((alias, index) => {
      const owner = registry.get(alias);
      const earlier = aliases.get(alias);
      if (!owner && !earlier) {
        aliases.set(alias, entry.slug);
        return;
      }
      const other = owner
        ? `der Slug von ${owner.file}`
        : `schon Alias von ${registry.get(earlier!)?.file}`;
      problems.push({
        code: 'alias-collision',
        file: entry.file,
        field: `aliases[${index}]`,
        value: alias,
        expected: `„${alias}“ ist ${other}. Erwartet: ein früherer Slug, der sonst nirgends vergeben ist.`,
      });
    });
  }
  return { aliases, problems };
}
