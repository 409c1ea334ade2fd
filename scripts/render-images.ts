/**
 * The pictures of the README and docs/sla-clocks.md: four tickets on the vendors' example plans,
 * evaluated with `evaluateTicket` and drawn with `renderTimeline` into `docs/images/`.
 *
 *   npx tsx scripts/render-images.ts          # writes docs/images/*.svg
 *
 * `test/explain/images.test.ts` renders them again and fails when a committed image is stale.
 * The same tickets are the acceptance set of `explainClock` (`test/explain/acceptance.test.ts`).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as E from 'fp-ts/lib/Either.js';
import { evaluateTicket, makePlan, renderTimeline, type Plan, type TicketInput, type TicketSla } from '../src/index.js';

// ---------------------------------------------------------------------------------------------
// The tickets
// ---------------------------------------------------------------------------------------------

/** A ticket on one of the example plans, as of an instant, drawn in a locale. */
export interface Scenario {
  /** File name of the image, without `.svg`. */
  readonly name: string;
  /** `examples/plans/<plan>.json` */
  readonly plan: string;
  /** The vendor's language. */
  readonly locale: string;
  readonly ticket: TicketInput;
  readonly asOf: string;
  /** What the picture shows (alt text in the docs). */
  readonly caption: string;
}

export const SCENARIOS: readonly Scenario[] = [
  {
    name: 'clickmedia-easter',
    plan: 'clickmedia',
    locale: 'el',
    // second priority by email on Thursday before Greek Easter 2026 (Good Friday 10 April, Easter Monday 13 April)
    ticket: { id: 'CM-1042', events: [{ type: 'created', at: '2026-04-09T16:45:00+03:00', channel: 'email', priority: 'second' }] },
    asOf: '2026-04-14T12:00:00+03:00',
    caption: 'ClickMedia, a request on the Thursday before Greek Easter 2026: the response is due in 4 business days, skipping Good Friday and Easter Monday',
  },
  {
    name: 'klik-may',
    plan: 'klik-basic',
    locale: 'ru',
    // 48 working-day hours from Thursday 30 April 2026 across 1 May and the weekend
    ticket: { id: 'K-2026-117', events: [{ type: 'created', at: '2026-04-30T15:00:00+03:00', channel: 'email' }] },
    asOf: '2026-05-04T12:00:00+03:00',
    caption: 'KliK basic, 48 hours of working days from 30 April 2026: 1 May and the weekend do not count',
  },
  {
    name: 'cloudempiere-paused',
    plan: 'cloudempiere',
    locale: 'sk',
    // a moderate ticket across Slovak Easter 2026 (Good Friday 3 April, Easter Monday 6 April), waiting for the customer twice
    ticket: {
      id: 'CE-881',
      events: [
        { type: 'created', at: '2026-04-01T10:00:00+02:00', channel: 'portal', impact: 'medium', urgency: 'medium' },
        { type: 'message', at: '2026-04-01T11:30:00+02:00', author: 'agent' },
        { type: 'status', at: '2026-04-02T15:00:00+02:00', status: 'waitingForCustomer' },
        { type: 'message', at: '2026-04-07T10:40:00+02:00', author: 'customer' },
        { type: 'status', at: '2026-04-07T11:00:00+02:00', status: 'open' },
        { type: 'status', at: '2026-04-08T09:00:00+02:00', status: 'waitingForCustomer' },
      ],
    },
    asOf: '2026-04-08T12:00:00+02:00',
    caption: 'cloudempiere, a moderate ticket across Slovak Easter 2026, paused twice while waiting for the customer (paused as of the picture)',
  },
  {
    name: 'clickmedia-breached',
    plan: 'clickmedia',
    locale: 'en',
    // a critical request (site down) by phone: 1 hour of real time to resolve, solved 3½ hours later
    ticket: {
      id: 'CM-1077',
      events: [
        { type: 'created', at: '2026-04-15T10:00:00+03:00', channel: 'phone', priority: 'critical', by: 'agent' },
        { type: 'message', at: '2026-04-15T10:20:00+03:00', author: 'agent' },
        { type: 'status', at: '2026-04-15T13:30:00+03:00', status: 'solved' },
      ],
    },
    asOf: '2026-04-15T15:00:00+03:00',
    caption: 'ClickMedia, a critical request: resolution due within 1 hour, solved 2½ hours late',
  },
];

// ---------------------------------------------------------------------------------------------
// Evaluation and pictures
// ---------------------------------------------------------------------------------------------

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The clock part of an example plan (the explanations need no entitlements). */
export const loadPlan = (name: string): Plan => {
  const json = JSON.parse(readFileSync(join(root, 'examples', 'plans', `${name}.json`), 'utf8')) as Record<string, unknown>;
  const { $schema: _schema, entitlements: _entitlements, ...clocksPart } = json;
  return makePlan(clocksPart);
};

/** A scenario's figures, from `evaluateTicket`. */
export const evaluateScenario = (s: Scenario): { plan: Plan; sla: TicketSla } => {
  const plan = loadPlan(s.plan);
  const r = evaluateTicket(plan, s.ticket, s.asOf);
  if (E.isLeft(r)) throw new Error(`${s.name}: ${JSON.stringify(r.left)}`);
  return { plan, sla: r.right };
};

/** Every picture: file name → SVG document. */
export const renderImages = (): Map<string, string> =>
  new Map(
    SCENARIOS.map((s) => {
      const { plan, sla } = evaluateScenario(s);
      const svg = renderTimeline(sla, { locale: s.locale, calendar: plan.calendars[plan.defaultCalendar], idPrefix: s.name });
      return [`${s.name}.svg`, svg] as const;
    }),
  );

/** The folder the pictures live in. */
export const IMAGES_DIR = join(root, 'docs', 'images');

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  mkdirSync(IMAGES_DIR, { recursive: true });
  for (const [file, svg] of renderImages()) {
    writeFileSync(join(IMAGES_DIR, file), svg);
    console.log(`docs/images/${file}: ${svg.length} bytes`);
  }
}
