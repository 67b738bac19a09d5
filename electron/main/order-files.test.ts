import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ORDER_FILE_LIMITS } from '../../shared/ipc';
import { IpcUserError } from './ipc-user-error';
import { ORDER_DIALOG_OPTIONS, openOrderFiles, readOrderFiles } from './order-files';

let dir: string;
const file = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'desk-order-files-'));
  writeFileSync(file('order.json'), '{"format":"disclosure-desk/order@1"}');
  writeFileSync(file('warrant.PDF'), Buffer.from('%PDF-1.7\n%binary\u00ff'));
  writeFileSync(file('fake.pdf'), '<html>not a pdf</html>');
  writeFileSync(file('latin1.json'), Buffer.from([0x7b, 0xe9, 0x7d]));
  writeFileSync(file('notes.txt'), 'hello');
  writeFileSync(file('huge.json'), Buffer.alloc(ORDER_FILE_LIMITS.maxJsonBytes + 1, 0x20));
  mkdirSync(file('folder.json'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readOrderFiles', () => {
  it('hands over JSON as text and PDF as base64, named but without paths', async () => {
    const files = await readOrderFiles([file('order.json'), file('warrant.PDF')]);
    expect(files).toEqual([
      {
        kind: 'json',
        name: 'order.json',
        size: 36,
        text: '{"format":"disclosure-desk/order@1"}',
      },
      {
        kind: 'pdf',
        name: 'warrant.PDF',
        size: 18,
        base64: Buffer.from('%PDF-1.7\n%binary\u00ff').toString('base64'),
      },
    ]);
    expect(JSON.stringify(files)).not.toContain(dir);
  });

  it.each([
    ['notes.txt', 'neither a JSON order nor a PDF'],
    ['fake.pdf', 'is not a PDF document'],
    ['latin1.json', 'is not UTF-8 text'],
    ['huge.json', 'is larger than 1 MB'],
    ['folder.json', 'is not a file'],
  ])('refuses %s', async (name, message) => {
    const attempt = readOrderFiles([file(name)]);
    await expect(attempt).rejects.toBeInstanceOf(IpcUserError);
    await expect(attempt).rejects.toThrow(message);
  });

  it('refuses more files than an order can have', async () => {
    const paths = Array.from({ length: ORDER_FILE_LIMITS.maxFiles + 1 }, () => file('order.json'));
    await expect(readOrderFiles(paths)).rejects.toThrow('at most 21 files');
  });
});

describe('openOrderFiles', () => {
  it('asks for JSON and PDF files and reads what was picked', async () => {
    const show = vi.fn(async () => ({ canceled: false, filePaths: [file('order.json')] }));
    const opened = await openOrderFiles(show);
    expect(show).toHaveBeenCalledWith(ORDER_DIALOG_OPTIONS);
    expect(ORDER_DIALOG_OPTIONS.filters).toEqual([
      { name: 'Orders and documents', extensions: ['json', 'pdf'] },
    ]);
    expect(opened.canceled).toBe(false);
    expect(opened.files.map((f) => f.name)).toEqual(['order.json']);
  });

  it('reports a cancelled dialog as such', async () => {
    expect(await openOrderFiles(async () => ({ canceled: true, filePaths: [] }))).toEqual({
      canceled: true,
      files: [],
    });
  });
});
