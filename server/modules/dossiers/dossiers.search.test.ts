import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, buildOneStopWorld, buildProcedure, createTestApp, type TestApp } from '@tests/harness';
import { fillSearchText } from './dossiers.search-text';

describe.each(ENGINES)('inbox search on %s', (engine) => {
  let t: TestApp;
  let w: Awaited<ReturnType<typeof buildOneStopWorld>>;
  beforeAll(async () => {
    t = await createTestApp(engine);
    w = await buildOneStopWorld(t);
  });
  afterAll(async () => t.close());

  it('ignores case and Vietnamese diacritics (đ/Đ too) in applicant name, subject and code', async () => {
    const p = await buildProcedure(t.database.db, {
      handlingUnitId: w.org.deptB.id,
      steps: [{ unitId: w.communeA.id, name: 'Tiếp nhận', timeShare: 1 }],
    });
    const intake = async (name: string, subject: string) => {
      const res = await w.sessions.clerkA.post('/api/dossiers', {
        procedureId: p.procedure.id,
        applicant: { name },
        subject,
        documentIds: p.requiredIds,
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json() as { id: string; code: string };
    };
    const binh = await intake('Nguyễn  Văn Bình', 'Đăng ký khai sinh');
    const dao = await intake('Đặng Thị Đào', 'Cấp giấy phép xây dựng');
    const hoa = await intake('NGUYỄN THỊ HOA', 'Chứng thực bản sao 100%');
    const ids = { binh: binh.id, dao: dao.id, hoa: hoa.id };
    const table: Array<[string, Array<keyof typeof ids>]> = [
      ['nguyen van binh', ['binh']],
      ['Nguyễn Văn Bình', ['binh']],
      ['NGUYEN VAN BINH', ['binh']],
      ['nguyen  van   binh', ['binh']],
      ['binh nguyen', ['binh']], // every word, in any order, as the catalogue search
      ['nguyen dao', []],
      ['Nguye\u0302\u0303n', ['binh', 'hoa']], // decomposed (NFD) input
      ['nguyễn', ['binh', 'hoa']],
      ['thi hoa', ['hoa']],
      ['dang thi dao', ['dao']],
      ['ĐẶNG THỊ ĐÀO', ['dao']],
      ['đào', ['dao']],
      ['DAO', ['dao']],
      ['dang ky', ['binh']], // subject "Đăng ký"
      ['giay phep xay dung', ['dao']],
      ['100%', ['hoa']],
      ['10_%', []], // LIKE wildcards are literal
      [dao.code.toLowerCase(), ['dao']],
      [dao.code.slice(-4), ['dao']],
      ['Nguyễn Văn Bìnhh', []],
    ];
    const search = async (q: string) => {
      const res = await w.sessions.clerkA.get(`/api/dossiers?procedureId=${p.procedure.id}&q=${encodeURIComponent(q)}`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().total, q).toBe(res.json().items.length);
      return (res.json().items as Array<{ id: string }>).map((i) => i.id).sort();
    };
    const stored = await sql<{ searchText: string }>`SELECT search_text FROM dossiers WHERE id = ${binh.id}`.execute(t.database.db);
    expect(stored.rows[0]?.searchText).toBe(`${binh.code.toLowerCase()} nguyen van binh dang ky khai sinh`);
    for (const [q, expected] of table) expect(await search(q), q).toEqual(expected.map((k) => ids[k]).sort());
    // The folded text follows a change of the applicant's name (trigger on update).
    await t.database.db.updateTable('dossiers').set({ applicantName: 'Đoàn Thị Hoa' }).where('id', '=', hoa.id).execute();
    expect(await search('doan thi hoa')).toEqual([hoa.id]);
    expect(await search('nguyen thi hoa')).toEqual([]);

    // Rows written before the search column (empty text) are filled after start, a batch at a time, then found.
    const mine = [binh.id, dao.id, hoa.id];
    await sql`UPDATE dossiers SET search_text = '' WHERE id = ANY(${mine}::uuid[])`.execute(t.database.db);
    expect(await search('dang thi dao')).toEqual([]);
    // Other tests share the PostgreSQL database, so the count is at least these three.
    expect(await fillSearchText(t.database.db, { batch: 2 })).toBeGreaterThanOrEqual(3);
    const left = await sql<{
      n: number;
    }>`SELECT count(*)::int AS n FROM dossiers WHERE id = ANY(${mine}::uuid[]) AND search_text = ''`.execute(t.database.db);
    expect(left.rows[0]?.n).toBe(0);
    expect(await search('dang thi dao')).toEqual([dao.id]);
    expect(await search('nguyen van binh')).toEqual([binh.id]);
    // Stopped before it starts, it fills nothing.
    await sql`UPDATE dossiers SET search_text = '' WHERE id = ${hoa.id}`.execute(t.database.db);
    expect(await fillSearchText(t.database.db, { stopped: () => true })).toBe(0);
    expect(await fillSearchText(t.database.db)).toBeGreaterThanOrEqual(1);
    expect(await search('doan thi hoa')).toEqual([hoa.id]);
  });
});
