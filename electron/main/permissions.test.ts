import { describe, expect, it, vi } from 'vitest';
import type { Session } from 'electron';
import { denyAllPermissions, denyPermissionCheck, denyPermissionRequest } from './permissions';

describe('permissions', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'unknown'])(
    'denies a %s request and check',
    (permission) => {
      const callback = vi.fn();
      denyPermissionRequest(null, permission, callback);
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
      expect(denyPermissionCheck()).toBe(false);
    },
  );

  it('installs the deny handlers for requests, checks and devices', () => {
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
    };
    denyAllPermissions(session as unknown as Session);
    expect(session.setPermissionRequestHandler).toHaveBeenCalledWith(denyPermissionRequest);
    expect(session.setPermissionCheckHandler).toHaveBeenCalledWith(denyPermissionCheck);
    expect(session.setDevicePermissionHandler).toHaveBeenCalledWith(denyPermissionCheck);
  });
});
