/**
 * The JSON Schema of PlanSpec shipped as `support-sla/plan.schema.json`: every example plan is
 * valid under a real validator (ajv, draft-07, strict mode), and the schema agrees with
 * parsePlan on a corpus of plans: it accepts the valid variations and rejects the bad shapes.
 */
import Ajv, { type ErrorObject } from 'ajv';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { either as E } from 'fp-ts';
import { parsePlan, type Issue } from '../../src/index.js';
import { badPlans, crossReferencePlans, examplePlans, goodPlans, root } from './corpus.js';

const schema = JSON.parse(readFileSync(`${root}plan.schema.json`, 'utf8')) as Record<string, unknown>;
const ajv = new Ajv({ allErrors: true, strict: true });
const validate = ajv.compile(schema);
const errorsOf = (plan: unknown): ErrorObject[] => (validate(plan) ? [] : [...(validate.errors ?? [])]);
const show = (errors: ErrorObject[]): string => errors.map((e) => `${e.instancePath} ${e.message ?? ''}`).join('; ');
const planIssues = (plan: unknown): Issue[] => {
  const r = parsePlan(plan);
  return E.isLeft(r) ? r.left : [];
};
const showIssues = (issues: Issue[]): string => issues.map((i) => `${i.code} at ${JSON.stringify(i.path)}`).join('; ');
/** An issue at `path` or below it. */
const hasIssueAt = (issues: Issue[], path: (string | number)[]): boolean =>
  issues.some((i) => path.every((k, n) => i.path[n] === k));

describe('the schema and parsePlan agree', () => {
  it.each([...examplePlans()])('parsePlan accepts the example plan %s', (_file, plan) => {
    expect(showIssues(planIssues(plan))).toBe('');
  });

  it.each(goodPlans)('both accept a valid variation: %s', (_name, plan) => {
    expect(show(errorsOf(plan))).toBe('');
    expect(showIssues(planIssues(plan))).toBe('');
  });

  it.each(badPlans)('both reject a bad shape: %s', (_name, plan, path) => {
    expect(errorsOf(plan).length).toBeGreaterThan(0);
    const issues = planIssues(plan);
    expect(hasIssueAt(issues, path), showIssues(issues)).toBe(true);
  });

  it.each(crossReferencePlans)('parsePlan alone rejects a cross-reference or a fact outside JSON: %s', (_name, plan, path) => {
    expect(show(errorsOf(plan))).toBe('');
    const issues = planIssues(plan);
    expect(hasIssueAt(issues, path), showIssues(issues)).toBe(true);
  });
});

describe('plan.schema.json', () => {
  it('is a draft-07 schema that compiles in strict mode', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(ajv.validateSchema(schema)).toBe(true);
  });

  it('is the schema the nine example plans name for editors', () => {
    const plans = examplePlans();
    expect([...plans.keys()]).toEqual([
      'civiltech-premium.json',
      'civiltech-professional.json',
      'clickmedia.json',
      'cloudempiere.json',
      'klik-basic.json',
      'klik-extended.json',
      'klik-free.json',
      'webarting-free.json',
      'webarting-plus.json',
    ]);
    for (const [file, plan] of plans) {
      expect(plan.$schema, file).toBe('../../plan.schema.json');
      expect(plan.id, file).toBe(file.replace(/\.json$/, ''));
    }
  });

  it.each([...examplePlans()])('validates the example plan %s', (_file, plan) => {
    expect(show(errorsOf(plan))).toBe('');
  });

  it.each(goodPlans)('accepts a valid variation: %s', (_name, plan) => {
    expect(show(errorsOf(plan))).toBe('');
  });

  it.each(badPlans)('rejects a bad shape: %s', (_name, plan, path) => {
    const errors = errorsOf(plan);
    expect(errors.length).toBeGreaterThan(0);
    // at least one error points at the faulty field (or at the object holding it)
    const pointer = `/${path.join('/')}`;
    const near = errors.filter((e) => {
      const p = e.params as { additionalProperty?: string; missingProperty?: string };
      const at = `${e.instancePath}${p.additionalProperty !== undefined ? `/${p.additionalProperty}` : ''}${p.missingProperty !== undefined ? `/${p.missingProperty}` : ''}`;
      return at !== '' && (pointer === at || pointer.startsWith(`${at}/`) || at.startsWith(`${pointer}/`));
    });
    expect(near.length, show(errors)).toBeGreaterThan(0);
  });

  it.each(crossReferencePlans)('cannot see a cross-reference or a fact outside JSON (%s): valid for the schema', (_name, plan) => {
    expect(show(errorsOf(plan))).toBe('');
  });

  it('documents every property for editors (a description on each plan field)', () => {
    const props = schema.properties as Record<string, { description?: string; $ref?: string }>;
    for (const [key, value] of Object.entries(props)) {
      if (value.$ref === undefined) expect(value.description, key).toBeTruthy();
    }
  });
});
