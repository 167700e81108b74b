import { Link } from 'react-router-dom';
import { PageHeading } from './PageHeading';

/** Unknown paths for a signed-in person. */
export function NotFoundPage() {
  return (
    <main id="main" className="app-main" tabIndex={-1}>
      <PageHeading title="Page not found">We couldn&apos;t find that page</PageHeading>
      <p>The address may be mistyped, or the page may have moved.</p>
      <p>
        <Link to="/">Go to your home page</Link>
      </p>
    </main>
  );
}
