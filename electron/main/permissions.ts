import type { Session } from 'electron';

/**
 * The app needs no camera, microphone, location, notifications, clipboard reading, USB or
 * anything else a web page can ask for. Denying every request and check keeps a
 * compromised renderer from getting any of them, including ones added in future versions.
 */
export function denyPermissionRequest(
  _webContents: unknown,
  _permission: string,
  callback: (granted: boolean) => void,
): void {
  callback(false);
}

export function denyPermissionCheck(): boolean {
  return false;
}

export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler(denyPermissionRequest);
  session.setPermissionCheckHandler(denyPermissionCheck);
  session.setDevicePermissionHandler(denyPermissionCheck);
}
