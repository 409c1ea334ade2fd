export type { Author, TicketEvent, TicketInput } from './types.js';
export type { ReadTicketOptions } from './read.js';
