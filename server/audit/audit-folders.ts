/**
 * Where the signing key and the checkpoints go unless configured: beside the data folder,
 * never inside it, because for the embedded service that folder is the database itself and
 * a copy of the database must not carry the key that vouches for it.
 */
export function defaultAuditFolders(dataDir: string): { keyDir: string; checkpointDir: string } {
  const base = dataDir.replace(/[\\/]+$/, '');
  return { keyDir: `${base}-audit/signing-key`, checkpointDir: `${base}-audit/checkpoints` };
}

/** The second-factor key's folder unless configured: beside the data folder, for the same reason. */
export function defaultSecondFactorKeyDir(dataDir: string): string {
  return `${dataDir.replace(/[\\/]+$/, '')}-secrets/second-factor`;
}
