/** Recovery codes, shown the one time the service hands them out. */
export function RecoveryCodeList({ codes }: { codes: readonly string[] }) {
  return (
    <ul className="recovery-codes" aria-label="Recovery codes">
      {codes.map((recovery) => (
        <li key={recovery}>
          <code>{recovery}</code>
        </li>
      ))}
    </ul>
  );
}
