export const ROLES = ['reviewer', 'supervisor', 'admin', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  reviewer: 'Legal reviewer',
  supervisor: 'Supervisor',
  admin: 'Administrator',
  auditor: 'Auditor',
};
