/** The one place the app fetches bundle files. No retries or notifications here: callers decide. */

export class HttpError extends Error {
  readonly status: number;
  readonly url: string;

  constructor(url: string, status: number) {
    super(`${url} answered HTTP ${status}`);
    this.name = 'HttpError';
    this.url = url;
    this.status = status;
  }
}

/** The bundle lives beside the app, so it works under any base path. */
export function dataUrl(path: string): string {
  return `${import.meta.env.BASE_URL}data/${path}`;
}

export async function fetchJson<T>(path: string, init?: RequestInit): Promise<T> {
  const url = dataUrl(path);
  return readJson<T>(url, await fetch(url, init));
}

export async function readJson<T>(url: string, response: Response): Promise<T> {
  if (!response.ok) throw new HttpError(url, response.status);
  return (await response.json()) as T;
}
