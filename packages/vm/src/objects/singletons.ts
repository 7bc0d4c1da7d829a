// The singletons that are not JS primitives: NotImplemented and Ellipsis (None is null).
// Their types' behaviour is declared in builtins/singletons.ts.

import { PyObject, bootstrapType } from './object.js';

export const notImplementedType = bootstrapType('NotImplementedType');
export const ellipsisType = bootstrapType('ellipsis');

export const NotImplemented = new PyObject(notImplementedType);
export const Ellipsis = new PyObject(ellipsisType);
