/**
 * What an account was called when it acted, as SQL over a joined `users` row.
 *
 * A display name can change later (an administrator renames the account), and the record of
 * what someone did must not change with it. Every rename is in the audit chain with the name
 * before and after it, so the name at the time is the name before the first rename that came
 * later, or the name now when none did: old records read correctly without anything copied
 * into them.
 */
function nameBeforeLaterRenames(user: string, later: string): string {
  return `coalesce((SELECT renamed.details #>> '{changes,displayName,from}'
      FROM audit_events renamed
     WHERE renamed.action = 'user.update' AND renamed.details ->> 'userId' = ${user}.id::text
       AND renamed.details #> '{changes,displayName}' IS NOT NULL AND ${later}
     ORDER BY renamed.id LIMIT 1), ${user}.display_name)`;
}

/** The name of `user` when audit event `event` was recorded: the chain orders them exactly. */
export function displayNameAtEvent(user: string, event: string): string {
  return nameBeforeLaterRenames(user, `renamed.id > ${event}.id`);
}

/**
 * The name of `user` at `instant`, for records kept outside the chain. A rename recorded in
 * the same millisecond as the act is taken to have followed it.
 */
export function displayNameAt(user: string, instant: string): string {
  return nameBeforeLaterRenames(user, `renamed.at >= ${instant}`);
}
