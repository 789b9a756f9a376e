import { GENERAL_AREAS, labelIn, vocabularyOf, type PresetKey, type Vocabulary, type VocabularyList } from '../../../../shared/vocabulary/presets.ts';
import { THEMATIC_AREAS } from '../../../../shared/vocabulary/presets.ts';
import type { MatrixLabels } from '../../../../shared/matrices/labels.ts';
import type { EnumValue } from '../../../../shared/matrices/fields.ts';
import { call } from '../../lib/api/client.ts';
import { vocabularyRoutes } from '../../lib/api/routes/vocabulary.ts';
import type { MessageKey } from '../../lib/i18n/en.ts';
import type { LiveEvents } from '../../lib/realtime/live-events.ts';

type AreaKey = (typeof THEMATIC_AREAS)[number] | (typeof GENERAL_AREAS)[number];
const AREA_KEYS: ReadonlySet<string> = new Set<string>([...THEMATIC_AREAS, ...GENERAL_AREAS]);

/** A thematic area's label: the workspace's own, else the preset's translation (`area.<key>`). */
export function areaLabel(vocabulary: Vocabulary, key: string, t: (key: MessageKey) => string): string {
  return labelIn(vocabulary, 'areas', key, (preset: PresetKey) => (AREA_KEYS.has(preset) ? t(`area.${preset as AreaKey}`) : preset));
}

/** An evidence source type's label: the workspace's own, else the preset's, named with the matrices' values. */
export function evidenceTypeLabel(vocabulary: Vocabulary, key: string, labels: MatrixLabels): string {
  return labelIn(vocabulary, 'evidenceTypes', key, (preset: PresetKey) => labels.values[preset as EnumValue] ?? preset);
}

/** The matrices' view of a vocabulary: each list's choices with their labels, and one key's label. */
export function vocabularyLookup(vocabulary: Vocabulary, t: (key: MessageKey) => string, labels: MatrixLabels) {
  const label = (list: VocabularyList, key: string) => (list === 'areas' ? areaLabel(vocabulary, key, t) : evidenceTypeLabel(vocabulary, key, labels));
  return { label, list: (list: VocabularyList) => vocabulary[list].map((entry) => ({ key: entry.key, label: label(list, entry.key) })) };
}

/**
 * A workspace's vocabulary (preset, thematic areas, evidence source types) for the screens that
 * list or name them, reloaded when the workspace changes (its vocabulary's edits announce
 * themselves as a change of the workspace). Until loaded, the migration preset every workspace
 * had before presets, so nothing shows as a raw key.
 */
export class WorkspaceVocabulary {
  vocabulary = $state.raw<Vocabulary>(vocabularyOf(undefined));
  loaded = $state(false);
  private controller: AbortController | null = null;

  constructor(
    private readonly workspaceId: string,
    private readonly live: LiveEvents,
  ) {}

  /** Subscribes and loads once the stream is live; returns the unsubscribe. */
  listen(): () => void {
    const stop = this.live.workspace(this.workspaceId, { onSync: () => void this.load(), on: { workspace: () => void this.load() } });
    return () => {
      stop();
      this.controller?.abort();
    };
  }

  /** Puts the server's answer in place after a save, before its echo arrives. */
  set(vocabulary: Vocabulary): void {
    this.vocabulary = vocabulary;
    this.loaded = true;
  }

  private async load(): Promise<void> {
    this.controller?.abort();
    const controller = (this.controller = new AbortController());
    try {
      this.set((await call(vocabularyRoutes.get, { params: { id: this.workspaceId } }, { signal: controller.signal })).vocabulary);
    } catch {
      // Offline or no longer allowed: the lists shown stay as they were; the next sync retries.
    }
  }
}
