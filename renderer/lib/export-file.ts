import { DESK_API_KEY, type DeskApi, type ExportContentType } from '../../shared/ipc';

export interface ExportedFile {
  name: string;
  contentType: ExportContentType;
  bytes: Uint8Array;
}

function desktopApi(): DeskApi | undefined {
  return (window as unknown as Record<string, DeskApi | undefined>)[DESK_API_KEY];
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/**
 * Saves a file the user asked to export: through the desktop app's save dialog, or as a
 * browser download. Answers false when the user cancelled the dialog.
 */
export async function exportFile(file: ExportedFile): Promise<boolean> {
  const desk = desktopApi();
  if (desk) {
    const result = await desk.saveExport({
      suggestedName: file.name,
      contentType: file.contentType,
      base64: toBase64(file.bytes),
    });
    if (!result.ok) throw new Error(result.error.message);
    return !result.value.canceled;
  }
  const url = URL.createObjectURL(new Blob([file.bytes as BlobPart], { type: file.contentType }));
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = file.name;
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
  return true;
}
