import { describe, expect, it } from 'vitest';
import { AppError } from './errors';
import { halves, schemaIssues, validationError } from './validation';

describe('halves', () => {
  it.each([
    ['Ngày không tồn tại / no such date', ['Ngày không tồn tại', 'no such date']],
    ['invalid', ['invalid', 'invalid']],
    ['a / b / c', ['a', 'b / c']],
  ])('%s', (message, expected) => expect(halves(message)).toEqual(expected));
});

describe('schemaIssues', () => {
  it.each([
    [
      { instancePath: '/applicant/name', keyword: 'too_small', message: 'Quá ngắn / Too small' },
      'body',
      'body.applicant.name',
      'Quá ngắn / Too small',
    ],
    [{ instancePath: '', keyword: 'required', message: 'Thiếu / Missing' }, 'querystring', 'querystring', 'Thiếu / Missing'],
    // Unknown keys are named after each half unless the message already names them.
    [
      { instancePath: '', keyword: 'unrecognized_keys', params: { keys: ['x'] }, message: 'Khóa lạ / Unknown key' },
      'body',
      'body',
      'Khóa lạ: x / Unknown key: x',
    ],
    [
      { instancePath: '', keyword: 'unrecognized_keys', params: { keys: ['x'] }, message: 'Khóa "x" / Key "x"' },
      'body',
      'body',
      'Khóa "x" / Key "x"',
    ],
  ])('%j in %s', (error, part, path, message) => {
    expect(schemaIssues([error], part)).toEqual([{ path, message, code: error.keyword }]);
  });
});

describe('validationError', () => {
  it('keeps every issue and names each in its language, field first', () => {
    const e = validationError([
      { path: 'querystring.to', message: 'Khoảng thời gian tối đa 366 ngày / the period may span at most 366 days' },
      { path: 'body', message: 'Thiếu dữ liệu / missing body' },
    ]);
    expect(e).toBeInstanceOf(AppError);
    expect(e.code).toBe('VALIDATION_FAILED');
    expect(e.status).toBe(400);
    expect(e.issues).toHaveLength(2);
    expect(e.message).toBe(
      'Dữ liệu không hợp lệ: to: Khoảng thời gian tối đa 366 ngày; Thiếu dữ liệu / invalid input: to: the period may span at most 366 days; missing body',
    );
  });

  it('does not repeat a field the message already names, and shortens a long list', () => {
    const issues = Array.from({ length: 7 }, (_, i) => ({ path: `body.f${i}`, message: `f${i} sai / f${i} wrong` }));
    const e = validationError(issues);
    expect(e.issues).toHaveLength(7);
    expect(e.message).toBe(
      'Dữ liệu không hợp lệ: f0 sai; f1 sai; f2 sai; f3 sai; f4 sai; … / invalid input: f0 wrong; f1 wrong; f2 wrong; f3 wrong; f4 wrong; …',
    );
  });
});
