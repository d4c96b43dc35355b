import { msg, str } from '@lit/localize';
import { formatNumber } from './localization.js';

/**
 * Every sentence the validator and the shared fields say, in one place.
 * Functions, not constants: msg() must run in the active locale, at the time of use.
 */
export const messages = {
  notJson: () => msg('This is not valid JSON text.'),
  notExercise: () => msg('This is not exercise data: it should be an object with "type" and "version".'),
  wrongType: (expected: string, actual: unknown) =>
    msg(str`This data is for "${String(actual)}", but this exercise reads "${expected}".`),
  newerVersion: (version: number, known: number) =>
    msg(str`This data comes from a newer version (${version}). This page can read version ${known} and older.`),
  unknownVersion: (version: unknown) =>
    msg(str`Version "${String(version)}" is not a known version of this data.`),
  notObject: () => msg('This should be an object with fields.'),
  notList: () => msg('This should be a list.'),
  emptyList: () => msg('This list needs at least one item.'),
  notText: () => msg('This should be text.'),
  notBoolean: () => msg('This should be true or false.'),
  required: () => msg('This field is required and cannot be empty.'),
  tooLong: (length: number, limit: number) =>
    msg(str`This text is too long: ${formatNumber(length)} characters. The limit is ${formatNumber(limit)}. Make it shorter.`),
  notOneOf: (value: unknown, options: readonly string[]) =>
    msg(str`"${String(value)}" is not one of the choices: ${options.join(', ')}.`),
  notDate: (value: unknown) =>
    msg(str`"${String(value)}" is not a date. Use the form 2026-11-25.`),
  notWholeNumber: (min: number, max: number) =>
    msg(str`This should be a whole number from ${min} to ${max}.`),
  duplicateId: (id: string) => msg(str`The id "${id}" is used twice. Every id must be unique.`),
  badUrl: () => msg('Only web addresses that start with https: and pictures (data:image) are allowed.'),
  tooMany: (limit: number) => msg(str`This list is too long. The limit is ${formatNumber(limit)} items.`),
};
