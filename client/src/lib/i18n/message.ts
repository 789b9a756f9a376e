import type { PluralMessage } from '../../../../shared/i18n/plural.ts';

export type { Message, PluralMessage } from '../../../../shared/i18n/plural.ts';

/**
 * The type of a translation of an English message file: every key, with a plural message where
 * the English one is plural and a text otherwise, so a translator cannot flatten a plural.
 */
export type Translation<T> = { readonly [K in keyof T]: T[K] extends string ? string : PluralMessage };
