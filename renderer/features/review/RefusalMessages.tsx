/** The service's refusal beside the control it concerns; announced as soon as it appears. */
export function RefusalMessages({ id, messages }: { id: string; messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <div id={id} className="field-refusal" role="alert">
      <strong>Not accepted by the case service:</strong>
      <ul>
        {messages.map((m, i) => (
          <li key={i}>{m}</li>
        ))}
      </ul>
    </div>
  );
}
