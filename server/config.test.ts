import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ PORT: 3000, CCHC_DATA_DIR: './data', LOG_LEVEL: 'info' });
    expect(c.DATABASE_URL).toBeUndefined();
  });

  it.each([
    [{ PORT: '80a' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ SESSION_TTL_HOURS: '0' }, 'SESSION_TTL_HOURS'],
    [{ COOKIE_SECURE: 'yes' }, 'COOKIE_SECURE'],
  ])('refuses %o naming %s', (env, name) => {
    expect(() => loadConfig(env)).toThrow(new RegExp(`${name}:`));
  });

  it('lists every bad variable at once, in Vietnamese and English', () => {
    expect(() => loadConfig({ PORT: 'x', LOG_LEVEL: 'y' })).toThrow(/Cấu hình không hợp lệ \/ Invalid configuration:[\s\S]*PORT[\s\S]*LOG_LEVEL/);
  });

  it('runs several workers only on a PostgreSQL server', () => {
    expect(() => loadConfig({ WORKERS: '2' })).toThrow(/WORKERS: several workers need DATABASE_URL/);
    expect(loadConfig({ WORKERS: '2', DATABASE_URL: 'postgres://x/y' }).WORKERS).toBe(2);
    expect(loadConfig({ WORKERS: 'auto', DATABASE_URL: 'postgres://x/y' }).WORKERS).toBe('auto');
    expect(loadConfig({}).WORKERS).toBe(1);
    expect(() => loadConfig({ WORKERS: '0', DATABASE_URL: 'postgres://x/y' })).toThrow(/WORKERS/);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' }).PORT).toBe(3000);
  });
});
