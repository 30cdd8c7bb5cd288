import { createBrowserRouter } from 'react-router';
import { AppShell } from './AppShell.tsx';
import { NewsPanel } from './routes/NewsPanel.tsx';
import { newsLoader } from './routes/news-loader.ts';
import { NotFoundPage } from './routes/NotFoundPage.tsx';
import { OverviewPanel } from './routes/OverviewPanel.tsx';
import { RouteError } from './routes/RouteError.tsx';

export function createAppRouter() {
  return createBrowserRouter(
    [
      {
        path: '/',
        element: <AppShell />,
        errorElement: <RouteError />,
        children: [
          { index: true, element: <OverviewPanel />, errorElement: <RouteError /> },
          { path: 'news/:year/:month/:day', loader: newsLoader, element: <NewsPanel />, errorElement: <RouteError /> },
          { path: 'news/:year/:month/:day/:slug', loader: newsLoader, element: <NewsPanel />, errorElement: <RouteError /> },
        ],
      },
      { path: '*', element: <NotFoundPage />, errorElement: <RouteError /> },
    ],
    { basename: import.meta.env.BASE_URL.replace(/\/$/, '') || undefined },
  );
}
