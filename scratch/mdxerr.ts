import { mdxToMdast } from 'satteri';
for (const body of ['Text\n\n<!-- Kommentar -->\n', 'a\n\n<Hinweis titel="x">\nnicht geschlossen\n', 'x < y und {offen\n']) {
  try { mdxToMdast(body); console.log('ok'); } catch (e) { const err = e as Record<string, unknown>; console.log(JSON.stringify({ msg: (e as Error).message, keys: Object.keys(err), line: err.line, col: err.column, place: err.place })); }
}
