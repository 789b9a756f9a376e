import { tick } from 'svelte';
import type { z } from 'zod';
import type { FieldCheck, FieldIssue, FieldIssueCode, FieldIssues } from '../../../../shared/schemas/field-issues.ts';
import { ApiRequestError } from '../api/http.ts';
import type { MessageKey } from '../i18n/en.ts';
import type { I18n } from '../i18n/i18n.svelte.ts';

/** Each code's words; a code without them in the dictionaries fails type-checking here. */
const issueKey = (code: FieldIssueCode) => `errors.field.${code}` as const satisfies MessageKey;

/** A field issue in the UI language. */
export const describeFieldIssue = (issue: FieldIssue, t: I18n['t']): string => t(issueKey(issue.code), issue.params);

/** Moves focus to the first invalid control of `form` once the page shows its errors. */
export async function focusFirstInvalid(form: HTMLElement | null | undefined): Promise<void> {
  await tick();
  form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}

export type FormSchemas = typeof import('./form-schemas.ts');

let formSchemas: Promise<FormSchemas> | undefined;
/** The forms' schemas, downloaded once, on the first check; a failed download is tried again on the next. */
function loadFormSchemas(): Promise<FormSchemas> {
  formSchemas ??= import('./form-schemas.ts').catch((error: unknown) => {
    formSchemas = undefined;
    throw error;
  });
  return formSchemas;
}

const isUnder = (path: string, field: string): boolean => path === field || path.startsWith(`${field}.`);

/**
 * The field errors of one form, keyed by the field's path in the request body. `check` runs the
 * shared schema before sending, so most errors show without a round trip; `failed` takes the
 * server's refusal. Both carry the same codes, shown next to their fields (`FieldError`), and
 * both move focus to the first invalid field.
 */
export class FormErrors {
  issues = $state.raw<FieldIssues>({});
  #checking = false;

  /** Issues at exactly this path, not its parts. */
  at(path: string): FieldIssue[] | undefined {
    return this.issues[path];
  }

  /** Issues of a field, including those of its parts (`scores.cost` belongs to `scores`). */
  of(field: string): FieldIssue[] | undefined {
    const found = Object.entries(this.issues).flatMap(([path, issues]) => (isUnder(path, field) ? issues : []));
    return found.length > 0 ? found : undefined;
  }

  /** `aria-invalid` and `aria-describedby` for a control outside `Field`, pointing at its `FieldError`. */
  aria(field: string, errorId: string): { 'aria-invalid': boolean; 'aria-describedby': string | undefined } {
    const invalid = this.of(field) !== undefined;
    return { 'aria-invalid': invalid, 'aria-describedby': invalid ? errorId : undefined };
  }

  /** Issues of no field the form shows (the whole body, a field it has no control for). */
  outside(shown: readonly string[]): FieldIssue[] {
    return Object.entries(this.issues).flatMap(([path, issues]) => (shown.some((field) => isUnder(path, field)) ? [] : issues));
  }

  /**
   * Checks `value` with the shared schema `pick` names (`(forms) => forms.loginBodySchema`): the
   * parsed value, or null after showing what is wrong. Should the schemas fail to download (no
   * network before the app was kept on this device, or a newer build replaced them), `value` goes
   * as it is: the server checks it with the same schema and its refusal names each field the
   * same way (`failed`), as an unreachable server is told by the form's call.
   */
  async check<T extends z.ZodType>(pick: (forms: FormSchemas) => T, value: unknown, form: HTMLElement | null | undefined): Promise<z.output<T> | null> {
    // A second submit while the schemas download (a double click, the first time) is dropped:
    // the form sets itself busy only once the check has passed.
    if (this.#checking) return null;
    this.#checking = true;
    try {
      const forms = await loadFormSchemas().catch(() => null);
      return forms ? this.take(forms.checkFields(pick(forms), value), form) : (value as z.output<T>);
    } finally {
      this.#checking = false;
    }
  }

  /**
   * The checked value, or null after showing what is wrong, for a check the form made itself
   * with `checkFields` (the matrices' dialogs build their schema from the item's kind).
   */
  take<T>(checked: FieldCheck<T>, form: HTMLElement | null | undefined): T | null {
    if (checked.success) {
      this.issues = {};
      return checked.data;
    }
    this.show(checked.fields, form);
    return null;
  }

  /** Shows the field issues of a failed call; false when it failed for another reason. */
  failed(error: unknown, form: HTMLElement | null | undefined): boolean {
    if (!(error instanceof ApiRequestError) || !error.fields) return false;
    this.show(error.fields, form);
    return true;
  }

  show(issues: FieldIssues, form: HTMLElement | null | undefined): void {
    this.issues = issues;
    void focusFirstInvalid(form);
  }

  clear(): void {
    this.issues = {};
  }
}
