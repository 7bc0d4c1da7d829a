// Unicode character names as CPython's unicodedata module knows them (Modules/unicodedata.c):
// lookupUnicodeName for "\N{...}" escapes, unicodeName for the namereplace error handler.
import {
  ALIASES, ALIAS_CODEPOINTS, CODEPOINTS, NAMED_SEQUENCES, NAMES, UNIFIED_IDEOGRAPHS, WORDS,
} from './unicodenames_data.js';

// Hangul syllables are named after their jamo (Unicode chapter 3.12).
const HANGUL_PREFIX = 'HANGUL SYLLABLE ';
const S_BASE = 0xac00;
const JAMO_L = 'G GG N D DD R M B BB S SS  J JJ C K T P H'.split(' ');
const JAMO_V = 'A AE YA YAE EO E YEO YE O WA WAE OE YO U WEO WE WI YU EU YI I'.split(' ');
const JAMO_T = ' G GG GS N NJ NH D L LG LM LB LS LT LP LH M B BS S SS NG J C K T P H'.split(' ');
const S_COUNT = JAMO_L.length * JAMO_V.length * JAMO_T.length;

const UNIFIED_PREFIX = 'CJK UNIFIED IDEOGRAPH-';

// CPython gives aliases and named sequences private-use code points of plane 15, and its
// namereplace handler names those code points after them.
const ALIASES_START = 0xf0000;
const NAMED_SEQUENCES_START = 0xf0200;

interface NameTable {
  codePoints: Int32Array; // ascending
  names: string[]; // compact: one char per word
  words: string[];
  byName: Map<string, number>; // also the aliases
  aliases: string[];
  sequences: string[];
}
let table: NameTable | null = null;

/** The generated table, decoded on first use. */
function nameTable(): NameTable {
  if (table !== null) return table;
  const words = WORDS.split(' ');
  const names = NAMES.split(' ');
  const deltas = CODEPOINTS.split(',');
  const codePoints = new Int32Array(names.length);
  const byName = new Map<string, number>();
  let cp = -1;
  for (let i = 0; i < names.length; i++) {
    cp += parseInt(deltas[i], 16);
    codePoints[i] = cp;
    byName.set(expand(names[i], words), cp);
  }
  const aliases = ALIASES.split(',');
  const aliasCodePoints = ALIAS_CODEPOINTS.split(',');
  for (let i = 0; i < aliases.length; i++) byName.set(aliases[i], parseInt(aliasCodePoints[i], 16));
  table = { codePoints, names, words, byName, aliases, sequences: NAMED_SEQUENCES.split(',') };
  return table;
}

function expand(compact: string, words: string[]): string {
  let name = '';
  for (let j = 0; j < compact.length; j++) name += (j ? ' ' : '') + words[compact.charCodeAt(j) - 0x100];
  return name;
}

function isUnifiedIdeograph(cp: number): boolean {
  for (let i = 0; i < UNIFIED_IDEOGRAPHS.length; i += 2) {
    if (cp >= UNIFIED_IDEOGRAPHS[i] && cp <= UNIFIED_IDEOGRAPHS[i + 1]) return true;
  }
  return false;
}

/**
 * The name of code point `cp`, or undefined (as unicodedata.c's _getucname with aliases and
 * named sequences, which is what namereplace asks for).
 */
export function unicodeName(cp: number): string | undefined {
  if (cp >= S_BASE && cp < S_BASE + S_COUNT) {
    const s = cp - S_BASE;
    const t = s % JAMO_T.length;
    const v = ((s - t) / JAMO_T.length) % JAMO_V.length;
    const l = Math.floor(s / (JAMO_T.length * JAMO_V.length));
    return HANGUL_PREFIX + JAMO_L[l] + JAMO_V[v] + JAMO_T[t];
  }
  if (isUnifiedIdeograph(cp)) return UNIFIED_PREFIX + cp.toString(16).toUpperCase();
  const t = nameTable();
  if (cp >= ALIASES_START && cp < ALIASES_START + t.aliases.length) return t.aliases[cp - ALIASES_START];
  if (cp >= NAMED_SEQUENCES_START && cp < NAMED_SEQUENCES_START + t.sequences.length) {
    return t.sequences[cp - NAMED_SEQUENCES_START];
  }
  let lo = 0;
  let hi = t.codePoints.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (t.codePoints[mid] < cp) lo = mid + 1;
    else if (t.codePoints[mid] > cp) hi = mid - 1;
    else return expand(t.names[mid], t.words);
  }
  return undefined;
}

/**
 * The code point named `name`, or undefined, as "\N{...}" looks it up (unicodedata.c's _getcode
 * without named sequences): names and aliases match ignoring ASCII case; the names made by rule
 * only in upper case, with upper-case hex digits.
 */
export function lookupUnicodeName(name: string): number | undefined {
  if (name.startsWith(HANGUL_PREFIX)) return hangulSyllable(name, HANGUL_PREFIX.length);
  if (name.startsWith(UNIFIED_PREFIX)) {
    const hex = name.slice(UNIFIED_PREFIX.length);
    if (!/^[0-9A-F]{4,5}$/.test(hex)) return undefined;
    const cp = parseInt(hex, 16);
    return isUnifiedIdeograph(cp) ? cp : undefined;
  }
  return nameTable().byName.get(name.replace(/[a-z]+/g, (s) => s.toUpperCase()));
}

/** The syllable named from `pos` on, each jamo the longest that matches there (find_syllable). */
function hangulSyllable(name: string, pos: number): number | undefined {
  const parts: number[] = [];
  for (const jamo of [JAMO_L, JAMO_V, JAMO_T]) {
    let best = -1;
    let length = -1;
    for (let i = 0; i < jamo.length; i++) {
      if (jamo[i].length > length && name.startsWith(jamo[i], pos)) {
        best = i;
        length = jamo[i].length;
      }
    }
    if (best < 0) return undefined;
    parts.push(best);
    pos += length;
  }
  if (pos !== name.length) return undefined;
  return S_BASE + (parts[0] * JAMO_V.length + parts[1]) * JAMO_T.length + parts[2];
}
