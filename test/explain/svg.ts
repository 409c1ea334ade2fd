/**
 * Reading the timeline SVG back with a real XML parser (@xmldom/xmldom), and the checks every
 * timeline must pass: well-formed, self-contained, accessible, a hover title on every drawn
 * element, and each element where the clock figures put it.
 */
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { expect } from 'vitest';
import type { TicketSla } from '../../src/clocks/types.js';

/** Parses an SVG string; any XML error or warning fails. */
export const parseSvg = (svg: string): Document => {
  const problems: string[] = [];
  const doc = new DOMParser({
    onError: (level: string, message: string) => {
      problems.push(`${level}: ${message}`);
    },
  }).parseFromString(svg, 'image/svg+xml');
  expect(problems).toEqual([]);
  return doc;
};

export const elements = (root: Document | Element, tag = '*'): Element[] => Array.from(root.getElementsByTagName(tag)) as Element[];

export const byClass = (doc: Document, cls: string): Element[] =>
  elements(doc).filter((e) => (e.getAttribute('class') ?? '').split(/\s+/).includes(cls));

export const num = (e: Element, attr: string): number => {
  const v = e.getAttribute(attr);
  if (v === null) throw new Error(`<${e.tagName}> has no ${attr}`);
  return Number(v);
};

export const titleOf = (e: Element): string | undefined => {
  for (const c of Array.from(e.childNodes)) {
    if ((c as Element).tagName === 'title') return (c as Element).textContent ?? '';
  }
  return undefined;
};

/** The x of an instant on the plot, from the plot rectangle and the axis domain. */
export const scale = (doc: Document, from: number, to: number): ((ms: number) => number) => {
  const plot = byClass(doc, 'plot')[0];
  if (plot === undefined) throw new Error('no plot rectangle');
  const x0 = num(plot, 'x');
  const w = num(plot, 'width');
  return (ms: number) => x0 + ((Math.min(Math.max(ms, from), to) - from) / (to - from)) * w;
};

/** What every timeline must be: well-formed, self-contained, accessible, titled everywhere. */
export const expectSoundSvg = (svg: string, sla: TicketSla): Document => {
  const doc = parseSvg(svg);
  const root = doc.documentElement as Element;
  expect(root.tagName).toBe('svg');
  expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
  expect(root.getAttribute('role')).toBe('img');
  const [titleId, descId] = (root.getAttribute('aria-labelledby') ?? '').split(' ');
  const title = elements(doc, 'title').find((t) => t.getAttribute('id') === titleId);
  const desc = elements(doc, 'desc').find((t) => t.getAttribute('id') === descId);
  expect(title?.parentNode).toBe(root);
  expect(desc?.parentNode).toBe(root);
  expect((desc?.textContent ?? '').length).toBeGreaterThan(20);
  // self-contained: no script, no external reference, no embedded style sheet or foreign content
  for (const tag of ['script', 'image', 'foreignObject', 'style', 'a', 'use', 'iframe']) expect(elements(doc, tag)).toEqual([]);
  const ids = new Set(elements(doc).map((e) => e.getAttribute('id')).filter((id): id is string => id !== null && id !== ''));
  for (const e of elements(doc)) {
    for (const a of Array.from(e.attributes)) {
      expect(a.name.startsWith('on'), `event handler ${a.name}`).toBe(false);
      expect(a.name.endsWith('href'), `link ${a.name}`).toBe(false);
      for (const ref of a.value.matchAll(/url\(#([^)]+)\)/g)) expect(ids.has(ref[1] as string), `url(#${ref[1]}) points nowhere`).toBe(true);
      expect(a.value).not.toMatch(/url\((?!#)/);
    }
  }
  // every drawn element of the plot has hover text
  for (const cls of ['plot', 'open', 'closed', 'holiday', 'bar', 'overdue', 'pause', 'warning', 'due', 'breach', 'as-of']) {
    for (const e of byClass(doc, cls)) expect(titleOf(e), `<${e.tagName} class="${cls}"> without a <title>`).toBeTruthy();
  }
  expect(byClass(doc, 'bar').length).toBeGreaterThanOrEqual(sla.clocks.length);
  return doc;
};
