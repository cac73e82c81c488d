// One kind of error for everything wrong in geodata, printed as one line that names where to look.

export class DataError extends Error {
  constructor(
    readonly file: string,
    readonly id: string,
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${file}: ${id}: ${field}: ${reason}`);
    this.name = 'DataError';
  }
}
