/** The part of the `hyphen` package (German patterns) the pictures use; it ships no types. */
declare module 'hyphen/de/index.js' {
  const hyphen: {
    hyphenateSync(
      this: void,
      text: string,
      options?: { minWordLength?: number; hyphenChar?: string },
    ): string;
  };
  export default hyphen;
}
