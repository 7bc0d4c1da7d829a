// printf-style formatting: str % args (Objects/unicodeobject.c, PyUnicode_Format).
// Numeric conversions go through format-spec formatting, which has the same rules
// for flags, width and precision.

import { PyDict } from './dict.js';
import { PyFloat, PyTuple, typeOf, type PyValue } from './objects.js';
import { raise } from './errors.js';
import { formatValue, pyRepr, pyStr, asciiRepr } from './protocols.js';
import { getItem } from './operations.js';
import { strLen } from './strings.js';

const SPEC = /%(?:\(([^)]*)\))?([-+ #0]*)(\*|\d+)?(?:\.(\*|\d+))?[hlL]?([diouxXeEfFgGcrsa%])?/g;

function toIntArg(v: PyValue, conv: string): number | bigint {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof PyFloat && 'diu'.includes(conv)) {
    return Number.isSafeInteger(Math.trunc(v.v)) ? Math.trunc(v.v) : BigInt(Math.trunc(v.v));
  }
  const what = 'diu'.includes(conv) ? 'a real number' : 'an integer';
  raise('TypeError', `%${conv} format: ${what} is required, not ${typeOf(v).name}`);
}

export function percentFormat(template: string, args: PyValue): string {
  const mapping = args instanceof PyDict ? args : null;
  const items = args instanceof PyTuple ? args.items : [args];
  let next = 0;
  const take = (): PyValue => {
    if (next >= items.length) raise('TypeError', 'not enough arguments for format string');
    return items[next++];
  };
  const out = template.replace(SPEC, (_m, key: string | undefined, flags: string, width: string, prec: string, conv: string) => {
    if (conv === undefined) raise('ValueError', 'incomplete format');
    if (conv === '%') return '%';
    const w = width === '*' ? Number(take()) : width;
    const p = prec === '*' ? Number(take()) : prec;
    const v = key !== undefined ? (mapping ? getItem(mapping, key) : raise('TypeError', 'format requires a mapping')) : take();
    let body: string;
    if (conv === 's' || conv === 'r' || conv === 'a') {
      body = conv === 's' ? pyStr(v) : conv === 'r' ? pyRepr(v) : asciiRepr(pyRepr(v));
      if (p !== undefined) body = [...body].slice(0, Number(p)).join('');
      const pad = Math.max(0, Number(w ?? 0) - strLen(body));
      return flags.includes('-') ? body + ' '.repeat(pad) : ' '.repeat(pad) + body;
    }
    if (conv === 'c') {
      body = typeof v === 'string' ? v : String.fromCodePoint(Number(toIntArg(v, 'c')));
      const pad = Math.max(0, Number(w ?? 0) - strLen(body));
      return flags.includes('-') ? body + ' '.repeat(pad) : ' '.repeat(pad) + body;
    }
    // Numbers: translate to a format spec ([fill-align][sign][#][0][width][.prec]type).
    const sign = flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
    const alt = flags.includes('#') ? '#' : '';
    const left = flags.includes('-');
    const zero = !left && flags.includes('0') ? '0' : '';
    const type = conv === 'i' || conv === 'u' ? 'd' : conv;
    let value: PyValue = v;
    if ('dxXo'.includes(type)) value = toIntArg(v, conv);
    else if (!(v instanceof PyFloat) && typeof v !== 'number' && typeof v !== 'bigint' && typeof v !== 'boolean') {
      raise('TypeError', `must be real number, not ${typeOf(v).name}`);
    }
    const precision = p !== undefined && !'dxXo'.includes(type) ? `.${p}` : '';
    const spec = `${left ? '<' : ''}${sign}${alt}${zero}${w ?? ''}${precision}${type}`;
    return formatValue(value, 0, spec);
  });
  if (next < items.length && !mapping) {
    raise('TypeError', 'not all arguments converted during string formatting');
  }
  return out;
}
