import { renderBody } from '../src/markdown/render.ts';
const r = renderBody('| a | b |\n| ---: | :-: |\n| 1 | 2 |\n\n![Logo](https://example.org/x.png) ![lokal](bild.png)\n\n<img src="https://example.org/y.png" alt="y">\n', '/work/wt-i20/content/initiatives/x.md', 'md');
console.log(r.html); console.log(JSON.stringify(r.removals)); console.log(JSON.stringify(r.links));
