// The text Excel would display for a number under a number format. exceljs stores formats but does not
// render them, so the common ones are rendered here: General, 0, 0.00, #,##0, zero-padded 00000, 0%, 0.0%,
// @, literal text ("分"), and dates (yyyy-mm-dd, yyyy/m/d, m/d/yy, yyyy"年"m"月"d"日", with times).
import { isDateFormat } from '../../workbook/read/values';

/** Excel's General: up to about 11 characters, scientific notation for very large or small numbers. */
export function formatGeneral(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  if (v === 0) return '0';
  const abs = Math.abs(v);
  if (abs >= 1e11 || abs < 1e-9) {
    const [mant, exp] = v.toExponential(5).split('e');
    const m = mant.includes('.') ? mant.replace(/0+$/u, '').replace(/\.$/u, '') : mant;
    const e = Number(exp);
    return `${m}E${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  }
  if (Number.isInteger(v)) return String(v);
  return String(Number(v.toPrecision(10)));
}

/** Drops colours, conditions and locale tags (`[Red]`, `[$-409]`), keeps `[h]`-style elapsed time tokens out. */
function stripBrackets(section: string): string {
  return section.replace(/\[[^\]]*\]/gu, '');
}

/** Picks the section of a format for this value: positive;negative;zero;text. */
function pickSection(format: string, v: number): { section: string; negativeSection: boolean } {
  const sections: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') quoted = !quoted;
    if (ch === '\\' && i + 1 < format.length) {
      cur += ch + format[++i];
      continue;
    }
    if (ch === ';' && !quoted) {
      sections.push(cur);
      cur = '';
      continue;
    }
    cur += ch;
  }
  sections.push(cur);
  if (v < 0 && sections.length >= 2) return { section: sections[1], negativeSection: true };
  if (v === 0 && sections.length >= 3) return { section: sections[2], negativeSection: false };
  return { section: sections[0], negativeSection: false };
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/gu, ',');
}

/** Number sections: literals around one numeric pattern of 0, #, ?, `,` and `.`, with % scaling. */
function formatNumberSection(v: number, section: string): string {
  let prefix = '';
  let suffix = '';
  let pattern = '';
  let seenPattern = false;
  let percents = 0;
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    let literal: string | undefined;
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      literal = section.slice(i + 1, end < 0 ? undefined : end);
      i = end < 0 ? section.length : end;
    } else if (ch === '\\') {
      literal = section[++i] ?? '';
    } else if (ch === '_' || ch === '*') {
      i++; // padding directives take the next character; render nothing
      literal = ch === '_' ? ' ' : '';
    } else if ('0#?.,'.includes(ch)) {
      pattern += ch;
      seenPattern = true;
      continue;
    } else if (ch === '%') {
      percents++;
      literal = '%';
    } else {
      literal = ch;
    }
    if (seenPattern) suffix += literal;
    else prefix += literal;
  }
  let x = Math.abs(v) * 100 ** percents;
  if (pattern === '') return `${v < 0 ? '-' : ''}${prefix}${suffix}`;
  // Trailing commas scale by thousands.
  while (pattern.endsWith(',')) {
    pattern = pattern.slice(0, -1);
    x /= 1000;
  }
  const dot = pattern.indexOf('.');
  const intPat = dot < 0 ? pattern : pattern.slice(0, dot);
  const fracPat = dot < 0 ? '' : pattern.slice(dot + 1).replace(/,/gu, '');
  const grouping = intPat.includes(',');
  const minInt = (intPat.match(/0/gu) ?? []).length;
  const minFrac = (fracPat.match(/0/gu) ?? []).length;
  const maxFrac = fracPat.length;
  let fixed = x.toFixed(maxFrac);
  let [intDigits, fracDigits = ''] = fixed.split('.');
  // Optional (#) decimals drop trailing zeros down to the required ones.
  while (fracDigits.length > minFrac && fracDigits.endsWith('0')) fracDigits = fracDigits.slice(0, -1);
  if (intDigits === '0' && minInt === 0) intDigits = '';
  intDigits = intDigits.padStart(minInt, '0');
  if (grouping) intDigits = groupThousands(intDigits);
  fixed = fracDigits !== '' ? `${intDigits}.${fracDigits}` : dot >= 0 && maxFrac === 0 ? `${intDigits}.` : intDigits;
  const negative = v < 0 && Number(x.toFixed(maxFrac)) !== 0;
  return `${negative ? '-' : ''}${prefix}${fixed}${suffix}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Date and time sections, from an Excel serial number (1900 system). */
function formatDateSection(serial: number, section: string): string {
  let whole = Math.floor(serial);
  let secs = Math.round((serial - whole) * 86400);
  if (secs >= 86400) {
    whole += 1;
    secs -= 86400;
  }
  const offset = whole < 60 ? 25568 : 25569;
  const d = new Date((whole - offset) * 86400000);
  const y = whole === 60 ? 1900 : d.getUTCFullYear();
  const mo = whole === 60 ? 2 : d.getUTCMonth() + 1;
  const day = whole === 60 ? 29 : d.getUTCDate();
  const wd = d.getUTCDay();
  const h = Math.floor(secs / 3600);
  const mi = Math.floor((secs % 3600) / 60);
  const s = secs % 60;
  const ampm = /am\/pm|a\/p/iu.test(section);

  type Tok = { kind: 'lit'; text: string } | { kind: 'code'; text: string };
  const toks: Tok[] = [];
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      toks.push({ kind: 'lit', text: section.slice(i + 1, end < 0 ? undefined : end) });
      i = end < 0 ? section.length : end;
    } else if (ch === '\\') {
      toks.push({ kind: 'lit', text: section[++i] ?? '' });
    } else if (/am\/pm/iu.test(section.slice(i, i + 5))) {
      toks.push({ kind: 'lit', text: h < 12 ? 'AM' : 'PM' });
      i += 4;
    } else if (/[ymdhs]/iu.test(ch)) {
      let j = i;
      while (j < section.length && section[j].toLowerCase() === ch.toLowerCase()) j++;
      toks.push({ kind: 'code', text: section.slice(i, j).toLowerCase() });
      i = j - 1;
    } else if (ch === '_' || ch === '*') {
      i++;
    } else {
      toks.push({ kind: 'lit', text: ch });
    }
  }
  const codes = toks.map((t, i) => ({ t, i })).filter((x) => x.t.kind === 'code');
  const isMinute = (i: number): boolean => {
    const k = codes.findIndex((x) => x.i === i);
    const prev = codes[k - 1]?.t.text ?? '';
    const next = codes[k + 1]?.t.text ?? '';
    return prev.startsWith('h') || next.startsWith('s');
  };
  const pad = (n: number, w: number): string => String(n).padStart(w, '0');
  const hour = ampm ? ((h + 11) % 12) + 1 : h;
  return toks
    .map((t, i) => {
      if (t.kind === 'lit') return t.text;
      const c = t.text;
      switch (c[0]) {
        case 'y':
          return c.length <= 2 ? pad(y % 100, 2) : pad(y, 4);
        case 'm':
          if (c.length <= 2 && isMinute(i)) return pad(mi, c.length);
          if (c.length === 1) return String(mo);
          if (c.length === 2) return pad(mo, 2);
          if (c.length === 3) return MONTHS[mo - 1].slice(0, 3);
          return MONTHS[mo - 1];
        case 'd':
          if (c.length === 1) return String(day);
          if (c.length === 2) return pad(day, 2);
          if (c.length === 3) return DAYS[wd].slice(0, 3);
          return DAYS[wd];
        case 'h':
          return c.length === 1 ? String(hour) : pad(hour, 2);
        case 's':
          return c.length === 1 ? String(s) : pad(s, 2);
        default:
          return c;
      }
    })
    .join('');
}

/** The displayed text of a number under `format`. Unknown constructs fall back to General. */
export function formatNumber(v: number, format: string | undefined): string {
  const f = (format ?? '').trim();
  if (f === '' || /^general$/iu.test(f) || f === '@') return formatGeneral(v);
  const { section: raw, negativeSection } = pickSection(f, v);
  const section = stripBrackets(raw);
  if (/general/iu.test(section)) return formatGeneral(v);
  try {
    if (isDateFormat(section)) return formatDateSection(v, section);
    const shown = formatNumberSection(negativeSection ? Math.abs(v) : v, section);
    return shown;
  } catch {
    return formatGeneral(v);
  }
}
