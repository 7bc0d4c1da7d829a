// The parser's LL(k) lookahead: chevrotain's lookahead paths, decided by a table
// indexed by the next token's type. Chevrotain's own functions try every
// alternative's paths in turn, and where an alternation has gates they also
// collect the gates into a new array on every call; here only the paths that
// begin with the next token are tried. Each function is built on its first use,
// so constructing the parser (every `pyc-ts run`) pays only for the productions
// a program reaches.
import { getLookaheadPaths, LLkLookaheadStrategy, type ILookaheadStrategy, type IOrAlt, type IToken, type TokenType } from 'chevrotain';

type AlternationOptions = Parameters<ILookaheadStrategy['buildLookaheadForAlternation']>[0];
type OptionalOptions = Parameters<ILookaheadStrategy['buildLookaheadForOptional']>[0];

/** What the parser offers lookahead functions (chevrotain's token vector access). */
interface Lookahead {
  LA(k: number): IToken;
}

/** One lookahead path of an alternative, kept with the alternative's index. */
interface Candidate {
  alt: number;
  path: TokenType[];
}

/** The token type indices `t` matches in the first position: itself and, for a category, its members. */
function matchedIndices(t: TokenType): number[] {
  return [t.tokenTypeIdx!, ...((t as { categoryMatches?: number[] }).categoryMatches ?? [])];
}

function matches(token: IToken, t: TokenType): boolean {
  return token.tokenTypeIdx === t.tokenTypeIdx
    || ((t as { categoryMatchesMap?: Record<number, boolean> }).categoryMatchesMap?.[token.tokenTypeIdx] === true);
}

/**
 * Candidates by the index of the next token's type, in chevrotain's order (alternative, then path).
 * An empty path matches whatever comes next, so it is a candidate for every token (`anyToken`).
 */
function firstTokenTable(alts: TokenType[][][]): { byToken: Candidate[][]; anyToken: Candidate[] } {
  const all: { candidate: Candidate; first: Set<number> | null }[] = [];
  const seen = new Set<number>();
  alts.forEach((paths, alt) => {
    for (const path of paths) {
      const first = path.length === 0 ? null : new Set(matchedIndices(path[0]));
      first?.forEach((i) => seen.add(i));
      all.push({ candidate: { alt, path }, first });
    }
  });
  const byToken: Candidate[][] = [];
  for (const i of seen) byToken[i] = all.filter((c) => c.first === null || c.first.has(i)).map((c) => c.candidate);
  return { byToken, anyToken: all.filter((c) => c.first === null).map((c) => c.candidate) };
}

/** Whether the tokens after the next one follow `path` (its first token is known to match). */
function restMatches(parser: Lookahead, path: TokenType[]): boolean {
  for (let i = 1; i < path.length; i++) if (!matches(parser.LA(i + 1), path[i])) return false;
  return true;
}

function alternationLookahead(o: AlternationOptions) {
  const paths = getLookaheadPaths({ occurrence: o.prodOccurrence, rule: o.rule, prodType: 'Alternation', maxLookahead: o.maxLookahead });
  const { byToken, anyToken } = firstTokenTable(paths);
  if (!o.hasPredicates && oneTokenDecides(paths)) {
    // The next token alone names the alternative: the first candidate is it.
    const choice = byToken.map((candidates) => candidates[0].alt);
    return function (this: Lookahead): number | undefined {
      return choice[this.LA(1).tokenTypeIdx];
    };
  }
  return function (this: Lookahead, orAlts?: IOrAlt<unknown>[]): number | undefined {
    const candidates = byToken[this.LA(1).tokenTypeIdx] ?? anyToken;
    // An alternative whose gate is false is skipped whatever its paths, as in chevrotain.
    let gated = -1;
    let open = true;
    for (let k = 0; k < candidates.length; k++) {
      const { alt, path } = candidates[k];
      if (alt !== gated) {
        gated = alt;
        const gate = orAlts?.[alt].GATE;
        open = gate === undefined || gate.call(this) !== false;
      }
      if (open && restMatches(this, path)) return alt;
    }
    return undefined;
  };
}

function optionalLookahead(o: OptionalOptions) {
  // The paths into the production come first; the second set is what may follow it instead.
  const [inside] = getLookaheadPaths({ occurrence: o.prodOccurrence, rule: o.rule, prodType: o.prodType, maxLookahead: o.maxLookahead });
  const { byToken, anyToken } = firstTokenTable([inside]);
  if (oneTokenDecides([inside])) {
    const enters = byToken.map(() => true);
    return function (this: Lookahead): boolean {
      return enters[this.LA(1).tokenTypeIdx] === true;
    };
  }
  return function (this: Lookahead): boolean {
    const candidates = byToken[this.LA(1).tokenTypeIdx] ?? anyToken;
    for (let k = 0; k < candidates.length; k++) if (restMatches(this, candidates[k].path)) return true;
    return false;
  };
}

/** Whether every path is a single token, so that the next token alone decides. */
function oneTokenDecides(alts: TokenType[][][]): boolean {
  return alts.every((paths) => paths.every((path) => path.length === 1));
}

export class TableLookahead extends LLkLookaheadStrategy {
  override buildLookaheadForAlternation(o: AlternationOptions) {
    let f: ReturnType<typeof alternationLookahead> | undefined;
    return function (this: Lookahead, alts?: IOrAlt<unknown>[]) {
      return (f ??= alternationLookahead(o)).call(this, alts);
    };
  }

  override buildLookaheadForOptional(o: OptionalOptions) {
    let f: ReturnType<typeof optionalLookahead> | undefined;
    return function (this: Lookahead) {
      return (f ??= optionalLookahead(o)).call(this);
    };
  }
}
