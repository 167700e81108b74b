import { TextField } from '../components/TextField';
import { MIN_PASSWORD_LENGTH } from '../components/forms';

interface NewPasswordFieldsProps {
  errors: Record<string, string>;
}

/** "New password" and "the same again", with the length rule as a hint. */
export function NewPasswordFields({ errors }: NewPasswordFieldsProps) {
  return (
    <>
      <TextField
        name="password"
        type="password"
        label="New password"
        hint={`At least ${MIN_PASSWORD_LENGTH} characters. A few unrelated words are easy to remember and hard to guess.`}
        autoComplete="new-password"
        minLength={MIN_PASSWORD_LENGTH}
        required
        error={errors.password}
      />
      <TextField
        name="confirmPassword"
        type="password"
        label="New password again"
        autoComplete="new-password"
        required
        error={errors.confirmPassword}
      />
    </>
  );
}
