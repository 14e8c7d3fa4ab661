"""A Forth: a data stack, a dictionary of words (primitives dispatched by a
table of functions built at import time, and colon definitions compiled to
lists of word references), IF/ELSE/THEN and DO/LOOP compiled to branches."""
from typing import Callable

from jitgen.hints import ovfcheck


class ForthError(Exception):
    pass


class Machine:
    stack: list[int]
    rstack: list[int]
    out: list[str]

    def __init__(self) -> None:
        self.stack = []
        self.rstack = []
        self.out = []

    def push(self, v: int) -> None:
        if len(self.stack) >= 64:
            raise ForthError("stack overflow")
        self.stack.append(v)

    def pop(self) -> int:
        if not self.stack:
            raise ForthError("stack underflow")
        return self.stack.pop()


def p_add(m: Machine) -> None:
    b = m.pop()
    m.push(ovfcheck(m.pop() + b))


def p_sub(m: Machine) -> None:
    b = m.pop()
    m.push(ovfcheck(m.pop() - b))


def p_mul(m: Machine) -> None:
    b = m.pop()
    m.push(ovfcheck(m.pop() * b))


def p_divmod(m: Machine) -> None:
    b = m.pop()
    a = m.pop()
    if b == 0:
        raise ForthError("division by zero")
    # Forth's /MOD is floored here, like Python's
    m.push(a % b)
    m.push(a // b)


def p_dup(m: Machine) -> None:
    v = m.pop()
    m.push(v)
    m.push(v)


def p_drop(m: Machine) -> None:
    m.pop()


def p_swap(m: Machine) -> None:
    b = m.pop()
    a = m.pop()
    m.push(b)
    m.push(a)


def p_over(m: Machine) -> None:
    b = m.pop()
    a = m.pop()
    m.push(a)
    m.push(b)
    m.push(a)


def p_rot(m: Machine) -> None:
    c = m.pop()
    b = m.pop()
    a = m.pop()
    m.push(b)
    m.push(c)
    m.push(a)


def p_dot(m: Machine) -> None:
    m.out.append(str(m.pop()) + " ")


def p_emit(m: Machine) -> None:
    m.out.append(chr(m.pop()))


def p_cr(m: Machine) -> None:
    m.out.append("\n")


def p_lt(m: Machine) -> None:
    b = m.pop()
    m.push(-1 if m.pop() < b else 0)


def p_eq(m: Machine) -> None:
    b = m.pop()
    m.push(-1 if m.pop() == b else 0)


def p_i(m: Machine) -> None:
    if not m.rstack:
        raise ForthError("I outside a loop")
    m.push(m.rstack[-2])


PRIMS: dict[str, Callable[[Machine], None]] = {
    "+": p_add, "-": p_sub, "*": p_mul, "/mod": p_divmod, "dup": p_dup, "drop": p_drop,
    "swap": p_swap, "over": p_over, "rot": p_rot, ".": p_dot, "emit": p_emit, "cr": p_cr,
    "<": p_lt, "=": p_eq, "i": p_i,
}

# compiled instruction kinds
LIT = 0
PRIM = 1
CALL = 2
BRANCH0 = 3
BRANCH = 4
DO = 5
LOOP = 6


class Instr:
    kind: int
    arg: int
    name: str

    def __init__(self, kind: int, arg: int, name: str) -> None:
        self.kind = kind
        self.arg = arg
        self.name = name


class Forth:
    m: Machine
    words: dict[str, list[Instr]]

    def __init__(self) -> None:
        self.m = Machine()
        self.words = {}

    def compile(self, toks: list[str]) -> list[Instr]:
        code: list[Instr] = []
        marks: list[int] = []
        for t in toks:
            if t == "if":
                marks.append(len(code))
                code.append(Instr(BRANCH0, -1, t))
            elif t == "else":
                j = marks.pop()
                marks.append(len(code))
                code.append(Instr(BRANCH, -1, t))
                code[j].arg = len(code)
            elif t == "then":
                if not marks:
                    raise ForthError("THEN without IF")
                code[marks.pop()].arg = len(code)
            elif t == "do":
                marks.append(len(code))
                code.append(Instr(DO, 0, t))
            elif t == "loop":
                code.append(Instr(LOOP, marks.pop() + 1, t))
            elif t in self.words:
                code.append(Instr(CALL, 0, t))
            elif t in PRIMS:
                code.append(Instr(PRIM, 0, t))
            else:
                try:
                    code.append(Instr(LIT, int(t), t))
                except ValueError:
                    raise ForthError("unknown word " + repr(t))
        if marks:
            raise ForthError("unterminated control structure")
        return code

    def execute(self, code: list[Instr], depth: int) -> None:
        if depth > 100:
            raise ForthError("return stack overflow")
        m = self.m
        pc = 0
        while pc < len(code):
            ins = code[pc]
            pc += 1
            if ins.kind == LIT:
                m.push(ins.arg)
            elif ins.kind == PRIM:
                PRIMS[ins.name](m)
            elif ins.kind == CALL:
                self.execute(self.words[ins.name], depth + 1)
            elif ins.kind == BRANCH0:
                if m.pop() == 0:
                    pc = ins.arg
            elif ins.kind == BRANCH:
                pc = ins.arg
            elif ins.kind == DO:
                start = m.pop()
                limit = m.pop()
                m.rstack.append(start)
                m.rstack.append(limit)
            elif ins.kind == LOOP:
                limit = m.rstack.pop()
                idx = m.rstack.pop() + 1
                if idx < limit:
                    m.rstack.append(idx)
                    m.rstack.append(limit)
                    pc = ins.arg

    def interpret(self, line: str) -> None:
        toks = line.lower().split()
        i = 0
        while i < len(toks):
            if toks[i] == ":":
                end = toks.index(";", i)
                name = toks[i + 1]
                # compile first, so a failed definition leaves no word
                body = self.compile(toks[i + 2:end])
                self.words[name] = body
                i = end + 1
            else:
                j = i
                while j < len(toks) and toks[j] != ":":
                    j += 1
                self.execute(self.compile(toks[i:j]), 0)
                i = j


LINES = [
    "2 3 + . cr",
    ": square dup * ; : cube dup square * ;",
    "5 square . 3 cube . cr",
    ": fact dup 1 < if drop 1 else dup 1 - fact * then ;",
    "10 fact . 20 fact . cr",
    ": stars 0 do 42 emit loop ; 5 stars cr",
    ": table 4 1 do i dup * . loop cr ; table",
    "-7 2 /mod . . 7 -2 /mod . . cr",
    ": sign dup 0 < if drop -1 else 0 = if 0 else 1 then then ; -5 sign . 0 sign . 9 sign . cr",
    "1 2 3 rot . . . cr",
    "drop drop",
    "1 0 /mod",
    "frobnicate",
    ": broken if 1 ;",
    "broken",
    ": forever forever ; forever",
    "3037000500 dup * .",
    "72 emit 105 emit 33 emit cr",
]


def main(argv: list[str]) -> int:
    f = Forth()
    for line in LINES:
        try:
            f.interpret(line)
        except ForthError as e:
            f.m.out.append("error: " + str(e) + "\n")
            f.m.stack.clear()
            f.m.rstack.clear()
        except OverflowError:
            f.m.out.append("error: overflow\n")
            f.m.stack.clear()
        except ValueError as e:
            f.m.out.append("error: " + str(e) + "\n")
    print("".join(f.m.out), end="")
    print("words:", " ".join(sorted(f.words.keys())), "stack depth", len(f.m.stack))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
