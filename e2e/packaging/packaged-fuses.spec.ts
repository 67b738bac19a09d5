/*
 * The packaged desktop app: `npm run package -- --linux --dir` builds the unpacked Linux app,
 * and its Electron binary is read back to prove the fuses were flipped in the build and the app
 * code is an ASAR archive. Needs the Electron binary the project pins; where it is not installed
 * (it is downloaded on first launch), that test reports itself skipped with the reason.
 *
 * The same build with a stand-in for the Electron binary (a file carrying Electron's fuse wire)
 * runs everywhere: electron-builder's own packing, our afterPack hook and the ASAR layout are
 * real; only Electron itself is not.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { expect, test } from '@playwright/test';
import { build } from 'electron-builder';
import { fusesNotAsConfigured } from '../../electron/packaging/apply-fuses';
import { builderConfig } from '../../electron/packaging/builder-config';
import { writeStandInElectron } from '../../electron/packaging/stand-in-electron';
import { installedElectronBinary, NO_BINARY_REASON } from '../electron/electron-binary';

const ROOT = resolve(import.meta.dirname, '..', '..');
const binary = installedElectronBinary();
// The list reporter shows a skip without its reason; CI logs must say why.
if (binary === null) console.info(`Packaging the real Electron skipped: ${NO_BINARY_REASON}`);

async function expectFusesAndAsar(unpacked: string): Promise<void> {
  const executable = join(unpacked, 'disclosure-desk');
  expect(existsSync(executable)).toBe(true);
  expect(existsSync(join(unpacked, 'resources', 'app.asar'))).toBe(true);
  expect(existsSync(join(unpacked, 'resources', 'app'))).toBe(false);
  const wire = await getCurrentFuseWire(executable);
  expect(fusesNotAsConfigured(wire)).toEqual([]);
  expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
  expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.ENABLE);
  expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
}

test('with a stand-in Electron binary, the build flips the fuses and packs an ASAR', async () => {
  test.skip(process.platform !== 'linux', 'the unpacked build read here is the Linux one');
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  const work = mkdtempSync(join(tmpdir(), 'disclosure-desk-package-'));
  try {
    const dist = join(work, 'electron-dist');
    mkdirSync(dist);
    writeStandInElectron(join(dist, 'electron'), '1');
    await build({
      projectDir: ROOT,
      config: { ...builderConfig(dist), directories: { output: join(work, 'out') } },
      publish: 'never',
      linux: ['dir'],
    });
    await expectFusesAndAsar(join(work, 'out', 'linux-unpacked'));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test('the packaged app has its fuses flipped and its code in an ASAR archive', async () => {
  test.skip(binary === null, NO_BINARY_REASON);
  test.skip(process.platform !== 'linux', 'the unpacked build read here is the Linux one');
  execFileSync('npm', ['run', 'package', '--', '--linux', '--dir'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  await expectFusesAndAsar(join(ROOT, 'dist', 'packages', 'linux-unpacked'));
});
