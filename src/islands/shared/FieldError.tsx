interface Props {
  id: string;
  message: string | null | undefined;
}

/** The message under a field that refused its input; pair it with aria-invalid and aria-describedby on the field. */
export function FieldError({ id, message }: Props) {
  return (
    <p id={id} class="field-error" hidden={!message}>
      {message}
    </p>
  );
}
