import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file below `dir` as text, keyed by its path relative to `dir`. */
export function readOutput(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (at: string) =>
    readdirSync(at).forEach((name) => {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(dir, path)] = readFileSync(path, 'utf8');
    });
  walk(dir);
  return files;
}
