/**
 * What every printed page of podplan shares (the proposal at `#quote`, the elevations at `#elevations`): the running
 * header and "Page n of m" footer as CSS page margin boxes, and the body class under which only the page prints. The
 * margin boxes go in a constructed style sheet adopted by the document (CSSOM), not a `<style>` element, so the
 * Content-Security-Policy needs no 'unsafe-inline' for styles.
 */
import { useEffect } from 'react';

/** Running header and footer for every printed page, as CSS page margin boxes. */
export function pageCss(header: string): string {
  const text = header.replace(/["\\\n\r]/g, ' ');
  return `@page { @top-left { content: "${text}"; font: 8pt Helvetica, Arial, sans-serif; color: #555; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt Helvetica, Arial, sans-serif; color: #555; } }`;
}

/** While mounted: the page margin boxes of {@link pageCss} apply to the document. */
export function usePageCss(header: string): void {
  useEffect(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(pageCss(header));
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [header]);
}

/** While mounted: only the print page shows in print, and Escape closes it. */
export function usePrintPage(onClose: () => void): void {
  useEffect(() => {
    document.body.classList.add('quote-page-open');
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => {
      document.body.classList.remove('quote-page-open');
      window.removeEventListener('keydown', onKey);
    };
  }, [onClose]);
}
