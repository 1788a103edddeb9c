import { describe, expect, it } from 'vitest';
import { parsePath } from '../../engine/jsonpath';
import { corpusStrings } from './corpus';

describe('parsePath on the deployed corpus', () => {
  const paths = corpusStrings().filter((s) => s.value.startsWith('$') && !s.value.startsWith('${'));

  it('finds a meaningful number of paths', () => {
    expect(paths.length).toBeGreaterThan(500);
  });

  it('reports no problem for any path AWS accepted', () => {
    const bad = paths
      .map((s) => {
        const reference = s.field === 'ResultPath';
        const { problems } = parsePath(s.value, { reference, allowContext: !reference, allowVariables: !reference });
        return { ...s, problems };
      })
      .filter((r) => r.problems.length > 0);
    expect(bad).toEqual([]);
  });
});
