// Compares two builtin surfaces (the JSON scripts/builtin_surface.py prints: CPython's, recorded in
// packages/vm/test/golden/builtin_reference.json, and pyc-ts's) and lists what differs, one line per finding:
//   missing type T | missing T.name | extra T.name | kind T.name: ours != CPython's
//   signature T.name | doc T.name | subclassable T | (the same with 'module M' for the modules)
// Used by scripts/builtin_parity.mjs and test/builtin_parity.test.ts. Node built-ins only.

/** The findings, sorted, each a short line; `counts` sums them by kind of finding. */
export function compareSurfaces(reference, ours) {
  const findings = [];
  const add = (kind, what) => findings.push(`${kind} ${what}`);
  const sameText = (a, b) => a === b;
  const compareEntry = (where, ref, got) => {
    if (ref.kind !== got.kind) add('kind', `${where}: ${got.kind} != ${ref.kind}`);
    else {
      if (!sameText(ref.signature, got.signature)) add('signature', where);
      if ('doc' in ref && !sameText(ref.doc, got.doc)) add('doc', where);
    }
  };
  for (const [key, ref] of Object.entries(reference.types)) {
    const got = ours.types[key];
    if (got === undefined) {
      add('missing-type', key);
      continue;
    }
    const have = new Set(got.dir);
    for (const name of ref.dir) if (!have.has(name)) add('missing', `${key}.${name}`);
    const want = new Set(ref.dir);
    for (const name of got.dir) if (!want.has(name)) add('extra', `${key}.${name}`);
    for (const [name, r] of Object.entries(ref.own)) {
      const g = got.own[name];
      if (g !== undefined) compareEntry(`${key}.${name}`, r, g);
    }
    if (!sameText(ref.signature, got.signature)) add('signature', key);
    if (!sameText(ref.doc, got.doc)) add('doc', key);
    if (ref.subclassable !== got.subclassable) add('subclassable', key);
  }
  for (const key of Object.keys(ours.types)) if (!(key in reference.types)) add('extra-type', key);
  for (const [mod, ref] of Object.entries(reference.modules)) {
    const got = ours.modules[mod];
    if (got === undefined) {
      add('missing-module', mod);
      continue;
    }
    const have = new Set(got.dir);
    for (const name of ref.dir) if (!have.has(name)) add('missing', `${mod}:${name}`);
    const want = new Set(ref.dir);
    for (const name of got.dir) if (!want.has(name)) add('extra', `${mod}:${name}`);
    for (const [name, r] of Object.entries(ref.attrs)) {
      const g = got.attrs[name];
      if (g !== undefined) compareEntry(`${mod}:${name}`, r, g);
    }
    if (!sameText(ref.doc, got.doc)) add('doc', `module ${mod}`);
  }
  findings.sort();
  return findings;
}

/** How many findings of each kind, and how many names CPython has in all (types' dir() plus modules'). */
export function countFindings(reference, findings) {
  const counts = {};
  for (const f of findings) {
    const kind = f.slice(0, f.indexOf(' '));
    counts[kind] = (counts[kind] ?? 0) + 1;
  }
  let names = 0;
  for (const t of Object.values(reference.types)) names += t.dir.length;
  for (const m of Object.values(reference.modules)) names += m.dir.length;
  return { counts, names, types: Object.keys(reference.types).length };
}
