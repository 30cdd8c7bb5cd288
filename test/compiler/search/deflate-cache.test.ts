import { inflateRawSync } from 'node:zlib';
import { expect, it } from 'vitest';
import { deflated, forgetUnused, stillUsed } from '../../../src/compiler/search/deflate-cache.ts';

const build = (work: () => void) => {
  work();
  forgetUnused();
};

it('reuses the last build’s bytes, and forgets what a build neither deflated nor found on disk', () => {
  build(() => {
    forgetUnused();
    forgetUnused();
  });
  let first: Buffer | undefined;
  build(() => (first = deflated('snippets of group 0')));
  expect(inflateRawSync(first!).toString()).toBe('snippets of group 0');

  let again: Buffer | undefined;
  build(() => (again = deflated('snippets of group 0')));
  expect(again).toBe(first);

  // A build that found the file already written (nothing to deflate) still keeps it known...
  build(() => stillUsed('snippets of group 0'));
  build(() => (again = deflated('snippets of group 0')));
  expect(again).toBe(first);

  // ...where a build that did not touch it at all forgets it.
  build(() => undefined);
  build(() => (again = deflated('snippets of group 0')));
  expect(again).not.toBe(first);
  expect(again).toEqual(first);
});
