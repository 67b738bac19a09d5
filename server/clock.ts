/** The current time, injected so that timeouts and deadlines can be tested. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
