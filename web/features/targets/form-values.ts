import dayjs, { type Dayjs } from 'dayjs';
import { TARGET_KEYS, type TargetKey } from '@core/targets';
import type { CreateTargetRequest, TargetView, UpdateTargetRequest } from '@contracts/targets';
import { localizeMessage } from '@web/lib/api';

/** The fields of the target dialog; `scope` is a unit id or PROVINCE. */
export type TargetFormValues = {
  key: TargetKey;
  scope?: string;
  value: number;
  validFrom: Dayjs;
  validTo?: Dayjs | null;
  source: string;
  note?: string;
};

/** The scope value of a province-wide target (a unit id otherwise). */
export const PROVINCE = 'province';

const FIELDS: ReadonlyArray<keyof TargetFormValues> = ['key', 'scope', 'value', 'validFrom', 'validTo', 'source', 'note'];
const iso = (d: Dayjs) => d.format('YYYY-MM-DD');

/** The dialog's starting values: the version's own, or the first key, province-wide when allowed, from next 1 January. */
export function initialTargetValues(target: TargetView | undefined, manageProvince: boolean, nextYear: number): Partial<TargetFormValues> {
  if (!target) return { key: TARGET_KEYS[0], scope: manageProvince ? PROVINCE : undefined, validFrom: dayjs(`${nextYear}-01-01`) };
  return {
    key: target.key as TargetKey,
    scope: target.unitId ?? PROVINCE,
    value: target.value,
    validFrom: dayjs(target.validFrom),
    validTo: target.validTo ? dayjs(target.validTo) : null,
    source: target.source,
    note: target.note ?? undefined,
  };
}

/** The request of the dialog: a new version, or the change of an existing one (key and scope stay fixed). */
export function toTargetRequest(
  v: TargetFormValues,
  target: TargetView | undefined,
): { kind: 'create'; body: CreateTargetRequest } | { kind: 'update'; id: string; body: UpdateTargetRequest } {
  const period = { validFrom: iso(v.validFrom), validTo: v.validTo ? iso(v.validTo) : null };
  const texts = { source: v.source, note: v.note?.trim() ? v.note : null };
  if (target) return { kind: 'update', id: target.id, body: { value: v.value, ...period, ...texts } };
  return {
    kind: 'create',
    body: { key: v.key, unitId: v.scope === PROVINCE ? null : (v.scope ?? null), value: v.value, ...period, ...texts },
  };
}

/** The server's field issues as form errors in the reader's language (`body.unitId` is the scope field); others are dropped. */
export function targetFieldErrors(
  issues: ReadonlyArray<{ path: string; message: string }>,
  lang: string,
): Array<{ name: keyof TargetFormValues; errors: string[] }> {
  const byField = new Map<keyof TargetFormValues, string[]>();
  for (const i of issues) {
    const raw = i.path.replace(/^body\./, '');
    const name = (raw === 'unitId' ? 'scope' : raw) as keyof TargetFormValues;
    if (FIELDS.includes(name)) byField.set(name, [...(byField.get(name) ?? []), localizeMessage(i.message, lang)]);
  }
  return [...byField].map(([name, errors]) => ({ name, errors }));
}
