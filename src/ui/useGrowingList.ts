/**
 * A long list drawn a page at a time: the first `page` entries, then `page` more each time the end of what is drawn
 * scrolls into view (an IntersectionObserver on a sentinel after the last entry). A 500-rack pod's capacity rows are
 * about 30,000 DOM nodes: drawing them all made opening a 20,000-device file spend seconds in React and layout
 * (bench/profileEdit.ts --open --timeline) for rows below the fold. Without IntersectionObserver, everything is drawn.
 */
import { useCallback, useRef, useState } from 'react';

export interface GrowingList {
  /** How many entries to draw. */
  readonly shown: number;
  /** Put on an element drawn after the last entry while `shown` < the total (see {@link GrowingList.more}). */
  readonly sentinel: (element: Element | null) => void;
  /** Entries not drawn yet. */
  readonly more: number;
}

export function useGrowingList(total: number, page: number): GrowingList {
  const [limit, setLimit] = useState(page);
  const observer = useRef<IntersectionObserver | null>(null);
  const sentinel = useCallback(
    (element: Element | null) => {
      observer.current?.disconnect();
      observer.current = null;
      if (element === null) return;
      observer.current = new IntersectionObserver(
        (entries) => {
          if (entries.some((e) => e.isIntersecting)) setLimit((n) => n + page);
        },
        { rootMargin: '0px 0px 600px 0px' },
      );
      observer.current.observe(element);
    },
    [page],
  );
  if (typeof IntersectionObserver === 'undefined') return { shown: total, sentinel, more: 0 };
  const shown = Math.min(total, limit);
  return { shown, sentinel, more: total - shown };
}
