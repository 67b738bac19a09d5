import { describe, expect, it, vi } from 'vitest';
import { showDesktopNotification, notificationOptions } from './desktop-notifications';

describe('desktop notifications', () => {
  it('shows the title and text as given, without a reply field', () => {
    expect(notificationOptions({ title: 'Emergency order', body: 'Case PR-1' })).toEqual({
      title: 'Emergency order',
      body: 'Case PR-1',
      hasReply: false,
    });
  });

  it('shows nothing and says so where the system has no notifications', () => {
    const show = vi.fn();
    expect(
      showDesktopNotification({ title: 't', body: '' }, { isSupported: () => false, show }),
    ).toEqual({ shown: false });
    expect(show).not.toHaveBeenCalled();
    expect(
      showDesktopNotification({ title: 't', body: 'b' }, { isSupported: () => true, show }),
    ).toEqual({ shown: true });
    expect(show).toHaveBeenCalledOnce();
  });
});
