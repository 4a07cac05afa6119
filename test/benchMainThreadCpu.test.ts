import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../bench/mainThreadCpu';
import { mainThreadCpu } from '../bench/mainThreadCpu';

const MAIN = { pid: 1, tid: 7 };
const mark = (name: string, ts: number): TraceEvent => ({
  name,
  ph: 'I',
  ts,
  cat: 'blink.user_timing',
  ...MAIN,
});
const task = (name: string, ts: number, dur: number, tdur: number, where = MAIN): TraceEvent => ({
  name,
  ph: 'X',
  ts,
  dur,
  tdur,
  ...where,
});

describe('mainThreadCpu (bench helper)', () => {
  it('charges each event its own CPU time, to the nearest enclosing kind of work, inside the marks only', () => {
    // Times in µs. One task from 1,000 to 11,000 (wall 10,000, CPU 8,000):
    //   RunTask 8,000 ⊃ FunctionCall 6,000 ⊃ { Layout 1,000 (forced), MinorGC 500 }
    //   → script 6,000 − 1,000 − 500 = 4,500; rendering 1,000; gc 500; other (the task's own) 8,000 − 6,000 = 2,000.
    // A second task 12,000-14,000: RunTask 1,500 ⊃ Paint 1,200 → rendering +1,200, other +300.
    // Left out: a task before the first mark, one after the second, and one on another thread.
    const events: TraceEvent[] = [
      task('RunTask', 0, 500, 400),
      mark('drop', 900),
      task('RunTask', 1_000, 10_000, 8_000),
      task('FunctionCall', 1_100, 9_000, 6_000),
      task('Layout', 2_000, 1_500, 1_000),
      task('MinorGC', 5_000, 600, 500),
      task('RunTask', 12_000, 2_000, 1_500),
      task('Paint', 12_100, 1_500, 1_200),
      task('RunTask', 12_000, 5_000, 5_000, { pid: 2, tid: 9 }),
      mark('frame', 15_000),
      task('RunTask', 15_500, 1_000, 900),
    ];
    const cpu = mainThreadCpu(events, 'drop', 'frame');
    expect(cpu.scriptMs).toBeCloseTo(4.5, 9);
    expect(cpu.renderingMs).toBeCloseTo(2.2, 9);
    expect(cpu.gcMs).toBeCloseTo(0.5, 9);
    expect(cpu.otherMs).toBeCloseTo(2.3, 9);
    // 8,000 + 1,500 µs of task CPU: every microsecond charged once.
    expect(cpu.totalMs).toBeCloseTo(9.5, 9);
  });

  it('names the missing mark', () => {
    expect(() => mainThreadCpu([mark('drop', 0)], 'drop', 'frame')).toThrow(/'frame'/);
  });
});
