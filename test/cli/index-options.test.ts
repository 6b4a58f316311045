import { describe, expect, it } from 'vitest';
import { ACCOUNT_FIELDS, INDEX_CATALOG, indexFields } from '../../src/index.js';
import { TABLE_FIELD_ALIASES } from '../../src/indices/table-fields.js';
import { cli } from './harness.js';

// `govmedia index` builds its statistic flags from ACCOUNT_FIELDS (the one definition of the
// per-account fields): every catalog input backed by a field gets a flag whose help is that
// field's Chinese label and unit, so a field a new index reads needs no second list here.
const kebab = (s: string) => (s === 'posts' ? 'post-count' : s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));

describe('govmedia index: flags from ACCOUNT_FIELDS', () => {
  it('every catalog input backed by a per-account field has a flag with that field\'s Chinese label and unit', async () => {
    const help = (await cli(['index', '--help'])).stdout.replace(/\s+/g, ' ');
    const inputs = [...new Set(Object.values(INDEX_CATALOG).flatMap((d) => indexFields(d)))];
    let checked = 0;
    for (const input of inputs) {
      const field = ACCOUNT_FIELDS.find((f) => f.name === input) ?? ACCOUNT_FIELDS.find((f) => f.name === TABLE_FIELD_ALIASES[input]);
      if (!field) continue;
      expect(help, input).toMatch(new RegExp(`--${kebab(input)} <n> ${field.zh}（${field.unit}`));
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(20);
  });

  it('lists the flags in field order: days, counts, then each metric as sum, headline sum, maximum', async () => {
    const help = (await cli(['index', '--help'])).stdout;
    const flags = [...help.matchAll(/^\s+--([a-z-]+) <n>/gm)].map((m) => m[1]);
    expect(flags.slice(0, 8)).toEqual(['days', 'articles', 'post-count', 'videos', 'original-posts', 'reads', 'plays', 'headline-reads']);
  });
});
