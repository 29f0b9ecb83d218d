import { Button, Drawer, Flex, Grid, Result, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProcedureDetail } from '@contracts/procedures';
import { ApiError } from '@web/lib/api';
import { ErrorAlert } from '@web/components/error-alert';
import { useProcedure } from '../api/queries';
import { ProcedureDocumentsTable, ProcedureFacts, ProcedureStepsTable, ProcedureVersions } from './procedure-detail-sections';
import { InterAgencyTag, LevelTag, OnlineTag, ValidityTag } from './tags';

/** Edit, and for the version in effect replace, for holders of procedure.manage on it. */
function DrawerActions({ p, onEdit, onReplace }: { p: ProcedureDetail; onEdit: () => void; onReplace: () => void }) {
  const { t } = useTranslation('procedures');
  if (!p.abilities.includes('procedure.manage')) return null;
  return (
    <Flex gap={8} wrap>
      <Button onClick={onEdit} data-testid="procedure-edit">
        {t('detail.edit')}
      </Button>
      {p.validTo === null ? (
        <Button onClick={onReplace} data-testid="procedure-replace">
          {t('detail.replace')}
        </Button>
      ) : null}
    </Flex>
  );
}

/** One procedure: facts, documents, route steps (share as % and as working time), versions; edit/replace by abilities. */
export function ProcedureDrawer({
  id,
  onClose,
  onOpen,
  onEdit,
  onReplace,
}: {
  id: string | null;
  onClose: () => void;
  onOpen: (id: string) => void;
  onEdit: (p: ProcedureDetail) => void;
  onReplace: (p: ProcedureDetail) => void;
}) {
  const { t } = useTranslation('procedures');
  const screens = Grid.useBreakpoint();
  const detail = useProcedure(id);
  const p = detail.data;
  const notFound = detail.error instanceof ApiError && detail.error.status === 404;
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size={screens.md ? 820 : '100%'}
      title={p ? (screens.md ? `${p.nationalCode} — ${t('detail.title')}` : p.nationalCode) : t('detail.title')}
      extra={p ? <DrawerActions p={p} onEdit={() => onEdit(p)} onReplace={() => onReplace(p)} /> : null}
    >
      {detail.isLoading ? <Spin /> : null}
      {notFound ? <Result status="404" subTitle={t('detail.notFound')} /> : <ErrorAlert error={detail.error} />}
      {p ? (
        <Flex vertical gap={20} role="region" aria-label={p.name} tabIndex={0} style={{ outlineOffset: 2 }}>
          <div>
            <Typography.Title level={2} style={{ marginTop: 0, fontSize: 20 }}>
              {p.name}
            </Typography.Title>
            <Flex gap={6} wrap>
              <LevelTag level={p.level} />
              <OnlineTag level={p.onlineLevel} />
              {p.isInterAgency ? <InterAgencyTag /> : null}
              <ValidityTag status={p.status} />
            </Flex>
          </div>
          <ProcedureFacts p={p} />
          <ProcedureDocumentsTable p={p} />
          <ProcedureStepsTable p={p} />
          <ProcedureVersions p={p} onOpen={onOpen} />
        </Flex>
      ) : null}
    </Drawer>
  );
}
