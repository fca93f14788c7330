/**
 * A number as the model wrote it. Coercion judges the source text as well as the value: "1.000" is
 * 1 to a YAML or JSON parser but may mean 1000, and a string argument should get "1.10", not "1.1".
 */
export class NumberLiteral {
  constructor(
    readonly value: number,
    readonly source: string,
  ) {}
}
