import { InvalidInputError } from '../network/api/network-errors.ts';

/** An argument that passed the schema but makes no sense for the asking member; reported as `invalid_input`. */
export function invalidArgument(field: string, message: string): InvalidInputError {
  return new InvalidInputError([{ field, message }]);
}
