import { describe, expect, it, vi } from 'vitest';
import { ExportFile } from '../../shared/ipc';
import { exportDialogOptions, saveExportFile } from './export-files';

const manifest = {
  suggestedName: 'PR-2026-4417 manifest',
  contentType: 'application/json' as const,
  base64: Buffer.from('{"a":1}').toString('base64'),
};

describe('exporting a file through the save dialog', () => {
  it('suggests the name with the extension of its type, and filters on that type', () => {
    expect(exportDialogOptions(manifest)).toMatchObject({
      defaultPath: 'PR-2026-4417 manifest.json',
      filters: [{ name: 'JSON', extensions: ['json'] }],
    });
  });

  it('writes the bytes where the user chose', async () => {
    const writeFile = vi.fn(async () => undefined);
    const result = await saveExportFile(
      manifest,
      async () => ({ canceled: false, filePath: '/home/u/m.json' }),
      writeFile,
    );
    expect(result).toEqual({ canceled: false });
    expect(writeFile).toHaveBeenCalledWith('/home/u/m.json', Buffer.from('{"a":1}'));
  });

  it('writes nothing when the user cancels', async () => {
    const writeFile = vi.fn(async () => undefined);
    expect(await saveExportFile(manifest, async () => ({ canceled: true }), writeFile)).toEqual({
      canceled: true,
    });
    expect(writeFile).not.toHaveBeenCalled();
  });

  it('is refused at the contract: paths, unknown types, malformed contents', () => {
    for (const bad of [
      { ...manifest, suggestedName: '../../.bashrc' },
      { ...manifest, suggestedName: 'C:\\Windows\\x.json' },
      { ...manifest, contentType: 'text/html' },
      { ...manifest, base64: 'not base64!' },
      { ...manifest, extra: true },
    ]) {
      expect(ExportFile.safeParse(bad).success).toBe(false);
    }
  });

  it('reports a failed write in words', async () => {
    await expect(
      saveExportFile(
        manifest,
        async () => ({ canceled: false, filePath: '/readonly/m.json' }),
        async () => {
          throw new Error('EACCES');
        },
      ),
    ).rejects.toThrow(/could not be saved there/);
  });
});
