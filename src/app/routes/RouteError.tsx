import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { FullPageMessage } from '../FullPageMessage.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';

/** Every route's errorElement: a not-found page for 404s, otherwise the error and a way back. */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  const message = error instanceof Error ? error.message : String(error);
  return (
    <FullPageMessage title="Something went wrong">
      <p>{message}</p>
      <p>
        <Link to="/">Back to the overview</Link> or <a href={window.location.href}>reload this page</a>.
      </p>
    </FullPageMessage>
  );
}
