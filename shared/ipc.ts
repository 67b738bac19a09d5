import { z } from 'zod';

/**
 * The whole IPC surface between the renderer and Electron main, as one contract: the preload
 * exposes exactly these functions on `window.desk`, main validates every payload against
 * `args` and every answer is `IpcResult<result>`. Anything not listed here cannot be asked.
 */

/** An order file picked by the user, handed over as data: the renderer never sees a path. */
export const OrderFile = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('json'),
    name: z.string().min(1).max(255),
    size: z.number().int().nonnegative(),
    text: z.string(),
  }),
  z.object({
    kind: z.literal('pdf'),
    name: z.string().min(1).max(255),
    size: z.number().int().nonnegative(),
    /** Base64, so the bytes cross the context bridge as a plain string. */
    base64: z.string(),
  }),
]);
export type OrderFile = z.infer<typeof OrderFile>;

/** One order JSON plus the 20 documents an order may reference. */
export const ORDER_FILE_LIMITS = {
  maxFiles: 21,
  maxJsonBytes: 1024 * 1024,
  maxPdfBytes: 25 * 1024 * 1024,
} as const;

export const OpenedOrderFiles = z.object({
  canceled: z.boolean(),
  files: z.array(OrderFile).max(ORDER_FILE_LIMITS.maxFiles),
});
export type OpenedOrderFiles = z.infer<typeof OpenedOrderFiles>;

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  electronVersion: z.string(),
  chromeVersion: z.string(),
  platform: z.string(),
  /** Embedded: the case service runs inside the app; team: /api is proxied to `serverOrigin`. */
  mode: z.enum(['embedded', 'team']),
  serverOrigin: z.string().nullable(),
});
export type AppInfo = z.infer<typeof AppInfo>;

/** What the renderer may hand the desktop app to save: an exported package part or report. */
export const EXPORT_CONTENT_TYPES = ['application/json', 'application/pdf', 'text/csv'] as const;
export type ExportContentType = (typeof EXPORT_CONTENT_TYPES)[number];

export const EXPORT_MAX_BYTES = 50 * 1024 * 1024;

export const ExportFile = z
  .object({
    /** A file name only; main keeps every path to itself. */
    suggestedName: z
      .string()
      .min(1)
      .max(160)
      .regex(/^[^\\/:*?"<>|]+$/, 'a file name without folders')
      .refine((name) => ![...name].some((c) => c.charCodeAt(0) < 0x20), 'no control characters'),
    contentType: z.enum(EXPORT_CONTENT_TYPES),
    base64: z
      .string()
      .max(Math.ceil(EXPORT_MAX_BYTES / 3) * 4)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/),
  })
  .strict();
export type ExportFile = z.infer<typeof ExportFile>;

export const SavedExport = z.object({ canceled: z.boolean() });

/** A desktop notification: plain text only, short, no markup or links. */
export const DesktopNotification = z
  .object({
    title: z.string().min(1).max(120),
    body: z.string().max(400),
  })
  .strict();
export type DesktopNotification = z.infer<typeof DesktopNotification>;

export const IPC_ERROR_CODES = ['forbidden_sender', 'invalid_payload', 'failed'] as const;

export const IpcError = z.object({
  code: z.enum(IPC_ERROR_CODES),
  message: z.string(),
});
export type IpcError = z.infer<typeof IpcError>;

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export interface IpcChannelDef<
  Args extends z.ZodType = z.ZodType,
  Result extends z.ZodType = z.ZodType,
> {
  channel: string;
  args: Args;
  result: Result;
}

export const IPC = {
  openOrderFile: {
    channel: 'desk:open-order-file',
    args: z.tuple([]),
    result: OpenedOrderFiles,
  },
  appInfo: {
    channel: 'desk:app-info',
    args: z.tuple([]),
    result: AppInfo,
  },
  saveExport: {
    channel: 'desk:save-export',
    args: z.tuple([ExportFile]),
    result: SavedExport,
  },
  notify: {
    channel: 'desk:notify',
    args: z.tuple([DesktopNotification]),
    result: z.object({ shown: z.boolean() }),
  },
} as const satisfies Record<string, IpcChannelDef>;

export type IpcContract = typeof IPC;
export type IpcName = keyof IpcContract;
export type IpcArgs<K extends IpcName> = z.input<IpcContract[K]['args']>;
export type IpcValue<K extends IpcName> = z.infer<IpcContract[K]['result']>;

/** What `window.desk` offers the renderer; the preload object `satisfies` this type. */
export type DeskApi = {
  [K in IpcName]: (...args: IpcArgs<K>) => Promise<IpcResult<IpcValue<K>>>;
};

export const DESK_API_KEY = 'desk';
