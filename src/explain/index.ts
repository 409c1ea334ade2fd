export { explainClock } from './explain.js';
export type { ExplainClockOptions } from './explain.js';
export { renderTimeline } from './timeline.js';
export type { RenderTimelineOptions } from './timeline.js';
