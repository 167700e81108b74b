import { useState, type FormEvent } from 'react';
import type { UseMutationResult } from '@tanstack/react-query';
import { ApiError, fieldErrorsOf } from '../../api/client';
import { Alert } from '../../components/Alert';
import { TextField } from '../../components/TextField';
import { describeError } from '../../components/errorMessages';
import { textValue } from '../../components/forms';

interface SignatureFormProps {
  /** Signs with the typed name (a consent version, a release of information). */
  sign: UseMutationResult<unknown, Error, string>;
  onSigned: () => void;
  /** Said when the server answers that it is already signed (perhaps on another device). */
  alreadySignedText?: string;
}

/** Signing by typing one's full name, after confirming the document was read and understood. */
export function SignatureForm({ sign, onSigned, alreadySignedText = 'You have already signed this document.' }: SignatureFormProps) {
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const errors = { ...fieldErrorsOf(sign.error), ...localErrors };
  const alreadySigned = sign.error instanceof ApiError && sign.error.status === 409;
  const generalError = sign.isError && !errors.typedName && !alreadySigned;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const typedName = textValue(form, 'typedName');
    const problems: Record<string, string> = {};
    if (!typedName) problems.typedName = 'Type your full name to sign.';
    if (form.get('understood') !== 'on') problems.understood = 'Please confirm that you have read and understood this.';
    setLocalErrors(problems);
    if (Object.keys(problems).length === 0) sign.mutate(typedName, { onSuccess: onSigned });
  }

  return (
    <section aria-labelledby="sign-heading" className="panel">
      <h2 id="sign-heading">Sign</h2>
      <Alert>
        {alreadySigned ? alreadySignedText : generalError ? describeError(sign.error) : undefined}
      </Alert>
      <form onSubmit={handleSubmit} noValidate>
        <div className={errors.understood ? 'field field-invalid' : 'field'}>
          {errors.understood ? (
            <p id="field-understood-error" className="field-error">
              {errors.understood}
            </p>
          ) : null}
          <label className="checkbox" htmlFor="field-understood">
            <input
              id="field-understood"
              type="checkbox"
              name="understood"
              aria-invalid={errors.understood ? true : undefined}
              aria-describedby={errors.understood ? 'field-understood-error' : undefined}
            />
            I have read and understood this
          </label>
        </div>
        <TextField
          name="typedName"
          label="Your full name"
          hint="Type your full name to sign. This is your electronic signature."
          autoComplete="name"
          error={errors.typedName}
        />
        <div className="form-actions">
          <button type="submit" disabled={sign.isPending}>
            {sign.isPending ? 'Signing…' : 'Sign'}
          </button>
        </div>
      </form>
    </section>
  );
}
