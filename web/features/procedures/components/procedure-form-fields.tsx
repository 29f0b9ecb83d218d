import { AutoComplete, DatePicker, Flex, Form, Grid, Input, InputNumber, Select, Switch, type FormRule } from 'antd';
import { useTranslation } from 'react-i18next';
import { sameDayRuleOn, vietnamToday } from '@core/calendar';
import { contractRule } from '@web/lib/form-rules';
import {
  CutoffSchema,
  DURATION_UNIT_LABELS,
  LEVEL_LABELS,
  ONLINE_LEVELS,
  ONLINE_LEVEL_LABELS,
  PROCEDURE_DURATION_UNITS,
  PROCEDURE_LEVELS,
} from '@contracts/procedures';
import { useSectors } from '../api/queries';
import { feeAmountText, type FormMode, type ProcedureFormValues } from '../utils/procedure-form';
import { UnitSelect } from './unit-select';
import { foldFilter } from '@web/lib/search-filter';

// The default cutoff of a same-day procedure is the rule in force today (Decree 23/2015/NĐ-CP Art. 7: 15:00).
const defaultCutoff = sameDayRuleOn(vietnamToday(new Date())).defaultCutoff;

/** "Vui lòng nhập {field}": required; `text` also refuses only spaces. */
export function useRequired() {
  const { t } = useTranslation('procedures');
  return (field: string, text = true): FormRule[] => [
    { required: true, ...(text ? { whitespace: true } : {}), message: t('form.required', { field: field.toLowerCase() }) },
  ];
}

/** Side-by-side halves on wide screens, one under the other on phones. */
function useHalves() {
  const screens = Grid.useBreakpoint();
  return {
    wide: Boolean(screens.md),
    half: screens.md ? { flex: '1 1 0', minWidth: 0 } : { width: '100%' },
    narrow: screens.md ? 200 : undefined,
  };
}

/** Code, sector, name, level and handling unit (for a commune-level procedure: every commune, shown read-only). */
export function ProcedureIdentityFields({ province }: { province: { name: string } | undefined }) {
  const { t, i18n } = useTranslation('procedures');
  const l = i18n.language === 'en' ? 'en' : 'vi';
  const required = useRequired();
  const { wide, half, narrow } = useHalves();
  const sectors = useSectors();
  const level = Form.useWatch<ProcedureFormValues['level']>('level');
  return (
    <>
      <Flex gap={12} wrap={!wide}>
        <Form.Item
          name="nationalCode"
          label={t('form.nationalCode')}
          rules={required(t('form.nationalCode'))}
          style={{ ...half, maxWidth: narrow }}
        >
          <Input maxLength={50} placeholder="1.001612" />
        </Form.Item>
        <Form.Item name="sector" label={t('form.sector')} rules={required(t('form.sector'))} style={half}>
          <AutoComplete options={(sectors.data?.items ?? []).map((s) => ({ value: s.sector }))} filterOption={foldFilter} />
        </Form.Item>
      </Flex>
      <Form.Item name="name" label={t('form.name')} rules={required(t('form.name'))}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={1000} />
      </Form.Item>
      <Flex gap={12} wrap={!wide}>
        <Form.Item name="level" label={t('form.level')} style={{ ...half, maxWidth: narrow }}>
          <Select options={PROCEDURE_LEVELS.map((v) => ({ value: v, label: LEVEL_LABELS[v][l] }))} />
        </Form.Item>
        {level === 'commune' ? (
          <Form.Item label={t('form.handlingUnit')} style={half} htmlFor="procedure-commune-unit">
            <Input
              id="procedure-commune-unit"
              readOnly
              value={province ? `${province.name} — ${t('communeUnit')}` : t('form.handlingUnitCommune')}
            />
          </Form.Item>
        ) : (
          <Form.Item name="handlingUnitId" label={t('form.handlingUnit')} rules={required(t('form.handlingUnit'), false)} style={half}>
            <UnitSelect aria-label={t('form.handlingUnit')} />
          </Form.Item>
        )}
      </Flex>
    </>
  );
}

/** Legal time, online level, inter-agency, fee, result, legal basis and the validity dates (required for a new version). */
export function ProcedureTermsFields({ mode }: { mode: FormMode }) {
  const { t, i18n } = useTranslation('procedures');
  const l = i18n.language === 'en' ? 'en' : 'vi';
  const required = useRequired();
  const { wide, half } = useHalves();
  const unit = Form.useWatch<ProcedureFormValues['durationUnit']>('durationUnit');
  return (
    <>
      <Flex gap={12} wrap>
        {unit === 'same_day' ? (
          <Form.Item
            name="cutoff"
            label={t('form.cutoff')}
            tooltip={t('form.cutoffHint', { cutoff: defaultCutoff })}
            rules={[contractRule(CutoffSchema, i18n.language, t('form.cutoffRule'))]}
          >
            <Input placeholder={defaultCutoff} maxLength={5} inputMode="numeric" style={{ width: 120 }} />
          </Form.Item>
        ) : (
          <Form.Item name="durationValue" label={t('form.durationValue')} rules={required(t('form.durationValue'), false)}>
            <InputNumber min={0} max={3650} step={1} style={{ width: 120 }} />
          </Form.Item>
        )}
        <Form.Item name="durationUnit" label={t('form.durationUnit')}>
          <Select style={{ width: 170 }} options={PROCEDURE_DURATION_UNITS.map((v) => ({ value: v, label: DURATION_UNIT_LABELS[v][l] }))} />
        </Form.Item>
        <Form.Item name="onlineLevel" label={t('form.onlineLevel')}>
          <Select style={{ width: 190 }} options={ONLINE_LEVELS.map((v) => ({ value: v, label: ONLINE_LEVEL_LABELS[v][l] }))} />
        </Form.Item>
        <Form.Item name="isInterAgency" label={t('form.isInterAgency')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item
          name="paymentPausesClock"
          label={t('form.paymentPausesClock')}
          tooltip={t('form.paymentPausesClockHelp')}
          valuePropName="checked"
        >
          <Switch />
        </Form.Item>
      </Flex>
      <Flex gap={12} wrap={!wide}>
        <Form.Item name="feeText" label={t('form.feeText')} style={half}>
          <Input maxLength={1000} />
        </Form.Item>
        <Form.Item name="feeAmount" label={t('form.feeAmount')}>
          <InputNumber<number> min={0} step={1000} style={{ width: 170 }} formatter={feeAmountText.format} parser={feeAmountText.parse} />
        </Form.Item>
      </Flex>
      <Form.Item name="resultText" label={t('form.resultText')}>
        <Input maxLength={1000} />
      </Form.Item>
      <Form.Item name="legalBasis" label={t('form.legalBasis')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={4000} />
      </Form.Item>
      <Flex gap={12} wrap>
        <Form.Item
          name="validFrom"
          label={mode.kind === 'replace' ? t('form.applyFrom') : t('form.validFrom')}
          rules={mode.kind === 'replace' ? required(t('form.applyFrom'), false) : []}
        >
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Form.Item name="validTo" label={t('form.validTo')}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
      </Flex>
    </>
  );
}
