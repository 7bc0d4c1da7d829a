// The native modules, registered by loading their files.

import './builtins.js';
import './sys.js';
import './math.js';
import './_codecs.js';
