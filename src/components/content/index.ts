import Hinweis from './Hinweis.astro';

/** The components an `.mdx` entry may use without importing them (see CONTRIBUTING.md). */
export const contentComponents = { Hinweis };
