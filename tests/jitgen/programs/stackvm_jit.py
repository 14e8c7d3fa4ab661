"""A stack-machine bytecode interpreter with a JitDriver, the way a language
implementer writes one: code objects with Final fields, a frame, promote on
the code, elidable constant lookup, and a portal loop."""
from typing import Final

from jitgen.hints import JitDriver, promote, elidable, ovfcheck, we_are_jitted

PUSH = 0
LOAD = 1
STORE = 2
ADD = 3
SUB = 4
MUL = 5
LT = 6
JUMP_IF_FALSE = 7
JUMP = 8
PRINT = 9
HALT = 10
CALL = 11
RET = 12
DUP = 13
POP = 14

NAMES = ["PUSH", "LOAD", "STORE", "ADD", "SUB", "MUL", "LT", "JIF", "JUMP",
         "PRINT", "HALT", "CALL", "RET", "DUP", "POP"]


class VMError(Exception):
    pass


class Code:
    name: Final[str]
    ops: Final[list[int]]
    consts: Final[list[int]]
    nlocals: Final[int]
    nargs: Final[int]

    def __init__(self, name: str, ops: list[int], consts: list[int], nlocals: int, nargs: int) -> None:
        self.name = name
        self.ops = ops
        self.consts = consts
        self.nlocals = nlocals
        self.nargs = nargs


class Frame:
    stack: list[int]
    locals_: list[int]
    sp: int

    def __init__(self, code: Code) -> None:
        self.stack = [0] * 32
        self.locals_ = [0] * code.nlocals
        self.sp = 0

    def push(self, v: int) -> None:
        if self.sp >= len(self.stack):
            raise VMError("stack overflow in frame")
        self.stack[self.sp] = v
        self.sp += 1

    def pop(self) -> int:
        if self.sp <= 0:
            raise VMError("stack underflow")
        self.sp -= 1
        return self.stack[self.sp]


class Program:
    codes: list[Code]
    out: list[str]

    def __init__(self) -> None:
        self.codes = []
        self.out = []


@elidable
def const_at(code: Code, i: int) -> int:
    return code.consts[i]


def location(pc: int, code: Code) -> str:
    return code.name + ":" + str(pc) + " " + NAMES[code.ops[pc]]


driver = JitDriver(greens=["pc", "code"], reds=["frame", "prog"],
                   get_printable_location=location)


def run(prog: Program, code: Code, frame: Frame) -> int:
    pc = 0
    while True:
        driver.jit_merge_point(pc=pc, code=code, frame=frame, prog=prog)
        code = promote(code)
        op = code.ops[pc]
        arg = code.ops[pc + 1]
        pc += 2
        if op == PUSH:
            frame.push(const_at(code, arg))
        elif op == LOAD:
            frame.push(frame.locals_[arg])
        elif op == STORE:
            frame.locals_[arg] = frame.pop()
        elif op == ADD:
            b = frame.pop()
            a = frame.pop()
            frame.push(ovfcheck(a + b))
        elif op == SUB:
            b = frame.pop()
            a = frame.pop()
            frame.push(ovfcheck(a - b))
        elif op == MUL:
            b = frame.pop()
            a = frame.pop()
            frame.push(ovfcheck(a * b))
        elif op == LT:
            b = frame.pop()
            a = frame.pop()
            frame.push(1 if a < b else 0)
        elif op == JUMP_IF_FALSE:
            if frame.pop() == 0:
                pc = arg
        elif op == JUMP:
            old = pc
            pc = arg
            if pc < old:
                driver.can_enter_jit(pc=pc, code=code, frame=frame, prog=prog)
        elif op == PRINT:
            prog.out.append(str(frame.pop()))
        elif op == DUP:
            v = frame.pop()
            frame.push(v)
            frame.push(v)
        elif op == POP:
            frame.pop()
        elif op == CALL:
            callee = prog.codes[arg]
            new = Frame(callee)
            i = callee.nargs - 1
            while i >= 0:
                new.locals_[i] = frame.pop()
                i -= 1
            frame.push(run(prog, callee, new))
        elif op == RET:
            return frame.pop()
        elif op == HALT:
            return 0
        else:
            raise VMError("bad opcode " + str(op) + " at " + str(pc - 2))


def assemble(text: str) -> list[int]:
    ops: list[int] = []
    for line in text.split("\n"):
        line = line.strip()
        if line == "" or line.startswith("#"):
            continue
        parts = line.split()
        ops.append(NAMES.index(parts[0]))
        ops.append(int(parts[1]) if len(parts) > 1 else 0)
    return ops


# sum of i*i for i < n, then factorial via CALL
MAIN_SRC = """
PUSH 0
STORE 0
PUSH 0
STORE 1
LOAD 0
PUSH 1
LT
JIF 30
LOAD 1
LOAD 0
DUP
MUL
ADD
STORE 1
LOAD 0
PUSH 2
ADD
STORE 0
JUMP 8
LOAD 1
PRINT
PUSH 3
CALL 1
PRINT
HALT
"""

FACT_SRC = """
LOAD 0
PUSH 0
LT
JIF 10
PUSH 1
RET
LOAD 0
LOAD 0
PUSH 1
SUB
CALL 1
MUL
RET
"""


def fix_jumps(ops: list[int], table: dict[int, int]) -> list[int]:
    # assembler labels are instruction indices; the VM wants op offsets
    res = list(ops)
    i = 0
    while i < len(res):
        if res[i] == JUMP_IF_FALSE or res[i] == JUMP:
            res[i + 1] = table.get(res[i + 1], res[i + 1])
        i += 2
    return res


def main(argv: list[str]) -> int:
    prog = Program()
    n = 1000
    if len(argv) > 1:
        n = int(argv[1])
    main_ops = fix_jumps(assemble(MAIN_SRC), {30: 38, 8: 8})
    main_ops[7 * 2 + 1] = 38
    main_ops[18 * 2 + 1] = 8
    fact_ops = assemble(FACT_SRC)
    fact_ops[3 * 2 + 1] = 12
    # constant 1 of fact is "1", of main: n, 1 and 3
    prog.codes.append(Code("main", main_ops, [0, n, 1, 15], 2, 0))
    prog.codes.append(Code("fact", fact_ops, [2, 1], 1, 1))
    # patch: main PUSH 1 -> consts[1] = n ; PUSH 2 -> step 1 ; PUSH 3 -> 15
    frame = Frame(prog.codes[0])
    try:
        rc = run(prog, prog.codes[0], frame)
    except VMError as e:
        print("vm error:", e)
        return 2
    for line in prog.out:
        print(line)
    print("jitted?", we_are_jitted())
    big = Code("big", assemble("PUSH 0\nDUP\nMUL\nPUSH 0\nMUL\nPRINT\nHALT"), [4611686018427387904], 0, 0)
    try:
        run(prog, big, Frame(big))
    except OverflowError:
        print("overflow caught in vm")
    bad = Code("bad", [99, 0], [], 0, 0)
    try:
        run(prog, bad, Frame(bad))
    except VMError as e:
        print("error:", str(e))
    under = Code("under", assemble("POP\nHALT"), [], 0, 0)
    try:
        run(prog, under, Frame(under))
    except VMError as e:
        print("error:", e)
    return rc


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
