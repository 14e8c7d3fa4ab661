"""Char-level string work, the kind a compiler's front end does.

An LCG generates a deterministic source text in a small expression language,
one "file" of 200 lines at a time.  A scanner reads it character by
character into tokens (identifiers, keywords, decimal/hex/float numbers,
operators, string literals with escapes, comments), counts token kinds and
operators in dicts keyed by str, interns identifiers in a symbol table, and
builds a normalised text with a StringBuilder (identifiers renamed to
v<id>, numbers in decimal, strings re-quoted, comments dropped).  The
checksum of the normalised text is printed.  argv[1] is the number of lines.
"""
from jitgen.hints import StringBuilder

LINES_PER_FILE = 200
SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "ta", "zo", "pe", "qu", "xi"]
WORDS = ["alpha", "beta", "gamma", "delta", "omega", "sigma", "tau", "phi"]
BINOPS = ["+", "-", "*", "/", "%", "==", "!=", "<", "<=", ">", ">=", "**", "&&", "||"]
HEXDIGITS = "0123456789abcdef"
KEYWORDS = {"let": 0, "if": 1, "then": 2, "end": 3, "while": 4, "do": 5, "print": 6, "fn": 7, "return": 8}


class Rng:
    seed: int

    def __init__(self, seed: int) -> None:
        self.seed = seed

    def next(self, n: int) -> int:
        self.seed = (self.seed * 1103515245 + 12345) % 2147483648
        return (self.seed >> 8) % n


# ---- the generator -------------------------------------------------------

def gen_ident(r: Rng, b: StringBuilder) -> None:
    b.append(SYLLABLES[r.next(10)])
    b.append(SYLLABLES[r.next(10)])
    k = r.next(4)
    if k == 0:
        b.append("_")
        b.append(str(r.next(50)))
    elif k == 1:
        b.append(SYLLABLES[r.next(10)])


def gen_number(r: Rng, b: StringBuilder) -> None:
    k = r.next(6)
    if k < 2:
        b.append(str(r.next(100000)))
    elif k == 2:
        b.append("00")                      # leading zeros: normalised away
        b.append(str(r.next(1000)))
    elif k == 3:
        b.append("0x")
        for _ in range(1 + r.next(6)):
            b.append(HEXDIGITS[r.next(16)])
    elif k == 4:
        b.append(str(r.next(1000)))
        b.append(".")
        b.append(str(r.next(1000)))
    else:
        b.append(str(r.next(100)))
        b.append(".")
        b.append(str(r.next(10)))
        b.append("e-" if r.next(2) == 0 else "e")
        b.append(str(r.next(20)))


def gen_string(r: Rng, b: StringBuilder) -> None:
    b.append('"')
    for i in range(1 + r.next(4)):
        if i > 0:
            b.append(" ")
        k = r.next(8)
        if k == 0:
            b.append("\\n")
        elif k == 1:
            b.append("\\t")
        elif k == 2:
            b.append('\\"')
        elif k == 3:
            b.append("\\\\")
        elif k == 4:
            b.append("it's")
        else:
            b.append(WORDS[r.next(8)])
    b.append('"')


def gen_term(r: Rng, b: StringBuilder, depth: int) -> None:
    k = r.next(10)
    if k < 4:
        gen_ident(r, b)
    elif k < 7:
        gen_number(r, b)
    elif k == 7 and depth < 3:
        b.append("(")
        gen_expr(r, b, depth + 1)
        b.append(")")
    elif k == 8 and depth < 3:
        gen_ident(r, b)
        b.append("(")
        gen_expr(r, b, depth + 1)
        if r.next(2) == 0:
            b.append(", ")
            gen_expr(r, b, depth + 1)
        b.append(")")
    else:
        gen_string(r, b)


def gen_expr(r: Rng, b: StringBuilder, depth: int) -> None:
    gen_term(r, b, depth)
    for _ in range(r.next(4)):
        tight = r.next(3) == 0
        if not tight:
            b.append(" ")
        b.append(BINOPS[r.next(14)])
        if not tight:
            b.append(" ")
        gen_term(r, b, depth)


def gen_line(r: Rng, b: StringBuilder) -> None:
    indent = r.next(4)
    if indent == 3:
        b.append("\t")
    else:
        b.append_multiple_char(" ", indent * 4)
    k = r.next(6)
    if k == 0:
        b.append("let ")
        gen_ident(r, b)
        b.append(" = ")
        gen_expr(r, b, 0)
        b.append(";")
    elif k == 1:
        b.append("print(")
        gen_expr(r, b, 0)
        b.append(");")
    elif k == 2:
        b.append("if ")
        gen_expr(r, b, 0)
        b.append(" then ")
        gen_ident(r, b)
        b.append(" := ")
        gen_expr(r, b, 0)
        b.append("; end")
    elif k == 3:
        b.append("while ")
        gen_expr(r, b, 0)
        b.append(" do ")
        gen_ident(r, b)
        b.append(" := ")
        gen_ident(r, b)
        b.append(" + 1; end")
    elif k == 4:
        b.append("fn ")
        gen_ident(r, b)
        b.append("(")
        gen_ident(r, b)
        b.append(", ")
        gen_ident(r, b)
        b.append(") -> ")
        gen_expr(r, b, 0)
        b.append(";")
    else:
        b.append("return ")
        gen_expr(r, b, 0)
        b.append(";")
    if r.next(4) == 0:
        b.append("  # ")
        b.append(WORDS[r.next(8)])
        b.append(" ")
        b.append(WORDS[r.next(8)])
    b.append("\n")


def gen_file(r: Rng, lines: int) -> str:
    b = StringBuilder()
    for _ in range(lines):
        gen_line(r, b)
    return b.build()


# ---- the scanner ---------------------------------------------------------

class Stats:
    kinds: dict[str, int]           # token kind -> count, in first-seen order
    ops: dict[str, int]             # operator text -> count
    ids: dict[str, int]             # the symbol table: name -> id
    names: list[str]                # id -> the interned name
    uses: list[int]                 # id -> occurrences
    string_chars: int               # decoded characters in string literals
    comment_chars: int

    def __init__(self) -> None:
        self.kinds = {}
        self.ops = {}
        self.ids = {}
        self.names = []
        self.uses = []
        self.string_chars = 0
        self.comment_chars = 0

    def count(self, kind: str) -> None:
        self.kinds[kind] = self.kinds.get(kind, 0) + 1

    def op(self, text: str) -> None:
        self.kinds["op"] = self.kinds.get("op", 0) + 1
        self.ops[text] = self.ops.get(text, 0) + 1

    def intern(self, name: str) -> int:
        i = self.ids.get(name, -1)
        if i < 0:
            i = len(self.names)
            self.ids[name] = i
            self.names.append(name)
            self.uses.append(0)
        self.uses[i] += 1
        return i


class ScanError(Exception):
    pass


def is_ident_start(c: str) -> bool:
    return ("a" <= c <= "z") or ("A" <= c <= "Z") or c == "_"


def is_ident_char(c: str) -> bool:
    return ("a" <= c <= "z") or ("A" <= c <= "Z") or ("0" <= c <= "9") or c == "_"


def is_digit(c: str) -> bool:
    return "0" <= c <= "9"


def hex_value(c: str) -> int:
    if "0" <= c <= "9":
        return ord(c) - 48
    if "a" <= c <= "f":
        return ord(c) - 87
    if "A" <= c <= "F":
        return ord(c) - 55
    return -1


def scan(src: str, st: Stats) -> str:
    out = StringBuilder(len(src))
    n = len(src)
    i = 0
    line_start = True                       # no separator before the first token of a line
    while i < n:
        c = src[i]
        if c == " " or c == "\t":
            i += 1
            continue
        if c == "\n":
            st.count("newline")
            out.append("\n")
            line_start = True
            i += 1
            continue
        if c == "#":                        # a comment runs to the end of the line
            start = i
            while i < n and src[i] != "\n":
                i += 1
            st.count("comment")
            st.comment_chars += i - start
            continue
        if not line_start:
            out.append(" ")
        line_start = False
        if is_ident_start(c):
            start = i
            i += 1
            while i < n and is_ident_char(src[i]):
                i += 1
            word = src[start:i]
            if word in KEYWORDS:
                st.count("keyword")
                out.append(word)
            else:
                st.count("ident")
                out.append("v")
                out.append(str(st.intern(word)))
        elif is_digit(c):
            start = i
            if c == "0" and i + 1 < n and (src[i + 1] == "x" or src[i + 1] == "X"):
                i += 2
                value = 0
                while i < n and hex_value(src[i]) >= 0:
                    value = value * 16 + hex_value(src[i])
                    i += 1
                st.count("int")
                out.append(str(value))
                continue
            value = 0
            while i < n and is_digit(src[i]):
                value = value * 10 + (ord(src[i]) - 48)
                i += 1
            if i + 1 < n and src[i] == "." and is_digit(src[i + 1]):
                i += 1
                while i < n and is_digit(src[i]):
                    i += 1
                if i < n and (src[i] == "e" or src[i] == "E"):
                    i += 1
                    if i < n and (src[i] == "-" or src[i] == "+"):
                        i += 1
                    while i < n and is_digit(src[i]):
                        i += 1
                st.count("float")
                out.append_slice(src, start, i)
            else:
                st.count("int")
                out.append(str(value))
        elif c == '"':
            i = scan_string(src, i, st, out)
        else:
            i = scan_operator(src, i, st, out)
    return out.build()


def scan_string(src: str, i: int, st: Stats, out: StringBuilder) -> int:
    """Decodes the literal that starts at src[i] and writes it re-quoted
    with single quotes; returns the index after it."""
    n = len(src)
    value = StringBuilder()
    i += 1
    while True:
        if i >= n or src[i] == "\n":
            raise ScanError("unterminated string")
        c = src[i]
        if c == '"':
            i += 1
            break
        if c == "\\":
            i += 1
            if i >= n:
                raise ScanError("unterminated string")
            e = src[i]
            if e == "n":
                value.append("\n")
            elif e == "t":
                value.append("\t")
            elif e == '"' or e == "\\":
                value.append(e)
            else:
                raise ScanError("bad escape")
        else:
            value.append(c)
        i += 1
    s = value.build()
    st.count("string")
    st.string_chars += len(s)
    out.append("'")
    for ch in s:
        if ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "'" or ch == "\\":
            out.append("\\")
            out.append(ch)
        else:
            out.append(ch)
    out.append("'")
    return i


def scan_operator(src: str, i: int, st: Stats, out: StringBuilder) -> int:
    c = src[i]
    nxt = src[i + 1] if i + 1 < len(src) else ""
    text = ""
    if nxt == "=" and (c == "=" or c == "!" or c == "<" or c == ">" or c == ":"):
        text = c + "="
    elif c == "*" and nxt == "*":
        text = "**"
    elif c == "-" and nxt == ">":
        text = "->"
    elif c == "&" and nxt == "&":
        text = "&&"
    elif c == "|" and nxt == "|":
        text = "||"
    elif c in "+-*/%<>=(),;":
        text = c
    else:
        raise ScanError("unexpected character " + c)
    st.op(text)
    out.append(text)
    return i + len(text)


def checksum(s: str, h: int) -> int:
    for c in s:
        h = (h * 31 + ord(c)) & 0xFFFFFFFFFFFF        # 48 bits: no overflow
    return h


def main(argv: list[str]) -> int:
    lines = int(argv[1]) if len(argv) > 1 else 1000
    r = Rng(2024)
    st = Stats()
    h = 0
    src_chars = 0
    out_chars = 0
    first = ""
    last = ""
    done = 0
    while done < lines:
        k = min(LINES_PER_FILE, lines - done)
        src = gen_file(r, k)
        out = scan(src, st)
        h = checksum(out, h)
        src_chars += len(src)
        out_chars += len(out)
        if done == 0:
            first = out[:out.find("\n")]
        body = out[:len(out) - 1]
        last = body[body.rfind("\n") + 1:]
        done += k
    print("lines", lines, "source chars", src_chars, "output chars", out_chars, "checksum", h)
    for kind in st.kinds:
        print("kind", kind, st.kinds[kind])
    for op in st.ops:
        print("op", op, st.ops[op])
    best = 0
    for i in range(len(st.uses)):
        if st.uses[i] > st.uses[best]:
            best = i
    print("identifiers", len(st.names), "most used", st.names[best], st.uses[best])
    print("string chars", st.string_chars, "comment chars", st.comment_chars)
    print("first:", first)
    print("last:", last)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
