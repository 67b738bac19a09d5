import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * DejaVu Sans (regular and bold), shipped by the `dejavu-fonts-ttf` package under the DejaVu
 * fonts licence, which allows redistribution. It covers Latin with diacritics, Greek,
 * Cyrillic, Armenian, Georgian, Hebrew and Arabic, so a name in any of those scripts prints
 * as written instead of as "?".
 */
export interface LetterFontFiles {
  regular: Uint8Array;
  bold: Uint8Array;
}

let cached: LetterFontFiles | null = null;

/** Read once per process: the files are ~1 MB together and never change. */
export function letterFontFiles(): LetterFontFiles {
  if (cached) return cached;
  // Bundled as CommonJS for Electron, `require` finds the package beside the bundle; run as
  // ES modules (tsx, tests), from the project folder, whose node_modules holds it.
  const resolve =
    typeof require === 'function'
      ? require.resolve
      : createRequire(join(process.cwd(), 'package.json')).resolve;
  const read = (file: string) =>
    new Uint8Array(readFileSync(resolve(`dejavu-fonts-ttf/ttf/${file}`)));
  cached = { regular: read('DejaVuSans.ttf'), bold: read('DejaVuSans-Bold.ttf') };
  return cached;
}
