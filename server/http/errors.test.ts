import { describe, expect, it } from 'vitest';
import { AppError, notFound } from './errors';

describe('AppError', () => {
  it('takes its status and default message from the error table', () => {
    const e = new AppError('DOSSIER_VERSION_CONFLICT');
    expect(e.status).toBe(409);
    expect(e.message).toBe('Hồ sơ vừa được người khác cập nhật, hãy tải lại / the dossier was changed by someone else, reload it');
    expect(e.issues).toEqual([]);
    expect(new AppError('UNIT_NOT_FOUND', 'Đơn vị X không tồn tại / unit X not found').message).toBe(
      'Đơn vị X không tồn tại / unit X not found',
    );
    expect(notFound('Tệp')).toMatchObject({
      code: 'NOT_FOUND',
      status: 404,
      message: 'Tệp không tồn tại hoặc bạn không có quyền xem / not found',
    });
  });

  // The probe of "a code not in the table does not compile": `npm run check` (tsc) fails if the line below compiles,
  // because the directive would then be unused.
  it('refuses a code outside the table', () => {
    // @ts-expect-error -- 'NOT_IN_THE_TABLE' is not a key of contracts/errors.ts, so this does not compile.
    const make = () => new AppError('NOT_IN_THE_TABLE');
    expect(make).toThrow(TypeError);
  });
});
