/**
 * The page's main-thread CPU time between two `performance.mark`s, from a Chromium trace (issue 14). In headless
 * Chromium the "→ next frame" wall-clock figures include waiting for SwiftShader's software raster of the previous
 * 3D frame (on other threads and processes); this counts only what the page's main thread itself ran, in thread CPU
 * time (the trace's `tdur`, so a loaded machine's descheduling is not counted), split by what it was doing.
 *
 * Each trace event's own time (its `tdur` less its children's) is charged to the nearest enclosing event, itself
 * included, that names a kind of work: a forced layout inside a script is rendering, a scavenge inside it is GC, and
 * native calls made by script (WebGL buffer uploads, DOM calls) are script.
 */

/** The trace categories {@link mainThreadCpu} reads. */
export const CPU_TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'toplevel',
];

export interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly tdur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly cat?: string;
}

export type WorkKind = 'script' | 'gc' | 'rendering' | 'other';

/** Main-thread CPU time in a window, ms. */
export interface MainThreadCpu {
  readonly totalMs: number;
  readonly scriptMs: number;
  readonly gcMs: number;
  /** Style, layout, paint, layerize, commit: the DOM's share of the frame. */
  readonly renderingMs: number;
  /** The tasks' own bookkeeping (scheduler, IPC). */
  readonly otherMs: number;
}

const SCRIPT = new Set([
  'FunctionCall',
  'TimerFire',
  'FireAnimationFrame',
  'EventDispatch',
  'EvaluateScript',
  'v8.callFunction',
  'v8.run',
  'v8.compile',
  'RunMicrotasks',
  'FireIdleCallback',
  'XHRReadyStateChange',
  'V8.DeoptimizeCode',
]);
const RENDERING = new Set([
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'PaintImage',
  'Layerize',
  'Commit',
  'UpdateLayer',
  'HitTest',
  'ParseHTML',
  'ParseAuthorStyleSheet',
  'IntersectionObserverController::computeIntersections',
]);

export function kindOf(name: string): WorkKind | undefined {
  if (SCRIPT.has(name)) return 'script';
  if (RENDERING.has(name)) return 'rendering';
  if (/GC|^V8\.GC/.test(name)) return 'gc';
  return undefined;
}

/**
 * CPU time of the main thread of the page that set `from` and `to` (instant marks), counting the complete (`X`)
 * events that start at or after `from` and before `to`.
 */
export function mainThreadCpu(events: readonly TraceEvent[], from: string, to: string): MainThreadCpu {
  const mark = (name: string) => events.find((e) => e.name === name && e.cat?.includes('user_timing'));
  const a = mark(from);
  const b = mark(to);
  if (!a || !b) throw new Error(`trace has no marks '${from}' and '${to}'`);
  const onThread = events
    .filter((e) => e.ph === 'X' && e.pid === a.pid && e.tid === a.tid && e.ts >= a.ts && e.ts < b.ts)
    .sort((x, y) => x.ts - y.ts || (y.dur ?? 0) - (x.dur ?? 0));
  const spent: Record<WorkKind, number> = { script: 0, gc: 0, rendering: 0, other: 0 };
  // Events on one thread nest; walk them with a stack of the open ones and their kinds.
  const open: { end: number; kind: WorkKind; own: number }[] = [];
  const close = (upTo: number) => {
    while (open.length > 0 && open[open.length - 1]!.end <= upTo) {
      const done = open.pop()!;
      spent[done.kind] += Math.max(0, done.own);
    }
  };
  for (const e of onThread) {
    close(e.ts);
    const cpu = e.tdur ?? 0;
    const parent = open[open.length - 1];
    if (parent) parent.own -= cpu;
    open.push({ end: e.ts + (e.dur ?? 0), kind: kindOf(e.name) ?? parent?.kind ?? 'other', own: cpu });
  }
  close(Number.POSITIVE_INFINITY);
  const ms = (us: number) => us / 1000;
  return {
    totalMs: ms(spent.script + spent.gc + spent.rendering + spent.other),
    scriptMs: ms(spent.script),
    gcMs: ms(spent.gc),
    renderingMs: ms(spent.rendering),
    otherMs: ms(spent.other),
  };
}
