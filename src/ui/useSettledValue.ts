/**
 * A value as it was at the last frame drawn: on a change, the old value until the browser has drawn the next frame,
 * then the new one. For figures that are slow to work out and can trail an edit by a frame ("how many more fit"
 * validates the pod once per unit it places): the edit's own frame (the 3D view, the capacity panel) is drawn first
 * instead of waiting for them. The first value is used at once.
 */
import { useEffect, useState } from 'react';

/** A page in the background draws no frames; the new value is taken after this long anyway, ms. */
const AT_MOST_MS = 250;

export function useSettledValue<T>(value: T): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(settled, value)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const take = () => setSettled(() => value);
    const frame = requestAnimationFrame(() => (timer = setTimeout(take, 0)));
    const fallback = setTimeout(take, AT_MOST_MS);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      clearTimeout(fallback);
    };
  }, [value, settled]);
  return settled;
}
