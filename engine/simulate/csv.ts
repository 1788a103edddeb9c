// CSV for a distributed Map's ItemReader (InputType CSV): RFC 4180 quoting, a header row or given headers; each row
// becomes an object of strings.
export function parseCsv(text: string, headers?: string[]): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); field = ''; rows.push(row); row = [];
    } else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  const names = headers ?? rows.shift() ?? [];
  return rows.filter((r) => r.length > 1 || r[0] !== '').map((r) => {
    const o: Record<string, string> = {};
    names.forEach((n, i) => { o[n] = r[i] ?? ''; });
    return o;
  });
}
