import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApplicantPhoneSchema, DossierNationalCodeSchema, IdNumberSchema } from '@contracts/dossiers';
import { UserPhoneSchema, UsernameSchema } from '@contracts/users';
import { contractFieldError, contractRule } from './form-rules';

const Max3 = z.string().max(3, 'Tối đa 3 ký tự / at most 3 characters');

describe('contractFieldError', () => {
  it.each<[string, z.ZodType, unknown, string, string | undefined, string | null]>([
    ['a valid value passes', IdNumberSchema, '066123456789', 'vi', 'sai', null],
    ['an empty value passes (required is its own rule)', IdNumberSchema, '', 'vi', 'sai', null],
    ['undefined passes', IdNumberSchema, undefined, 'vi', 'sai', null],
    ['null passes', UserPhoneSchema, null, 'vi', 'sai', null],
    ['the form message wins', IdNumberSchema, '12-34', 'vi', 'Số CCCD không hợp lệ', 'Số CCCD không hợp lệ'],
    ['else the Vietnamese half of the contract message', IdNumberSchema, '12', 'vi', undefined, 'Số giấy tờ tùy thân không hợp lệ'],
    ['… or the English half', IdNumberSchema, '12', 'en', undefined, 'invalid ID number'],
    ['a one-language message as it is', z.string().regex(/^a$/, 'chỉ a'), 'b', 'en', undefined, 'chỉ a'],
    ['limits come from the contract too', Max3, 'abcd', 'vi', undefined, 'Tối đa 3 ký tự'],
    ['blank text is empty (the form sends it as absent)', IdNumberSchema, '   ', 'vi', 'sai', null],
    ['the contract trims before checking', IdNumberSchema, ' 066123456789 ', 'vi', 'sai', null],
    ['usernames: upper case is lowered first', UsernameSchema, ' Nguyen.VanA ', 'vi', 'sai', null],
    ['usernames: too short', UsernameSchema, 'ab', 'vi', 'sai', 'sai'],
    ['usernames: no diacritics', UsernameSchema, 'nguyễn', 'vi', 'sai', 'sai'],
    ['user phone: brackets allowed', UserPhoneSchema, '(0262) 3852 111', 'vi', 'sai', null],
    ['applicant phone: brackets refused', ApplicantPhoneSchema, '(0262) 3852 111', 'vi', 'sai', 'sai'],
    ['applicant phone: +84 and dots', ApplicantPhoneSchema, '+84 912.345.678', 'vi', 'sai', null],
    ['national dossier code', DossierNationalCodeSchema, 'G22.38-261125-0001', 'vi', 'sai', null],
    ['national dossier code: slash refused', DossierNationalCodeSchema, 'G22/38', 'vi', 'sai', 'sai'],
  ])('%s', (_name, schema, value, lang, message, expected) => expect(contractFieldError(schema, value, lang, message)).toBe(expected));
});

describe('contractRule', () => {
  const validate = (value: unknown) => {
    const rule = contractRule(IdNumberSchema, 'vi', 'Số CCCD không hợp lệ');
    if (typeof rule === 'function' || !rule.validator) throw new Error('expected a validator rule');
    return rule.validator({}, value, () => undefined);
  };

  it('resolves for a good value and rejects with the message for a bad one', async () => {
    await expect(validate('066123456789')).resolves.toBeUndefined();
    await expect(validate('x')).rejects.toThrow('Số CCCD không hợp lệ');
  });
});
