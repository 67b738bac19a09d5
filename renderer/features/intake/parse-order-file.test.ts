import { describe, expect, it } from 'vitest';
import { EXAMPLE_ORDER } from '../../lib/testing/example-order';
import { checkAttachments, parseOrderText } from './parse-order-file';

const example = JSON.stringify(EXAMPLE_ORDER);

describe('parseOrderText', () => {
  it('accepts the documented example order', () => {
    const result = parseOrderText(example);
    expect(result.ok).toBe(true);
  });

  it('says when a file is not JSON at all', () => {
    const result = parseOrderText('Dear provider, please send everything.');
    expect(result).toMatchObject({ ok: false, problems: [{ path: '(file)' }] });
    if (!result.ok) expect(result.problems[0]!.message).toMatch(/^this file is not an order file/);
  });

  it('says when the file is empty or not an object', () => {
    expect(parseOrderText('  ')).toMatchObject({
      ok: false,
      problems: [{ message: 'the file is empty' }],
    });
    expect(parseOrderText('[1, 2]')).toMatchObject({ ok: false, problems: [{ path: '(file)' }] });
  });

  it('names the field of a display name given as a target', () => {
    const order = JSON.parse(example) as { targets: { identifier: { value: string } }[] };
    order.targets[1]!.identifier.value = 'John Smith';
    const result = parseOrderText(JSON.stringify(order));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toContainEqual({
        path: 'targets.1.identifier.value',
        message: expect.stringContaining('"John Smith" is not') as unknown as string,
      });
    }
  });
});

describe('checkAttachments', () => {
  const pdfHead = new TextEncoder().encode('%PDF-1.7');
  it('accepts PDFs by content', () => {
    expect(checkAttachments([{ name: 'order.pdf', size: 2000, head: pdfHead }])).toEqual([]);
  });

  it('refuses empty files and files that are not PDFs, naming them', () => {
    const problems = checkAttachments([
      { name: 'empty.pdf', size: 0, head: new Uint8Array() },
      { name: 'scan.pdf', size: 10, head: new TextEncoder().encode('GIF89a') },
    ]);
    expect(problems).toEqual([
      { path: 'attachment.0', message: 'empty.pdf is empty' },
      { path: 'attachment.1', message: 'scan.pdf is not a PDF document' },
    ]);
  });
});
