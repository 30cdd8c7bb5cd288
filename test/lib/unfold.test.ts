import { describe, expect, it } from 'vitest';
import { repeatsHeadline, unfoldTitle } from '../../src/lib/unfold.ts';

describe('unfoldTitle', () => {
  it('restores the characters the upstream ASCII folding replaced, from the body', () => {
    const body = 'The Sheriff’s office in Iğdır says it was 86°F on Saturday (Egypt’s time).';
    expect(unfoldTitle('Sheriff-s office in Igd-r reports 86-F, says Egypt-s ministry', [body])).toBe(
      'Sheriff’s office in Iğdır reports 86°F, says Egypt’s ministry',
    );
  });

  it('keeps words the body does not hold, and plain words as they are', () => {
    expect(unfoldTitle('Iraqi Civil War (2014-present): talks resume', ['Talks resume in Geneva.'])).toBe(
      'Iraqi Civil War (2014-present): talks resume',
    );
    expect(unfoldTitle('Iraqi Civil War (2014-present): x', ['Since 2014–present'])).toBe(
      'Iraqi Civil War (2014–present): x',
    );
  });
});

describe('repeatsHeadline', () => {
  it('is true when the body says only what the headline says, up to folding and punctuation', () => {
    expect(repeatsHeadline('Iraq’s army retakes Ramadi.', 'Iraq-s army retakes Ramadi')).toBe(true);
    expect(repeatsHeadline('Iraq’s army retakes Ramadi. Officials say more.', 'Iraq-s army retakes Ramadi')).toBe(
      false,
    );
    expect(repeatsHeadline('', 'Anything')).toBe(false);
  });
});
