import type { DomainPreset } from './keys.ts';

/** The preset each template was written for: the picker lists a workspace's own first. */
const TEMPLATE_PRESET: Readonly<Record<string, DomainPreset>> = {
  'general-national-policy': 'general',
  'general-national-strategy': 'general',
};

export const templatePreset = (templateId: string): DomainPreset => TEMPLATE_PRESET[templateId] ?? 'migration';

/** Templates fitting `preset` first, each group in its given order. */
export function templatesFor<T extends { id: string }>(templates: readonly T[], preset: DomainPreset): T[] {
  const fits = (template: T) => templatePreset(template.id) === preset;
  return [...templates.filter(fits), ...templates.filter((template) => !fits(template))];
}
