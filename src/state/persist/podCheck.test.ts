import { describe, expect, it } from 'vitest';
import { parseLayoutJson, serializeLayout } from '../../core';
import { podWithRacks, withPdus } from '../testing/podBuilder';
import type { PodCheckMessage } from './podCheck';
import { answerPodCheck } from './podCheck';

const answers = (request: Parameters<typeof answerPodCheck>[0]) => {
  const out: PodCheckMessage[] = [];
  answerPodCheck(request, (m) => out.push(m));
  return out;
};

/** A file as a user might write it: indented, keys as given (the saved text is the canonical form). */
const fileText = () =>
  JSON.stringify(JSON.parse(serializeLayout(withPdus(podWithRacks(3), 'rack-2', ['A']))), null, 2);

describe("The check worker's answers", () => {
  it('to a file asked with its snapshot: the result with the layout, then the saved text of that layout', () => {
    const text = fileText();
    const [result, snapshot, ...rest] = answers({ text, replyWith: 'snapshot' });
    const read = parseLayoutJson(text);
    if (!read.ok) throw new Error('the test file must load');
    expect(result).toEqual({ ok: true, layout: read.value });
    // What the autosave writes as its first snapshot: the canonical text, not the file as it came.
    expect(snapshot).toEqual({ snapshot: serializeLayout(read.value) });
    expect((snapshot as { snapshot: string }).snapshot).not.toBe(text);
    expect(rest).toEqual([]);
  });

  it('to a file that is refused: the problems only, with their JSON paths', () => {
    const bad = JSON.parse(fileText()) as { racks: { position: { row: unknown } }[] };
    bad.racks[1]!.position.row = 'first';
    const messages = answers({ text: JSON.stringify(bad), replyWith: 'snapshot' });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ok: false });
    expect((messages[0] as { problems: readonly string[] }).problems.join('\n')).toContain(
      '$.racks[1].position.row',
    );
  });

  it('to a file or a layout asked as before: one result with the layout', () => {
    const layout = podWithRacks(2);
    const [byText, ...more] = answers({ text: serializeLayout(layout) });
    expect(more).toEqual([]);
    expect(byText).toMatchObject({ ok: true });
    expect(serializeLayout((byText as { layout: typeof layout }).layout)).toBe(serializeLayout(layout));
    expect(answers({ layout })).toEqual([{ ok: true, layout }]);
  });
});
