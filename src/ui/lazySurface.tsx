/**
 * Surfaces the first screen does not show (dialogs, drawers, printed pages) load on first use, so their code and the
 * core modules only they need stay out of the entry chunk. `lazyNamed` turns a module's named export into a lazy
 * component; `Later` is the Suspense boundary with a short, announced "Loading…" while the chunk arrives.
 */
import type { ComponentType, LazyExoticComponent, ReactNode } from 'react';
import { lazy, Suspense } from 'react';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- React's own bound for lazy(); the props stay the component's
type AnyComponent = ComponentType<any>;

export function lazyNamed<M extends { readonly [k in K]: AnyComponent }, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K,
): LazyExoticComponent<M[K]> {
  return lazy(async () => ({ default: (await load())[name] }));
}

export function Later({ what, children }: { readonly what: string; readonly children: ReactNode }) {
  return (
    <Suspense
      fallback={
        <div className="lazy-loading" role="status">
          Loading {what}…
        </div>
      }
    >
      {children}
    </Suspense>
  );
}
