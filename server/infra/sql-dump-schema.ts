// The schema part of the plain-SQL dump (server/infra/sql-dump.ts): the catalog of the `public` schema read and written as
// PostgreSQL 15 DDL — extensions, types, sequences, functions, tables, views, then constraints, indexes, triggers and
// comments. Objects that belong to an extension are left to CREATE EXTENSION.

/** Runs one SQL text on the dump's connection and returns its rows. */
export type Run = <R>(text: string) => Promise<R[]>;
/** Appends a chunk to the dump. */
export type Write = (chunk: string) => void | Promise<void>;

const NOT_EXTENSION_MEMBER = (classTable: string, alias: string) =>
  `NOT EXISTS (SELECT 1 FROM pg_depend ext WHERE ext.classid = '${classTable}'::regclass AND ext.objid = ${alias}.oid AND ext.deptype = 'e')`;
/** SQL condition: the namespace column is `public`. */
export const IN_PUBLIC = (column: string) => `${column} = 'public'::regnamespace`;

/** Refuses a database holding what the dump cannot reproduce (other schemas, inheritance, row security, rules…). */
export async function refuseUnsupported(run: Run): Promise<void> {
  const problems = await run<{ what: string }>(`
    SELECT 'schema ' || n.nspname AS what FROM pg_namespace n
     WHERE n.nspname NOT IN ('public', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
       AND (EXISTS (SELECT 1 FROM pg_class c WHERE c.relnamespace = n.oid AND ${NOT_EXTENSION_MEMBER('pg_class', 'c')})
         OR EXISTS (SELECT 1 FROM pg_proc p WHERE p.pronamespace = n.oid AND ${NOT_EXTENSION_MEMBER('pg_proc', 'p')}))
    UNION ALL
    SELECT 'relation ' || c.relname || ' of kind ' || c.relkind::text FROM pg_class c
     WHERE ${IN_PUBLIC('c.relnamespace')} AND c.relkind NOT IN ('r', 'i', 'S', 'v', 'm') AND ${NOT_EXTENSION_MEMBER('pg_class', 'c')}
    UNION ALL
    SELECT 'inheritance of ' || inhrelid::regclass::text FROM pg_inherits
    UNION ALL
    SELECT 'row security on ' || c.relname FROM pg_class c WHERE ${IN_PUBLIC('c.relnamespace')} AND c.relrowsecurity
    UNION ALL
    SELECT 'policy ' || polname FROM pg_policy
    UNION ALL
    SELECT 'rule ' || r.rulename FROM pg_rewrite r JOIN pg_class c ON c.oid = r.ev_class
     WHERE ${IN_PUBLIC('c.relnamespace')} AND r.rulename <> '_RETURN'
    UNION ALL
    SELECT 'type ' || t.typname || ' of kind ' || t.typtype::text FROM pg_type t
     WHERE ${IN_PUBLIC('t.typnamespace')} AND t.typtype NOT IN ('e', 'd', 'c') AND t.typcategory <> 'A' AND ${NOT_EXTENSION_MEMBER('pg_type', 't')}
    UNION ALL
    SELECT 'aggregate or window function ' || p.proname FROM pg_proc p
     WHERE ${IN_PUBLIC('p.pronamespace')} AND p.prokind IN ('a', 'w') AND ${NOT_EXTENSION_MEMBER('pg_proc', 'p')}
    UNION ALL
    SELECT 'large objects' FROM pg_largeobject_metadata HAVING count(*) > 0`);
  if (problems.length > 0) {
    throw new Error(
      `Bản sao lưu tích hợp không hỗ trợ / the built-in dump does not support: ${problems.map((p) => p.what).join('; ')}. ` +
        'Dùng pg_dump trên PostgreSQL / use pg_dump on PostgreSQL.',
    );
  }
}

/** A column of a table, as the catalog describes it. */
export type Column = {
  name: string;
  type: string;
  notnull: boolean;
  identity: string;
  generated: string;
  def: string | null;
  collation: string | null;
};
/** A sequence, with the column that owns it or whose identity it serves. */
export type Sequence = {
  oid: number;
  name: string;
  type: string;
  start: string;
  inc: string;
  min: string;
  max: string;
  cache: string;
  cycle: boolean;
  ownedby: string | null;
  identcol: string | null;
};

const sequenceOptions = (s: Sequence) =>
  `AS ${s.type} START WITH ${s.start} INCREMENT BY ${s.inc} MINVALUE ${s.min} MAXVALUE ${s.max} CACHE ${s.cache}${s.cycle ? ' CYCLE' : ''}`;

function columnDefinition(c: Column, identity: Sequence | undefined): string {
  let line = `    ${c.name} ${c.type}`;
  if (c.collation) line += ` COLLATE ${c.collation}`;
  if (c.generated === 's') line += ` GENERATED ALWAYS AS (${c.def}) STORED`;
  else if (c.generated) line += ` GENERATED ALWAYS AS (${c.def})`;
  else if (c.identity) {
    const kind = c.identity === 'a' ? 'ALWAYS' : 'BY DEFAULT';
    line += ` GENERATED ${kind} AS IDENTITY${identity ? ` (SEQUENCE NAME public.${identity.name} ${sequenceOptions(identity).replace(/^AS \S+ /, '')})` : ''}`;
  } else if (c.def !== null) line += ` DEFAULT ${c.def}`;
  if (c.notnull) line += ' NOT NULL';
  return line;
}

// Views can read other views: create them in dependency order.
function orderViews<V extends { oid: number }>(views: V[], deps: Array<{ v: number; w: number }>): V[] {
  const byOid = new Map(views.map((v) => [v.oid, v]));
  const done = new Set<number>();
  const out: V[] = [];
  const visit = (v: V, path: Set<number>) => {
    if (done.has(v.oid) || path.has(v.oid)) return;
    path.add(v.oid);
    for (const d of deps) {
      const dep = d.v === v.oid ? byOid.get(d.w) : undefined;
      if (dep) visit(dep, path);
    }
    done.add(v.oid);
    out.push(v);
  };
  for (const v of views) visit(v, new Set());
  return out;
}

/** A table with its columns. */
export type Table = { oid: number; name: string; columns: Column[] };
/** A view or materialized view. */
export type View = { oid: number; name: string; kind: string; def: string; options: string[] | null; populated: boolean };

/** CREATE EXTENSION for every extension but plpgsql. */
export async function writeExtensions(run: Run, write: Write): Promise<void> {
  const extensions = await run<{ name: string; schema: string }>(
    `SELECT quote_ident(e.extname) AS name, quote_ident(n.nspname) AS schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname <> 'plpgsql' ORDER BY e.extname`,
  );
  for (const e of extensions) await write(`CREATE EXTENSION IF NOT EXISTS ${e.name} WITH SCHEMA ${e.schema};\n`);
}

/** Enum types and domains. */
export async function writeTypes(run: Run, write: Write): Promise<void> {
  const types = await run<{
    name: string;
    kind: string;
    labels: string[] | null;
    base: string | null;
    notnull: boolean;
    def: string | null;
    checks: string | null;
  }>(`
    SELECT quote_ident(t.typname) AS name, t.typtype::text AS kind,
           (SELECT array_agg(quote_literal(e.enumlabel) ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid) AS labels,
           CASE WHEN t.typtype = 'd' THEN format_type(t.typbasetype, t.typtypmod) END AS base, t.typnotnull AS notnull, t.typdefault AS def,
           (SELECT string_agg(' CONSTRAINT ' || quote_ident(c.conname) || ' ' || pg_get_constraintdef(c.oid), '' ORDER BY c.conname)
              FROM pg_constraint c WHERE c.contypid = t.oid AND c.contype = 'c') AS checks
      FROM pg_type t
     WHERE ${IN_PUBLIC('t.typnamespace')} AND t.typtype IN ('e', 'd') AND ${NOT_EXTENSION_MEMBER('pg_type', 't')}
     ORDER BY t.oid`);
  for (const t of types) {
    if (t.kind === 'e') await write(`CREATE TYPE public.${t.name} AS ENUM (${(t.labels ?? []).join(', ')});\n`);
    else
      await write(
        `CREATE DOMAIN public.${t.name} AS ${t.base}${t.def !== null ? ` DEFAULT ${t.def}` : ''}${t.notnull ? ' NOT NULL' : ''}${t.checks ?? ''};\n`,
      );
  }
}

/** Reads the sequences; CREATE SEQUENCE for those not behind an identity column (those come with their table). */
export async function writeSequences(run: Run, write: Write): Promise<Sequence[]> {
  const sequences = await run<Sequence>(`
    SELECT c.oid::int4 AS oid, quote_ident(c.relname) AS name, format_type(s.seqtypid, NULL) AS type, s.seqstart::text AS start,
           s.seqincrement::text AS inc, s.seqmin::text AS min, s.seqmax::text AS max, s.seqcache::text AS cache, s.seqcycle AS cycle,
           (SELECT 'public.' || quote_ident(tc.relname) || '.' || quote_ident(a.attname) FROM pg_depend d
              JOIN pg_class tc ON tc.oid = d.refobjid JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
             WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.refclassid = 'pg_class'::regclass AND d.deptype = 'a') AS ownedby,
           (SELECT d.refobjid::int4 || ':' || quote_ident(a.attname) FROM pg_depend d
              JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
             WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'i') AS identcol
      FROM pg_class c JOIN pg_sequence s ON s.seqrelid = c.oid
     WHERE c.relkind = 'S' AND ${IN_PUBLIC('c.relnamespace')} AND ${NOT_EXTENSION_MEMBER('pg_class', 'c')}
     ORDER BY c.relname`);
  for (const s of sequences.filter((x) => !x.identcol)) await write(`CREATE SEQUENCE public.${s.name} ${sequenceOptions(s)};\n`);
  return sequences;
}

/** Functions and procedures, as pg_get_functiondef gives them. */
export async function writeFunctions(run: Run, write: Write): Promise<void> {
  const functions = await run<{ def: string }>(`
    SELECT pg_get_functiondef(p.oid) AS def FROM pg_proc p
     WHERE ${IN_PUBLIC('p.pronamespace')} AND p.prokind IN ('f', 'p') AND ${NOT_EXTENSION_MEMBER('pg_proc', 'p')}
     ORDER BY p.oid`);
  for (const f of functions) await write(`\n${f.def.trimEnd()};\n`);
}

/** CREATE TABLE with columns, defaults and identities (constraints come after the data), then sequence ownership. */
export async function writeTables(run: Run, write: Write, sequences: Sequence[]): Promise<Table[]> {
  const tables = await run<{ oid: number; name: string; unlogged: boolean; options: string[] | null }>(`
    SELECT c.oid::int4 AS oid, quote_ident(c.relname) AS name, c.relpersistence = 'u' AS unlogged, c.reloptions::text[] AS options
      FROM pg_class c WHERE c.relkind = 'r' AND ${IN_PUBLIC('c.relnamespace')} AND ${NOT_EXTENSION_MEMBER('pg_class', 'c')}
     ORDER BY c.relname`);
  const columnsOf = new Map<number, Column[]>();
  for (const t of tables) {
    const columns = await run<Column>(`
      SELECT quote_ident(a.attname) AS name, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS notnull,
             a.attidentity::text AS identity, a.attgenerated::text AS generated, pg_get_expr(d.adbin, d.adrelid) AS def,
             CASE WHEN a.attcollation <> 0 AND a.attcollation <> ty.typcollation THEN
               (SELECT quote_ident(n.nspname) || '.' || quote_ident(co.collname) FROM pg_collation co JOIN pg_namespace n ON n.oid = co.collnamespace WHERE co.oid = a.attcollation)
             END AS collation
        FROM pg_attribute a JOIN pg_type ty ON ty.oid = a.atttypid
        LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
       WHERE a.attrelid = ${t.oid} AND a.attnum > 0 AND NOT a.attisdropped
       ORDER BY a.attnum`);
    columnsOf.set(t.oid, columns);
    const identity = (c: Column) => sequences.find((s) => s.identcol === `${t.oid}:${c.name}`);
    await write(
      `\nCREATE ${t.unlogged ? 'UNLOGGED ' : ''}TABLE public.${t.name} (\n${columns.map((c) => columnDefinition(c, identity(c))).join(',\n')}\n)${t.options ? ` WITH (${t.options.join(', ')})` : ''};\n`,
    );
  }
  for (const s of sequences.filter((x) => x.ownedby)) await write(`ALTER SEQUENCE public.${s.name} OWNED BY ${s.ownedby};\n`);
  return tables.map((t) => ({ oid: t.oid, name: t.name, columns: columnsOf.get(t.oid) ?? [] }));
}

/** Views and materialized views (created empty) in dependency order; returns them in that order. */
export async function writeViews(run: Run, write: Write): Promise<View[]> {
  const views = await run<{ oid: number; name: string; kind: string; def: string; options: string[] | null; populated: boolean }>(`
    SELECT c.oid::int4 AS oid, quote_ident(c.relname) AS name, c.relkind::text AS kind, pg_get_viewdef(c.oid) AS def,
           c.reloptions::text[] AS options, c.relispopulated AS populated
      FROM pg_class c WHERE c.relkind IN ('v', 'm') AND ${IN_PUBLIC('c.relnamespace')} AND ${NOT_EXTENSION_MEMBER('pg_class', 'c')}
     ORDER BY c.oid`);
  const viewDeps = await run<{ v: number; w: number }>(`
    SELECT DISTINCT r.ev_class::int4 AS v, d.refobjid::int4 AS w FROM pg_rewrite r
      JOIN pg_depend d ON d.classid = 'pg_rewrite'::regclass AND d.objid = r.oid AND d.refclassid = 'pg_class'::regclass
     WHERE d.refobjid <> r.ev_class`);
  const orderedViews = orderViews(views, viewDeps);
  for (const v of orderedViews) {
    const body = v.def.trim().replace(/;$/, '');
    const withOptions = v.options ? ` WITH (${v.options.join(', ')})` : '';
    if (v.kind === 'v') await write(`\nCREATE VIEW public.${v.name}${withOptions} AS\n${body};\n`);
    else await write(`\nCREATE MATERIALIZED VIEW public.${v.name}${withOptions} AS\n${body}\nWITH NO DATA;\n`);
  }

  return orderedViews;
}

/** Primary, unique, exclusion and check constraints, then indexes, then foreign keys. */
export async function writeConstraintsAndIndexes(run: Run, write: Write): Promise<void> {
  const constraints = await run<{ tbl: string; name: string; def: string; type: string }>(`
    SELECT c.contype::text AS type, quote_ident(t.relname) AS tbl, quote_ident(c.conname) AS name, pg_get_constraintdef(c.oid) AS def
      FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
     WHERE ${IN_PUBLIC('t.relnamespace')} AND t.relkind = 'r' AND c.contype IN ('c', 'p', 'u', 'x', 'f') AND ${NOT_EXTENSION_MEMBER('pg_class', 't')}
     ORDER BY CASE c.contype WHEN 'p' THEN 0 WHEN 'u' THEN 1 WHEN 'x' THEN 2 WHEN 'c' THEN 3 ELSE 4 END, t.relname, c.conname`);
  const addConstraint = (c: { tbl: string; name: string; def: string }) =>
    write(`ALTER TABLE ONLY public.${c.tbl} ADD CONSTRAINT ${c.name} ${c.def};\n`);
  await write('\n');
  for (const c of constraints.filter((x) => x.type !== 'f')) await addConstraint(c);

  const indexes = await run<{ def: string }>(`
    SELECT pg_get_indexdef(i.indexrelid) AS def FROM pg_index i
      JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid
     WHERE ${IN_PUBLIC('t.relnamespace')} AND t.relkind IN ('r', 'm') AND ${NOT_EXTENSION_MEMBER('pg_class', 't')}
       AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid AND k.conrelid = i.indrelid AND k.contype IN ('p', 'u', 'x'))
     ORDER BY ic.relname`);
  await write('\n');
  for (const i of indexes) await write(`${i.def};\n`);
  // Foreign keys last: a referenced key may be a unique index rather than a constraint.
  await write('\n');
  for (const c of constraints.filter((x) => x.type === 'f')) await addConstraint(c);
}

/** Fills the materialized views that were populated. */
export async function refreshMaterializedViews(write: Write, views: View[]): Promise<void> {
  for (const v of views.filter((x) => x.kind === 'm' && x.populated)) await write(`REFRESH MATERIALIZED VIEW public.${v.name};\n`);
}

/** Triggers, disabled again where they were. */
export async function writeTriggers(run: Run, write: Write): Promise<void> {
  const triggers = await run<{ def: string; tbl: string; name: string; enabled: string }>(`
    SELECT pg_get_triggerdef(tg.oid) AS def, quote_ident(c.relname) AS tbl, quote_ident(tg.tgname) AS name, tg.tgenabled::text AS enabled
      FROM pg_trigger tg JOIN pg_class c ON c.oid = tg.tgrelid
     WHERE ${IN_PUBLIC('c.relnamespace')} AND NOT tg.tgisinternal
     ORDER BY c.relname, tg.tgname`);
  await write('\n');
  for (const t of triggers) {
    await write(`${t.def};\n`);
    if (t.enabled === 'D') await write(`ALTER TABLE public.${t.tbl} DISABLE TRIGGER ${t.name};\n`);
  }
}

/** Comments on tables, views, columns and functions. */
export async function writeComments(run: Run, write: Write): Promise<void> {
  const comments = await run<{ stmt: string }>(`
    SELECT 'COMMENT ON ' || CASE c.relkind WHEN 'r' THEN 'TABLE' WHEN 'v' THEN 'VIEW' ELSE 'MATERIALIZED VIEW' END
           || ' public.' || quote_ident(c.relname) || ' IS ' || quote_literal(d.description) AS stmt
      FROM pg_description d JOIN pg_class c ON c.oid = d.objoid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0
     WHERE ${IN_PUBLIC('c.relnamespace')} AND c.relkind IN ('r', 'v', 'm')
    UNION ALL
    SELECT 'COMMENT ON COLUMN public.' || quote_ident(c.relname) || '.' || quote_ident(a.attname) || ' IS ' || quote_literal(d.description)
      FROM pg_description d JOIN pg_class c ON c.oid = d.objoid AND d.classoid = 'pg_class'::regclass
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = d.objsubid
     WHERE ${IN_PUBLIC('c.relnamespace')} AND d.objsubid > 0
    UNION ALL
    SELECT 'COMMENT ON FUNCTION ' || p.oid::regprocedure::text || ' IS ' || quote_literal(d.description)
      FROM pg_description d JOIN pg_proc p ON p.oid = d.objoid AND d.classoid = 'pg_proc'::regclass
     WHERE ${IN_PUBLIC('p.pronamespace')} AND ${NOT_EXTENSION_MEMBER('pg_proc', 'p')}
     ORDER BY 1`);
  if (comments.length > 0) await write(`\n${comments.map((c) => `${c.stmt};`).join('\n')}\n`);
}
