import type { AppInfo } from '../../shared/ipc';
import type { DeskConfig } from './desk-config';

export function appInfo(input: {
  name: string;
  version: string;
  versions: Partial<Record<'electron' | 'chrome', string>>;
  platform: string;
  config: DeskConfig;
}): AppInfo {
  return {
    name: input.name,
    version: input.version,
    electronVersion: input.versions.electron ?? 'unknown',
    chromeVersion: input.versions.chrome ?? 'unknown',
    platform: input.platform,
    mode: input.config.mode,
    serverOrigin: input.config.mode === 'team' ? input.config.serverOrigin : null,
  };
}
