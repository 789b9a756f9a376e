import type { Context } from 'hono';
import { isWorkingLanguage } from '../../shared/i18n/in-language.ts';
import type { WorkingLanguage } from '../../shared/i18n/working-languages.ts';

/**
 * The language to write to the person behind a request in (emails sent before any workspace is
 * involved): the client sends its interface language as `Accept-Language`; a browser that did
 * not gets its own preference order read, English otherwise.
 */
export function requestLanguage(c: Context): WorkingLanguage {
  const header = c.req.header('accept-language') ?? '';
  for (const part of header.split(',')) {
    const language = part.split(';')[0]?.trim().split('-')[0]?.toLowerCase() ?? '';
    if (isWorkingLanguage(language)) return language;
  }
  return 'en';
}
