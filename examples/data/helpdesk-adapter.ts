/**
 * An adapter from a helpdesk's JSON export (`helpdesk-export.json`, shaped like the exports of
 * Zendesk-style helpdesks: ticket fields, an event stream in the helpdesk's own words, and the
 * SLA figures it computed) to what support-sla reads: a ticket event log and the helpdesk's
 * claims about each clock. Your own adapter is the same ~50 lines for your helpdesk's export.
 */
import type { AuditClaim, ClockState, TicketEvent, TicketInput } from '../../src/index.js';

/** One ticket of the export, as the helpdesk writes it. */
export interface ExportedTicket {
  readonly id: number;
  readonly subject: string;
  readonly via: string;
  readonly priority: string;
  readonly created_at: string;
  readonly events: readonly {
    readonly at: string;
    readonly type: 'comment' | 'status' | 'priority';
    readonly author_role?: 'agent' | 'end-user';
    readonly public?: boolean;
    readonly value?: string;
  }[];
  readonly sla: Readonly<Record<string, ExportedSla>>;
}

/** The helpdesk's figures for one SLA metric. */
export interface ExportedSla {
  readonly due_at: string | null;
  readonly completed_at: string | null;
  readonly breached: boolean;
  readonly stage: 'active' | 'paused' | 'fulfilled' | 'cancelled';
}

/** The whole export file. */
export interface HelpdeskExport {
  readonly export: { readonly source: string; readonly generated_at: string };
  readonly tickets: readonly ExportedTicket[];
}

/** A ticket ready to audit. */
export interface AuditCase {
  readonly id: string;
  readonly subject: string;
  readonly ticket: TicketInput;
  readonly claims: AuditClaim[];
}

/** The helpdesk's metric names → the plan's clock ids. */
const METRICS: Record<string, string> = { first_reply_time: 'firstResponse', full_resolution_time: 'resolution' };
/** The helpdesk's SLA stages → clock states. */
const STAGES: Record<ExportedSla['stage'], ClockState> = { active: 'running', paused: 'paused', fulfilled: 'completed', cancelled: 'cancelled' };

const eventOf = (e: ExportedTicket['events'][number]): TicketEvent => {
  switch (e.type) {
    case 'comment':
      return { type: 'message', at: e.at, author: e.author_role === 'agent' ? 'agent' : 'customer', visibility: e.public === false ? 'internal' : 'public' };
    case 'status':
      return { type: 'status', at: e.at, status: e.value! };
    case 'priority':
      return { type: 'priority', at: e.at, priority: e.value! };
  }
};

/** The audit cases of an export: the ticket logs and the helpdesk's claims, in the file's order. */
export const auditCasesOf = (file: HelpdeskExport): AuditCase[] =>
  file.tickets.map((t) => ({
    id: String(t.id),
    subject: t.subject,
    ticket: {
      id: String(t.id),
      events: [{ type: 'created', at: t.created_at, channel: t.via, priority: t.priority }, ...t.events.map(eventOf)],
    },
    claims: Object.entries(t.sla).map(([metric, s]) => ({
      clock: METRICS[metric] ?? metric,
      dueAt: s.due_at,
      completedAt: s.completed_at,
      breached: s.breached,
      state: STAGES[s.stage],
    })),
  }));
