/**
 * The search styles, as a stylesheet file of their own linked when the search code loads: reading
 * pages never download them, and no <style> element is needed (the site's CSP allows only files).
 * A plain CSS import would be folded into every page's styles by Astro.
 */
import href from './search.css?url';

/** Resolves once the stylesheet has loaded, or failed to: an unstyled search beats none. */
export const searchStylesReady: Promise<void> = new Promise((resolve) => {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  link.addEventListener('load', () => resolve());
  link.addEventListener('error', () => resolve());
  document.head.append(link);
});
