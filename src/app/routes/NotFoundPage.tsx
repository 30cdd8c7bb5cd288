import { Link } from 'react-router';
import { FullPageMessage } from '../FullPageMessage.tsx';

export function NotFoundPage() {
  return (
    <FullPageMessage title="Page not found">
      <p>There is no page at this address.</p>
      <p>
        Events live at addresses like <code>/news/2015/09/26/some-event</code>, and a whole day at{' '}
        <code>/news/2015/09/26</code>.
      </p>
      <p>
        <Link to="/">Go to the timeline overview</Link>
      </p>
    </FullPageMessage>
  );
}
