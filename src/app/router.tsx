import { createBrowserRouter } from 'react-router';
import { AppShell } from './AppShell.tsx';
import { NewsPanel } from './routes/NewsPanel.tsx';
import { newsLoader } from './routes/news-loader.ts';
import { NotFoundPage } from './routes/NotFoundPage.tsx';
import { OverviewPanel } from './routes/OverviewPanel.tsx';
import { RouteError } from './routes/RouteError.tsx';
import { StoryPanel } from './routes/StoryPanel.tsx';
import { ShellSkeleton } from './ShellSkeleton.tsx';

export function createAppRouter() {
  return createBrowserRouter(
    [
      {
        path: '/',
        element: <AppShell />,
        errorElement: <RouteError />,
        // Shown while the news loader checks the first URL (it is synchronous, so only a frame):
        // the shell's own skeleton, so that nothing moves when the shell replaces it.
        hydrateFallbackElement: <ShellSkeleton />,
        children: [
          { index: true, element: <OverviewPanel />, errorElement: <RouteError /> },
          { path: 'story/*', element: <StoryPanel />, errorElement: <RouteError /> },
          { path: 'news/:year/:month/:day', loader: newsLoader, element: <NewsPanel />, errorElement: <RouteError /> },
          {
            path: 'news/:year/:month/:day/:slug',
            loader: newsLoader,
            element: <NewsPanel />,
            errorElement: <RouteError />,
          },
        ],
      },
      { path: '*', element: <NotFoundPage />, errorElement: <RouteError /> },
    ],
    { basename: import.meta.env.BASE_URL.replace(/\/$/, '') || undefined },
  );
}
