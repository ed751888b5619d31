// Just enough PromQL for the checks: the series selectors of an expression (metric name and
// label matchers) and the labels it groups or matches on. Not a parser: the rules and panels
// here use selectors, functions, aggregations and binary operators, and that is what it reads.
const KEYWORDS = new Set(['by', 'without', 'on', 'ignoring', 'group_left', 'group_right', 'and', 'or', 'unless', 'bool', 'offset', 'inf', 'nan']);

export function promqlGrouping(expr) {
  const labels = new Set();
  for (const m of expr.matchAll(/\b(?:by|without|on|ignoring|group_left|group_right)\s*\(([^)]*)\)/g)) {
    for (const l of m[1].split(',').map((s) => s.trim()).filter(Boolean)) labels.add(l);
  }
  return labels;
}

export function promqlSelectors(expr) {
  const selectors = [];
  let rest = expr.replace(/\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, ' ');
  // selectors first: their regular expressions may hold brackets that are not ranges
  rest = rest.replace(/([a-zA-Z_:][a-zA-Z0-9_:]*)?\s*\{([^}]*)\}/g, (_, metric, body) => {
    const matchers = [...body.matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)\s*(=~|!~|!=|=)\s*"((?:[^"\\]|\\.)*)"/g)]
      .map((m) => ({ label: m[1], op: m[2], value: m[3].replace(/\\\\/g, '\\') }));
    const name = matchers.find((m) => m.label === '__name__' && m.op === '=')?.value ?? metric;
    if (name) selectors.push({ metric: name, matchers: matchers.filter((m) => m.label !== '__name__') });
    return ' ';
  });
  rest = rest.replace(/"(?:[^"\\]|\\.)*"/g, ' ').replace(/\[[^\]]*\]/g, ' ');
  for (const m of rest.matchAll(/(?<![\w.$])([a-zA-Z_:][a-zA-Z0-9_:]*)(?![\w(])(?!\s*\()/g)) {
    if (!KEYWORDS.has(m[1].toLowerCase())) selectors.push({ metric: m[1], matchers: [] });
  }
  return selectors;
}
