import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COLUMN_KINDS, TABLE_UNITS, tableRowProblem, tableRowSchema } from './table.js';

/** Any value JSON can hold (what an index file's table row is read as), a few levels deep. */
const jsonValue = fc.jsonValue({ maxDepth: 2 }).map((value) => JSON.parse(JSON.stringify(value)) as unknown);

const column = fc.record({
  year: fc.oneof(fc.constantFrom('2024-25', '2025-26'), fc.string({ maxLength: 8 })),
  kind: fc.oneof(fc.constantFrom(...COLUMN_KINDS), fc.string({ maxLength: 6 })),
  header: fc.string({ maxLength: 12 }),
});

const cell = fc.record(
  {
    column,
    value: fc.oneof(fc.constant(null), fc.double({ noNaN: true, noDefaultInfinity: true })),
    raw: fc.string({ maxLength: 8 }),
    mark: fc.string({ maxLength: 2 }),
    note: fc.string({ maxLength: 12 }),
    change: fc.record({ percent: fc.double({ noNaN: true, noDefaultInfinity: true }), from: column }),
  },
  { requiredKeys: ['column', 'value', 'raw'] },
);

const row = fc.record(
  {
    caption: fc.string({ maxLength: 12 }),
    group: fc.string({ maxLength: 8 }),
    label: fc.string({ maxLength: 12 }),
    name: fc.string({ maxLength: 12 }),
    code: fc.string({ maxLength: 3 }),
    programme: fc.string({ maxLength: 2 }),
    programmeName: fc.string({ maxLength: 12 }),
    total: fc.oneof(fc.constantFrom('sub', 'grand'), fc.string({ maxLength: 5 })),
    unit: fc.oneof(fc.constantFrom(...TABLE_UNITS), fc.string({ maxLength: 5 })),
    cells: fc.array(cell, { maxLength: 4 }),
    notes: fc.array(fc.record({ text: fc.string({ maxLength: 12 }), percent: fc.double({ noNaN: true, noDefaultInfinity: true }), from: column, to: column }, { requiredKeys: ['text'] }), { maxLength: 2 }),
  },
  { requiredKeys: ['caption', 'label', 'name', 'unit', 'cells'] },
);

/** A path into a value and what to put there (undefined: remove it). */
function replaced(value: unknown, path: readonly (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  if (typeof value !== 'object' || value === null) return value;
  const copy = (Array.isArray(value) ? [...value] : { ...value }) as Record<string | number, unknown>;
  const [head, ...rest] = path;
  if (!(head! in copy)) return value;
  if (rest.length === 0 && replacement === undefined) delete copy[head!];
  else copy[head!] = replaced(copy[head!], rest, replacement);
  return copy;
}

/** Every path to a field of a value (objects and arrays), the value itself first. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out = [prefix];
  if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) out.push(...pathsOf(item, [...prefix, Array.isArray(value) ? Number(key) : key]));
  return out;
}

describe('tableRowProblem', () => {
  it('judges a row as tableRowSchema does: valid rows, and rows with one field replaced by any JSON value or removed', () => {
    const mutated = row.chain((valid) =>
      fc.record({ valid: fc.constant(valid), path: fc.constantFrom(...pathsOf(valid)), replacement: fc.option(jsonValue, { nil: undefined }) }),
    );
    let broken = 0;
    fc.assert(
      fc.property(mutated, ({ valid, path, replacement }) => {
        for (const candidate of [valid, JSON.parse(JSON.stringify(replaced(valid, path, replacement)) ?? 'null') as unknown]) {
          const verdict = tableRowSchema.safeParse(candidate);
          const problem = tableRowProblem(candidate);
          expect(problem === undefined).toBe(verdict.success);
          if (problem) {
            broken++;
            // It names a field zod also finds wrong.
            expect(verdict.error!.issues.map((issue) => issue.path.join('.'))).toContainEqual(problem.path.join('.'));
          }
        }
      }),
      { numRuns: 2000 },
    );
    expect(broken).toBeGreaterThan(100);
  });
});
