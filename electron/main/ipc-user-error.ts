/** A failure whose message is meant for the user, as opposed to an internal fault. */
export class IpcUserError extends Error {}
