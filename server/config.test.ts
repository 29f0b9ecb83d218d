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
    expect(() => loadConfig({ PORT: 'x', LOG_LEVEL: 'y' })).toThrow(
      /Cấu hình không hợp lệ \/ Invalid configuration:[\s\S]*PORT[\s\S]*LOG_LEVEL/,
    );
  });

  it('runs several workers only on a PostgreSQL server', () => {
    expect(() => loadConfig({ WORKERS: '2' })).toThrow(/WORKERS: more than one worker \(or auto\) needs DATABASE_URL/);
    expect(() => loadConfig({ WORKERS: 'auto' })).toThrow(/WORKERS: more than one worker/);
    expect(loadConfig({ WORKERS: '1' }).WORKERS).toBe(1);
    // Listed together with the other bad variables.
    expect(() => loadConfig({ WORKERS: '2', PORT: 'x' })).toThrow(/PORT:[\s\S]*WORKERS: more than one worker/);
    expect(loadConfig({ WORKERS: '2', DATABASE_URL: 'postgres://x/y' }).WORKERS).toBe(2);
    expect(loadConfig({ WORKERS: 'auto', DATABASE_URL: 'postgres://x/y' }).WORKERS).toBe('auto');
    expect(loadConfig({}).WORKERS).toBe(1);
    for (const bad of ['0', '2.5', 'many', '999'])
      expect(() => loadConfig({ WORKERS: bad, DATABASE_URL: 'postgres://x/y' })).toThrow(/WORKERS: a whole number from 1 to 256, or auto/);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' }).PORT).toBe(3000);
  });
});
