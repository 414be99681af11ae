/// <reference types="office-js" />
// The Excel host run through the real Office.js client library, answered by the recording fake.
//
// Loaded: node_modules/@microsoft/office-js/dist/excel-web-16.00.debug.js — Excel on the web's own request
// builder (the unminified build of what the Office CDN serves), evaluated in a jsdom window, no network.
// Why: our fake alone was kinder than Excel. It counted a third of the bytes Office.js really sends (every
// navigated object — `format`, `borders.getItem(…)`, `getRanges(…)` — adds its own ObjectPath and
// Instantiate entries) and took addresses Excel truncates. Here each request body is measured exactly as
// Office.js serializes it (JSON.stringify of the body, RichApiMessageUtility), and the fake (protocol.ts)
// carries it out and answers, so the workbook afterwards is still the fake's to inspect.
//
// Excel's refusals are errors of the request, as Excel gives them: a request or response over 5 MB
// (Excel on the web), an address over 8,192 characters (Excel truncates it silently; we refuse it).
// Tests assert the stricter product limits on `requests`: every body under 4 MB (ARCHITECTURE.md).
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { ADDRESS_METHODS, ProtocolServer, type RequestBody, type ResponseBody } from './protocol';
import { EXCEL_LIMITS, EXCEL_WEB_LIMIT, type FakeExcel } from './fakeExcel';

const LIBRARY = require.resolve('@microsoft/office-js/dist/excel-web-16.00.debug.js');

export interface RecordedRequest {
  /** Which Excel.run it belongs to (1 = the first of this harness). */
  run: number;
  /** UTF-8 bytes of the request body as Office.js serializes it. */
  bytes: number;
  /** UTF-8 bytes of the answer's JSON. */
  responseBytes: number;
  actions: number;
  /** Longest address string given to getRange/getRanges. */
  longestAddress: number;
  /** JSON size of the cell values the request sets (Range.values). */
  valueBytes: number;
  /** Error code when the request was refused or an action failed. */
  error?: string;
  /** Sheets renamed and deleted in it (`Name` set, `Delete` called): the swap of a run is the request that renames. */
  renames: number;
  deletes: number;
}

/**
 * How a test makes a request fail: refused before anything is done, done and its answer lost, or done up to
 * one action that fails (Excel keeps the actions before it).
 */
export type Failure = 'refused' | 'lost' | { action: number };

export interface OfficeJsExcel {
  /** Excel.run through Office.js: `new ExcelHost(office.run)`. */
  run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  requests: RecordedRequest[];
  /** Makes the n-th request from now (1 = the next) fail, once. */
  failRequest(n: number, how: Failure): void;
}

interface OfficeWindow {
  Excel: { RequestContext: new () => OfficeContext; run: (ctx: OfficeContext, batch: (c: OfficeContext) => Promise<unknown>) => Promise<unknown> };
}

interface OfficeContext {
  _requestExecutor: unknown;
  m_requestUrlAndHeaderInfo: unknown;
}

let window: OfficeWindow | undefined;

/** Office.js in a jsdom window, loaded once a test file. */
function officeWindow(): OfficeWindow {
  if (!window) {
    const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', { runScripts: 'outside-only', url: 'https://localhost/' });
    dom.window.eval(readFileSync(LIBRARY, 'utf8'));
    window = dom.window as unknown as OfficeWindow;
  }
  return window;
}

function utf8(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

function measure(body: RequestBody): { longestAddress: number; valueBytes: number; renames: number; deletes: number } {
  let longestAddress = 0;
  let valueBytes = 0;
  let renames = 0;
  let deletes = 0;
  for (const action of body.Actions) {
    if (action.ActionType === 4 && action.Name === 'Name') renames++;
    if (action.ActionType === 3 && action.Name === 'Delete') deletes++;
  }
  for (const path of Object.values(body.ObjectPaths ?? {})) {
    if (!ADDRESS_METHODS.has(path.Name)) continue;
    for (const a of path.ArgumentInfo?.Arguments ?? []) if (typeof a === 'string') longestAddress = Math.max(longestAddress, a.length);
  }
  for (const action of body.Actions) {
    if (action.ActionType !== 4 || action.Name !== 'Values') continue;
    const rows = action.ArgumentInfo?.Arguments?.[0];
    if (Array.isArray(rows)) for (const row of rows) valueBytes += utf8(JSON.stringify(row));
  }
  return { longestAddress, valueBytes, renames, deletes };
}

function refusal(code: string, message: string): ResponseBody {
  return { Results: [], Error: { Code: code, Message: message, HttpStatusCode: 400, ActionIndex: 0 } };
}

export function viaOfficeJs(fake: FakeExcel): OfficeJsExcel {
  const w = officeWindow();
  const requests: RecordedRequest[] = [];
  let failure: { at: number; how: Failure } | undefined;
  let runs = 0;

  const run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const server = new ProtocolServer(fake.context());
    const runNumber = ++runs;
    const executor = {
      async executeAsync(_custom: unknown, _flags: number, message: { Body: RequestBody }) {
        const text = JSON.stringify(message.Body);
        const body = JSON.parse(text) as RequestBody;
        const { longestAddress, valueBytes, renames, deletes } = measure(body);
        const record: RecordedRequest = { run: runNumber, bytes: utf8(text), responseBytes: 0, actions: body.Actions.length, longestAddress, valueBytes, renames, deletes };
        requests.push(record);
        const fail = failure && requests.length === failure.at ? failure.how : undefined;
        if (fail) failure = undefined;
        let answer: ResponseBody;
        if (fail === 'refused') answer = refusal('ConnectionFailure', 'The request was lost (injected by the test).');
        else if (record.bytes > EXCEL_WEB_LIMIT) answer = refusal('RequestPayloadSizeLimitExceeded', `A request of ${record.bytes} bytes`);
        else if (longestAddress > EXCEL_LIMITS.addressChars) answer = refusal('InvalidArgument', `An address of ${longestAddress} characters (Excel truncates past ${EXCEL_LIMITS.addressChars})`);
        else answer = await server.answer(body, typeof fail === 'object' ? fail.action : undefined);
        const out = JSON.stringify(answer);
        record.responseBytes = utf8(out);
        if (fail === 'lost') answer = refusal('ConnectionFailure', 'The answer was lost (injected by the test).');
        else if (record.responseBytes > EXCEL_WEB_LIMIT) answer = refusal('ResponsePayloadSizeLimitExceeded', `A response of ${record.responseBytes} bytes`);
        record.error = answer.Error?.Code;
        return { ErrorCode: '', ErrorMessage: '', Headers: {}, Body: answer };
      },
    };
    const context = new w.Excel.RequestContext();
    context._requestExecutor = executor;
    context.m_requestUrlAndHeaderInfo = { url: 'https://localhost/', headers: {} };
    // Excel.run with a context of our own: its batch, then a last sync of what is left queued.
    return (await w.Excel.run(context, batch as unknown as (c: OfficeContext) => Promise<unknown>)) as T;
  };

  return {
    run,
    requests,
    failRequest(n: number, how: Failure): void {
      failure = { at: requests.length + n, how };
    },
  };
}
