// The first row of an A1 address (`B7`, `A5:C9`, `5:5`), 0-based; undefined for a column-only address.
export function parseA1Row(address: string): number | undefined {
  const bare = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const m = /^\$?[A-Za-z]*\$?(\d+)/u.exec(bare.trim());
  return m ? Number(m[1]) - 1 : undefined;
}
