/**
 * Hostile JSON-like values for the random-input run (issue 10), FOR TESTS ONLY: cycles, throwing
 * getters, revoked proxies, proxies whose traps throw, huge strings and numbers, deep nesting,
 * huge sparse arrays, plus fast-check's own `anything()`. Values are built fresh for every run
 * (a revoked proxy or a cycle cannot be shared), and `mutate` plants them at random paths of a
 * VALID input, so that the parsers' inner fields are reached, not only their first check.
 */
import fc from 'fast-check';

// ---------------------------------------------------------------------------------------------
// Hostile leaves
// ---------------------------------------------------------------------------------------------

const throwingGetter = (): object => {
  const o: Record<string, unknown> = { a: 1 };
  for (const key of ['amount', 'currency', 'timeZone', 'week', 'dates', 'country', 'start', 'id', 'size', 'kind', 'events', 'length', 'hours']) {
    Object.defineProperty(o, key, { enumerable: true, get: () => { throw new Error(`getter ${key} throws`); } });
  }
  return o;
};

const revokedProxy = (target: object): object => {
  const { proxy, revoke } = Proxy.revocable(target, {});
  revoke();
  return proxy;
};

const trappedProxy = (target: object): object =>
  new Proxy(target, {
    get: () => { throw new Error('get trap'); },
    ownKeys: () => { throw new Error('ownKeys trap'); },
    getOwnPropertyDescriptor: () => { throw new Error('descriptor trap'); },
    has: () => { throw new Error('has trap'); },
    getPrototypeOf: () => { throw new Error('getPrototypeOf trap'); },
  });

const cyclic = (): object => {
  const o: Record<string, unknown> = { timeZone: 'UTC', week: { mon: ['09:00-17:00'] }, amount: 1, currency: 'EUR', id: 'x' };
  o['self'] = o;
  (o['week'] as Record<string, unknown>)['tue'] = o;
  const a: unknown[] = [o];
  a.push(a);
  o['list'] = a;
  return o;
};

const deep = (depth: number): unknown => {
  let v: unknown = { hours: 1 };
  for (let i = 0; i < depth; i++) v = i % 2 === 0 ? [v] : { x: v, hours: v, week: v };
  return v;
};

const LEAVES: readonly (() => unknown)[] = [
  () => 1e308, () => -1e308, () => Infinity, () => -Infinity, () => Number.NaN, () => -0, () => 1e20, () => -9e15, () => 8.64e15,
  () => Number.MAX_SAFE_INTEGER + 2, () => 5e-324, () => 2n ** 70n, () => Symbol('s'), () => () => 1, () => new Date(Number.NaN),
  () => new Date(8.64e15), () => '9999-12-31', () => '0000-01-01', () => '10000-01-01', () => '+275760-09-13T00:00:00Z',
  () => '9999-12-31T23:59:59.999Z', () => '-271821-04-20T00:00:00Z', () => '1e400', () => '1.' + '0'.repeat(200_000),
  () => '9'.repeat(100_000), () => 'x'.repeat(1_000_000), () => '', () => ' ', () => '__proto__', () => 'constructor',
  () => ({ __proto__: { hours: 1 } }), () => Object.create(null), () => new Map([[1, 2]]), () => [, , 1], () => new Array(10_000_000),
  () => Object.assign([1, 2], { extra: 1 }), () => new Uint8Array(4), () => throwingGetter(), () => revokedProxy({ hours: 1 }),
  () => revokedProxy([1, 2]), () => trappedProxy({ hours: 1 }), () => trappedProxy([]), () => cyclic(), () => deep(200), () => deep(20_000),
  () => ({ hours: 1e308 }), () => ({ milliseconds: 1e15 }), () => ({ hours: -1 }), () => ({ months: 1 }), () => null, () => undefined, () => true,
];

/**
 * A hostile leaf is generated as a token and built by {@link realize} just before the call:
 * fast-check itself inspects generated values (`cloneMethod in value`), which a revoked proxy
 * would not survive, and a huge string is better not kept in the generator's shrink tree.
 */
export class HostileToken {
  constructor(readonly index: number) {}
}

/** One hostile value (a token for the built-in leaves: see {@link realize}). */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 0, max: LEAVES.length - 1 }).map((i) => new HostileToken(i)) },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

// ---------------------------------------------------------------------------------------------
// Mutation of a valid input
// ---------------------------------------------------------------------------------------------

type Path = (string | number)[];

const pathsOf = (v: unknown, prefix: Path = [], out: Path[] = []): Path[] => {
  out.push(prefix);
  if (Array.isArray(v)) v.forEach((x, i) => pathsOf(x, [...prefix, i], out));
  else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) pathsOf(x, [...prefix, k], out);
  return out;
};

const clone = (v: unknown): unknown => JSON.parse(JSON.stringify(v)) as unknown;

/** A change to plant in a valid input. */
export type Mutation =
  | { readonly kind: 'replace'; readonly at: number; readonly value: unknown }
  | { readonly kind: 'addKey'; readonly at: number; readonly key: string; readonly value: unknown }
  | { readonly kind: 'delete'; readonly at: number };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: hostileValue }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('addKey' as const),
      at: fc.nat(),
      key: fc.constantFrom('roundng', 'mergedinto', 'reopenWindowDay', 'surchargePercnt', 'timezone', 'extra', '__proto__', 'constructor'),
      value: hostileValue,
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }) },
);

/** `valid` (JSON data) with the mutations applied at paths chosen by their `at`. */
export const mutate = (valid: unknown, mutations: readonly Mutation[]): unknown => {
  const root = clone(valid);
  // paths of the valid input only: planted values (cycles, proxies, getters) are never walked
  const paths = pathsOf(root);
  for (const m of mutations) {
    const path = paths[m.at % paths.length] as Path;
    if (path.length === 0) continue; // the root is the argument list itself
    try {
      const parent = path.slice(0, -1).reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], root);
      if (parent === null || typeof parent !== 'object') continue;
      const key = path[path.length - 1] as string | number;
      const p = parent as Record<string | number, unknown>;
      if (m.kind === 'replace') p[key] = m.value;
      else if (m.kind === 'delete') delete p[key];
      else {
        const target = p[key];
        if (target !== null && typeof target === 'object' && !Array.isArray(target)) {
          Object.defineProperty(target, m.key, { value: m.value, enumerable: true, configurable: true, writable: true });
        }
      }
    } catch {
      // an earlier mutation put something unwalkable on the way: skip this one
    }
  }
  return root;
};

/** `v` with every {@link HostileToken} replaced by a freshly built hostile value. */
export const realize = (v: unknown, depth = 0): unknown => {
  if (v instanceof HostileToken) return (LEAVES[v.index] as () => unknown)();
  if (depth > 40 || v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map((x) => realize(x, depth + 1));
  if (Object.getPrototypeOf(v) !== Object.prototype) return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) Object.defineProperty(out, k, { value: realize(x, depth + 1), enumerable: true, configurable: true, writable: true });
  return out;
};

/** A short description of any value that never throws (for failure reports). */
export const describeHostile = (v: unknown, depth = 0): string => {
  try {
    if (v instanceof HostileToken) return `hostile#${v.index}`;
    if (typeof v === 'string') return v.length > 40 ? `'${v.slice(0, 20)}…' (${v.length} chars)` : JSON.stringify(v);
    if (typeof v === 'bigint') return `${v}n`;
    if (typeof v === 'symbol' || typeof v === 'function') return typeof v;
    if (v === null || typeof v !== 'object') return String(v);
    if (depth > 2) return Array.isArray(v) ? '[…]' : '{…}';
    if (Array.isArray(v)) return v.length > 5 ? `[${v.length} items]` : `[${v.map((x) => describeHostile(x, depth + 1)).join(', ')}]`;
    const keys = Object.keys(v).slice(0, 6);
    return `{ ${keys.map((k) => `${k}: ${describeHostile((v as Record<string, unknown>)[k], depth + 1)}`).join(', ')} }`;
  } catch {
    return 'an unreadable value';
  }
};
