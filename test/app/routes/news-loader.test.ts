import type { LoaderFunctionArgs } from 'react-router';
import { describe, expect, it } from 'vitest';
import { newsLoader } from '../../../src/app/routes/news-loader.ts';

function load(path: string): unknown {
  const args = {
    request: new Request(`http://localhost${path}`),
    params: {},
    context: {},
  } as unknown as LoaderFunctionArgs;
  try {
    return newsLoader(args);
  } catch (thrown) {
    return thrown;
  }
}

describe('newsLoader', () => {
  it('lets a canonical event or day path through', () => {
    expect(load('/news/2015/09/26/iraq-says')).toBeNull();
    expect(load('/news/2015/09/26')).toBeNull();
  });

  it('redirects an unpadded day and a .md name to the canonical path, keeping the query', () => {
    const response = load('/news/2017/05/4/a-memorandum.md?tag=Iran') as Response;
    expect(response.status).toBe(302);
    expect(response.headers.get('Location')).toBe('/news/2017/05/04/a-memorandum?tag=Iran');
  });

  it('redirects a day page link to the day', () => {
    const response = load('/news/2015/09/26/index.md') as Response;
    expect(response.headers.get('Location')).toBe('/news/2015/09/26');
  });

  it('answers 404 for an impossible date', () => {
    const thrown = load('/news/2015/02/30/some-event') as { init?: { status?: number } };
    expect(thrown.init?.status).toBe(404);
  });
});
