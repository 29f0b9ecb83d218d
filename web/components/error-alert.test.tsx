import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { ApiError, isApiError } from '@web/lib/api';
import { renderPage } from '@web/testing/render';
import { ErrorAlert, issueField } from './error-alert';

const labels: Record<string, string> = { from: 'Từ ngày', reason: 'Lý do', idNumber: 'Số định danh (CCCD)', files: 'Tệp đính kèm' };
const label = (key: string) => labels[key] ?? '';

describe('issueField', () => {
  it.each([
    ['body.reason', 'Lý do'],
    ['body.applicant.idNumber', 'Số định danh (CCCD)'],
    ['body.files.2', 'Tệp đính kèm'],
    ['querystring.asOf', 'asOf'],
    ['querystring.from', 'Từ ngày'],
    ['body', ''],
    ['params.id', 'id'],
  ])('%s → %s', (path, expected) => expect(issueField(path, label)).toBe(expected));
});

describe('ErrorAlert', () => {
  it('titles bad input with the short message and lists each problem by its field label', async () => {
    const error = new ApiError(400, 'VALIDATION_FAILED', 'Dữ liệu không hợp lệ: reason: Bắt buộc / invalid input: reason: required', [
      { path: 'body.reason', message: 'Bắt buộc / required' },
    ]);
    renderPage(<ErrorAlert error={error} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Dữ liệu không hợp lệ');
    expect(alert.textContent).not.toContain('invalid input');
    expect(alert.textContent).toContain('Bắt buộc');
  });

  it('shows another error’s own message in the reader’s language', async () => {
    renderPage(<ErrorAlert error={new ApiError(409, 'DOSSIER_VERSION_CONFLICT', 'Hồ sơ vừa được cập nhật / changed by someone else')} />);
    expect((await screen.findByRole('alert')).textContent).toBe('Hồ sơ vừa được cập nhật');
  });
});

describe('isApiError', () => {
  it('matches codes of the error table only', () => {
    const e = new ApiError(404, 'UNIT_NOT_FOUND', 'x');
    expect(isApiError(e, 'UNIT_NOT_FOUND')).toBe(true);
    expect(isApiError(e, 'NOT_FOUND')).toBe(false);
    expect(isApiError(new Error('x'), 'NOT_FOUND')).toBe(false);
    // @ts-expect-error -- a code outside contracts/errors.ts does not compile, so the web app branches on real codes only.
    expect(isApiError(e, 'UNIT_GONE')).toBe(false);
  });
});
