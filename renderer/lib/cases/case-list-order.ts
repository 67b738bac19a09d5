/**
 * The list a case was opened from, as last shown: its screen, its address parameters (view,
 * filters, sort) and the cases in its order. "The next case" follows this order. Kept in
 * memory only: after a restart the next case is simply the most urgent one.
 */
export interface CaseListOrder {
  screen: 'queue' | 'approvals';
  params: string;
  ids: readonly string[];
}

let remembered: CaseListOrder | null = null;

/**
 * The list is remembered on every change of its filters but read only when a case is finished,
 * so its ids are copied out of the rows then, not on each keystroke over 100,000 cases.
 */
export function rememberCaseListOrder(order: {
  screen: CaseListOrder['screen'];
  params: string;
  rows: readonly { id: string }[];
}): void {
  let ids: readonly string[] | null = null;
  remembered = {
    screen: order.screen,
    params: order.params,
    get ids() {
      ids ??= order.rows.map((row) => row.id);
      return ids;
    },
  };
}

export function rememberedCaseListOrder(): CaseListOrder | null {
  return remembered;
}
