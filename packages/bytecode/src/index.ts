export * from './code.js';
export * from './opcodes.js';
