/** Bytes of one file to text the parser can trust: BOM gone, line endings `\n`. */
import type { Problem } from './types.ts';

const strict = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

export interface Decoded {
  text: string;
  /** Set when the bytes were not valid UTF-8: the line of the first bad sequence. */
  invalidUtf8Line: number | null;
}

export function decodeFile(bytes: Uint8Array): Decoded {
  let text: string;
  let invalidUtf8Line: number | null = null;
  try {
    text = strict.decode(bytes);
  } catch {
    // Keep the file readable; the bad bytes become U+FFFD and the report says where.
    text = lenient.decode(bytes);
    const bad = text.indexOf('\uFFFD');
    invalidUtf8Line = lineAt(text, bad < 0 ? 0 : bad);
  }
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  if (text.includes('\0')) text = text.replaceAll('\0', '\uFFFD');
  return { text, invalidUtf8Line };
}

export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

export function invalidUtf8Warning(file: string, line: number): Problem {
  return { file, line, message: 'the file is not valid UTF-8; unreadable bytes were replaced with \uFFFD' };
}
