"""re: a backtracking regular-expression engine covering the common syntax
(classes, escapes, anchors, groups, named groups, alternation, greedy and
lazy quantifiers, backreferences, IGNORECASE/MULTILINE/DOTALL)."""

IGNORECASE = I = 2
MULTILINE = M = 8
DOTALL = S = 16
VERBOSE = X = 64
ASCII = A = 256


class error(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        Exception.__init__(self, msg if pos is None else "%s at position %d" % (msg, pos))
        self.msg = msg
        self.pattern = pattern
        self.pos = pos


_INLINE_FLAGS = {"i": IGNORECASE, "m": MULTILINE, "s": DOTALL, "x": VERBOSE, "a": ASCII, "u": 0, "L": 0}
_DIGITS = "0123456789"
_SPACE = " \t\n\r\f\v"


def _is_word(c):
    return c.isalnum() or c == "_"


class _Parser:
    def __init__(self, pattern, flags):
        self.p = pattern
        self.i = 0
        self.flags = flags
        self.ngroups = 0
        self.names = {}

    def peek(self):
        return self.p[self.i] if self.i < len(self.p) else ""

    def parse(self):
        node = self.alternation()
        if self.i < len(self.p):
            raise error("unbalanced parenthesis", self.p, self.i)
        return node

    def alternation(self):
        branches = [self.sequence()]
        while self.peek() == "|":
            self.i += 1
            branches.append(self.sequence())
        if len(branches) == 1:
            return branches[0]
        return ("alt", branches)

    def sequence(self):
        items = []
        while self.i < len(self.p) and self.peek() not in "|)":
            atom = self.atom()
            if atom is None:
                continue
            items.append(self.quantifier(atom))
        return ("seq", items)

    def quantifier(self, atom):
        c = self.peek()
        lo = hi = None
        if c == "*":
            lo, hi = 0, -1
            self.i += 1
        elif c == "+":
            lo, hi = 1, -1
            self.i += 1
        elif c == "?":
            lo, hi = 0, 1
            self.i += 1
        elif c == "{":
            j = self.p.find("}", self.i)
            body = self.p[self.i + 1:j] if j > 0 else "x"
            parts = body.split(",")
            ok = len(parts) <= 2 and all(x == "" or x.isdigit() for x in parts) and body != "" and body != ","
            if not ok:
                return atom
            lo = int(parts[0]) if parts[0] else 0
            if len(parts) == 1:
                hi = lo
            else:
                hi = int(parts[1]) if parts[1] else -1
            self.i = j + 1
        else:
            return atom
        lazy = False
        if self.peek() == "?":
            lazy = True
            self.i += 1
        elif self.peek() == "+":
            self.i += 1
        return ("rep", atom, lo, hi, lazy)

    def atom(self):
        c = self.p[self.i]
        self.i += 1
        if c == ".":
            return ("any",)
        if c == "^":
            return ("bol",)
        if c == "$":
            return ("eol",)
        if c == "[":
            return self.char_class()
        if c == "(":
            return self.group()
        if c == "\\":
            return self.escape(False)
        if c in "*+?":
            raise error("nothing to repeat", self.p, self.i - 1)
        if self.flags & VERBOSE:
            if c in " \t\n\r":
                return None
            if c == "#":
                while self.i < len(self.p) and self.p[self.i] != "\n":
                    self.i += 1
                return None
        return ("lit", c)

    def group(self):
        start = self.i - 1  # the "(": where CPython reports an unclosed group
        capture = True
        name = None
        if self.p.startswith("?:", self.i):
            capture = False
            self.i += 2
        elif self.p.startswith("?P<", self.i):
            j = self.p.index(">", self.i)
            name = self.p[self.i + 3:j]
            self.i = j + 1
        elif self.p.startswith("?P=", self.i):
            j = self.p.index(")", self.i)
            ref = self.p[self.i + 3:j]
            self.i = j + 1
            return ("backref", self.names[ref])
        elif self.p.startswith("?=", self.i) or self.p.startswith("?!", self.i):
            neg = self.p[self.i + 1] == "!"
            self.i += 2
            node = self.alternation()
            self.expect_close(start)
            return ("look", node, neg)
        elif self.p.startswith("?<=", self.i) or self.p.startswith("?<!", self.i):
            neg = self.p[self.i + 2] == "!"
            self.i += 3
            node = self.alternation()
            self.expect_close(start)
            return ("lookbehind", node, neg)
        elif self.p.startswith("?", self.i) and self.i + 1 < len(self.p) and self.p[self.i + 1] in _INLINE_FLAGS:
            # global inline flags: (?i), (?ms), ...
            j = self.i + 1
            while j < len(self.p) and self.p[j] in _INLINE_FLAGS:
                self.flags |= _INLINE_FLAGS[self.p[j]]
                j += 1
            if j >= len(self.p) or self.p[j] != ")":
                raise error("missing -, : or )", self.p, j)
            self.i = j + 1
            return None
        elif self.p.startswith("?#", self.i):
            j = self.p.index(")", self.i)
            self.i = j + 1
            return None
        index = 0
        if capture:
            self.ngroups += 1
            index = self.ngroups
            if name is not None:
                self.names[name] = index
        node = self.alternation()
        self.expect_close(start)
        if capture:
            return ("group", index, node)
        return node

    def expect_close(self, start):
        if self.peek() != ")":
            raise error("missing ), unterminated subpattern", self.p, start)
        self.i += 1

    def escape(self, in_class):
        c = self.p[self.i]
        self.i += 1
        if c == "d":
            return ("class", [("cat", "d")], False)
        if c == "D":
            return ("class", [("cat", "d")], True)
        if c == "w":
            return ("class", [("cat", "w")], False)
        if c == "W":
            return ("class", [("cat", "w")], True)
        if c == "s":
            return ("class", [("cat", "s")], False)
        if c == "S":
            return ("class", [("cat", "s")], True)
        if not in_class:
            if c == "b":
                return ("wordb", False)
            if c == "B":
                return ("wordb", True)
            if c == "A":
                return ("bos",)
            if c == "Z":
                return ("eos",)
            if c in "123456789":
                return ("backref", int(c))
        simple = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "0": "\0", "a": "\a"}
        if c in simple:
            return ("lit", simple[c])
        if c == "x":
            code = int(self.p[self.i:self.i + 2], 16)
            self.i += 2
            return ("lit", chr(code))
        if c == "u":
            code = int(self.p[self.i:self.i + 4], 16)
            self.i += 4
            return ("lit", chr(code))
        if c == "b" and in_class:
            return ("lit", "\b")
        return ("lit", c)

    def char_class(self):
        negate = False
        if self.peek() == "^":
            negate = True
            self.i += 1
        items = []
        first = True
        while True:
            if self.i >= len(self.p):
                raise error("unterminated character set", self.p, self.i)
            c = self.p[self.i]
            if c == "]" and not first:
                self.i += 1
                break
            first = False
            self.i += 1
            if c == "\\":
                e = self.escape(True)
                if e[0] == "class":
                    if e[2]:
                        items.append(("notcat", e[1][0][1]))
                    else:
                        items.append(e[1][0])
                    continue
                c = e[1]
            if self.peek() == "-" and self.i + 1 < len(self.p) and self.p[self.i + 1] != "]":
                self.i += 1
                hi = self.p[self.i]
                self.i += 1
                if hi == "\\":
                    hi = self.escape(True)[1]
                items.append(("range", c, hi))
            else:
                items.append(("char", c))
        return ("class", items, negate)


def _cat_match(cat, ch):
    if cat == "d":
        return ch.isdigit()
    if cat == "w":
        return _is_word(ch)
    return ch in _SPACE


def _class_match(items, negate, ch, icase):
    hit = False
    for it in items:
        kind = it[0]
        if kind == "char":
            hit = ch == it[1] or (icase and ch.lower() == it[1].lower())
        elif kind == "range":
            hit = it[1] <= ch <= it[2] or (icase and (it[1] <= ch.lower() <= it[2] or it[1] <= ch.upper() <= it[2]))
        elif kind == "cat":
            hit = _cat_match(it[1], ch)
        else:
            hit = not _cat_match(it[1], ch)
        if hit:
            break
    return hit != negate


class _Matcher:
    def __init__(self, s, flags, ngroups, endpos):
        self.s = s
        self.flags = flags
        self.icase = bool(flags & IGNORECASE)
        self.caps = [None] * (ngroups + 1)
        self.end = endpos
        self.steps = 0

    def m(self, node, pos, k):
        kind = node[0]
        s = self.s
        if kind == "seq":
            return self.seq(node[1], 0, pos, k)
        if kind == "lit":
            if pos < self.end and (s[pos] == node[1] or (self.icase and s[pos].lower() == node[1].lower())):
                return k(pos + 1)
            return -1
        if kind == "any":
            if pos < self.end and (s[pos] != "\n" or self.flags & DOTALL):
                return k(pos + 1)
            return -1
        if kind == "class":
            if pos < self.end and _class_match(node[1], node[2], s[pos], self.icase):
                return k(pos + 1)
            return -1
        if kind == "group":
            idx = node[1]
            old = self.caps[idx]

            def close(p, start=pos):
                saved = self.caps[idx]
                self.caps[idx] = (start, p)
                r = k(p)
                if r < 0:
                    self.caps[idx] = saved
                return r
            r = self.m(node[2], pos, close)
            if r < 0:
                self.caps[idx] = old
            return r
        if kind == "alt":
            for b in node[1]:
                r = self.m(b, pos, k)
                if r >= 0:
                    return r
            return -1
        if kind == "rep":
            return self.rep(node, pos, k, 0)
        if kind == "bol":
            if pos == 0 or (self.flags & MULTILINE and s[pos - 1] == "\n"):
                return k(pos)
            return -1
        if kind == "eol":
            if pos == len(s) or (pos == len(s) - 1 and s[pos] == "\n") or (self.flags & MULTILINE and s[pos] == "\n"):
                return k(pos)
            return -1
        if kind == "bos":
            return k(pos) if pos == 0 else -1
        if kind == "eos":
            return k(pos) if pos == len(s) else -1
        if kind == "wordb":
            a = pos > 0 and _is_word(s[pos - 1])
            b = pos < len(s) and _is_word(s[pos])
            if (a != b) != node[1]:
                return k(pos)
            return -1
        if kind == "backref":
            cap = self.caps[node[1]]
            if cap is None:
                return -1
            text = s[cap[0]:cap[1]]
            if s.startswith(text, pos):
                return k(pos + len(text))
            return -1
        if kind == "look":
            r = self.m(node[1], pos, lambda p: p)
            if (r >= 0) != node[2]:
                return k(pos)
            return -1
        if kind == "lookbehind":
            # some start at or before pos must match ending exactly at pos
            # (CPython only allows fixed widths, so at most one start fits)
            found = False
            j = pos
            while j >= 0 and not found:
                found = self.m(node[1], j, lambda p: p if p == pos else -1) >= 0
                j -= 1
            if found != node[2]:
                return k(pos)
            return -1
        raise error("bad node")

    def seq(self, items, i, pos, k):
        if i == len(items):
            return k(pos)
        return self.m(items[i], pos, lambda p: self.seq(items, i + 1, p, k))

    def rep(self, node, pos, k, count):
        _, atom, lo, hi, lazy = node
        if count < lo:
            return self.m(atom, pos, lambda p: self.rep(node, p, k, count + 1) if p != pos or count + 1 <= lo else -1)
        can_more = hi < 0 or count < hi
        if lazy:
            r = k(pos)
            if r >= 0 or not can_more:
                return r
            return self.m(atom, pos, lambda p: self.rep(node, p, k, count + 1) if p != pos else -1)
        if can_more:
            r = self.m(atom, pos, lambda p: self.rep(node, p, k, count + 1) if p != pos else -1)
            if r >= 0:
                return r
        return k(pos)


class Match:
    def __init__(self, pattern, string, caps, pos, endpos):
        self.re = pattern
        self.string = string
        self._caps = caps
        self.pos = pos
        self.endpos = endpos

    def _index(self, g):
        if isinstance(g, str):
            return self.re.groupindex[g]
        return g

    def group(self, *groups):
        if not groups:
            groups = (0,)
        out = []
        for g in groups:
            cap = self._caps[self._index(g)]
            out.append(None if cap is None else self.string[cap[0]:cap[1]])
        return out[0] if len(out) == 1 else tuple(out)

    def __getitem__(self, g):
        return self.group(g)

    def groups(self, default=None):
        return tuple(default if c is None else self.string[c[0]:c[1]] for c in self._caps[1:])

    def groupdict(self, default=None):
        return {name: self.group(i) if self._caps[i] is not None else default for name, i in self.re.groupindex.items()}

    def start(self, g=0):
        cap = self._caps[self._index(g)]
        return -1 if cap is None else cap[0]

    def end(self, g=0):
        cap = self._caps[self._index(g)]
        return -1 if cap is None else cap[1]

    def span(self, g=0):
        return self.start(g), self.end(g)

    @property
    def lastindex(self):
        best = None
        for i in range(1, len(self._caps)):
            if self._caps[i] is not None:
                best = i
        return best

    def expand(self, template):
        return _expand(self, template)

    def __bool__(self):
        return True

    def __repr__(self):
        return "<re.Match object; span=%r, match=%r>" % (self.span(), self.group())


def _expand(m, template):
    out = []
    i = 0
    while i < len(template):
        c = template[i]
        if c == "\\" and i + 1 < len(template):
            n = template[i + 1]
            if n.isdigit():
                j = i + 1
                while j < len(template) and template[j].isdigit() and j < i + 3:
                    j += 1
                out.append(m.group(int(template[i + 1:j])) or "")
                i = j
                continue
            if n == "g" and template.startswith("<", i + 2):
                j = template.index(">", i)
                ref = template[i + 3:j]
                out.append(m.group(int(ref) if ref.isdigit() else ref) or "")
                i = j + 1
                continue
            out.append({"n": "\n", "t": "\t", "\\": "\\"}.get(n, "\\" + n))
            i += 2
            continue
        out.append(c)
        i += 1
    return "".join(out)


class Pattern:
    def __init__(self, pattern, flags):
        self.pattern = pattern
        self.flags = flags
        p = _Parser(pattern, flags)
        self._node = p.parse()
        self.flags = p.flags
        self.groups = p.ngroups
        self.groupindex = dict(p.names)

    def _match_at(self, string, pos, endpos, full):
        m = _Matcher(string, self.flags, self.groups, endpos)
        if full:
            k = lambda p: p if p == endpos else -1
        else:
            k = lambda p: p
        end = m.m(self._node, pos, k)
        if end < 0:
            return None
        m.caps[0] = (pos, end)
        return Match(self, string, m.caps, pos, endpos)

    def match(self, string, pos=0, endpos=None):
        return self._match_at(string, pos, len(string) if endpos is None else endpos, False)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._match_at(string, pos, len(string) if endpos is None else endpos, True)

    def search(self, string, pos=0, endpos=None):
        endpos = len(string) if endpos is None else endpos
        for start in range(pos, endpos + 1):
            m = self._match_at(string, start, endpos, False)
            if m is not None:
                return m
        return None

    def finditer(self, string, pos=0, endpos=None):
        endpos = len(string) if endpos is None else endpos
        start = pos
        while start <= endpos:
            m = self.search(string, start, endpos)
            if m is None:
                return
            yield m
            e = m.end()
            start = e + 1 if e == m.start() else e

    def findall(self, string, pos=0, endpos=None):
        out = []
        for m in self.finditer(string, pos, endpos):
            if self.groups == 0:
                out.append(m.group())
            elif self.groups == 1:
                out.append(m.group(1) or "")
            else:
                out.append(tuple(g or "" for g in m.groups()))
        return out

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        out = []
        last = 0
        n = 0
        for m in self.finditer(string):
            if count and n >= count:
                break
            out.append(string[last:m.start()])
            out.append(repl(m) if callable(repl) else _expand(m, repl))
            last = m.end()
            n += 1
        out.append(string[last:])
        return "".join(out), n

    def split(self, string, maxsplit=0):
        out = []
        last = 0
        n = 0
        for m in self.finditer(string):
            if maxsplit and n >= maxsplit:
                break
            if m.end() == m.start() and m.start() in (0, len(string)):
                continue
            out.append(string[last:m.start()])
            out.extend(m.groups())
            last = m.end()
            n += 1
        out.append(string[last:])
        return out

    def __repr__(self):
        return "re.compile(%r)" % self.pattern


_cache = {}


def compile(pattern, flags=0):
    if isinstance(pattern, Pattern):
        return pattern
    key = (pattern, flags)
    p = _cache.get(key)
    if p is None:
        p = Pattern(pattern, flags)
        _cache[key] = p
    return p


def match(pattern, string, flags=0):
    return compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return compile(pattern, flags).search(string)


def findall(pattern, string, flags=0):
    return compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return compile(pattern, flags).split(string, maxsplit)


def escape(pattern):
    return "".join("\\" + c if not (c.isalnum() or c == "_") else c for c in pattern)
