import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, buildOneStopWorld, buildProcedure, buildUser, createTestApp, type TestApp } from '@tests/harness';
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

describe.each(ENGINES)('procedure search without accents on %s', (engine) => {
  let t: TestApp;
  let w: Awaited<ReturnType<typeof buildOneStopWorld>>;
  beforeAll(async () => {
    t = await createTestApp(engine);
    w = await buildOneStopWorld(t);
  });
  afterAll(async () => t.close());

  it('finds procedures by words typed without tone marks at the counter, online and in the catalogue', async () => {
    // A tag of plain letters keeps these procedures apart from other tests' on the shared PostgreSQL database.
    const tag = `zq${Math.random()
      .toString(36)
      .replace(/[^a-z]/g, '')
      .slice(0, 6)}`;
    const named = async (name: string, sector: string, onlineLevel: 'none' | 'full') => {
      const p = await buildProcedure(t.database.db, { handlingUnitId: w.org.deptB.id, onlineLevel });
      await t.database.db
        .updateTable('procedures')
        .set({ name: `${name} ${tag}`, sector })
        .where('id', '=', p.procedure.id)
        .execute();
      return p.procedure.id;
    };
    const llpt = await named('Cấp Phiếu lý lịch tư pháp số 1', 'Lý lịch tư pháp', 'full');
    const khaiSinh = await named('Đăng ký khai sinh', 'Hộ tịch', 'full');
    const ketHon = await named('ĐĂNG KÝ KẾT HÔN', 'Hộ tịch', 'none');
    const table: Array<[string, string[], string[]]> = [
      // [search, found at the counter, found online (offered online only)]
      ['ly lich tu phap', [llpt], [llpt]],
      ['LY LICH TU PHAP', [llpt], [llpt]],
      ['Lý lịch tư pháp', [llpt], [llpt]],
      ['phap ly', [llpt], [llpt]],
      ['dang ky khai sinh', [khaiSinh], [khaiSinh]],
      ['đăng ký', [khaiSinh, ketHon], [khaiSinh]],
      ['dang ky ket hon', [ketHon], []],
      ['ho tich', [khaiSinh, ketHon], [khaiSinh]],
      ['Đăng ký khai sinh'.normalize('NFD'), [khaiSinh], [khaiSinh]],
      ['lich  tu   phap', [llpt], [llpt]],
      ['khai sinh ly lich', [], []],
    ];
    const ids = (items: Array<{ id: string }>) => items.map((i) => i.id).sort();
    for (const [q, counter, online] of table) {
      const query = encodeURIComponent(`${q} ${tag}`);
      const atCounter = await w.sessions.clerkA.get(`/api/dossiers/intake/procedures?q=${query}&limit=100`);
      expect(atCounter.statusCode, atCounter.body).toBe(200);
      expect(ids(atCounter.json().items), q).toEqual([...counter].sort());
      const publicList = await t.anon.get(`/api/public/procedures?q=${query}&limit=100`);
      expect(publicList.statusCode, publicList.body).toBe(200);
      expect(ids(publicList.json().items), q).toEqual([...online].sort());
      const catalogue = await w.sessions.leader.get(`/api/procedures?q=${query}&limit=100`);
      expect(catalogue.statusCode, catalogue.body).toBe(200);
      expect(ids(catalogue.json().items), q).toEqual([...counter].sort());
    }
  });

  it('finds users by their name typed without tone marks', async () => {
    const tag = `zq${Math.random()
      .toString(36)
      .replace(/[^a-z]/g, '')
      .slice(0, 6)}`;
    const dao = await buildUser(t.database.db, { unitId: w.org.province.id, fullName: `Đặng Thị Đào ${tag}` });
    await buildUser(t.database.db, { unitId: w.org.province.id, fullName: `Đặng Văn Bình ${tag}` });
    const admin = await t.as('system_admin', { unit: w.org.province });
    for (const q of ['dang thi dao', 'ĐẶNG THỊ ĐÀO', 'dao dang']) {
      const res = await admin.get(`/api/users?q=${encodeURIComponent(`${q} ${tag}`)}&unitId=${w.org.province.id}`);
      expect(res.statusCode, res.body).toBe(200);
      expect(
        (res.json().items as Array<{ id: string }>).map((u) => u.id),
        q,
      ).toEqual([dao.id]);
    }
  });
});
