import { focusElement, mainLandmark } from '../lib/focus';

/**
 * The first Tab stop: past the header to the screen's content. The app routes by URL hash, so
 * the link focuses the page by script rather than by an `#id` that would change the screen.
 */
export function SkipLink() {
  return (
    <a
      className="skip-link"
      href="#main"
      onClick={(event) => {
        event.preventDefault();
        const main = mainLandmark();
        if (main) focusElement(main);
      }}
    >
      Skip to main content
    </a>
  );
}
