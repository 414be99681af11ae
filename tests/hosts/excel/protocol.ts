// Answers one Office.js request body from the recording fake: the server side of the harness in officeJs.ts.
// Office.js serializes a batch as { Actions, ObjectPaths }: object paths say how an object is reached (the
// workbook, a property, a method, an indexer), actions what is done with it (instantiate, query, call, set).
// The fake's classes carry Excel's member names (typed against @types/office-js), so a path's PascalCase name
// is the fake's camelCase member. Loads are answered after the fake's own sync, in PascalCase as Excel does;
// a failing action ends the request with an error and leaves the actions before it done, as in Excel.
import type { FakeContext } from './fakeExcel';

interface ArgumentInfo {
  Arguments?: unknown[];
  /** Where an argument is an object: its path id, at the argument's index. */
  ReferencedObjectPathIds?: (number | null)[];
}

export interface ObjectPathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
}

export interface ActionInfo {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: { Select?: string[] };
}

export interface RequestBody {
  Actions: ActionInfo[];
  ObjectPaths: Record<string, ObjectPathInfo>;
}

export interface ActionResult {
  ActionId: number;
  Value: unknown;
}

export interface ResponseBody {
  Results: ActionResult[];
  Error?: { Code: string; Message: string; HttpStatusCode: number; ActionIndex: number };
}

const PATH = { global: 1, method: 3, property: 4, indexer: 5, referenceId: 6 } as const;
const ACTION = { instantiate: 1, query: 2, method: 3, setProperty: 4, trace: 5 } as const;

/** Names of the methods whose arguments are cell addresses. */
export const ADDRESS_METHODS = new Set(['GetRange', 'GetRanges', 'GetRangeOrNullObject', 'GetRangesOrNullObject']);

type Fake = Record<string, unknown>;

/** A fake's method, or an error naming the member the fake lacks. */
function method(o: Fake, name: string): (...a: unknown[]) => unknown {
  const f = o[name];
  if (typeof f !== 'function') throw Object.assign(new Error(`${String(o?.constructor?.name)}.${name} is not faked`), { code: 'InvalidArgument' });
  return f as (...a: unknown[]) => unknown;
}

const camel = (name: string): string => name.charAt(0).toLowerCase() + name.slice(1);
const pascal = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);

function errorCode(e: unknown): string {
  const code = (e as { code?: unknown }).code;
  return typeof code === 'string' ? code : 'GeneralException';
}

/** A fake object's isNullObject, where it has one (the fake's client objects). */
function isNull(o: unknown): boolean {
  if (o === null || o === undefined) return true;
  if (typeof o !== 'object' || !('isNullObject' in o)) return false;
  return (o as { isNullObject: boolean }).isNullObject;
}

/**
 * The server of one Excel.run. As in Excel, every request's object paths are worked out afresh from the
 * definitions it carries (a sheet added in one request is reached in the next by the id Office.js learned);
 * only a kept range's reference id means the same object across requests.
 */
export class ProtocolServer {
  private readonly objects = new Map<number, unknown>();
  private readonly paths = new Map<number, ObjectPathInfo>();
  /** Reference ids given out for ranges: Office.js names a range by it in the requests after. */
  private readonly references = new Map<string, unknown>();
  /** Paths Office.js asked Excel to keep (_KeepReference: a range tracked by Excel.run's auto-cleanup). */
  private readonly kept = new Set<number>();

  constructor(private readonly ctx: FakeContext) {}

  private resolve(id: number): unknown {
    if (this.objects.has(id)) return this.objects.get(id);
    const path = this.paths.get(id);
    if (!path) throw Object.assign(new Error(`Unknown object path ${id}`), { code: 'InvalidObjectPath' });
    const args = this.args(path.ArgumentInfo);
    let value: unknown;
    if (path.ObjectPathType === PATH.global) value = this.ctx.workbook;
    else if (path.ObjectPathType === PATH.referenceId) {
      if (!this.references.has(path.Name)) throw Object.assign(new Error(`Unknown reference ${path.Name}`), { code: 'InvalidObjectPath' });
      value = this.references.get(path.Name);
    } else {
      const parent = this.resolve(path.ParentObjectPathId ?? -1) as Fake;
      if (path.ObjectPathType === PATH.property) value = parent[camel(path.Name)];
      else if (path.ObjectPathType === PATH.method) value = method(parent, camel(path.Name)).apply(parent, args);
      else if (path.ObjectPathType === PATH.indexer) value = method(parent, 'getItem').apply(parent, args);
      else throw Object.assign(new Error(`Object path type ${path.ObjectPathType} is not faked`), { code: 'InvalidObjectPath' });
    }
    this.objects.set(id, value);
    return value;
  }

  /** Arguments, with the fake's object where Office.js passed an object (by its path id). */
  private args(info: ArgumentInfo | undefined): unknown[] {
    const refs = info?.ReferencedObjectPathIds;
    return (info?.Arguments ?? []).map((a, i) => (refs?.[i] ? this.resolve(refs[i] as number) : a));
  }

  /**
   * Carries out a request on the fake and builds Excel's answer. `failAt`: the index of an action that fails
   * (a test's injected failure): the actions before it are done, as Excel does them, the rest are not.
   */
  async answer(body: RequestBody, failAt?: number): Promise<ResponseBody> {
    this.objects.clear();
    this.paths.clear();
    for (const [id, path] of Object.entries(body.ObjectPaths ?? {})) this.paths.set(Number(id), path);
    const results: ActionResult[] = [];
    const answers: (() => ActionResult | undefined)[] = [];
    let error: ResponseBody['Error'];
    for (let i = 0; i < body.Actions.length && !error; i++) {
      const action = body.Actions[i];
      try {
        if (i === failAt) throw Object.assign(new Error('The action failed (injected by the test).'), { code: 'GeneralException' });
        answers.push(this.act(action));
      } catch (e) {
        error = { Code: errorCode(e), Message: e instanceof Error ? e.message : String(e), HttpStatusCode: 400, ActionIndex: i };
      }
    }
    try {
      await this.ctx.sync();
    } catch (e) {
      error ??= { Code: errorCode(e), Message: e instanceof Error ? e.message : String(e), HttpStatusCode: 400, ActionIndex: body.Actions.length - 1 };
    }
    for (const a of answers) {
      const r = a();
      if (r) results.push(r);
    }
    return error ? { Results: results, Error: error } : { Results: results };
  }

  /**
   * What Excel answers to an instantiation: a sheet's id (Office.js finds an added sheet by it later), a
   * kept range's reference id (a used range stays the range it was in the syncs after), else nothing.
   */
  private idOf(o: unknown, pathId: number): Record<string, unknown> {
    const kind = o !== null && typeof o === 'object' ? o.constructor.name : '';
    const sheet = (o as { sheet?: { id?: unknown } }).sheet;
    if (kind === 'Worksheet' && typeof sheet?.id === 'string') return { Id: sheet.id };
    if (this.kept.has(pathId)) {
      const ref = `{00000000-0000-0000-0000-000000000000}${pathId}`;
      this.references.set(ref, o);
      return { _ReferenceId: ref };
    }
    return {};
  }

  /** Does one action now; returns how to answer it once the fake has synced. */
  private act(action: ActionInfo): () => ActionResult | undefined {
    const args = this.args(action.ArgumentInfo);
    const { Id } = action;
    switch (action.ActionType) {
      case ACTION.instantiate: {
        const o = this.resolve(action.ObjectPathId);
        return () => ({ ActionId: Id, Value: isNull(o) ? null : this.idOf(o, action.ObjectPathId) });
      }
      case ACTION.query: {
        const o = this.resolve(action.ObjectPathId) as Fake;
        // On a collection a plain name is its items' property (Office.js sends `load('items/name')` as `name`).
        const select = (action.QueryInfo?.Select ?? []).map((p) => ('items' in o && !p.startsWith('items/') ? `items/${p}` : p));
        method(o, 'load').call(o, select);
        return () => ({ ActionId: Id, Value: isNull(o) ? null : query(o, select) });
      }
      case ACTION.method: {
        const o = this.resolve(action.ObjectPathId) as Fake;
        // Office.js's own bookkeeping: a kept range gets a reference id in the answer (Office.js then releases
        // it with _RemoveReference when the run ends); the rest (_ValidateArraySize) is Excel's business.
        if (action.Name === '_KeepReference') this.kept.add(action.ObjectPathId);
        if (action.Name.startsWith('_')) return () => undefined;
        const value = method(o, camel(action.Name)).apply(o, args);
        return () => (value === undefined || typeof value === 'object' ? undefined : { ActionId: Id, Value: value });
      }
      case ACTION.setProperty: {
        const o = this.resolve(action.ObjectPathId) as Fake;
        o[camel(action.Name)] = args[0];
        return () => undefined;
      }
      case ACTION.trace:
        return () => undefined;
      default:
        throw Object.assign(new Error(`Action type ${action.ActionType} is not faked`), { code: 'InvalidRequest' });
    }
  }
}


/** A load's answer: the selected properties in PascalCase; `items/x` as `_Items`. */
function query(o: Fake, select: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const nested = select.filter((p) => p.startsWith('items/')).map((p) => p.slice('items/'.length));
  for (const p of select) if (!p.startsWith('items/')) out[pascal(p)] = o[p];
  if (nested.length > 0) {
    out._Items = (o.items as Fake[]).map((item) => {
      const row: Record<string, unknown> = {};
      for (const p of nested) row[pascal(p)] = item[p];
      return row;
    });
  }
  return out;
}
