import type { Problem } from './problems';

/** Decodes a raw capture, refusing empty, binary (NUL) and non-UTF-8 files with the line at fault. */
export function rawBytesToText(bytes: Uint8Array, file: string): { text?: string; problems: Problem[] } {
  const fix = 'replace it with the UTF-8 text capture of the brief';
  if (bytes.length === 0 || new TextDecoder().decode(bytes).trim() === '') {
    return { problems: [{ file, message: 'the raw file is empty', fix }] };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return { problems: [{ file, line: lineAt(bytes, nul), message: 'the raw file contains a NUL byte (binary data)', fix }] };
  }
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  let line = 1;
  while (start <= bytes.length) {
    const end = bytes.indexOf(0x0a, start);
    const stop = end === -1 ? bytes.length : end;
    try {
      decoder.decode(bytes.subarray(start, stop));
    } catch {
      return { problems: [{ file, line, message: 'the raw file is not valid UTF-8', fix }] };
    }
    if (end === -1) break;
    start = end + 1;
    line += 1;
  }
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  return { text, problems: [] };
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
