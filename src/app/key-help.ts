/** The keys the help dialog lists; the handlers live in global-keys.ts, the timeline and the panel. */
export interface KeyGroup {
  id: string;
  title: string;
  keys: Array<[string[], string]>;
}

export const KEY_GROUPS: KeyGroup[] = [
  {
    id: 'anywhere',
    title: 'Anywhere',
    keys: [
      [['?'], 'Show these keys'],
      [['/', 'g'], 'Search events, or go to a date'],
      [['n', 'p'], 'Next, previous event (with one open)'],
      [['Tab', 'Shift+Tab'], 'Move between controls; the first Tab offers skip links'],
    ],
  },
  {
    id: 'timeline',
    title: 'On the timeline',
    keys: [
      [['+', '−'], 'Zoom in, zoom out'],
      [['←', '→'], 'Previous, next event (zoomed out: pan)'],
      [['Page Up', 'Page Down'], 'Previous, next day (zoomed out: pan a whole view)'],
      [['Enter'], 'Open the event under the cursor (zoomed out: zoom to the centre bar)'],
      [['Escape'], 'Close the open event'],
    ],
  },
  {
    id: 'panel',
    title: 'In the event panel and pop-ups',
    keys: [
      [['Escape'], 'Close the event, the tag list or this dialog'],
      [['Enter'], 'Follow a link: previous, next, related event, day, tag'],
    ],
  },
];
