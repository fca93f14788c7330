/** An id that names nothing; the server answers 404. */
export class NotFoundError extends Error {
  constructor(
    readonly entity: string,
    readonly id: string | number,
  ) {
    super(`${entity} ${JSON.stringify(id)} not found`);
    this.name = 'NotFoundError';
  }
}

export interface InputIssue {
  /** Dotted path of the offending field, e.g. "limit" or "location". */
  field: string;
  message: string;
}

/** Input that fails an API's schema; the server answers 400. */
export class InvalidInputError extends Error {
  constructor(readonly issues: readonly InputIssue[]) {
    super(
      issues.map((issue) => (issue.field ? `${issue.field}: ${issue.message}` : issue.message)).join('; '),
    );
    this.name = 'InvalidInputError';
  }
}
