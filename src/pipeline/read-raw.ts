import { problem, type Problem } from './problems';
import { CATALOGUE } from './problems/catalogue';
import { firstBadUtf8Line } from './read-text';

/** Decodes a raw capture, refusing empty, UTF-16, binary (NUL) and non-UTF-8 files with the line at fault. */
export function rawBytesToText(bytes: Uint8Array, file: string): { text?: string; problems: Problem[] } {
  const fail = (p: Problem) => ({ problems: [p] });
  // Checked before NUL bytes: UTF-16 text is full of them, and the fix is to re-save, not to replace.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return fail(problem(CATALOGUE.RawUtf16, { file, line: 1 }, { order: 'little-endian, FF FE' }));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return fail(problem(CATALOGUE.RawUtf16, { file, line: 1 }, { order: 'big-endian, FE FF' }));
  if (bytes.length === 0 || new TextDecoder().decode(bytes).trim() === '') return fail(problem(CATALOGUE.RawEmpty, { file }));
  const nul = bytes.indexOf(0);
  if (nul !== -1) return fail(problem(CATALOGUE.RawBinary, { file, line: lineAt(bytes, nul) }));
  const bad = firstBadUtf8Line(bytes);
  if (bad !== undefined) return fail(problem(CATALOGUE.RawNotUtf8, { file, line: bad }));
  return { text: new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, ''), problems: [] };
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
