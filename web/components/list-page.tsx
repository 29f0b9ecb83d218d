import { useEffect, useState, type ReactNode } from 'react';
import { Flex, Input, Switch, Table, Typography, type TablePaginationConfig, type TableProps } from 'antd';
import { PAGE_SIZES, type ListState, type ListSpec } from '@web/lib/list-state';

// The building blocks of a list page (docs/ARCHITECTURE.md, "A list page"): the filter row, its search box and
// switches, and the table whose pager is wired to the list state in the address.

/** The filter row above a list: wraps on narrow screens, announced as a search landmark. */
export function ListToolbar({ label, children }: { label?: string; children: ReactNode }) {
  return (
    <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }} role="search" aria-label={label}>
      {children}
    </Flex>
  );
}

/**
 * A search box showing the address's text: typing changes only the box, Enter (or the button) searches, and a change
 * of the address from outside (back button, a link) shows up in the box.
 */
export function ListSearch(props: {
  value: string | undefined;
  onSearch: (text: string | undefined) => void;
  label: string;
  placeholder?: string;
  /** With an id, the box is named by a visible `<label htmlFor={id}>` of the caller; without, `label` names it. */
  id?: string;
  /** Width of the box (default 280 px; never wider than its container). */
  width?: number | string;
  'data-testid'?: string;
}) {
  const { value, onSearch, label, placeholder, id, width = 280 } = props;
  const [text, setText] = useState(value ?? '');
  useEffect(() => setText(value ?? ''), [value]);
  return (
    <Input.Search
      id={id}
      aria-label={id ? undefined : label}
      placeholder={placeholder ?? label}
      allowClear
      value={text}
      onChange={(e) => setText(e.target.value)}
      onSearch={(v) => onSearch(v.trim() || undefined)}
      style={{ width, maxWidth: '100%' }}
      data-testid={props['data-testid']}
    />
  );
}

/** A small switch with its visible label (a filter that is on or off). */
export function ListSwitch({
  id,
  label,
  checked,
  onChange,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (on: boolean) => void;
}) {
  return (
    <Flex align="center" gap={6}>
      <Switch id={id} size="small" checked={checked} onChange={onChange} />
      <label htmlFor={id}>{label}</label>
    </Flex>
  );
}

/** The antd pager of a list: the address's page and size, the sizes offered, the total in words. */
export function tablePagination<S extends ListSpec>(
  list: Pick<ListState<S>, 'page' | 'size' | 'setPage'>,
  total: number | undefined,
  totalText: (total: number) => string,
): TablePaginationConfig {
  return {
    current: list.page,
    pageSize: list.size,
    total: total ?? 0,
    showSizeChanger: true,
    pageSizeOptions: [...PAGE_SIZES],
    showTotal: totalText,
    onChange: list.setPage,
  };
}

/** Props of a list table: antd Table props, less what the list provides (rows, loading, empty text, pager). */
export type ListTableProps<T, S extends ListSpec> = Omit<TableProps<T>, 'dataSource' | 'loading' | 'pagination' | 'locale'> & {
  list: Pick<ListState<S>, 'page' | 'size' | 'setPage'>;
  /** The page of rows as the API answered it (undefined while the first page loads). */
  data: { items: T[]; total: number } | undefined;
  loading: boolean;
  emptyText: string;
  totalText: (total: number) => string;
};

/** The table of a list page: one page of rows, its loading state, the empty text and the pager bound to the address. */
export function ListTable<T extends object, S extends ListSpec>({
  list,
  data,
  loading,
  emptyText,
  totalText,
  ...table
}: ListTableProps<T, S>) {
  return (
    <Table<T>
      rowKey="id"
      size="middle"
      {...table}
      dataSource={data?.items ?? []}
      loading={loading}
      locale={{ emptyText: <Typography.Text type="secondary">{emptyText}</Typography.Text> }}
      pagination={tablePagination(list, data?.total, totalText)}
    />
  );
}
