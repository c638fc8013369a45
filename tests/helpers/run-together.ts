/**
 * `node tests/helpers/run-together.ts '<command>' '<command>' …` runs shell commands side by side
 * and prints each one's output once it has ended, in the order given, under a line naming the
 * command, its exit code and its time; it exits with the first failing command's exit code.
 * `npm test` runs the type check, ESLint, Prettier and the unit tests this way: each is one
 * single-threaded process that needs no other's result.
 */
import { spawn } from 'node:child_process';

interface Finished {
  command: string;
  exitCode: number;
  output: string;
  seconds: number;
}

function run(command: string): Promise<Finished> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const finish = (exitCode: number) =>
      resolve({ command, exitCode, output, seconds: (performance.now() - started) / 1000 });
    child.on('error', (error) => {
      output += `${error.message}\n`;
      finish(1);
    });
    child.on('close', (code) => finish(code ?? 1));
  });
}

const commands = process.argv.slice(2);
const results = await Promise.all(commands.map(run));
for (const { command, exitCode, output, seconds } of results) {
  console.log(
    `\n▶ ${command} (${exitCode === 0 ? 'ok' : `exit code ${exitCode}`}, ${seconds.toFixed(1)} s)`,
  );
  process.stdout.write(output);
}
process.exitCode = results.find((result) => result.exitCode !== 0)?.exitCode ?? 0;
