import fc from 'fast-check';

/** Text as people type it, including markup, quotes, right-to-left and emoji, within the limit. */
export const userText = (maxLength = 300) =>
  fc.oneof(
    fc.string({ maxLength }),
    fc.constantFrom('', 'Samen met ouders', '<script>alert(1)</script>', '"quoted" & \'single\'', 'مرحبا بالعالم', '👩🏽‍⚕️ zorg', 'line\nbreak'),
  );

export const idText = fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/);

/** A list of records with unique ids. */
export function uniqueById<T extends { id: string }>(item: fc.Arbitrary<T>, maxLength = 8): fc.Arbitrary<T[]> {
  return fc.uniqueArray(item, { maxLength, selector: (value) => value.id });
}

export const isoDate = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

export const localLabel = fc.record({ en: fc.string({ minLength: 1, maxLength: 40 }), nl: fc.string({ minLength: 1, maxLength: 40 }) });
