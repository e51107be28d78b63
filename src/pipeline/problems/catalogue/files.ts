/** Problems with reading a file at all: raw captures, YAML text, and values the schemas refuse. */
import { define } from '../index';

const RESAVE = 're-save the capture as UTF-8, then record its new `sha256sum` in raw.sha256';

export const RawMissing = define<{ raw: string }>({
  code: 'raw/missing',
  title: 'Raw capture missing',
  message: (p) => `${p.raw} does not exist`,
  hint: 'copy the raw capture there, unchanged, or correct raw.file',
});

export const RawNotAFile = define<{ raw: string }>({
  code: 'raw/not-a-file',
  title: 'Raw capture is not a file',
  message: (p) => `${p.raw} is a directory, not a file`,
  hint: 'name the capture file itself in raw.file, e.g. "001_2fe274988c72d7b9.txt"',
});

export const RawEmpty = define({
  code: 'raw/empty',
  title: 'Raw capture empty',
  message: () => 'the raw file is empty',
  hint: 'replace it with the UTF-8 text capture of the brief',
});

export const RawUtf16 = define<{ order: string }>({
  code: 'raw/utf16',
  title: 'Raw capture saved as UTF-16',
  message: (p) => `the raw file is UTF-16 (${p.order} byte-order mark), not UTF-8`,
  hint: RESAVE,
});

export const RawBinary = define({
  code: 'raw/binary',
  title: 'Raw capture is binary',
  message: () => 'the raw file contains a NUL byte (binary data)',
  hint: 'replace it with the UTF-8 text capture of the brief',
});

export const RawNotUtf8 = define({
  code: 'raw/not-utf8',
  title: 'Raw capture not UTF-8',
  message: () => 'the raw file is not valid UTF-8 (it may be Windows-1252 or Latin-1)',
  hint: RESAVE,
});

export const RawChecksum = define<{ raw: string; sha256: string }>({
  code: 'raw/sha256',
  title: 'Raw capture changed',
  message: (p) => `${p.raw} has SHA-256 ${p.sha256}, not the recorded one`,
  hint: 'restore the raw file from the original capture; raw files are never edited',
});

export const FileUnreadable = define<{ reason: string }>({
  code: 'file/unreadable',
  title: 'File cannot be read',
  message: (p) => `the file cannot be read (${p.reason})`,
  hint: 'make it a readable text file, or remove it',
});

export const YamlSyntax = define<{ detail: string }>({
  code: 'yaml/syntax',
  title: 'YAML syntax error',
  message: (p) => `YAML syntax error: ${p.detail}`,
  hint: 'fix the YAML syntax (quote values that contain ": " or start with a special character)',
});

export const YamlAliases = define({
  code: 'yaml/aliases',
  title: 'Too many YAML aliases',
  message: () => 'the file repeats YAML anchors (&name) through aliases (*name) more than the build allows',
  hint: 'write the values out; content files need no anchors or aliases',
});

export const YamlEmpty = define({
  code: 'yaml/empty',
  title: 'Empty YAML file',
  message: () => 'the file is empty',
  hint: 'fill it in (copy another file of the same folder as a start), or delete it',
});

export const SchemaInvalid = define<{ detail: string; schema: string }>({
  code: 'schema/invalid',
  title: 'Value refused by the schema',
  message: (p) => `invalid value: ${p.detail}`,
  hint: (p) => `correct the value (every field is described in ${p.schema})`,
});

export const SchemaUnknownKey = define<{ key: string; schema: string }>({
  code: 'schema/unknown-key',
  title: 'Unknown key',
  message: (p) => `unknown key “${p.key}”`,
  hint: (p) => `remove the key or correct its spelling (the keys are listed in ${p.schema})`,
});

export const NotHttp = define<{ url: string }>({
  code: 'schema/not-http',
  title: 'Web address that is not http(s)',
  message: (p) => `“${p.url}” is not an http(s) web address`,
  hint: 'give the page’s address starting with https:// (or http://)',
});

export const BlankSetting = define({
  code: 'schema/blank',
  title: 'Text of only spaces',
  message: () => 'the text is only spaces or invisible characters, so it would match every line',
  hint: 'give the visible words of the line, or remove the setting',
});

export const FileNotUtf8 = define({
  code: 'file/not-utf8',
  title: 'File not UTF-8',
  message: () => 'the file is not valid UTF-8 text (it may be Windows-1252, Latin-1 or UTF-16)',
  hint: 'save it again as UTF-8',
});
