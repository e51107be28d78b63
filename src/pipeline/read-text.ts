import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { problem, type Problem } from './problems';
import { CATALOGUE } from './problems/catalogue';

/** The first line of `bytes` that is not valid UTF-8 (1-based), or undefined when all are. */
export function firstBadUtf8Line(bytes: Uint8Array): number | undefined {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  for (let line = 1; ; line++) {
    const end = bytes.indexOf(0x0a, start);
    try {
      decoder.decode(bytes.subarray(start, end === -1 ? bytes.length : end));
    } catch {
      return line;
    }
    if (end === -1) return undefined;
    start = end + 1;
  }
}

/** A content file (metadata, claims, positions, theme) as UTF-8 text without a BOM; anything else is a located problem. */
export function readTextFile(root: string, file: string): { text?: string; problems: Problem[] } {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(join(root, file));
  } catch (e) {
    return { problems: [problem(CATALOGUE.FileUnreadable, { file }, { reason: (e as NodeJS.ErrnoException).code ?? String(e) })] };
  }
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 1 : bytes[0] === 0xfe && bytes[1] === 0xff ? 1 : undefined;
  const bad = utf16 ?? firstBadUtf8Line(bytes);
  if (bad !== undefined) return { problems: [problem(CATALOGUE.FileNotUtf8, { file, line: bad })] };
  return { text: new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, ''), problems: [] };
}
