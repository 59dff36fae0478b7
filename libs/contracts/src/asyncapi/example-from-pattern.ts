/**
 * A string matching a JSON Schema `pattern`, for generated examples: literals as written,
 * `\d`, `\w` and character classes by their members in turn (so `[RIASEC]{3}` gives "RIA",
 * distinct letters), groups by their first alternative, quantifiers at their minimum (at
 * least one for `+`), lookarounds ignored, backreferences repeated. Enough for the codes and
 * ISO forms contracts use; the caller validates the result, and a schema whose pattern this
 * cannot satisfy needs a hand-written example.
 */
export function exampleFromPattern(pattern: string): string {
  const parser = new PatternParser(pattern);
  return parser.generate();
}

const DIGITS = '0123456789';
const WORD = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_';
const PRINTABLE = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-_.';

type Sequence = { atom: Atom; min: number }[];
type Atom =
  | { kind: 'chars'; members: string }
  | { kind: 'group'; sequences: Sequence[]; index?: number }
  | { kind: 'backref'; index: number }
  | { kind: 'empty' };

class PatternParser {
  private pos = 0;
  private groups = 0;
  private readonly captured = new Map<number, string>();

  constructor(private readonly source: string) {}

  generate(): string {
    const alternatives = this.alternatives();
    if (this.pos < this.source.length) throw new Error(`unsupported pattern near position ${this.pos}: ${this.source}`);
    return this.emitSequence(alternatives[0]);
  }

  /** Sequence (`|` Sequence)*, until `)` or the end. */
  private alternatives(): Sequence[] {
    const result: Sequence[] = [[]];
    while (this.pos < this.source.length && this.source[this.pos] !== ')') {
      if (this.source[this.pos] === '|') {
        this.pos++;
        result.push([]);
        continue;
      }
      const atom = this.atom();
      result[result.length - 1].push({ atom, min: this.quantifier() });
    }
    return result;
  }

  private atom(): Atom {
    const c = this.source[this.pos++];
    switch (c) {
      case '^':
      case '$':
        return { kind: 'empty' };
      case '.':
        return { kind: 'chars', members: PRINTABLE };
      case '[':
        return { kind: 'chars', members: this.charClass() };
      case '\\':
        return this.escape();
      case '(':
        return this.group();
      default:
        return { kind: 'chars', members: c };
    }
  }

  private group(): Atom {
    let capturing = true;
    let lookaround = false;
    if (this.source[this.pos] === '?') {
      const kind = this.source.slice(this.pos, this.pos + 3);
      capturing = false;
      lookaround = /^\?(=|!|<=|<!)/.test(kind);
      this.pos += kind.startsWith('?<') && lookaround ? 3 : 2;
    }
    const index = capturing ? ++this.groups : undefined;
    const parts = this.alternatives();
    if (this.source[this.pos++] !== ')') throw new Error(`unclosed group in pattern: ${this.source}`);
    // A lookaround asserts without consuming: the rotation of class members usually satisfies it.
    if (lookaround) return { kind: 'empty' };
    return { kind: 'group', sequences: parts, index };
  }

  private escape(): Atom {
    const c = this.source[this.pos++];
    if (c === 'd') return { kind: 'chars', members: DIGITS };
    if (c === 'w') return { kind: 'chars', members: WORD };
    if (c === 's') return { kind: 'chars', members: ' ' };
    if (/[1-9]/.test(c)) return { kind: 'backref', index: Number(c) };
    return { kind: 'chars', members: c };
  }

  /** The members of `[...]` (after the `[`), ranges expanded; a negated class picks outside it. */
  private charClass(): string {
    const negated = this.source[this.pos] === '^';
    if (negated) this.pos++;
    let members = '';
    while (this.pos < this.source.length && this.source[this.pos] !== ']') {
      const c = this.source[this.pos++];
      if (c === '\\') {
        const e = this.source[this.pos++];
        members += e === 'd' ? DIGITS : e === 'w' ? WORD : e === 's' ? ' ' : e;
        continue;
      }
      if (this.source[this.pos] === '-' && this.source[this.pos + 1] !== ']' && this.pos + 1 < this.source.length) {
        const end = this.source[this.pos + 1];
        this.pos += 2;
        for (let code = c.charCodeAt(0); code <= end.charCodeAt(0); code++) members += String.fromCharCode(code);
        continue;
      }
      members += c;
    }
    this.pos++; // ]
    return negated ? [...PRINTABLE].filter((ch) => !members.includes(ch)).join('') : members;
  }

  /** The minimum repetitions of the atom just read (`+` as 1). */
  private quantifier(): number {
    const c = this.source[this.pos];
    let min = 1;
    if (c === '?' || c === '*') {
      this.pos++;
      min = 0;
    } else if (c === '+') {
      this.pos++;
    } else if (c === '{') {
      const match = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.pos));
      if (!match) return 1;
      this.pos += match[0].length;
      min = Number(match[1]);
    } else return 1;
    if (this.source[this.pos] === '?') this.pos++; // lazy: same minimum
    return min;
  }

  private emitSequence(sequence: Sequence): string {
    return sequence.map(({ atom, min }) => this.emit(atom, min)).join('');
  }

  private emit(atom: Atom, count: number): string {
    let out = '';
    for (let i = 0; i < count; i++) {
      if (atom.kind === 'chars') out += atom.members[i % atom.members.length] ?? '';
      else if (atom.kind === 'backref') out += this.captured.get(atom.index) ?? '';
      else if (atom.kind === 'group') {
        const text = this.emitSequence(atom.sequences[0]);
        if (atom.index !== undefined) this.captured.set(atom.index, text);
        out += text;
      }
    }
    return out;
  }
}
