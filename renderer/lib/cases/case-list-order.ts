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

export function rememberCaseListOrder(order: CaseListOrder): void {
  remembered = order;
}

export function rememberedCaseListOrder(): CaseListOrder | null {
  return remembered;
}
