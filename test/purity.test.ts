/**
 * Purity guard: no file in `src/` reads the clock, the environment, the process time zone,
 * luxon's global `Settings` or the file system; date-holidays stays in `src/holidays/`; fp-ts is
 * imported as `fp-ts/lib/X.js` (no exports map, and its root loads the whole library); and each
 * folder of `src/` imports only from lower layers (docs/architecture.md).
 *
 * The scan works on the TypeScript syntax tree, not on text: a rule mentioned in a comment or
 * a string is not a violation, and a violation cannot hide behind formatting.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

interface Violation {
  readonly file: string;
  readonly line: number;
  readonly rule: string;
  readonly text: string;
}

// ---------------------------------------------------------------------------------------------
// The rules
// ---------------------------------------------------------------------------------------------

/** Node built-ins that do I/O or read the machine. Checked with and without `node:`. */
const FORBIDDEN_MODULES = new Set([
  'fs', 'path', 'http', 'https', 'http2', 'net', 'tls', 'dgram', 'dns', 'child_process', 'cluster',
  'os', 'process', 'readline', 'worker_threads', 'perf_hooks', 'v8', 'vm', 'inspector',
]);

/** Date methods that read or write local (process time zone) fields. */
const LOCAL_DATE_METHODS = new Set([
  'getFullYear', 'getYear', 'getMonth', 'getDate', 'getDay', 'getHours', 'getMinutes', 'getSeconds',
  'getMilliseconds', 'setFullYear', 'setYear', 'setMonth', 'setDate', 'setHours', 'setMinutes',
  'setSeconds', 'setMilliseconds', 'getTimezoneOffset', 'toDateString', 'toTimeString',
  'toLocaleDateString', 'toLocaleTimeString',
]);

/** luxon factories that fall back to the process zone unless given options with a zone. */
const LUXON_ZONE_DEFAULTING = new Set(['fromMillis', 'fromSeconds', 'fromJSDate', 'fromObject', 'fromISO', 'fromRFC2822', 'fromHTTP', 'fromSQL', 'fromFormat']);

const DATE_HOLIDAYS_HOME = 'src/holidays/';

const isId = (node: ts.Node | undefined, name: string): boolean => node !== undefined && ts.isIdentifier(node) && node.text === name;

/** `a.b` (also `a?.b` and `a['b']`): the object and the property name. */
const member = (node: ts.Node): { object: ts.Expression; name: string } | undefined => {
  if (ts.isPropertyAccessExpression(node)) return { object: node.expression, name: node.name.text };
  if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression)) {
    return { object: node.expression, name: node.argumentExpression.text };
  }
  return undefined;
};

/** The module specifier of an import / export / require / dynamic import, if `node` is one. */
const moduleSpecifierOf = (node: ts.Node): string | undefined => {
  if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier !== undefined) {
    return ts.isStringLiteralLike(node.moduleSpecifier) ? node.moduleSpecifier.text : undefined;
  }
  if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
    const e = node.moduleReference.expression;
    return ts.isStringLiteralLike(e) ? e.text : undefined;
  }
  if (ts.isCallExpression(node)) {
    const arg = node.arguments[0];
    const isLoader = node.expression.kind === ts.SyntaxKind.ImportKeyword || isId(node.expression, 'require');
    if (isLoader && arg !== undefined && ts.isStringLiteralLike(arg)) return arg.text;
  }
  return undefined;
};

/** The rules broken by one node (most nodes break none). */
const rulesBrokenBy = (node: ts.Node, file: string): string[] => {
  const broken: string[] = [];
  const spec = moduleSpecifierOf(node);
  if (spec !== undefined) {
    const bare = spec.replace(/^node:/, '');
    if (FORBIDDEN_MODULES.has(bare.split('/')[0] as string)) broken.push(`imports '${spec}' (I/O or machine state)`);
    if (spec.startsWith('fp-ts/') && !spec.startsWith('fp-ts/lib/')) {
      broken.push(`deep import '${spec}': import 'fp-ts/lib/X.js' (fp-ts has no exports map)`);
    }
    if (spec === 'fp-ts') {
      broken.push("imports the fp-ts root, which loads the whole library (~40 ms): import 'fp-ts/lib/Either.js'");
    }
    if (spec.startsWith('fp-ts/lib/') && !spec.endsWith('.js')) {
      broken.push(`'${spec}' needs the .js suffix to resolve in the ESM build`);
    }
    if ((spec === 'date-holidays' || spec.startsWith('date-holidays/')) && !file.startsWith(DATE_HOLIDAYS_HOME)) {
      broken.push(`imports date-holidays outside ${DATE_HOLIDAYS_HOME}`);
    }
    if (spec === 'luxon' && ts.isImportDeclaration(node)) {
      const bindings = node.importClause?.namedBindings;
      if (bindings !== undefined && ts.isNamedImports(bindings)) {
        for (const el of bindings.elements) {
          if ((el.propertyName ?? el.name).text === 'Settings') broken.push("imports luxon's global Settings");
          if ((el.propertyName ?? el.name).text === 'SystemZone') broken.push("imports luxon's SystemZone (the process time zone)");
        }
      }
    }
  }

  const m = member(node);
  if (m !== undefined) {
    if (isId(m.object, 'process') || (member(m.object)?.name === 'process' && isId(member(m.object)?.object, 'globalThis'))) {
      broken.push(`reads process.${m.name}`);
    }
    if (m.name === 'Settings') broken.push("uses luxon's global Settings");
    if (m.name === 'SystemZone') broken.push("uses luxon's SystemZone (the process time zone)");
    if (m.name === 'timeZone' && ts.isCallExpression(m.object) && member(m.object.expression)?.name === 'resolvedOptions') {
      broken.push('reads the process time zone from Intl resolvedOptions()');
    }
  }

  if (ts.isCallExpression(node)) {
    const callee = member(node.expression);
    const calleeName = callee?.name ?? (ts.isIdentifier(node.expression) ? node.expression.text : undefined);
    if (callee !== undefined && isId(callee.object, 'Date') && callee.name === 'now') broken.push('reads the clock: Date.now()');
    if (callee !== undefined && isId(callee.object, 'performance') && callee.name === 'now') broken.push('reads the clock: performance.now()');
    if (callee !== undefined && isId(callee.object, 'Math') && callee.name === 'random') broken.push('non-deterministic: Math.random()');
    if (callee !== undefined && isId(callee.object, 'DateTime') && (callee.name === 'now' || callee.name === 'local')) {
      broken.push(`reads the clock or the process zone: DateTime.${callee.name}()`);
    }
    if (callee !== undefined && isId(callee.object, 'DateTime') && LUXON_ZONE_DEFAULTING.has(callee.name)) {
      const minArgs = callee.name === 'fromFormat' ? 3 : 2;
      if (node.arguments.length < minArgs) {
        broken.push(`DateTime.${callee.name}() without options takes the process time zone: pass { zone } or { setZone: true }`);
      }
    }
    if (isId(node.expression, 'Date')) broken.push('reads the clock: Date() called without new');
    if (calleeName === 'isHoliday') broken.push("calls date-holidays' isHoliday (~1 ms a call): use getHolidays(year) once per year");
    if (callee !== undefined && LOCAL_DATE_METHODS.has(callee.name)) {
      broken.push(`${callee.name}() works in the process time zone: use getUTC…/zone rules`);
    }
  }

  // Intl.DateTimeFormat without an explicit timeZone formats in the process time zone
  if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && member(node.expression)?.name === 'DateTimeFormat') {
    const options = node.arguments?.[1];
    const hasZone =
      options !== undefined &&
      (!ts.isObjectLiteralExpression(options) ||
        options.properties.some((p) => ts.isSpreadAssignment(p) || (p.name !== undefined && ts.isIdentifier(p.name) && p.name.text === 'timeZone')));
    if (!hasZone) broken.push('Intl.DateTimeFormat without a timeZone option works in the process time zone');
  }

  if (ts.isNewExpression(node) && isId(node.expression, 'Date')) {
    const n = node.arguments?.length ?? 0;
    if (n === 0) broken.push('reads the clock: new Date() with no arguments');
    if (n >= 2) broken.push('new Date(y, m, …) builds a local time in the process time zone: use Date.UTC');
  }
  return broken;
};

// ---------------------------------------------------------------------------------------------
// The scanner
// ---------------------------------------------------------------------------------------------

/** Every rule broken in one source text. `file` is the path relative to the repo, with `/`. */
const parsed = new Map<string, ts.SourceFile>();
/** The syntax tree of a source text (memoised: the guards below walk each file twice). */
const parse = (file: string, source: string): ts.SourceFile => {
  const key = `${file}\0${source}`;
  let sf = parsed.get(key);
  if (sf === undefined) {
    sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    parsed.set(key, sf);
  }
  return sf;
};

const scanSource = (file: string, source: string): Violation[] => {
  const sf = parse(file, source);
  const found: Violation[] = [];
  const visit = (node: ts.Node): void => {
    for (const rule of rulesBrokenBy(node, file)) {
      const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
      found.push({ file, line: line + 1, rule, text: (source.split('\n')[line] ?? '').trim() });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
};

const CODE_FILE = /\.(?:ts|tsx|mts|cts|js|mjs|cjs)$/;

const listFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const srcFiles = listFiles(join(repoRoot, 'src'))
  .filter((f) => CODE_FILE.test(f))
  .map((f) => relative(repoRoot, f).split(sep).join('/'))
  .sort();

const sources = new Map(srcFiles.map((file) => [file, readFileSync(join(repoRoot, file), 'utf8')] as const));
let scanned: Violation[] | undefined;
/** Every purity violation in src/ (scanned once). */
const srcViolations = (): Violation[] => (scanned ??= [...sources].flatMap(([file, source]) => scanSource(file, source)));

const format = (v: Violation): string => `${v.file}:${v.line}: ${v.rule}\n    ${v.text}`;

// ---------------------------------------------------------------------------------------------
// Layering (docs/architecture.md): a folder of src/ imports only from lower layers
// ---------------------------------------------------------------------------------------------

/** Layer of each folder of src/. A folder not listed is a new top layer (it may import anything). */
const LAYER: Record<string, number> = {
  internal: 0,
  time: 1,
  money: 1,
  holidays: 2,
  calendar: 3,
  'business-time': 4,
  quota: 5,
  billing: 6,
  plan: 7,
  ticket: 8,
  clocks: 9,
  compliance: 10,
  explain: 11,
};
const TOP_LAYER = 100;

/** The folder of src/ a repo path is in (`'index.ts'` for the root module). */
const folderOf = (file: string): string => file.split('/')[1] as string;

/** Relative imports of one file that break the layering. */
const layeringViolations = (file: string, source: string): Violation[] => {
  const sf = parse(file, source);
  const from = folderOf(file);
  const found: Violation[] = [];
  const visit = (node: ts.Node): void => {
    const spec = moduleSpecifierOf(node);
    if (spec !== undefined && spec.startsWith('.')) {
      const target = posix.join(posix.dirname(file), spec);
      const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
      const text = (source.split('\n')[line] ?? '').trim();
      if (!target.startsWith('src/')) {
        found.push({ file, line: line + 1, rule: `imports '${spec}' from outside src/`, text });
      } else if (target === 'src/index.js' || target === 'src/index.ts' || target === 'src') {
        found.push({ file, line: line + 1, rule: 'imports the package root (re-exports only; import the module itself)', text });
      } else if (from !== 'index.ts') {
        const to = folderOf(target);
        const [lf, lt] = [LAYER[from] ?? TOP_LAYER, LAYER[to] ?? TOP_LAYER];
        if (to !== from && lt >= lf) {
          found.push({ file, line: line + 1, rule: `layer '${from}' (${lf}) imports '${to}' (${lt}): only lower layers may be imported`, text });
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
};

// ---------------------------------------------------------------------------------------------
// The calendar's engine state: only the calendar's own modules touch it
// ---------------------------------------------------------------------------------------------

/** Calendar modules that hold or build engine state: importable only from src/calendar/. */
const CALENDAR_PRIVATE = new Set(['state', 'year-index', 'business-day-index', 'open-time', 'spec']);
/** The engine's view for the business-time queries: importable from src/calendar/ and src/business-time/. */
const CALENDAR_ENGINE = 'engine';

/** Imports of a calendar's engine state from outside the calendar (and its engine view from above layer 4). */
const engineStateViolations = (file: string, source: string): Violation[] => {
  const sf = parse(file, source);
  const from = folderOf(file);
  const found: Violation[] = [];
  const visit = (node: ts.Node): void => {
    const spec = moduleSpecifierOf(node);
    if (spec !== undefined && spec.startsWith('.') && from !== 'calendar') {
      const target = posix.join(posix.dirname(file), spec);
      const m = /^src\/calendar\/([^/]+?)(?:\.js|\.ts)?$/.exec(target);
      const module = m?.[1];
      const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
      const text = (source.split('\n')[line] ?? '').trim();
      if (module !== undefined && CALENDAR_PRIVATE.has(module)) {
        found.push({ file, line: line + 1, rule: `imports the calendar's engine state (calendar/${module}): use the business-time queries`, text });
      } else if (module === CALENDAR_ENGINE && from !== 'business-time') {
        found.push({ file, line: line + 1, rule: "imports calendar/engine (the business-time layer's view): use the …Millis business-time queries", text });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
};

// ---------------------------------------------------------------------------------------------
// Import cycles between files
// ---------------------------------------------------------------------------------------------

/** The src/ files a file imports (relative imports, type-only ones included), as repo paths. */
const importsOf = (file: string, source: string): string[] => {
  const sf = parse(file, source);
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    const spec = moduleSpecifierOf(node);
    if (spec !== undefined && spec.startsWith('.')) {
      const target = posix.join(posix.dirname(file), spec).replace(/\.js$/, '.ts');
      out.push(target.endsWith('.ts') ? target : `${target}/index.ts`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
};

/** Every import cycle of a module graph, each once, as the list of files along it. */
const importCycles = (graph: ReadonlyMap<string, readonly string[]>): string[][] => {
  const cycles: string[][] = [];
  const seen = new Set<string>();
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') {
        const cycle = stack.slice(stack.indexOf(next));
        const key = [...cycle].sort().join(' ');
        if (!seen.has(key)) {
          seen.add(key);
          cycles.push([...cycle, next]);
        }
      } else if (state.get(next) === undefined && graph.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of [...graph.keys()].sort()) if (state.get(file) === undefined) visit(file);
  return cycles;
};

// ---------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------

describe('purity guard: src/ reads no clock, environment, process time zone, global settings or files', () => {
  it('finds the source files', () => {
    expect(srcFiles).toContain('src/index.ts');
    expect(srcFiles.length).toBeGreaterThanOrEqual(10);
  });

  it('no file in src/ breaks a purity rule', () => {
    const violations = srcViolations();
    expect(violations.map(format), `purity violations:\n${violations.map(format).join('\n')}`).toEqual([]);
  });

  it('date-holidays is imported only under src/holidays/', () => {
    const importers = srcViolations().filter((v) => v.rule.includes('date-holidays outside')).map(format);
    expect(importers).toEqual([]);
    // and it is imported somewhere there: the rule guards a real import
    expect([...sources].some(([file, source]) => file.startsWith(DATE_HOLIDAYS_HOME) && /from 'date-holidays'/.test(source))).toBe(true);
  });
});

describe('layering guard: each folder of src/ imports only from lower layers', () => {
  it('no file in src/ imports a higher or equal layer, the package root or outside src/', () => {
    const violations = [...sources].flatMap(([file, source]) => layeringViolations(file, source));
    expect(violations.map(format), `layering violations:\n${violations.map(format).join('\n')}`).toEqual([]);
  });

  it('flags an upward import, a sideways import and an import of the root', () => {
    expect(layeringViolations('src/time/zone.ts', "import { makeCalendar } from '../calendar/calendar.js';").map((v) => v.rule)).toEqual([
      "layer 'time' (1) imports 'calendar' (3): only lower layers may be imported",
    ]);
    expect(layeringViolations('src/money/money.ts', "import { x } from '../time/zone.js';")).toHaveLength(1);
    expect(layeringViolations('src/quota/phone.ts', "import { isOpen } from '../index.js';")).toHaveLength(1);
    expect(layeringViolations('src/calendar/spec.ts', "import { x } from '../../test/support/reference.js';")).toHaveLength(1);
  });

  it('allows downward and same-folder imports, and anything from a new top layer', () => {
    expect(layeringViolations('src/business-time/queries.ts', "import { stateOf } from '../calendar/calendar.js';\nimport { x } from './y.js';")).toEqual([]);
    expect(layeringViolations('src/sla/clocks.ts', "import { addBusinessTime } from '../business-time/queries.js';")).toEqual([]);
    expect(layeringViolations('src/index.ts', "export * from './quota/index.js';")).toEqual([]);
  });
});

describe('layering guard: the coming folders, in their order', () => {
  it('knows every layer from internal (0) to explain (11)', () => {
    expect(Object.entries(LAYER)).toEqual([
      ['internal', 0], ['time', 1], ['money', 1], ['holidays', 2], ['calendar', 3], ['business-time', 4], ['quota', 5],
      ['billing', 6], ['plan', 7], ['ticket', 8], ['clocks', 9], ['compliance', 10], ['explain', 11],
    ]);
  });

  it('flags a lower SLA layer importing a higher one', () => {
    expect(layeringViolations('src/plan/plan.ts', "import { x } from '../clocks/types.js';").map((v) => v.rule)).toEqual([
      "layer 'plan' (7) imports 'clocks' (9): only lower layers may be imported",
    ]);
    expect(layeringViolations('src/quota/phone.ts', "import { x } from '../billing/charges.js';")).toHaveLength(1);
    expect(layeringViolations('src/clocks/clock.ts', "import { x } from '../ticket/ticket.js';\nimport { y } from '../plan/index.js';")).toEqual([]);
  });
});

describe("calendar guard: only the calendar's own modules touch its engine state", () => {
  it('no file outside src/calendar/ imports the engine state, and only business-time imports the engine view', () => {
    const violations = [...sources].flatMap(([file, source]) => engineStateViolations(file, source));
    expect(violations.map(format), `engine state violations:\n${violations.map(format).join('\n')}`).toEqual([]);
  });

  it('flags the engine state imported from another layer', () => {
    expect(engineStateViolations('src/clocks/clock.ts', "import { stateOf } from '../calendar/state.js';")).toHaveLength(1);
    expect(engineStateViolations('src/business-time/q.ts', "import type { YearIndex } from '../calendar/year-index.js';")).toHaveLength(1);
    expect(engineStateViolations('src/clocks/clock.ts', "import { yearIndexOf } from '../calendar/engine.js';")).toHaveLength(1);
    expect(engineStateViolations('src/explain/x.ts', "import { makeCalendar } from '../calendar/index.js';")).toEqual([]);
    expect(engineStateViolations('src/business-time/q.ts', "import { yearIndexOf } from '../calendar/engine.js';")).toEqual([]);
    expect(engineStateViolations('src/calendar/calendar.ts', "import { stateOf } from './state.js';")).toEqual([]);
  });
});

describe('cycle guard: no import cycle between files of src/', () => {
  it('finds none', () => {
    const graph = new Map([...sources].map(([file, source]) => [file, importsOf(file, source)] as const));
    const cycles = importCycles(graph);
    expect(cycles.map((c) => c.join(' → '))).toEqual([]);
  });

  it('finds a cycle, also through a folder index and type-only imports', () => {
    const graph = new Map([
      ['src/a/x.ts', importsOf('src/a/x.ts', "import type { Y } from './y.js';")],
      ['src/a/y.ts', importsOf('src/a/y.ts', "export { Z } from '../b/index.js';")],
      ['src/b/index.ts', importsOf('src/b/index.ts', "import { X } from '../a/x.js';")],
      ['src/c.ts', importsOf('src/c.ts', "import { X } from './a/x.js';")],
    ]);
    expect(importCycles(graph)).toEqual([['src/a/x.ts', 'src/a/y.ts', 'src/b/index.ts', 'src/a/x.ts']]);
  });
});

describe('purity guard: the scanner itself', () => {
  const rulesOf = (snippet: string, file = 'src/calendar/bad.ts'): string[] => scanSource(file, snippet).map((v) => v.rule);

  it.each([
    ['const t = Date.now();', 'Date.now()'],
    ['const d = new Date();', 'new Date() with no arguments'],
    ['const d = new Date;', 'new Date() with no arguments'],
    ['const s = Date();', 'Date() called without new'],
    ['const d = new Date(2025, 0, 1);', 'Date.UTC'],
    ['const t = performance.now();', 'performance.now()'],
    ['const r = Math.random();', 'Math.random()'],
    ['const tz = process.env.TZ;', 'process.env'],
    ['const here = process.cwd();', 'process.cwd'],
    ['const t = process.hrtime.bigint();', 'process.hrtime'],
    ['const e = globalThis.process.env;', 'process.env'],
    ["import { readFileSync } from 'fs';", "'fs'"],
    ["import { readFile } from 'node:fs/promises';", "'node:fs/promises'"],
    ["import * as path from 'path';", "'path'"],
    ["import os from 'node:os';", "'node:os'"],
    ["import http from 'http';", "'http'"],
    ["import https from 'node:https';", "'node:https'"],
    ["import net from 'net';", "'net'"],
    ["import { execSync } from 'child_process';", "'child_process'"],
    ["const fs = require('fs');", "'fs'"],
    ["const m = await import('node:fs');", "'node:fs'"],
    ["export { readFileSync } from 'fs';", "'fs'"],
    ["import { DateTime, Settings } from 'luxon';", 'Settings'],
    ["import { Settings as S } from 'luxon';", 'Settings'],
    ["import * as luxon from 'luxon'; luxon.Settings.defaultZone = 'UTC';", 'Settings'],
    ['const tz = Intl.DateTimeFormat().resolvedOptions().timeZone;', 'resolvedOptions'],
    ['const tz = new Intl.DateTimeFormat().resolvedOptions().timeZone;', 'resolvedOptions'],
    ['const o = d.getTimezoneOffset();', 'getTimezoneOffset'],
    ['const h = d.getHours();', 'getHours'],
    ['const day = d.getDate();', 'getDate'],
    ['const wd = d.getDay();', 'getDay'],
    ['const m = d.getMonth();', 'getMonth'],
    ['const y = d.getFullYear();', 'getFullYear'],
    ['d.setHours(0, 0, 0, 0);', 'setHours'],
    ["const open = hd.isHoliday(new Date(0));", 'isHoliday'],
    ["import { either } from 'fp-ts/Either';", 'deep import'],
    ["import { pipe } from 'fp-ts/function';", 'deep import'],
    ["import * as E from 'fp-ts/lib/Either';", '.js suffix'],
    ["import { either as E } from 'fp-ts';", 'fp-ts root'],
    ["const t = DateTime.now();", 'DateTime.now()'],
    ["const t = DateTime.local(2025, 1, 1);", 'DateTime.local()'],
    ["const t = DateTime.fromMillis(0);", 'process time zone'],
    ["const t = DateTime.fromISO('2025-01-01T00:00');", 'process time zone'],
    ["import Holidays from 'date-holidays';", 'date-holidays outside'],
    ["const f = new Intl.DateTimeFormat('en-GB', { hour: 'numeric' });", 'Intl.DateTimeFormat without a timeZone'],
    ["const f = Intl.DateTimeFormat('en-GB');", 'Intl.DateTimeFormat without a timeZone'],
  ])('flags %s', (snippet, expected) => {
    const rules = rulesOf(snippet);
    expect(rules.length, `no rule fired for: ${snippet}`).toBeGreaterThan(0);
    expect(rules.join(' | ')).toContain(expected);
  });

  it('reports the file and line of a violation', () => {
    const found = scanSource('src/money/bad.ts', "export const a = 1;\n\nexport const now = () =>\n  Date.now();\n");
    expect(found).toHaveLength(1);
    expect(format(found[0] as Violation)).toBe('src/money/bad.ts:4: reads the clock: Date.now()\n    Date.now();');
  });

  it('allows what pure code does', () => {
    const clean = [
      "import { DateTime, Duration, IANAZone } from 'luxon';",
      "import * as E from 'fp-ts/lib/Either.js';",
      "import * as O from 'fp-ts/lib/Option.js';",
      "import { zoneRules } from '../time/zone.js';",
      '// Date.now() and process.env in a comment are fine',
      "const note = 'never call new Date() or process.env here';",
      'const d = new Date(0); const e = new Date(1_700_000_000_000);',
      'const u = Date.UTC(2025, 0, 1); const h = d.getUTCHours(); const dd = d.getUTCDate();',
      "const t = DateTime.fromMillis(0, { zone: 'Europe/Athens' });",
      "const i = DateTime.fromISO('2025-01-01T00:00:00+02:00', { setZone: true });",
      "const f = DateTime.fromFormat('01.01.2025', 'dd.MM.yyyy', { zone: 'utc' });",
      'const digits = new Intl.NumberFormat("en", { style: "currency", currency: "EUR" }).resolvedOptions().maximumFractionDigits;',
      'const cfg = { Settings: 1 };',
      "const fmt = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Athens', hour: 'numeric' });",
      'const hd = { getHolidays: (y: number) => y }; hd.getHolidays(2025);',
    ].join('\n');
    expect(scanSource('src/calendar/clean.ts', clean).map(format)).toEqual([]);
  });

  it('allows date-holidays under src/holidays/ only', () => {
    expect(rulesOf("import Holidays from 'date-holidays';", 'src/holidays/adapter.ts')).toEqual([]);
    expect(rulesOf("import Holidays from 'date-holidays';", 'src/calendar/calendar.ts')).toHaveLength(1);
  });
});
