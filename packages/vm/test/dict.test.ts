// PyDict: Python's key equality (1 == 1.0 == True), insertion order, value-hashed tuple keys.
import { describe, expect, it } from 'vitest';
import { PyDict, PyFloat, PyList, PyTuple, PyBaseException, normInt } from '@pyc-ts/vm';

describe('PyDict', () => {
  it('treats equal numbers as one key and keeps the first key object', () => {
    const d = new PyDict();
    d.set(1, 'int');
    d.set(new PyFloat(1), 'float');
    d.set(true, 'bool');
    expect(d.size).toBe(1);
    expect(d.keys()).toEqual([1]);
    expect(d.get(true)).toBe('bool');
    expect(d.get(new PyFloat(1.5))).toBeUndefined();
  });

  it('matches big ints with integral floats', () => {
    const d = new PyDict();
    d.set(2n ** 64n, 'big');
    expect(d.get(new PyFloat(2 ** 64))).toBe('big');
    expect(d.get(normInt(2n ** 53n))).toBeUndefined();
  });

  it('keeps insertion order across deletes and re-inserts', () => {
    const d = new PyDict();
    for (const k of ['a', 'b', 'c']) d.setStr(k, k.toUpperCase());
    expect(d.delete('b')).toBe(true);
    expect(d.delete('b')).toBe(false);
    d.set('b', 'again');
    d.set('a', 'updated');
    expect(d.keys()).toEqual(['a', 'c', 'b']);
    expect(d.values()).toEqual(['updated', 'C', 'again']);
  });

  it('hashes tuples by value', () => {
    const d = new PyDict();
    d.set(new PyTuple([1, 'x']), 1);
    expect(d.get(new PyTuple([new PyFloat(1), 'x']))).toBe(1);
    d.set(new PyTuple([1, 'x']), 2);
    expect(d.size).toBe(1);
    expect(d.delete(new PyTuple([true, 'x']))).toBe(true);
    expect(d.size).toBe(0);
  });

  it('rejects unhashable keys with TypeError', () => {
    const d = new PyDict();
    let err: unknown;
    try {
      d.set(new PyList([]), 1);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PyBaseException);
    expect((err as PyBaseException).type.name).toBe('TypeError');
    expect((err as PyBaseException).args.items[0]).toBe("unhashable type: 'list'");
  });

  it('distinguishes str keys from numbers', () => {
    const d = new PyDict();
    d.set('1', 's');
    d.set(1, 'i');
    expect(d.size).toBe(2);
    expect(d.getStr('1')).toBe('s');
  });
});
