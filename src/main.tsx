import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { startEarlyFetches } from './app/early-fetches.ts';
import { enterEmbedMode } from './app/embed-mode.ts';
import { createAppQueryClient } from './app/query-client.ts';
import './app/static-page.css';
import { applyTheme, storedTheme } from './lib/theme.ts';

applyTheme(storedTheme());

enterEmbedMode(import.meta.env.BASE_URL);
const queryClient = createAppQueryClient();
startEarlyFetches(queryClient, window.location.pathname, import.meta.env.BASE_URL);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App queryClient={queryClient} />
  </StrictMode>,
);
