import { useMemo, useState } from 'react';
import { App, Button, Flex, Form, Modal, TreeSelect } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import {
  ALLOWED_PARENT_KINDS,
  UNIT_KINDS,
  type UnitDetail,
  type UnitKind,
  type UnitListItem,
  type UpdateUnitRequest,
} from '@contracts/units';
import { useUnits } from '../api/get-units';
import { useUpdateUnit } from '../api/update-unit';
import { ancestorIds, buildUnitTree, childKindsOf, subtreeIds, type UnitTreeNode } from '../utils/unit-tree';
import { fieldErrorsOf } from '../utils/form-errors';
import { UNIT_FORM_FIELDS, UnitFields, textOr, type UnitFormValues } from './unit-fields';
import { UnitErrorAlert } from './unit-error-alert';
import { foldTreeSearch } from '@web/lib/search-filter';

type ParentOption = { value: string; title: string; disabled: boolean; children: ParentOption[] };

// Only the changed fields are sent; cleared optional text becomes null.
function patchOf(unit: UnitDetail, v: UnitFormValues): UpdateUnitRequest {
  const patch: UpdateUnitRequest = {};
  if (v.code.trim() !== unit.code) patch.code = v.code.trim();
  if (v.name.trim() !== unit.name) patch.name = v.name.trim();
  if (v.kind !== unit.kind) patch.kind = v.kind;
  if (v.parentId && v.parentId !== unit.parentId) patch.parentId = v.parentId;
  const validFrom = v.validFrom ? v.validFrom.format('YYYY-MM-DD') : unit.validFrom;
  if (validFrom !== unit.validFrom) patch.validFrom = validFrom;
  for (const k of ['shortName', 'nameEn', 'legalRef', 'address'] as const) {
    const next = textOr(v[k], null);
    if (next !== unit[k]) patch[k] = next;
  }
  return patch;
}

/** "Sửa": edits a unit's fields and may move it under another parent the caller may edit. */
export function EditUnitDialog({ unit, onClose }: { unit: UnitDetail; onClose: () => void }) {
  const { t, i18n } = useTranslation('units');
  const { message } = App.useApp();
  const [form] = Form.useForm<UnitFormValues>();
  const update = useUpdateUnit();
  const [error, setError] = useState<unknown>(null);
  // A unit whose parent the caller cannot see (a grant on the unit itself) cannot be moved from here.
  const canMove = unit.parent !== null;
  const units = useUnits({}, { enabled: canMove });
  const items = useMemo(() => units.data?.items ?? [], [units.data]);
  const byId = useMemo(() => new Map<string, UnitListItem>(items.map((u) => [u.id, u])), [items]);
  const parentId = Form.useWatch('parentId', form) ?? unit.parentId ?? undefined;
  const kind = (Form.useWatch('kind', form) ?? unit.kind) as UnitKind;
  const parentKind = (parentId ? byId.get(parentId)?.kind : undefined) ?? unit.parent?.kind;
  const kinds = parentKind ? [...new Set([...childKindsOf(parentKind), unit.kind])] : [...UNIT_KINDS];

  const parentOptions = useMemo((): ParentOption[] => {
    // Until the list arrives, the current parent alone, so its name shows rather than its id.
    if (items.length === 0 && unit.parent)
      return [{ value: unit.parent.id, title: `${unit.parent.name} (${unit.parent.code})`, disabled: false, children: [] }];
    const own = subtreeIds(items, unit.id);
    const toOption = (n: UnitTreeNode<UnitListItem>): ParentOption => ({
      value: n.unit.id,
      title: `${n.unit.name} (${n.unit.code})`,
      disabled: own.has(n.unit.id) || !n.unit.abilities.includes('unit.update') || !ALLOWED_PARENT_KINDS[kind].includes(n.unit.kind),
      children: n.children.filter((c) => !own.has(c.unit.id)).map(toOption),
    });
    return buildUnitTree(items)
      .filter((n) => !own.has(n.unit.id))
      .map(toOption);
  }, [items, unit.id, unit.parent, kind]);

  const onFinish = async (v: UnitFormValues) => {
    setError(null);
    const patch = patchOf(unit, v);
    if (Object.keys(patch).length === 0) {
      void message.info(t('form.noChanges'));
      onClose();
      return;
    }
    try {
      const saved = await update.mutateAsync({ id: unit.id, body: patch });
      void message.success(t('form.updated', { name: saved.name }));
      onClose();
    } catch (e) {
      setError(e);
      form.setFields(fieldErrorsOf(e, UNIT_FORM_FIELDS, i18n.language));
    }
  };

  const kindRule = {
    validator: (_: unknown, value: UnitKind | undefined) => {
      if (!value || !parentKind || ALLOWED_PARENT_KINDS[value].includes(parentKind)) return Promise.resolve();
      const parentName = (parentId ? byId.get(parentId)?.name : undefined) ?? unit.parent?.name ?? '';
      return Promise.reject(new Error(t('form.kindNotAllowed', { kind: t(`kind.${value}`), parent: parentName })));
    },
  };

  return (
    <Modal open title={t('form.editTitle', { name: unit.name })} onCancel={onClose} footer={null} width={640} destroyOnHidden>
      <Form<UnitFormValues>
        form={form}
        name="unit-edit"
        layout="vertical"
        initialValues={{
          parentId: unit.parentId ?? undefined,
          code: unit.code,
          name: unit.name,
          kind: unit.kind,
          shortName: unit.shortName ?? '',
          nameEn: unit.nameEn ?? '',
          validFrom: dayjs(unit.validFrom),
          legalRef: unit.legalRef ?? '',
          address: unit.address ?? '',
        }}
        onFinish={(v) => void onFinish(v)}
        data-testid="unit-edit-form"
      >
        {canMove ? (
          <Form.Item label={t('form.parent')} name="parentId" extra={t('form.parentHelp')}>
            <TreeSelect
              showSearch={foldTreeSearch}
              treeData={parentOptions}
              treeDefaultExpandedKeys={unit.parentId ? [unit.parentId, ...ancestorIds(byId, unit.parentId)] : []}
              loading={units.isLoading}
              placeholder={t('form.parentPlaceholder')}
              styles={{ popup: { root: { maxHeight: 400, overflow: 'auto' } } }}
              data-testid="unit-form-parent"
            />
          </Form.Item>
        ) : null}
        <UnitFields kinds={kinds} mode="edit" kindRules={[kindRule]} />
        <UnitErrorAlert error={error} fields={UNIT_FORM_FIELDS} />
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('form.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={update.isPending} data-testid="unit-form-submit">
            {t('form.submit')}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}
