import { describe, expect, it } from 'vitest';
import { parseYamlWithPositions, positionOf } from '../../src/lib/load/yaml-positions.ts';

const doc = ['title: Holding reply', 'lastReviewed: 2026-11-22', 'answer: yes', 'channels:', '  - x', '  - email', 'nested:', '  deep:', '    value: 3'].join('\n');

describe('parseYamlWithPositions', () => {
  it('reads values with the YAML 1.2 core schema: dates and yes/no stay strings', () => {
    const parsed = parseYamlWithPositions(doc);
    expect(parsed.errors).toEqual([]);
    expect(parsed.value).toEqual({
      title: 'Holding reply',
      lastReviewed: '2026-11-22',
      answer: 'yes',
      channels: ['x', 'email'],
      nested: { deep: { value: 3 } },
    });
  });

  it('knows where each field and list item starts, shifted by the front matter offset', () => {
    const parsed = parseYamlWithPositions(doc, 1);
    expect(parsed.positions.get('title')).toEqual({ line: 2, column: 1 });
    expect(parsed.positions.get('channels.1')).toEqual({ line: 7, column: 5 });
    expect(parsed.positions.get('nested.deep.value')).toEqual({ line: 10, column: 5 });
    expect(parsed.positions.has('missing')).toBe(false);
    expect(positionOf(parsed.positions, ['nested', 'deep', 'other'])).toEqual({ line: 9, column: 3 });
  });

  it('knows where the items of a file that is a list start (roles.yaml, situations.yaml)', () => {
    const parsed = parseYamlWithPositions('# roles\n- id: a\n  label: { en: A }\n- id: b\n');
    expect(parsed.positions.get('1')).toEqual({ line: 4, column: 3 });
    expect(parsed.positions.get('0.label.en')).toEqual({ line: 3, column: 12 });
  });

  it('reports syntax errors and duplicate keys with their line', () => {
    const duplicate = parseYamlWithPositions('title: a\nkind: reply\ntitle: b\n');
    expect(duplicate.value).toBeUndefined();
    expect(duplicate.errors).toHaveLength(1);
    expect(duplicate.errors[0]).toMatchObject({ line: 3 });
    expect(duplicate.errors[0].message).toMatch(/unique/i);

    const broken = parseYamlWithPositions('title: [unclosed\nkind: reply\n', 4);
    expect(broken.value).toBeUndefined();
    expect(broken.errors[0].line).toBeGreaterThanOrEqual(5);
  });
});
