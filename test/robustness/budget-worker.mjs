// The worker side of the time-budget harness (test/robustness/budget.ts). Plain JavaScript: it
// loads the TypeScript case module through tsx, then runs one named case per message, timing
// only the case's `run` (its `setup` is not timed), and answers with the outcome. The parent
// terminates this worker when a case overruns, so a hang fails a test instead of the suite.
import { parentPort, workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

const mod = await tsImport(workerData.casesFile, import.meta.url);
const cases = mod.cases;

const describe = (v) => {
  if (v === undefined) return 'undefined';
  if (v === null) return 'null';
  if (typeof v === 'object' && typeof v._tag === 'string') {
    return v._tag === 'Left' ? `Left(${(v.left ?? []).map((i) => i.code).join(',')})` : 'Right';
  }
  if (typeof v === 'object' && typeof v.success === 'boolean') return v.success ? 'success' : 'failure';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (typeof v === 'string') return v.length > 80 ? `${v.slice(0, 80)}…` : v;
  return Object.prototype.toString.call(v);
};

parentPort.on('message', (msg) => {
  const c = cases[msg.name];
  if (c === undefined) {
    parentPort.postMessage({ name: msg.name, outcome: 'missing', ms: 0 });
    return;
  }
  let ctx;
  try {
    ctx = c.setup ? c.setup() : undefined;
  } catch (e) {
    parentPort.postMessage({ name: msg.name, outcome: 'setupFailed', ms: 0, error: String(e?.stack ?? e) });
    return;
  }
  const progress = (note) => parentPort.postMessage({ name: msg.name, progress: String(note) });
  const t0 = performance.now();
  let outcome = 'returned';
  let value;
  let error;
  try {
    value = c.run(ctx, progress);
  } catch (e) {
    outcome = 'threw';
    error = { name: e?.constructor?.name ?? typeof e, message: String(e?.message ?? e).slice(0, 500) };
  }
  const ms = performance.now() - t0;
  let summary;
  try {
    summary = describe(value);
  } catch {
    summary = 'undescribable';
  }
  // a case may return a plain report (e.g. the random-input run's findings) instead of a value
  const report = c.report === true && outcome === 'returned' ? value : undefined;
  parentPort.postMessage({ name: msg.name, outcome, ms, value: summary, error, report });
});
parentPort.postMessage({ ready: true });
