/** The upstream slug rule lives in the bundle contract: the app also needs it for search snippets. */
export { slugFromTitle } from '../bundle/slug.ts';
