/** A visible failure with a way out: what went wrong, and a retry button when one can help. */
export function ErrorNotice({
  title,
  error,
  onRetry,
}: {
  title: string;
  error: Error;
  onRetry?: () => void;
}) {
  return (
    <div className="error-notice" role="alert">
      <p>
        <strong>{title}</strong> {error.message}
      </p>
      {onRetry && (
        <button type="button" className="button secondary" onClick={onRetry}>
          Retry
        </button>
      )}
    </div>
  );
}
