import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvTokenizer, MAX_RECORD_BYTES } from '../../src/ingest/csv-tokenizer.js';

/** Runs the tokenizer over `text` in chunks of `size` bytes; returns records as [line, ...cells] and malformed lines. */
function tokenize(text: string, size: number, options: { expected?: number; limit?: number; skipLines?: number; delimiter?: string } = {}) {
  const out: (string | number)[][] = [];
  const bad: number[] = [];
  const dec = new TextDecoder();
  const tok = new CsvTokenizer(
    (options.delimiter ?? ',').charCodeAt(0),
    {
      record(buf, starts, ends, quoted, nf, line) {
        const cells: (string | number)[] = [line];
        for (let f = 0; f < nf; f++) cells.push(dec.decode(buf.subarray(starts[f]!, ends[f]!)).replace(quoted[f] ? /""/g : /^$/, quoted[f] ? '"' : ''));
        out.push(cells);
      },
      malformed(line) {
        bad.push(line);
      },
    },
    { maxRecordBytes: options.limit, skipLines: options.skipLines },
  );
  tok.expectedFields = options.expected ?? 0;
  const bytes = new TextEncoder().encode(text);
  for (let i = 0; i < bytes.length; i += size) tok.push(bytes.subarray(i, i + size));
  tok.end();
  return { out, bad };
}

describe('CsvTokenizer', () => {
  it('numbers lines as a spreadsheet does: LF, CRLF, lone CR, and the lines inside a quoted cell', () => {
    const { out, bad } = tokenize('h1,h2\r\na,"x\r\ny"\rb,2\n\nc,3', 5, { expected: 2 });
    expect(bad).toEqual([]);
    expect(out).toEqual([[1, 'h1', 'h2'], [2, 'a', 'x\r\ny'], [4, 'b', '2'], [5, ''], [6, 'c', '3']]);
  });

  it('skips title lines, drops trailing empty fields beyond the header, keeps a quote inside an unquoted cell', () => {
    const { out } = tokenize('标题行\r\n说明,含逗号\r\nh1,h2\r\na,b,,\r\nc,d"e\r\n', 3, { expected: 2, skipLines: 2 });
    expect(out).toEqual([[3, 'h1', 'h2'], [4, 'a', 'b'], [5, 'c', 'd"e']]);
  });

  it('a stray quote costs its own line, whatever the chunking (also past the record bound)', () => {
    const lines = ['h1,h2', 'a,"unclosed', ...Array.from({ length: 20 }, (_, i) => `r${i},${i}`)];
    const text = lines.join('\n') + '\n';
    for (const limit of [MAX_RECORD_BYTES, 40]) {
      const ref = tokenize(text, text.length, { expected: 2, limit });
      expect(ref.bad).toEqual([2]);
      expect(ref.out.map((r) => r[0])).toEqual([1, ...Array.from({ length: 20 }, (_, i) => i + 3)]);
      for (let size = 1; size <= 50; size++) expect(tokenize(text, size, { expected: 2, limit })).toEqual(ref);
    }
  });

  it('a record spanning lines without the header field count is a stray quote: its first line rejected, the rest re-read', () => {
    const { out, bad } = tokenize('h1,h2\na,"x,1\nb,y",2\nc,3\n', 4, { expected: 2 });
    expect(bad).toEqual([2]);
    expect(out).toEqual([[1, 'h1', 'h2'], [3, 'b', 'y"', '2'], [4, 'c', '3']]);
  });

  it('an over-long line is rejected and skipped without being held; the next lines are read', () => {
    const long = 'x'.repeat(500);
    const text = `h1,h2\n${long},1\nb,2\n`;
    for (const size of [7, 64, 1000]) {
      const { out, bad } = tokenize(text, size, { expected: 2, limit: 100 });
      expect(bad).toEqual([2]);
      expect(out).toEqual([[1, 'h1', 'h2'], [3, 'b', '2']]);
    }
  });

  it('property: any chunking gives the same records and rejections', () => {
    const cell = fc.constantFrom('a', '', '"q""x"', '"多\n行"', '"', 'b"c', ' ', '"x"y', '中文');
    const arb = fc.record({
      rows: fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { maxLength: 12 }),
      eol: fc.constantFrom('\n', '\r\n', '\r'),
      size: fc.integer({ min: 1, max: 40 }),
      limit: fc.constantFrom(16, 64, MAX_RECORD_BYTES),
    });
    fc.assert(
      fc.property(arb, ({ rows, eol, size, limit }) => {
        const text = ['h1,h2,h3', ...rows.map((r) => r.join(','))].join(eol);
        expect(tokenize(text, size, { expected: 3, limit })).toEqual(tokenize(text, text.length + 1, { expected: 3, limit }));
      }),
      { numRuns: 300 },
    );
  });
});
