/**
 * The steps of `npm run check`: each runs timed, reports ok or failed, and a failed
 * step can make later ones pointless (they are then skipped, with the reason shown).
 */
export type StepStatus = 'ok' | 'failed' | 'skipped';

export interface StepResult {
  name: string;
  status: StepStatus;
  durationMs: number;
  /** One short German line: what was checked, what failed, or why it was skipped. */
  note: string;
}

export interface StepOutcome {
  ok: boolean;
  note: string;
}

export async function runStep(
  name: string,
  run: () => StepOutcome | Promise<StepOutcome>,
  clock: () => number = performance.now.bind(performance),
): Promise<StepResult> {
  const start = clock();
  const outcome = await run();
  return {
    name,
    status: outcome.ok ? 'ok' : 'failed',
    durationMs: clock() - start,
    note: outcome.note,
  };
}

export function skippedStep(name: string, reason: string): StepResult {
  return { name, status: 'skipped', durationMs: 0, note: reason };
}

const STATUS_LABEL: Record<StepStatus, string> = {
  ok: 'ok',
  failed: 'FEHLER',
  skipped: 'übersprungen',
};

/** `0,4 s`, `12,3 s`, `1 min 05 s`, German style. */
export function formatDuration(ms: number): string {
  if (ms < 60_000) return `${(ms / 1000).toFixed(1).replace('.', ',')} s`;
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
}

/** The closing table: one line per step with status, run time and note, then the verdict. */
export function formatSummary(results: readonly StepResult[]): string {
  const nameWidth = Math.max(...results.map((result) => result.name.length));
  const statusWidth = Math.max(...results.map((result) => STATUS_LABEL[result.status].length));
  const lines = results.map((result) => {
    const duration = result.status === 'skipped' ? '–' : formatDuration(result.durationMs);
    return `  ${result.name.padEnd(nameWidth)}  ${STATUS_LABEL[result.status].padEnd(statusWidth)}  ${duration.padStart(10)}  ${result.note}`;
  });
  const total = formatDuration(results.reduce((sum, result) => sum + result.durationMs, 0));
  const failed = results.filter((result) => result.status === 'failed').length;
  const verdict =
    failed === 0
      ? `Alles in Ordnung (${total}).`
      : `${failed === 1 ? '1 Schritt' : `${failed} Schritte`} fehlgeschlagen (${total}). Die Meldungen stehen oben.`;
  return ['Zusammenfassung', ...lines, verdict].join('\n');
}

export function exitCodeOf(results: readonly StepResult[]): number {
  return results.some((result) => result.status === 'failed') ? 1 : 0;
}
