/**
 * A small evaluator of the Excel formulas podplan's workbooks write (numbers, cell references on the same or a named
 * sheet, `+ - * /`, parentheses, `SUM(range | expr, …)` and `ROUND(expr, digits)`), so a test can check that a
 * formula reproduces a figure instead of trusting the cached result the writer stored beside it.
 *
 * `ROUND` follows Excel: the value is first taken to 15 significant digits (what Excel shows of a double), then
 * rounded half away from zero in decimal.
 */
import { parseDecimal, scaleRound } from '../../src/core/derive/money';

export type CellValue = (sheet: string, address: string) => number;

const TOKEN =
  /\s*(?:('(?:[^']|'')+'|[A-Za-z_][\w .]*)!)?([A-Z]{1,3}\d+(?::[A-Z]{1,3}\d+)?)|\s*(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|\s*([A-Z]+)\(|\s*([-+*/(),])/y;

/** Excel's ROUND (see the module comment). */
export function excelRound(x: number, digits: number): number {
  const d = parseDecimal(Number(x.toPrecision(15)).toString());
  if (!d) throw new Error(`cannot round ${x}`);
  return Number(scaleRound(d, digits)) / 10 ** digits;
}

export function evaluateFormula(formula: string, sheet: string, cell: CellValue): number {
  const tokens: { kind: 'ref' | 'num' | 'fn' | 'op'; text: string; sheet?: string }[] = [];
  TOKEN.lastIndex = 0;
  const src = formula.replace(/^=/, '');
  while (TOKEN.lastIndex < src.trim().length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(src);
    if (!m || m.index !== at) throw new Error(`cannot read formula ${formula} at ${at}`);
    if (m[2]) {
      const s = m[1] ? m[1].replace(/^'|'$/g, '').replace(/''/g, "'") : sheet;
      tokens.push({ kind: 'ref', text: m[2], sheet: s });
    } else if (m[3]) tokens.push({ kind: 'num', text: m[3] });
    else if (m[4]) tokens.push({ kind: 'fn', text: m[4] });
    else tokens.push({ kind: 'op', text: m[5]! });
  }
  let i = 0;
  const peek = () => tokens[i];
  const take = (op?: string) => {
    const t = tokens[i++];
    if (!t || (op !== undefined && t.text !== op)) throw new Error(`expected ${op} in ${formula}`);
    return t;
  };
  const refValues = (t: { text: string; sheet?: string }): number[] => {
    const [a, b = a] = t.text.split(':') as [string, string?];
    const [ca, ra] = splitRef(a);
    const [cb, rb] = splitRef(b!);
    const out: number[] = [];
    for (let c = ca; c <= cb; c++)
      for (let r = ra; r <= rb; r++) out.push(cell(t.sheet!, `${colName(c)}${r}`));
    return out;
  };
  const expr = (): number => {
    let v = term();
    while (peek()?.text === '+' || peek()?.text === '-') v = take().text === '+' ? v + term() : v - term();
    return v;
  };
  const term = (): number => {
    let v = factor();
    while (peek()?.text === '*' || peek()?.text === '/')
      v = take().text === '*' ? v * factor() : v / factor();
    return v;
  };
  const args = (): (() => number[])[] => {
    const list: (() => number[])[] = [];
    for (;;) {
      const t = peek();
      if (t?.kind === 'ref' && t.text.includes(':')) {
        i++;
        list.push(() => refValues(t));
      } else {
        const v = expr();
        list.push(() => [v]);
      }
      if (take().text === ')') return list;
    }
  };
  const factor = (): number => {
    const t = take();
    if (t.kind === 'num') return Number(t.text);
    if (t.kind === 'ref') return refValues(t)[0]!;
    if (t.text === '-') return -factor();
    if (t.text === '(') {
      const v = expr();
      take(')');
      return v;
    }
    if (t.kind === 'fn') {
      const a = args().map((f) => f());
      if (t.text === 'SUM') return a.flat().reduce((s, x) => s + x, 0);
      if (t.text === 'ROUND') return excelRound(a[0]![0]!, a[1]![0]!);
    }
    throw new Error(`unsupported ${t.text} in ${formula}`);
  };
  const v = expr();
  if (i !== tokens.length) throw new Error(`trailing text in ${formula}`);
  return v;
}

function splitRef(ref: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) throw new Error(`bad reference ${ref}`);
  const col = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return [col, Number(m[2])];
}

function colName(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** The minimal view of an exceljs workbook the evaluator needs. */
export interface SheetSource {
  getWorksheet(name: string): { getCell(address: string): { value: unknown } } | undefined;
}

/** Evaluates a cell of a workbook, following formulas through the cells they refer to (empty cells are 0). */
export function cellEvaluator(wb: SheetSource): (sheet: string, address: string) => number {
  const evalCell = (sheet: string, address: string): number => {
    const ws = wb.getWorksheet(sheet);
    if (!ws) throw new Error(`no sheet ${sheet}`);
    const v = ws.getCell(address).value;
    if (v === null || v === undefined || v === '') return 0;
    if (typeof v === 'number') return v;
    if (typeof v === 'object' && 'formula' in v) return evaluateFormula(String(v.formula), sheet, evalCell);
    throw new Error(`${sheet}!${address} holds ${JSON.stringify(v)}, not a number`);
  };
  return evalCell;
}
