// A department workbook's file name: the group's name, made safe for Windows, macOS and zip archives.
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f]/gu;

export function fileNameFor(group: string, taken: Set<string>): string {
  let base = group.normalize('NFKC').replace(FORBIDDEN, '_').replace(/^[\s.]+|[\s.]+$/gu, '');
  if ([...base].length > 80) base = [...base].slice(0, 80).join('');
  // Windows reserves these whatever the extension.
  if (base === '' || /^(con|prn|aux|nul|com\d|lpt\d)$/iu.test(base)) base = `_${base}`;
  let name = `${base}.xlsx`;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}(${n}).xlsx`;
  taken.add(name.toLowerCase());
  return name;
}
