import { useState } from 'react';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProcedureDetail } from '@contracts/procedures';
import { ErrorAlert } from '@web/components/error-alert';
import { ListTable } from '@web/components/list-page';
import { PageHeader } from '@web/components/page-header';
import { useListState } from '@web/lib/list-state';
import { exportUrl, useProcedures } from '../api/queries';
import { ImportModal } from '../components/import-modal';
import { useProcedureColumns } from '../components/procedure-columns';
import { ProcedureDrawer } from '../components/procedure-drawer';
import { ProcedureFilters } from '../components/procedure-filters';
import { ProcedureFormModal } from '../components/procedure-form-modal';
import { ScrollRegion } from '../components/scroll-region';
import type { FormMode } from '../utils/procedure-form';
import { PROCEDURE_LIST } from '../utils/procedure-list';

/** The export link for everyone; import and create for holders of procedure.manage (the list's abilities). */
function HeaderActions(props: { exportHref: string; canManage: boolean; onImport: () => void; onCreate: () => void }) {
  const { t } = useTranslation('procedures');
  return (
    <>
      <Button href={props.exportHref} download>
        {t('excel.export')}
      </Button>
      {props.canManage ? (
        <>
          <Button onClick={props.onImport} data-testid="procedures-import">
            {t('excel.import')}
          </Button>
          <Button type="primary" onClick={props.onCreate} data-testid="procedures-add">
            {t('list.add')}
          </Button>
        </>
      ) : null}
    </>
  );
}

/** The procedure catalogue: search and filters, detail drawer, create/edit/replace and Excel exchange by abilities. */
export function ProceduresPage() {
  const { t } = useTranslation('procedures');
  const list = useListState(PROCEDURE_LIST);
  const { open, ...filters } = list.filters;
  const [form, setForm] = useState<FormMode | null>(null);
  const [importing, setImporting] = useState(false);
  const procedures = useProcedures(filters, list.paging);
  const openProcedure = (id: string | undefined) => list.setFilters({ open: id });
  const columns = useProcedureColumns(openProcedure);
  const saved = (p: ProcedureDetail) => {
    setForm(null);
    openProcedure(p.id);
  };

  return (
    <>
      <PageHeader
        title={t('list.title')}
        subtitle={t('list.subtitle')}
        extra={
          <HeaderActions
            exportHref={exportUrl(filters)}
            canManage={procedures.data?.abilities.includes('procedure.manage') ?? false}
            onImport={() => setImporting(true)}
            onCreate={() => setForm({ kind: 'create' })}
          />
        }
      />
      <ProcedureFilters filters={list.filters} onChange={list.setFilters} />
      <ErrorAlert error={procedures.error} />
      <ScrollRegion label={t('list.tableLabel')} minWidth={1080}>
        <ListTable
          list={list}
          data={procedures.data}
          loading={procedures.isFetching}
          columns={columns}
          emptyText={t('list.empty')}
          totalText={(count) => t('list.total', { count })}
          data-testid="procedures-table"
        />
      </ScrollRegion>
      <ProcedureDrawer
        id={open ?? null}
        onClose={() => openProcedure(undefined)}
        onOpen={openProcedure}
        onEdit={(p) => setForm({ kind: 'edit', procedure: p })}
        onReplace={(p) => setForm({ kind: 'replace', procedure: p })}
      />
      {form ? <ProcedureFormModal mode={form} onClose={() => setForm(null)} onSaved={saved} /> : null}
      {importing ? <ImportModal onClose={() => setImporting(false)} /> : null}
    </>
  );
}
