import type { NotificationConstructorOptions } from 'electron';
import type { DesktopNotification } from '../../shared/ipc';

export interface NotificationApi {
  isSupported(): boolean;
  show(options: NotificationConstructorOptions): void;
}

/**
 * The options of a desktop notification from the renderer's (already validated) text: title
 * and body only, with no actions or reply field, so a notification can open nothing.
 */
export function notificationOptions(
  notification: DesktopNotification,
): NotificationConstructorOptions {
  return {
    title: notification.title,
    body: notification.body,
    hasReply: false,
  };
}

/** Shows the notification where the system supports it; says whether it was shown. */
export function showDesktopNotification(
  notification: DesktopNotification,
  api: NotificationApi,
): { shown: boolean } {
  if (!api.isSupported()) return { shown: false };
  api.show(notificationOptions(notification));
  return { shown: true };
}
