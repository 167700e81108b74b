import type { MouseEvent } from 'react';

/** The first thing in the page for keyboard users: jump past the header to the content. */
export function SkipLink() {
  function handleClick(event: MouseEvent<HTMLAnchorElement>) {
    const main = document.getElementById('main');
    if (main) {
      event.preventDefault();
      main.focus();
    }
  }
  return (
    <a className="skip-link" href="#main" onClick={handleClick}>
      Skip to main content
    </a>
  );
}
