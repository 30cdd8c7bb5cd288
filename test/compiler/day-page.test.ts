import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../../src/bundle/index.ts';
import { readDayPage } from '../../src/compiler/day-page.ts';

const day = dayFromIso('2015-09-26')!;

/** A day page as the Portal writes them: one heading in markdown, one in bold, links from other days. */
const PAGE = `### [2015-09-26](/news/2015/09/26/index.md)

# September 26, 2015

## Armed conflicts and attacks

1. [Zeta ](/news/2015/09/26/zeta.md)
2. [Alpha ](/news/2015/09/26/alpha.md)

**Politics and elections**

1. [Mid ](/news/2015/9/26/mid.md)
2. [Another day ](/news/2015/09/25/elsewhere.md)
3. [Zeta again ](/news/2015/09/26/zeta.md)`;

describe('readDayPage', () => {
  it('groups the day’s event links under the Portal’s headings, in the page’s order', () => {
    expect(readDayPage(PAGE, day)).toEqual([
      { heading: 'Armed conflicts and attacks', slugs: ['zeta', 'alpha'] },
      { heading: 'Politics and elections', slugs: ['mid'] },
    ]);
  });

  it('keeps a page without headings as one untitled section', () => {
    expect(
      readDayPage('# 26 September 2015\n\n1. [B ](/news/2015/09/26/b.md)\n2. [A ](/news/2015/09/26/a.md)\n', day),
    ).toEqual([{ heading: '', slugs: ['b', 'a'] }]);
  });

  it('drops headings with nothing under them', () => {
    expect(readDayPage('## Sports\n\n## Law and crime\n\n- [A ](/news/2015/09/26/a.md)\n', day)).toEqual([
      { heading: 'Law and crime', slugs: ['a'] },
    ]);
  });
});
