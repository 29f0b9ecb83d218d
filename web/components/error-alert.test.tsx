import { describe, expect, it } from 'vitest';
import { issueField } from './error-alert';

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
