// Special methods of the builtin types as attributes: (1).__add__(2), list.__len__,
// 'a'.__eq__, object.__repr__(x). Each runs the operation the interpreter uses,
// after the operand check of the type's C slot, so that int.__add__(1, 2.0) and
// [1].__eq__((1,)) return NotImplemented as in CPython.

import { NotImplemented, PyFloat, boolType, dictType, floatType, intType, listType, objectType, strType, tupleType, typeOf, type PyType, type PyValue } from './objects.js';
import { PySet, frozensetType, setType } from './set.js';
import { bytesType } from './bytes.js';
import { PyComplex, complexType } from './complex.js';
import { rangeType } from './range.js';
import { install } from './methods.js';
import { binaryOp, unaryInvert, unaryNegative, unaryPositive, NB_ADD, NB_AND, NB_FLOOR_DIVIDE, NB_LSHIFT, NB_MULTIPLY, NB_OR, NB_POWER, NB_REMAINDER, NB_RSHIFT, NB_SUBTRACT, NB_TRUE_DIVIDE, NB_XOR } from './arithmetic.js';
import { builtinRepr, formatValue, objectRepr, pyContains, pyHash, pyRepr, pyTruthy, richCompare } from './protocols.js';
import { deleteItem, getAttr, getItem, getIter, setItem } from './operations.js';
import { activeInterpreter } from './interpreter.js';
import { absImpl, lenImpl } from './builtins.js';
import { raise } from './errors.js';
import * as num from './numeric/index.js';

type Accepts = (other: PyValue) => boolean;

const isInt: Accepts = (v) => typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean';
const isReal: Accepts = (v) => isInt(v) || v instanceof PyFloat;
const isNumber: Accepts = (v) => isReal(v) || v instanceof PyComplex;
const isSet: Accepts = (v) => v instanceof PySet;
const any: Accepts = () => true;
const sameType = (t: PyType): Accepts => (v) => typeOf(v) === t || typeOf(v).isSubtypeOf(t);

const ARITHMETIC: [string, number][] = [
  ['add', NB_ADD], ['sub', NB_SUBTRACT], ['mul', NB_MULTIPLY], ['truediv', NB_TRUE_DIVIDE],
  ['floordiv', NB_FLOOR_DIVIDE], ['mod', NB_REMAINDER], ['pow', NB_POWER],
];
const BITWISE: [string, number][] = [['and', NB_AND], ['or', NB_OR], ['xor', NB_XOR], ['lshift', NB_LSHIFT], ['rshift', NB_RSHIFT]];
const COMPARISONS = ['lt', 'le', 'eq', 'ne', 'gt', 'ge'];

/** __op__ and __rop__ on `type` for operands its slot accepts; NotImplemented for the rest. */
function binaryWrappers(type: PyType, ops: [string, number][], accepts: Accepts, reflected = true): void {
  for (const [name, nb] of ops) {
    install(type, `__${name}__`, 1, 1, (self, [other]) => (accepts(other) ? binaryOp(nb, self, other) : NotImplemented), [], true);
    if (reflected) {
      install(type, `__r${name}__`, 1, 1, (self, [other]) => (accepts(other) ? binaryOp(nb, other, self) : NotImplemented), [], true);
    }
  }
}

/** __lt__ ... __ge__ for operands the type's richcompare handles (== and != only when `orderable` is false). */
function comparisonWrappers(type: PyType, accepts: Accepts, orderable = true): void {
  COMPARISONS.forEach((name, op) => {
    const equality = name === 'eq' || name === 'ne';
    install(type, `__${name}__`, 1, 1, (self, [other]) => (accepts(other) && (orderable || equality) ? richCompare(op, self, other) : NotImplemented), [], true);
  });
}

function unary(type: PyType, name: string, fn: (self: PyValue) => PyValue): void {
  install(type, name, 0, 0, (self) => fn(self), [], true);
}

function containerWrappers(type: PyType, mutable: boolean): void {
  unary(type, '__len__', (self) => lenImpl([self], null));
  unary(type, '__iter__', (self) => getIter(self));
  install(type, '__contains__', 1, 1, (self, [item]) => pyContains(self, item), [], true);
  install(type, '__getitem__', 1, 1, (self, [key]) => getItem(self, key), [], true);
  if (mutable) {
    install(type, '__setitem__', 2, 2, (self, [key, value]) => (setItem(self, key, value), null), [], true);
    install(type, '__delitem__', 1, 1, (self, [key]) => (deleteItem(self, key), null), [], true);
  }
}

export function installSlotWrappers(): void {
  // object: identity equality, the default repr and hash.
  install(objectType, '__eq__', 1, 1, (self, [other]) => (self === other ? true : NotImplemented), [], true);
  // object.__ne__ inverts whatever the object's __eq__ says.
  install(objectType, '__ne__', 1, 1, (self, [other]) => {
    const eq = activeInterpreter().call(getAttr(self, '__eq__'), [other]);
    return eq === NotImplemented ? eq : !pyTruthy(eq);
  }, [], true);
  unary(objectType, '__repr__', (self) => objectRepr(self));
  unary(objectType, '__str__', (self) => pyRepr(self));
  unary(objectType, '__hash__', (self) => pyHash(self));
  install(objectType, '__format__', 1, 1, (self, [spec]) => formatValue(self, 0, spec), [], true);

  // Numbers.
  binaryWrappers(intType, [...ARITHMETIC, ...BITWISE], isInt);
  binaryWrappers(floatType, ARITHMETIC, isReal);
  binaryWrappers(complexType, ARITHMETIC.filter(([n]) => n !== 'floordiv' && n !== 'mod'), isNumber);
  comparisonWrappers(intType, isInt);
  comparisonWrappers(floatType, isReal);
  comparisonWrappers(complexType, isNumber, false);
  for (const t of [intType, floatType, complexType]) {
    unary(t, '__neg__', unaryNegative);
    unary(t, '__pos__', unaryPositive);
    unary(t, '__abs__', (self) => absImpl([self], null));
    unary(t, '__bool__', (self) => pyTruthy(self));
  }
  unary(intType, '__invert__', unaryInvert);
  unary(intType, '__index__', (self) => (typeof self === 'boolean' ? (self ? 1 : 0) : self));
  unary(intType, '__int__', (self) => (typeof self === 'boolean' ? (self ? 1 : 0) : self));
  unary(intType, '__float__', (self) => new PyFloat(num.intToFloat(typeof self === 'boolean' ? (self ? 1 : 0) : (self as num.Int))));
  unary(floatType, '__int__', (self) => num.floatToInt((self as PyFloat).v));
  unary(floatType, '__float__', (self) => self);
  unary(boolType, '__repr__', (self) => builtinRepr(self));

  // Sequences and other containers.
  for (const [t, mutable] of [[strType, false], [listType, true], [tupleType, false], [bytesType, false], [dictType, true], [setType, false], [frozensetType, false], [rangeType, false]] as [PyType, boolean][]) {
    containerWrappers(t, mutable);
    unary(t, '__repr__', (self) => builtinRepr(self));
  }
  unary(strType, '__str__', (self) => self);
  for (const t of [strType, listType, tupleType, bytesType]) {
    install(t, '__add__', 1, 1, (self, [other]) => binaryOp(NB_ADD, self, other), [], true);
    install(t, '__mul__', 1, 1, (self, [n]) => binaryOp(NB_MULTIPLY, self, repeatCount(n)), [], true);
    install(t, '__rmul__', 1, 1, (self, [n]) => binaryOp(NB_MULTIPLY, self, repeatCount(n)), [], true);
    comparisonWrappers(t, sameType(t));
  }
  install(strType, '__mod__', 1, 1, (self, [args]) => binaryOp(NB_REMAINDER, self, args), [], true);
  install(strType, '__rmod__', 1, 1, () => NotImplemented, [], true);
  for (const t of [setType, frozensetType]) {
    binaryWrappers(t, BITWISE.filter(([n]) => n !== 'lshift' && n !== 'rshift').concat([['sub', NB_SUBTRACT]]), isSet);
    comparisonWrappers(t, isSet);
  }
  binaryWrappers(dictType, [['or', NB_OR]], sameType(dictType));
  comparisonWrappers(dictType, sameType(dictType), false);
  comparisonWrappers(rangeType, sameType(rangeType), false);
}

/** sq_repeat's count: anything with __index__, else "'str' object cannot be interpreted as an integer". */
function repeatCount(n: PyValue): PyValue {
  if (!isInt(n)) raise('TypeError', `'${typeOf(n).name}' object cannot be interpreted as an integer`);
  return n;
}
