import { decodeHTML, decodeHTMLAttribute } from 'entities';

/**
 * Which URLs content may carry in a link, an image or any other URL attribute: web pages,
 * e-mail, telephone, and relative URLs. Everything else (`javascript:`, `data:`,
 * `vbscript:`, `file:` …) is refused: an allow-list, so schemes nobody thought of are refused too.
 */
export const SAFE_SCHEMES: ReadonlySet<string> = new Set(['http', 'https', 'mailto', 'tel']);

/**
 * The scheme a browser would see, lower-cased, or undefined for a relative URL. Follows the
 * WHATWG URL parser: leading and trailing C0 controls and spaces are stripped, tab and
 * newline are removed anywhere, a scheme is a letter followed by letters, digits, `+ - .`
 * up to the first `:`; anything else before the colon makes the URL relative.
 */
export function schemeOf(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- C0 controls are stripped as the WHATWG URL parser does
  const cleaned = url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  return /^([a-z][a-z\d+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

/**
 * True when a URL attribute value is safe to keep. It is judged as written, after decoding
 * character references once more (as an attribute and as text, in case a value reached us
 * still encoded), and with every control character and space removed (how lenient legacy
 * parsers read `java\0script:`). Any reading with a scheme outside SAFE_SCHEMES refuses it.
 */
export function isSafeUrl(value: string): boolean {
  // Without `&` there is nothing to decode: one reading is all readings.
  const readings = value.includes('&')
    ? [value, decodeHTMLAttribute(value), decodeHTML(value)]
    : [value];
  return readings.every((reading) =>
    // eslint-disable-next-line no-control-regex -- the reading of lenient parsers that drop control characters
    [schemeOf(reading), schemeOf(reading.replace(/[\u0000-\u0020]/g, ''))].every(
      (scheme) => scheme === undefined || SAFE_SCHEMES.has(scheme),
    ),
  );
}

/** `srcset` holds comma-separated candidates `url [descriptor]`; each URL is judged. */
export function isSafeSrcSet(value: string): boolean {
  return value.split(',').every((candidate) => isSafeUrl(candidate.trim().split(/\s+/)[0] ?? ''));
}
