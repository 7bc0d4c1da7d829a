export * from './ast.js';
export * from './parser.js';
export * from './astdump.js';
export * from './syntaxerror.js';
export * from './compile.js';
export * from './limiterrors.js';
