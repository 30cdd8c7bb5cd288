/** One formatter for the whole tree; `npm run format:check` runs in CI. */
export default {
  printWidth: 120,
  singleQuote: true,
  trailingComma: 'all',
};
