/**
 * The TSDoc examples are documentation that runs: every ```ts block in a doc comment of `src/`
 * is extracted, its `'support-sla'` imports pointed at the source, and executed; a line of the
 * form `expression; // value` whose value is a plain literal (a number, string, boolean, null,
 * array or object of those) is checked: the expression must equal the value.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

interface Example {
  /** `src/…/file.ts:line` of the block's first line. */
  readonly where: string;
  readonly code: string;
}

// ---------------------------------------------------------------------------------------------
// Extraction
// ---------------------------------------------------------------------------------------------

const root = fileURLToPath(new URL('../..', import.meta.url));
const listFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)]));

/** Every ```ts block inside a `/** … *\/` comment of a file. */
const examplesOf = (file: string): Example[] => {
  const rel = relative(root, file).split(sep).join('/');
  const lines = readFileSync(file, 'utf8').split('\n');
  const out: Example[] = [];
  let inDoc = false;
  let block: string[] | undefined;
  let start = 0;
  lines.forEach((line, i) => {
    const t = line.trim();
    if (t.startsWith('/**')) inDoc = true;
    if (inDoc) {
      const body = t.replace(/^\/\*\*\s?/, '').replace(/^\*\/$/, '').replace(/^\*\s?/, '');
      if (block === undefined && /^```ts\s*$/.test(body)) {
        block = [];
        start = i + 2;
      } else if (block !== undefined && /^```\s*$/.test(body)) {
        out.push({ where: `${rel}:${start}`, code: block.join('\n') });
        block = undefined;
      } else if (block !== undefined) {
        block.push(line.replace(/^\s*\* ?/, ''));
      }
    }
    if (t.endsWith('*/')) inDoc = false;
  });
  return out;
};

/** At least this many example lines are checked against the value their comment shows. */
const CHECKED_LINES = 90;

const SKIP_DIRS = ['src/internal/']; // internal modules' examples show internal code, not the package
const examples = listFiles(join(root, 'src'))
  .filter((f) => f.endsWith('.ts'))
  .sort()
  .flatMap(examplesOf)
  .filter((e) => !SKIP_DIRS.some((d) => e.where.startsWith(d)));

// ---------------------------------------------------------------------------------------------
// Checked lines: `expression; // literal`
// ---------------------------------------------------------------------------------------------

/** The literal a comment starts with, if it is a plain one (evaluated with no scope). */
const literalOf = (comment: string): { value: unknown } | undefined => {
  const candidates = [comment, comment.split(/ \(|: | — |, /)[0] as string];
  for (const c of candidates) {
    const text = c.trim().replace(/[.;]$/, '');
    if (text.includes('…')) continue; // an abbreviated value
    if (!/^(?:-?\d[\d_.]*|'[^']*'|"[^"]*"|true|false|null|\[.*\]|\{.*\})$/.test(text)) continue;
    if (/[A-Za-z_$][\w$]*\s*\(/.test(text.replace(/'[^']*'|"[^"]*"/g, ''))) continue; // a call: not a literal
    try {
      return { value: new Function(`"use strict"; return (${text.replace(/(\d)_(?=\d)/g, '$1')});`)() };
    } catch {
      // not a literal (an identifier, a sketch like [GR/private, dates(1)])
    }
  }
  return undefined;
};

/** Strings compared with Intl's no-break spaces read as spaces (a doc comment cannot show them). */
const normalize = (v: unknown): unknown =>
  typeof v === 'string'
    ? v.replace(/[\u00a0\u202f]/g, ' ')
    : Array.isArray(v)
      ? v.map(normalize)
      : v !== null && typeof v === 'object'
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, normalize(x)]))
        : v;

const STATEMENT = /^(?!(?:const|let|var|import|export|if|for|while|return|try|catch|throw|await\s+import)\b)(.+?);\s*\/\/\s*(.+)$/;

/** The example as a module: imports pointed at the source, checked lines wrapped in `__check`. */
const instrument = (e: Example, entry: string): { source: string; checks: number } => {
  let checks = 0;
  const lines = e.code.split('\n').map((line) => {
    const m = STATEMENT.exec(line.trim());
    const literal = m === null ? undefined : literalOf(m[2] as string);
    if (m === null || literal === undefined || (m[1] as string).includes('=')) return line;
    checks++;
    // `console.log(x); // value` shows what it prints: check x
    const expression = (m[1] as string).replace(/^console\.log\(([\s\S]*)\)$/, '$1');
    return `__check(${JSON.stringify(line.trim())}, () => (${expression}), ${JSON.stringify(literal.value)});`;
  });
  const source = lines
    .join('\n')
    .replace(/from 'support-sla'/g, `from ${JSON.stringify(entry)}`)
    .replace(/from 'fp-ts'/g, "from 'fp-ts'");
  return { source: `const __check = globalThis.__tsdocCheck;\n${source}\nexport {};\n`, checks };
};

// ---------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------

describe('TSDoc examples', () => {
  it('finds the examples of the public modules, and checks the values they show', () => {
    expect(examples.length).toBeGreaterThanOrEqual(116);
    const checked = examples.reduce((n, e) => n + instrument(e, 'x').checks, 0);
    expect(checked).toBeGreaterThanOrEqual(CHECKED_LINES);
  });

  it('checks a value line, and leaves prose and declarations alone', () => {
    const e = { where: 'x', code: "const a = 1;\nf(a); // 2\ng(); // true: the reason\nh(); // see the docs\nk(); // [GR/private, dates(1)]" };
    const { source, checks } = instrument(e, 'x');
    expect(checks).toBe(2);
    expect(source).toContain('__check("f(a); // 2", () => (f(a)), 2);');
    expect(source).toContain('__check("g(); // true: the reason", () => (g()), true);');
    expect(source).toContain('h(); // see the docs');
  });

  const dir = join(tmpdir(), `support-sla-tsdoc-${process.pid}`);
  const entry = pathToFileURL(join(root, 'src', 'index.ts')).href;

  it.each(examples.map((e) => [e.where, e] as const))('%s runs, and its checked lines hold', async (_where, e) => {
    mkdirSync(dir, { recursive: true });
    const failures: string[] = [];
    (globalThis as Record<string, unknown>).__tsdocCheck = (line: string, run: () => unknown, expected: unknown) => {
      const actual = normalize(JSON.parse(JSON.stringify(run()) ?? 'null'));
      expected = normalize(expected);
      try {
        expect(actual).toEqual(expected);
      } catch {
        failures.push(`${line}\n    got ${JSON.stringify(actual)} expected ${JSON.stringify(expected)}`);
      }
    };
    const { source } = instrument(e, entry);
    const file = join(dir, `${e.where.replace(/[^\w]/g, '_')}.ts`);
    writeFileSync(file, source);
    try {
      await import(/* @vite-ignore */ pathToFileURL(file).href);
    } finally {
      rmSync(file, { force: true });
    }
    expect(failures).toEqual([]);
  });
});
