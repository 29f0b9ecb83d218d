import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '@core/access/roles';
import { ENGINES, buildOrg, createTestApp, type SignedIn, type TestApp } from '@tests/harness';

// Issue #16 point 4: the cases come from the OpenAPI document, so a new route or field is probed without editing this.
type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
};
type Parameter = { in: string; name: string; schema?: Schema };
type Operation = { parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema?: Schema }> } };
type Spec = { paths: Record<string, Record<string, Operation>> };
type Case = { method: string; url: string; body?: unknown; field: string };

const NUL = '\u0000';
const typesOf = (s: Schema) => [s.type ?? []].flat();
const isString = (s: Schema): boolean => typesOf(s).includes('string') || [...(s.anyOf ?? []), ...(s.oneOf ?? [])].some(isString);

/** Every string leaf of a body schema as [path, a body that holds a NUL there]. */
function stringLeaves(s: Schema, path: string[] = []): Array<[string[], unknown]> {
  const out: Array<[string[], unknown]> = [];
  if (isString(s)) out.push([path, NUL]);
  for (const sub of [...(s.anyOf ?? []), ...(s.oneOf ?? []), ...(s.allOf ?? [])]) if (!isString(sub)) out.push(...stringLeaves(sub, path));
  for (const [k, p] of Object.entries(s.properties ?? {})) for (const [lp, v] of stringLeaves(p, [...path, k])) out.push([lp, { [k]: v }]);
  if (s.items) for (const [lp, v] of stringLeaves(s.items, [...path, '0'])) out.push([lp, [v]]);
  return out;
}

/** One case per path parameter, string query parameter and string body field of every operation. */
function casesOf(spec: Spec): Case[] {
  const cases: Case[] = [];
  for (const [path, ops] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const params = op.parameters ?? [];
      const pathParams = params.filter((p) => p.in === 'path').map((p) => p.name);
      const url = (nul?: string) => path.replace(/\{([^}]+)\}/g, (_m, name: string) => (name === nul ? '%00' : randomUUID()));
      for (const name of pathParams) cases.push({ method, url: url(name), field: `params.${name}` });
      for (const p of params.filter((q) => q.in === 'query' && q.schema && isString(q.schema)))
        cases.push({ method, url: `${url()}?${encodeURIComponent(p.name)}=%00`, field: `querystring.${p.name}` });
      const body = op.requestBody?.content?.['application/json']?.schema;
      for (const [leaf, value] of body ? stringLeaves(body) : [])
        if (leaf.length) cases.push({ method, url: url(), body: value, field: ['body', ...leaf].join('.') });
    }
  }
  return cases;
}

describe.each(ENGINES)('a NUL in any string of any route answers 400 naming the field on %s', (engine) => {
  let t: TestApp;
  let admin: SignedIn;
  beforeAll(async () => {
    t = await createTestApp(engine);
    const org = await buildOrg(t.db);
    // Every role on the province, so that permission checks let each request reach validation.
    admin = await t.as([...ROLES], { unit: org.province });
  });
  afterAll(async () => t.close());

  it('covers every route of the OpenAPI document', async () => {
    const spec = t.app.swagger() as unknown as Spec;
    const cases = casesOf(spec);
    const routes = new Set(cases.map((c) => c.url.split('?')[0]?.replace(/[0-9a-f-]{36}|%00/g, ':p')));
    // A guard against a walker that finds nothing: the API has dozens of string inputs.
    expect(cases.length).toBeGreaterThan(150);
    expect(cases.map((c) => c.field)).toEqual(
      expect.arrayContaining(['querystring.q', 'body.applicant.name', 'body.username', 'params.code', 'params.id']),
    );
    const failures: string[] = [];
    let n = 0;
    for (const c of cases) {
      const remoteAddress = `198.19.${(n >> 8) & 255}.${n++ & 255}`;
      const res = await admin.request(c.method.toUpperCase() as 'GET', c.url, c.body, { remoteAddress });
      const body = res.json() as { error?: { code?: string; issues?: Array<{ path: string }> } };
      const named = body.error?.code === 'VALIDATION_FAILED' && body.error.issues?.some((i) => i.path === c.field);
      if (res.statusCode !== 400 || !named) failures.push(`${c.method} ${c.url} ${c.field} → ${res.statusCode} ${res.body.slice(0, 160)}`);
    }
    expect(failures).toEqual([]);
    expect(routes.size).toBeGreaterThan(40);
  });

  it.each([
    ['the public catalogue search', '/api/public/procedures?q=%00'],
    ['a query key', '/api/public/procedures?%00=1'],
  ])('refuses %s before any query runs', async (_name, url) => {
    const res = await t.anon.get(url);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
    expect(res.json().error.message).toMatch(/NUL/);
  });
});
