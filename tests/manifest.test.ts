// manifest.xml, checked offline: `office-addin-manifest validate` needs a Microsoft web service these machines
// cannot reach. Office's own reader parses it, and a namespace-aware XML parse checks what Office would
// refuse or show wrongly: ids, URLs, icons, resource ids, en-US overrides and the schema's element order.
import * as fs from 'fs';
import * as path from 'path';
import { JSDOM } from 'jsdom';
import { OfficeAddinManifest } from 'office-addin-manifest';

// The reader's package also loads @microsoft/app-manifest (for JSON manifests) and its own uuid (for new ids),
// both ES-module only, which jest cannot require. Reading an XML manifest uses neither.
jest.mock('@microsoft/app-manifest', () => ({}));
jest.mock('../node_modules/office-addin-manifest/node_modules/uuid/dist-node/index.js', () => ({ v4: () => '' }));

const ROOT = path.resolve(__dirname, '..');
const MANIFEST = path.join(ROOT, 'manifest.xml');
const BT = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';

/** The page each manifest URL names, and the source file the build turns into it. */
const PAGE_SOURCES: Record<string, string> = {
  '/taskpane.html': 'src/taskpane/taskpane.html',
  '/commands.html': 'src/commands/commands.html',
  '/help.html': 'src/help/help.html',
};

/** OfficeApp's children, in the order of the schema (TaskPaneApp). */
const SCHEMA_ORDER = [
  'Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl',
  'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings',
  'Permissions', 'VersionOverrides',
];

function parse(file: string): Document {
  const { window } = new JSDOM('');
  const doc = new window.DOMParser().parseFromString(fs.readFileSync(file, 'utf8'), 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`${file} is not well-formed XML: ${error.textContent ?? ''}`);
  return doc;
}

const doc = parse(MANIFEST);
const root = doc.documentElement;

function all(el: Element = root): Element[] {
  return Array.from(el.getElementsByTagName('*'));
}
function byName(name: string, el: Element = root): Element[] {
  return all(el).filter((e) => e.localName === name);
}
function one(name: string, el: Element = root): Element {
  const found = byName(name, el);
  if (found.length !== 1) throw new Error(`expected one <${name}>, found ${found.length}`);
  return found[0];
}
/** A direct child of OfficeApp (Description, for one, also occurs inside the ribbon part). */
function top(name: string): Element {
  const found = Array.from(root.children).find((c) => c.localName === name);
  if (!found) throw new Error(`OfficeApp has no <${name}>`);
  return found;
}
function childNames(el: Element): string[] {
  return Array.from(el.children).map((c) => c.localName);
}
function attr(el: Element, name: string): string {
  const v = el.getAttribute(name);
  if (v === null) throw new Error(`<${el.localName}> has no ${name}`);
  return v;
}
function hasHan(s: string): boolean {
  return /\p{Script=Han}/u.test(s);
}

/** Resources by id, with the kind of list they are declared in (Images, Urls, ShortStrings, LongStrings). */
const resources = new Map<string, { kind: string; el: Element }>();
for (const list of Array.from(one('Resources').children)) {
  for (const res of Array.from(list.children)) resources.set(attr(res, 'id'), { kind: list.localName, el: res });
}
function resource(id: string): Element {
  const r = resources.get(id);
  if (!r) throw new Error(`resid ${id} is not declared in <Resources>`);
  return r.el;
}

/** Every URL the manifest names: DefaultValue / Value attributes that are URLs, and AppDomain texts. */
function manifestUrls(): string[] {
  const urls: string[] = [];
  for (const el of all()) {
    for (const name of ['DefaultValue', 'Value']) {
      const v = el.getAttribute(name);
      if (v !== null && /^[a-z]+:\/\//i.test(v)) urls.push(v);
    }
    if (el.localName === 'AppDomain') urls.push((el.textContent ?? '').trim());
  }
  return urls;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const b = fs.readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!b.subarray(0, 8).equals(signature) || b.toString('ascii', 12, 16) !== 'IHDR') {
    throw new Error(`${file} is not a PNG`);
  }
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** The file in the repository that serves a manifest URL once built. */
function sourceOf(url: string): string {
  const { pathname } = new URL(url);
  const file = pathname.startsWith('/assets/') ? pathname.slice(1) : PAGE_SOURCES[pathname];
  if (file === undefined) throw new Error(`${url} names no page the build writes`);
  return path.join(ROOT, file);
}

describe('manifest.xml as Office reads it', () => {
  test('is a task-pane add-in for Excel workbooks that may read and write the document', async () => {
    const info = await OfficeAddinManifest.readManifestFile(MANIFEST);
    expect(info.officeAppType).toBe('TaskPaneApp');
    expect(info.hosts).toEqual(['Workbook']);
    expect(info.permissions).toBe('ReadWriteDocument');
    expect(info.defaultLocale).toBe('zh-CN');
    expect(info.displayName).toBe('卓越盘点');
    expect(info.defaultSettings?.sourceLocation).toMatch(/^https:\/\/[^/]+\/taskpane\.html$/);
  });

  test('its id is a GUID and its version is the package version in four parts', async () => {
    const info = await OfficeAddinManifest.readManifestFile(MANIFEST);
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    const pkg: { version: string } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(info.version).toBe(`${pkg.version}.0`);
  });
});

describe('manifest.xml against the schema', () => {
  test('OfficeApp is a TaskPaneApp whose children come in the schema order', () => {
    expect(root.localName).toBe('OfficeApp');
    expect(root.getAttributeNS('http://www.w3.org/2001/XMLSchema-instance', 'type')).toBe('TaskPaneApp');
    expect(childNames(root)).toEqual(SCHEMA_ORDER);
  });

  test('asks only for ExcelApi 1.1, so that every Excel opens the pane', () => {
    const sets = byName('Set', top('Requirements'));
    expect(sets.map((s) => [attr(s, 'Name'), attr(s, 'MinVersion')])).toEqual([['ExcelApi', '1.1']]);
  });

  test('the ribbon part nests in the schema order', () => {
    expect(childNames(one('DesktopFormFactor'))).toEqual(['GetStarted', 'FunctionFile', 'ExtensionPoint']);
    const button = byName('Control').find((c) => c.getAttribute('id') === 'TalentReview.OpenPane');
    expect(button && childNames(button)).toEqual(['Label', 'Supertip', 'Icon', 'Action']);
    expect(childNames(one('Resources'))).toEqual(['Images', 'Urls', 'ShortStrings', 'LongStrings']);
  });

  test('resource ids fit the schema (at most 32 characters) and are unique', () => {
    const ids = Array.from(one('Resources').children).flatMap((list) => Array.from(list.children).map((r) => attr(r, 'id')));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(32);
  });
});

describe('the Home-tab button', () => {
  test('sits on the Home tab and opens the task pane at the same page as the default source', () => {
    const tab = one('OfficeTab');
    expect(attr(tab, 'id')).toBe('TabHome');
    const action = one('Action', tab);
    expect(action.getAttributeNS('http://www.w3.org/2001/XMLSchema-instance', 'type')).toBe('ShowTaskpane');
    const paneUrl = attr(resource(attr(one('SourceLocation', action), 'resid')), 'DefaultValue');
    expect(paneUrl).toBe(attr(one('SourceLocation', top('DefaultSettings')), 'DefaultValue'));
  });

  test('the FunctionFile is the commands page', () => {
    const url = attr(resource(attr(one('FunctionFile'), 'resid')), 'DefaultValue');
    expect(new URL(url).pathname).toBe('/commands.html');
  });
});

describe('resource ids', () => {
  /** Which resource list each referring element must point into. */
  const KIND: Record<string, string> = {
    Image: 'Images', FunctionFile: 'Urls', SourceLocation: 'Urls', LearnMoreUrl: 'Urls',
    Label: 'ShortStrings', Title: 'ShortStrings', Description: 'LongStrings',
  };
  const refs = all(one('VersionOverrides')).filter((e) => e.hasAttribute('resid'));

  test('every resid resolves to a resource of the right kind', () => {
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) {
      const id = attr(ref, 'resid');
      expect({ id, kind: resources.get(id)?.kind }).toEqual({ id, kind: KIND[ref.localName] });
    }
  });

  test('every resource is used', () => {
    const used = new Set(refs.map((r) => attr(r, 'resid')));
    expect([...resources.keys()].filter((id) => !used.has(id))).toEqual([]);
  });
});

describe('URLs', () => {
  const urls = manifestUrls();
  const origin = new URL(attr(one('SourceLocation', top('DefaultSettings')), 'DefaultValue')).origin;

  test('every URL is https and on the add-in origin', () => {
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) {
      expect(url).toMatch(/^https:\/\//);
      expect(new URL(url).origin).toBe(origin);
    }
  });

  test('every page and icon URL names a file the build serves', () => {
    for (const url of urls.filter((u) => new URL(u).pathname !== '/')) {
      expect({ url, exists: fs.existsSync(sourceOf(url)) }).toEqual({ url, exists: true });
    }
  });
});

describe('icons', () => {
  function expectIcon(url: string, size: number): void {
    expect({ url, ...pngSize(sourceOf(url)) }).toEqual({ url, width: size, height: size });
  }

  test('the add-in icon is 32 px and the high-resolution icon 64 px', () => {
    expectIcon(attr(top('IconUrl'), 'DefaultValue'), 32);
    expectIcon(attr(top('HighResolutionIconUrl'), 'DefaultValue'), 64);
  });

  test('every ribbon image has the pixel size it is declared at, and groups and buttons give 16, 32 and 80', () => {
    const icons = byName('Icon', one('VersionOverrides'));
    expect(icons.length).toBe(2);
    for (const icon of icons) {
      const images = Array.from(icon.getElementsByTagNameNS(BT, 'Image'));
      expect(images.map((i) => attr(i, 'size'))).toEqual(['16', '32', '80']);
      for (const image of images) {
        expectIcon(attr(resource(attr(image, 'resid')), 'DefaultValue'), Number(attr(image, 'size')));
      }
    }
  });
});

describe('zh-CN text with en-US overrides', () => {
  const localized = [top('DisplayName'), top('Description'), ...byName('String', one('Resources'))];

  test('every name, description and ribbon string has Chinese default text and an English en-US override', () => {
    expect(localized.length).toBeGreaterThan(4);
    for (const el of localized) {
      const overrides = Array.from(el.children).filter((c) => c.localName === 'Override');
      const en = overrides.find((o) => o.getAttribute('Locale') === 'en-US');
      const label = el.getAttribute('id') ?? el.localName;
      expect({ label, zh: hasHan(attr(el, 'DefaultValue')) }).toEqual({ label, zh: true });
      expect({ label, en: en !== undefined && !hasHan(attr(en, 'Value')) && attr(en, 'Value').length > 0 }).toEqual({
        label,
        en: true,
      });
    }
  });

  test('texts fit the schema: short strings and names up to 125 characters, long ones and descriptions up to 250', () => {
    const limit = (el: Element): number =>
      el.localName === 'DisplayName' || el.parentElement?.localName === 'ShortStrings' ? 125 : 250;
    for (const el of localized) {
      const texts = [attr(el, 'DefaultValue'), ...Array.from(el.children).map((o) => attr(o, 'Value'))];
      for (const text of texts) expect(text.length).toBeLessThanOrEqual(limit(el));
    }
  });
});
