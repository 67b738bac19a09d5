import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { OpenDialogOptions } from 'electron';
import { ORDER_FILE_LIMITS, type OpenedOrderFiles, type OrderFile } from '../../shared/ipc';
import { IpcUserError } from './ipc-user-error';

export const ORDER_DIALOG_OPTIONS: OpenDialogOptions = {
  title: 'Open an order',
  buttonLabel: 'Open',
  properties: ['openFile', 'multiSelections'],
  filters: [{ name: 'Orders and documents', extensions: ['json', 'pdf'] }],
};

export type ShowOpenDialog = (
  options: OpenDialogOptions,
) => Promise<{ canceled: boolean; filePaths: string[] }>;

/**
 * Lets the user pick an order (JSON) and its documents (PDF) and hands them over as data.
 * Paths stay in main; the renderer gets names and contents and cannot ask for any other file.
 */
export async function openOrderFiles(showOpenDialog: ShowOpenDialog): Promise<OpenedOrderFiles> {
  const result = await showOpenDialog(ORDER_DIALOG_OPTIONS);
  if (result.canceled || result.filePaths.length === 0) return { canceled: true, files: [] };
  return { canceled: false, files: await readOrderFiles(result.filePaths) };
}

export async function readOrderFiles(paths: readonly string[]): Promise<OrderFile[]> {
  if (paths.length > ORDER_FILE_LIMITS.maxFiles) {
    throw new IpcUserError(
      `Pick at most ${ORDER_FILE_LIMITS.maxFiles} files: one order and up to ${ORDER_FILE_LIMITS.maxFiles - 1} documents.`,
    );
  }
  const files: OrderFile[] = [];
  for (const path of paths) files.push(await readOrderFile(path));
  return files;
}

async function readOrderFile(path: string): Promise<OrderFile> {
  const name = basename(path);
  const extension = extname(name).toLowerCase();
  if (extension !== '.json' && extension !== '.pdf') {
    throw new IpcUserError(`${name} is neither a JSON order nor a PDF document.`);
  }
  const limit =
    extension === '.json' ? ORDER_FILE_LIMITS.maxJsonBytes : ORDER_FILE_LIMITS.maxPdfBytes;
  const info = await stat(path);
  if (!info.isFile()) throw new IpcUserError(`${name} is not a file.`);
  // Checked before reading so a huge file is never loaded into memory.
  if (info.size > limit) throw new IpcUserError(`${name} is larger than ${megabytes(limit)}.`);
  const bytes = await readFile(path);
  if (bytes.byteLength > limit)
    throw new IpcUserError(`${name} is larger than ${megabytes(limit)}.`);

  if (extension === '.json') {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new IpcUserError(`${name} is not UTF-8 text.`);
    }
    return { kind: 'json', name, size: bytes.byteLength, text };
  }
  if (!bytes.subarray(0, 5).equals(Buffer.from('%PDF-'))) {
    throw new IpcUserError(`${name} is not a PDF document.`);
  }
  return { kind: 'pdf', name, size: bytes.byteLength, base64: bytes.toString('base64') };
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}
