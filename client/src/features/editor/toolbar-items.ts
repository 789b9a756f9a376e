import type { Editor } from '@tiptap/core';
import type { MessageKey } from '../../lib/i18n/en.ts';
import type { IconName } from '../../components/icons.ts';
import type { BlockDirection } from '../../../../shared/editor/block-direction.ts';
import { isActive, nodeAttributes } from './selection-state.ts';

export interface ToolbarItem {
  id: string;
  label: MessageKey;
  labelParams?: Record<string, number>;
  /** Either an icon or a short text glyph such as "H1". */
  icon?: IconName;
  glyph?: string;
  /** Shortcut in Tiptap notation, e.g. "Mod-b"; shown in the tooltip. */
  shortcut?: string;
  run(editor: Editor): void;
  /** Toggle buttons report their state with aria-pressed. */
  isActive?(editor: Editor): boolean;
  isEnabled?(editor: Editor): boolean;
}

const heading = (level: 1 | 2 | 3): ToolbarItem => ({
  id: `heading-${level}`,
  label: 'toolbar.heading',
  labelParams: { level },
  glyph: `H${level}`,
  shortcut: `Mod-Alt-${level}`,
  run: (e) => e.chain().focus().toggleHeading({ level }).run(),
  isActive: (e) => isActive(e.state, 'heading', { level }),
});

/** The direction of the selected block: null when it follows its first letter. */
const blockDirection = (e: Editor): unknown => nodeAttributes(e.state, isActive(e.state, 'heading') ? 'heading' : 'paragraph')['dir'] ?? null;

const direction = (dir: BlockDirection | null, label: MessageKey, glyph: string): ToolbarItem => ({
  id: `direction-${dir ?? 'auto'}`,
  label,
  glyph,
  run: (e) => e.chain().focus().setBlockDirection(dir).run(),
  isActive: (e) => blockDirection(e) === dir,
  isEnabled: (e) => e.isEditable && (isActive(e.state, 'paragraph') || isActive(e.state, 'heading')),
});

/** Per paragraph, for documents that mix scripts (Arabic with French or English). */
export const DIRECTION_ITEMS: readonly ToolbarItem[] = [
  direction(null, 'toolbar.direction.auto', '⇄'),
  direction('ltr', 'toolbar.direction.ltr', 'LTR'),
  direction('rtl', 'toolbar.direction.rtl', 'RTL'),
];

export const TOOLBAR_GROUPS: readonly (readonly ToolbarItem[])[] = [
  [
    {
      id: 'undo',
      label: 'toolbar.undo',
      icon: 'undo',
      shortcut: 'Mod-z',
      run: (e) => e.chain().focus().undo().run(),
      isEnabled: (e) => e.can().undo(),
    },
    {
      id: 'redo',
      label: 'toolbar.redo',
      icon: 'redo',
      shortcut: 'Mod-Shift-z',
      run: (e) => e.chain().focus().redo().run(),
      isEnabled: (e) => e.can().redo(),
    },
  ],
  [
    {
      id: 'paragraph',
      label: 'toolbar.paragraph',
      glyph: '¶',
      shortcut: 'Mod-Alt-0',
      run: (e) => e.chain().focus().setParagraph().run(),
      isActive: (e) => isActive(e.state, 'paragraph'),
    },
    heading(1),
    heading(2),
    heading(3),
  ],
  [
    {
      id: 'bold',
      label: 'toolbar.bold',
      icon: 'bold',
      shortcut: 'Mod-b',
      run: (e) => e.chain().focus().toggleBold().run(),
      isActive: (e) => isActive(e.state, 'bold'),
    },
    {
      id: 'italic',
      label: 'toolbar.italic',
      icon: 'italic',
      shortcut: 'Mod-i',
      run: (e) => e.chain().focus().toggleItalic().run(),
      isActive: (e) => isActive(e.state, 'italic'),
    },
    {
      id: 'underline',
      label: 'toolbar.underline',
      icon: 'underline',
      shortcut: 'Mod-u',
      run: (e) => e.chain().focus().toggleUnderline().run(),
      isActive: (e) => isActive(e.state, 'underline'),
    },
  ],
  [
    {
      id: 'bullet-list',
      label: 'toolbar.bulletList',
      icon: 'bulletList',
      shortcut: 'Mod-Shift-8',
      run: (e) => e.chain().focus().toggleBulletList().run(),
      isActive: (e) => isActive(e.state, 'bulletList'),
    },
    {
      id: 'ordered-list',
      label: 'toolbar.orderedList',
      icon: 'orderedList',
      shortcut: 'Mod-Shift-7',
      run: (e) => e.chain().focus().toggleOrderedList().run(),
      isActive: (e) => isActive(e.state, 'orderedList'),
    },
    {
      id: 'blockquote',
      label: 'toolbar.blockquote',
      icon: 'quote',
      shortcut: 'Mod-Shift-b',
      run: (e) => e.chain().focus().toggleBlockquote().run(),
      isActive: (e) => isActive(e.state, 'blockquote'),
    },
    {
      id: 'insert-image',
      label: 'image.insert',
      icon: 'image',
      run: (e) => e.commands.chooseImages(),
      isEnabled: (e) => e.isEditable,
    },
  ],
  DIRECTION_ITEMS,
];

export const TABLE_ITEMS: readonly ToolbarItem[] = [
  {
    id: 'add-row',
    label: 'toolbar.addRow',
    icon: 'rowAdd',
    run: (e) => e.chain().focus().addRowAfter().run(),
    isEnabled: (e) => e.can().addRowAfter(),
  },
  {
    id: 'delete-row',
    label: 'toolbar.deleteRow',
    icon: 'rowRemove',
    run: (e) => e.chain().focus().deleteRow().run(),
    isEnabled: (e) => e.can().deleteRow(),
  },
  {
    id: 'add-column',
    label: 'toolbar.addColumn',
    icon: 'columnAdd',
    run: (e) => e.chain().focus().addColumnAfter().run(),
    isEnabled: (e) => e.can().addColumnAfter(),
  },
  {
    id: 'delete-column',
    label: 'toolbar.deleteColumn',
    icon: 'columnRemove',
    run: (e) => e.chain().focus().deleteColumn().run(),
    isEnabled: (e) => e.can().deleteColumn(),
  },
  {
    id: 'delete-table',
    label: 'toolbar.deleteTable',
    icon: 'tableRemove',
    run: (e) => e.chain().focus().deleteTable().run(),
    isEnabled: (e) => e.can().deleteTable(),
  },
];

export const INSERT_TABLE: ToolbarItem = {
  id: 'insert-table',
  label: 'toolbar.table',
  icon: 'table',
  run: (e) => e.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
  isEnabled: (e) => e.can().insertTable({ rows: 3, cols: 3, withHeaderRow: true }),
};

/** "Mod-Shift-z" → "Ctrl+Shift+Z" (or "⌘⇧Z" on Apple keyboards). */
export function formatShortcut(shortcut: string, apple: boolean): string {
  const parts = shortcut.split('-').map((part) => {
    if (part === 'Mod') return apple ? '⌘' : 'Ctrl';
    if (part === 'Shift') return apple ? '⇧' : 'Shift';
    if (part === 'Alt') return apple ? '⌥' : 'Alt';
    return part.length === 1 ? part.toUpperCase() : part;
  });
  return parts.join(apple ? '' : '+');
}

/** Same shortcut in the aria-keyshortcuts notation ("Control+Shift+Z"). */
export function ariaShortcut(shortcut: string, apple: boolean): string {
  return shortcut
    .split('-')
    .map((part) => {
      if (part === 'Mod') return apple ? 'Meta' : 'Control';
      return part.length === 1 ? part.toUpperCase() : part;
    })
    .join('+');
}
