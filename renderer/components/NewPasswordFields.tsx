import { TextField } from './TextField';

interface NewPasswordFieldsProps {
  password: string;
  confirmation: string;
  onPassword: (value: string) => void;
  onConfirmation: (value: string) => void;
  errors: { password?: string | undefined; confirmation?: string | undefined };
  /** "New password" where one replaces a password, "Password" where one sets a first. */
  label: string;
}

/** A password the person chooses, typed twice; the rules are told next to it. */
export function NewPasswordFields(props: NewPasswordFieldsProps) {
  return (
    <>
      <TextField
        label={props.label}
        type="password"
        autoComplete="new-password"
        value={props.password}
        onChange={props.onPassword}
        error={props.errors.password}
        hint="At least 12 characters; not a common password, not your name"
      />
      <TextField
        label={`Confirm ${props.label.toLowerCase()}`}
        type="password"
        autoComplete="new-password"
        value={props.confirmation}
        onChange={props.onConfirmation}
        error={props.errors.confirmation}
      />
    </>
  );
}
