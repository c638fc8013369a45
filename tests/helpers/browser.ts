// Kept for scripts/bench.ts; the launcher lives with the check's browser step.
export { launchChromium } from '../../scripts/lib/browser.ts';
