import { describe, expect, it } from 'vitest';
import {
  headerPairs,
  headersFromPairs,
  parseFromWorker,
  parseToWorker,
  requestFromMessage,
  requestMessage,
} from './worker-protocol';

describe('header pairs', () => {
  it('keep two Set-Cookie headers apart across the bridge', () => {
    const headers = new Headers({ 'content-type': 'application/json' });
    headers.append('set-cookie', 'desk_session=a; Path=/; HttpOnly');
    headers.append('set-cookie', 'desk_csrf=b; Path=/');
    const pairs = headerPairs(headers);
    expect(pairs.filter(([name]) => name === 'set-cookie')).toHaveLength(2);
    expect(headersFromPairs(pairs).getSetCookie()).toEqual([
      'desk_session=a; Path=/; HttpOnly',
      'desk_csrf=b; Path=/',
    ]);
    expect(headersFromPairs(pairs).get('content-type')).toBe('application/json');
  });
});

describe('request messages', () => {
  it('carry a multipart upload byte for byte, its body transferred', async () => {
    const form = new FormData();
    form.append('order', new Blob([new Uint8Array([0, 1, 2, 255])]), 'order.pdf');
    form.append('note', 'from the authority');
    const original = new Request('https://desk.localhost/api/orders', {
      method: 'POST',
      body: form,
    });
    const expected = new Uint8Array(await original.clone().arrayBuffer());
    const { message, transfer } = await requestMessage(7, original);
    expect(message).toMatchObject({ type: 'request', id: 7, method: 'POST' });
    expect(transfer).toEqual([message.body]);
    expect(parseToWorker(message)).toEqual(message);

    const rebuilt = requestFromMessage(message);
    expect(new Uint8Array(await rebuilt.arrayBuffer())).toEqual(expected);
    const received = await requestFromMessage(message).formData();
    expect(received.get('note')).toBe('from the authority');
    expect(received.get('order')).toBeInstanceOf(Blob);
  });

  it('send GET and HEAD without a body', async () => {
    const { message, transfer } = await requestMessage(
      1,
      new Request('https://desk.localhost/api/session'),
    );
    expect(message.body).toBeNull();
    expect(transfer).toEqual([]);
    expect(requestFromMessage(message).method).toBe('GET');
  });
});

describe('parsing what arrives', () => {
  it('accepts every message the other side sends', () => {
    const fromWorker = [
      { type: 'ready' },
      { type: 'failed', message: 'in use' },
      { type: 'head', id: 1, status: 200, statusText: 'OK', headers: [['a', 'b']] },
      { type: 'chunk', id: 1, bytes: new Uint8Array([1]) },
      { type: 'end', id: 1 },
      { type: 'error', id: 1, message: 'boom' },
      { type: 'closed' },
    ];
    for (const message of fromWorker) expect(parseFromWorker(message)).toEqual(message);
    for (const message of [{ type: 'close' }, { type: 'cancel', id: 3 }]) {
      expect(parseToWorker(message)).toEqual(message);
    }
  });

  it('drops anything malformed instead of acting on it', () => {
    for (const junk of [
      null,
      'ready',
      { type: 'head', id: '1', status: 200, statusText: '', headers: [] },
      { type: 'head', id: 1, status: 200, statusText: '', headers: [['only-a-name']] },
      { type: 'chunk', id: 1, bytes: [1, 2] },
      { type: 'end', id: 1.5 },
      { type: 'unknown' },
    ]) {
      expect(parseFromWorker(junk)).toBeNull();
    }
    for (const junk of [
      { type: 'request', id: 1, method: 'GET', url: 'x', headers: [], body: 'text' },
      { type: 'cancel' },
      { type: 'ready' },
    ]) {
      expect(parseToWorker(junk)).toBeNull();
    }
  });
});
