import type { SaveDialogOptions } from 'electron';
import type { ExportContentType, ExportFile } from '../../shared/ipc';
import { IpcUserError } from './ipc-user-error';

const EXTENSIONS: Record<ExportContentType, { name: string; extension: string }> = {
  'application/json': { name: 'JSON', extension: 'json' },
  'application/pdf': { name: 'PDF document', extension: 'pdf' },
  'text/csv': { name: 'CSV table', extension: 'csv' },
};

export type ShowSaveDialog = (
  options: SaveDialogOptions,
) => Promise<{ canceled: boolean; filePath?: string | undefined }>;
export type WriteFile = (path: string, bytes: Uint8Array) => Promise<void>;

/** The dialog for one exported file: its name suggested, its type the only filter. */
export function exportDialogOptions(file: ExportFile): SaveDialogOptions {
  const type = EXTENSIONS[file.contentType];
  const name = file.suggestedName.toLowerCase().endsWith(`.${type.extension}`)
    ? file.suggestedName
    : `${file.suggestedName}.${type.extension}`;
  return {
    title: 'Export',
    buttonLabel: 'Save',
    defaultPath: name,
    filters: [{ name: type.name, extensions: [type.extension] }],
  };
}

/**
 * Saves an export where the user chooses in the save dialog. The renderer hands over a name
 * and the bytes; the path exists only in main, and only the user picks it.
 */
export async function saveExportFile(
  file: ExportFile,
  showSaveDialog: ShowSaveDialog,
  writeFile: WriteFile,
): Promise<{ canceled: boolean }> {
  const bytes = Buffer.from(file.base64, 'base64');
  if (bytes.toString('base64') !== file.base64) {
    throw new IpcUserError('The file to export arrived damaged; nothing was saved.');
  }
  const choice = await showSaveDialog(exportDialogOptions(file));
  if (choice.canceled || !choice.filePath) return { canceled: true };
  try {
    await writeFile(choice.filePath, bytes);
  } catch {
    throw new IpcUserError('The file could not be saved there. Choose another folder.');
  }
  return { canceled: false };
}
