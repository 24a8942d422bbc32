/** What the command-line tools write to and read from: the process in real use, captured buffers in tests. */
import { readFile } from 'node:fs/promises';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Bytes, so that openDesign sees a byte-order mark (UTF-8 or UTF-16); tests may hand in text. */
  readFile(path: string): Promise<string | Uint8Array>;
}

export const nodeIo: CliIo = {
  out: (t) => process.stdout.write(`${t}\n`),
  err: (t) => process.stderr.write(`${t}\n`),
  readFile: (p) => readFile(p),
};

/** For tests: an io whose output lines are kept in `stdout` and `stderr`. */
export function captureIo(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t), readFile: (p) => readFile(p, 'utf8') };
}
