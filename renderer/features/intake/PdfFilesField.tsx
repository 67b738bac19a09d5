import { useId } from 'react';

/** PDF documents chosen to go with an order; the service keeps them with their SHA-256. */
export function PdfFilesField({
  label,
  onChange,
}: {
  label: string;
  onChange: (files: File[]) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="file"
        accept="application/pdf,.pdf"
        multiple
        onChange={(e) => onChange([...(e.target.files ?? [])])}
      />
    </div>
  );
}
