/**
 * The renderer modules these tests drive check for the browser's globals with `typeof`
 * before using them; in Node they are absent. Declared here, narrowly, so those checks type.
 */
declare global {
  var navigator:
    | {
        onLine: boolean;
        locks?: {
          request<T>(
            name: string,
            options: { mode: 'exclusive' },
            task: () => Promise<T>,
          ): Promise<T>;
        };
      }
    | undefined;
  var window:
    { addEventListener(type: 'online' | 'offline', listener: () => void): void } | undefined;
}

export {};
