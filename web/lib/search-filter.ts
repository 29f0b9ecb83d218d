import type { ReactNode } from 'react';
import { matchesSearch } from '@core/shared/text';

// Every searchable picker filters its options by the app's one search rule (core/shared/text.ts, issue 15 point 2):
// every typed word, case, tone marks and đ ignored, so 'buon ma' finds 'Buôn Ma Thuột'.

/** What an option or tree node offers to a search: its `search` text if it has one, else its label, title or value. */
export type SearchableOption = { search?: string; label?: ReactNode; title?: unknown; value?: unknown };

const plain = (n: unknown): string | undefined => (typeof n === 'string' || typeof n === 'number' ? String(n) : undefined);

/** The text of an option that a search looks in. */
export function optionText(o: SearchableOption | undefined): string {
  if (!o) return '';
  return o.search ?? plain(o.label) ?? plain(o.title) ?? (typeof o.value === 'string' ? o.value : '');
}

/** `filterOption` of a Select or AutoComplete: the option holds every word typed, folded. */
export function foldFilter(input: string, option?: SearchableOption): boolean {
  return matchesSearch(optionText(option), input);
}

/** `showSearch` of a Select filtering its options by the one search rule. */
export const foldSearch = { filterOption: foldFilter } as const;

/** `showSearch` of a TreeSelect filtering its nodes by the one search rule. */
export const foldTreeSearch = { filterTreeNode: (input: string, node: SearchableOption) => foldFilter(input, node) } as const;
