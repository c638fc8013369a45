/**
 * A number and the word or unit after it („3,9 Millionen“, „60.000 €“, „12 km“) belong on one
 * line: the space between them becomes a no-break space.
 */
export function keepNumbersWithUnits(text: string): string {
  return text.replace(/(\d) (?=[\p{L}€%])/gu, '$1\u00a0');
}
