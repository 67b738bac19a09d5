import { DESK_API_KEY, type DeskApi } from '../../../shared/ipc';
import type { DeskNotification } from './derive-notifications';

const ASKED_KEY = 'desk.notifications.asked';

function desktopApi(): DeskApi | undefined {
  return (window as unknown as Record<string, DeskApi | undefined>)[DESK_API_KEY];
}

/** The desktop app's own notifications, or the browser's once the user has allowed them. */
export function showNotification(notification: DeskNotification): void {
  const desk = desktopApi();
  if (desk) {
    void desk.notify({ title: notification.title, body: notification.body });
    return;
  }
  if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
  new Notification(notification.title, { body: notification.body, tag: notification.key });
}

/** The browser build asks once, from a click; the desktop app needs no permission. */
export function shouldOfferNotifications(): boolean {
  if (desktopApi() || typeof Notification === 'undefined') return false;
  return Notification.permission === 'default' && localStorage.getItem(ASKED_KEY) === null;
}

export async function askForNotifications(): Promise<NotificationPermission> {
  localStorage.setItem(ASKED_KEY, new Date().toISOString());
  return Notification.requestPermission();
}
