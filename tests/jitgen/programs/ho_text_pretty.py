"""A tokenizer and pretty-printer for a small C-like expression language:
a hand-written scanner (isalpha/isalnum/isdigit/isspace, escapes in string
literals, line:col positions), tokens as instances with __repr__ printed
inside lists, a re-indenting printer that normalises spacing around
operators, a keyword/identifier report with anagram groups keyed by
''.join(sorted(word)), and errors that carry their position."""

SOURCE = """\
fn  area(w,h){ let a=w*h ; return a;}
fn greet( name ) {
  let msg = "Hello, \\"" + name+"\\"!\\n" ;   // greeting
  if (len(name)>=10) { return msg+"(long)"; } else {return msg;}
}
fn   main(){ let stop = 3.25e2;let pots=stop-1 ;let tops=[1,2 ,3];
print(greet("Zoë"),area(2,pots),tops);}
"""

KEYWORDS = ("fn", "let", "return", "if", "else")
TWO_CHAR = ("==", "!=", "<=", ">=", "&&", "||")


class LexError(Exception):
    pass


class Token:
    kind: str
    text: str
    line: int
    col: int

    def __init__(self, kind: str, text: str, line: int, col: int) -> None:
        self.kind = kind
        self.text = text
        self.line = line
        self.col = col

    def __repr__(self) -> str:
        return "%s(%r)@%d:%d" % (self.kind, self.text, self.line, self.col)


def tokenize(src: str) -> list[Token]:
    toks: list[Token] = []
    i = 0
    line = 1
    line_start = 0
    n = len(src)
    while i < n:
        c = src[i]
        col = i - line_start + 1
        if c == "\n":
            line += 1
            line_start = i + 1
            i += 1
        elif c.isspace():
            i += 1
        elif src.startswith("//", i):
            j = src.find("\n", i)
            i = n if j < 0 else j
        elif c.isalpha() or c == "_":
            j = i + 1
            while j < n and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            toks.append(Token("kw" if word in KEYWORDS else "id", word, line, col))
            i = j
        elif c.isdigit():
            j = i
            while j < n and (src[j].isdigit() or src[j] in ".eE" or (src[j] in "+-" and src[j - 1] in "eE")):
                j += 1
            text = src[i:j]
            toks.append(Token("float" if "." in text or "e" in text.lower() else "int", text, line, col))
            i = j
        elif c == '"':
            j = i + 1
            buf: list[str] = []
            while True:
                if j >= n or src[j] == "\n":
                    raise LexError(f"{line}:{col}: unterminated string")
                ch = src[j]
                if ch == "\\":
                    esc = src[j + 1]
                    buf.append({"n": "\n", "t": "\t", '"': '"', "\\": "\\"}.get(esc, "\\" + esc))
                    j += 2
                    continue
                if ch == '"':
                    break
                buf.append(ch)
                j += 1
            toks.append(Token("str", "".join(buf), line, col))
            i = j + 1
        elif src[i:i + 2] in TWO_CHAR:
            toks.append(Token("op", src[i:i + 2], line, col))
            i += 2
        elif c in "+-*/=<>!(){}[],;":
            toks.append(Token("op", c, line, col))
            i += 1
        else:
            raise LexError("%d:%d: unexpected character %r (U+%s)" % (line, col, c, hex(ord(c))[2:].upper().zfill(4)))
    return toks


def render(tok: Token) -> str:
    if tok.kind == "str":
        return '"' + tok.text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    if tok.kind == "float":
        return str(float(tok.text))
    return tok.text


def pretty(toks: list[Token]) -> list[str]:
    out: list[str] = []
    depth = 0
    cur = ""
    paren = 0
    for k, t in enumerate(toks):
        s = render(t)
        nxt = toks[k + 1].text if k + 1 < len(toks) else ""
        if s == "}":
            if cur.strip():
                out.append("    " * depth + cur.strip())
            cur = ""
            depth -= 1
            if nxt == "else":
                cur = "} "
            else:
                out.append("    " * depth + "}")
            continue
        if s == "{":
            out.append("    " * depth + (cur + " {").strip())
            cur = ""
            depth += 1
            continue
        if s == ";" and paren == 0:
            out.append("    " * depth + (cur + ";").strip())
            cur = ""
            continue
        if s in ("(", "["):
            paren += 1
            cur = cur.rstrip() + ("" if cur.rstrip().endswith(("if", "return")) is False else " ") + s
            continue
        if s in (")", "]"):
            paren -= 1
            cur = cur.rstrip() + s
            continue
        if s == ",":
            cur = cur.rstrip() + ", "
            continue
        if t.kind == "op":
            cur = cur.rstrip() + " " + s + " "
            continue
        cur += s + " " if nxt not in ("(", "[") or t.kind == "kw" else s
    if cur.strip():
        out.append(cur.strip())
    return out


def main(argv: list[str]) -> int:
    toks = tokenize(SOURCE)
    print(len(toks), "tokens; first six:", toks[:6])
    print("strings:", [t.text for t in toks if t.kind == "str"])
    for line in pretty(toks):
        print(line)
    idents: dict[str, int] = {}
    for t in toks:
        if t.kind in ("id", "kw"):
            idents[t.text] = idents.get(t.text, 0) + 1
    print(sorted(idents.items()))
    groups: dict[str, list[str]] = {}
    for w in sorted(idents):
        groups.setdefault("".join(sorted(w.lower())), []).append(w)
    print([g for g in groups.values() if len(g) > 1], sorted("Zoë", reverse=True), sorted(idents)[-3:])
    for bad in ['let s = "open', "let x = 3 # 4", "let y = a @ b", "let z = 'q'", "λ"]:
        try:
            tokenize(bad)
        except LexError as e:
            print("LexError:", e)
    tokenize("fn ok() {}\nfn bad() { $ }")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
