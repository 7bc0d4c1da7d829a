// The numeric semantics of the VM: pure functions over JS values with
// CPython 3.11's results and error messages (raised through errors.raise).
// An int is `Int` (a number iff a safe integer, else a bigint); a float is a
// plain number here (the object model boxes it).
//
// ints:    normInt toBig intAdd intSub intMul intNeg intAbs intCompare
//          intFloorDiv intMod intDivmod intPow intPowMod intTrueDiv
//          intLshift intRshift intAnd intOr intXor intInvert bitLength
// floats:  intToFloat floatToInt compareIntFloat floatTrueDiv floatFloorDiv
//          floatMod floatDivmod floatPow (ComplexResult for negative ** fraction)
// hashing: hashInt hashFloat (from @pyc-ts/bytecode, shared with the compiler)
// round:   roundInt roundFloat roundFloatToInt
// parsing: parseInt parseFloat parseComplex MAX_STR_DIGITS
// text:    intToDecimal (str(int)) intToRadix (hex/oct/bin)
//          formatInt formatFloat formatComplex formatStr parseFormatSpec (format-spec mini-language)
//          formatFloatDigits (e/f/g/r layout of a float's digits)
//          percentInt percentFloat (numeric conversions of str % args)

export * from './int_ops.js';
export * from './float_ops.js';
export { hashInt, hashFloat } from '@pyc-ts/bytecode';
export * from './round.js';
export * from './parse.js';
export * from './radix.js';
export * from './percent.js';
export { formatInt, formatFloat, formatComplex, formatStr, parseFormatSpec, intToDecimal, type FormatSpec } from './format_spec.js';
export { formatFloatDigits } from './float_digits.js';
