"""A register VM whose frame is virtualizable, with a promoted instruction table."""
from typing import Final

from jitgen.hints import JitDriver, elidable, unroll_safe, we_are_jitted

# Instruction format: (opcode, a, b, c) packed into a list of ints.
OP_LOADI = 0     # r[a] = b
OP_ADD = 1       # r[a] = r[b] + r[c]
OP_SUB = 2       # r[a] = r[b] - r[c]
OP_MUL = 3       # r[a] = r[b] * r[c]
OP_JLT = 4       # if r[a] < r[b]: pc = c
OP_JMP = 5       # pc = a
OP_HALT = 6      # return r[a]
OP_MOD = 7       # r[a] = r[b] % r[c]
OP_JNZ = 8       # if r[a] != 0: pc = b


class Function:
    name: Final[str]
    code: Final[list[int]]
    nregs: Final[int]

    def __init__(self, name: str, code: list[int], nregs: int) -> None:
        self.name = name
        self.code = code
        self.nregs = nregs


class Frame:
    _virtualizable_ = ["regs[*]", "pc"]
    regs: list[int]
    pc: int

    def __init__(self, nregs: int) -> None:
        self.regs = [0] * nregs
        self.pc = 0


def printable(pc: int, fn: Function) -> str:
    return fn.name + "@" + str(pc)


driver = JitDriver(greens=["pc", "fn"], reds=["frame"], virtualizables=["frame"],
                   get_printable_location=printable)


@elidable
def fetch(fn: Function, pc: int, k: int) -> int:
    return fn.code[pc * 4 + k]


@unroll_safe
def clear(frame: Frame) -> None:
    for i in range(len(frame.regs)):
        frame.regs[i] = 0


def execute(fn: Function, args: list[int]) -> int:
    frame = Frame(fn.nregs)
    clear(frame)
    for i in range(len(args)):
        frame.regs[i] = args[i]
    pc = 0
    while True:
        driver.jit_merge_point(pc=pc, fn=fn, frame=frame)
        op = fetch(fn, pc, 0)
        a = fetch(fn, pc, 1)
        b = fetch(fn, pc, 2)
        c = fetch(fn, pc, 3)
        pc += 1
        r = frame.regs
        if op == OP_LOADI:
            r[a] = b
        elif op == OP_ADD:
            r[a] = r[b] + r[c]
        elif op == OP_SUB:
            r[a] = r[b] - r[c]
        elif op == OP_MUL:
            r[a] = r[b] * r[c]
        elif op == OP_MOD:
            r[a] = r[b] % r[c]
        elif op == OP_JLT:
            if r[a] < r[b]:
                if c < pc:
                    driver.can_enter_jit(pc=c, fn=fn, frame=frame)
                pc = c
        elif op == OP_JNZ:
            if r[a] != 0:
                if b < pc:
                    driver.can_enter_jit(pc=b, fn=fn, frame=frame)
                pc = b
        elif op == OP_JMP:
            pc = a
        elif op == OP_HALT:
            frame.pc = pc
            return r[a]
        else:
            raise ValueError("bad opcode " + str(op) + " at " + printable(pc - 1, fn))


def assemble(name: str, rows: list[tuple[int, int, int, int]], nregs: int) -> Function:
    code: list[int] = []
    for op, a, b, c in rows:
        code += [op, a, b, c]
    return Function(name, code, nregs)


# sum of i*i for i < n:  r0 = n, r1 = i, r2 = acc, r3 = tmp, r4 = one
SUM_SQUARES = assemble("sumsq", [
    (OP_LOADI, 1, 0, 0), (OP_LOADI, 2, 0, 0), (OP_LOADI, 4, 1, 0),
    (OP_JLT, 1, 0, 5), (OP_HALT, 2, 0, 0),
    (OP_MUL, 3, 1, 1), (OP_ADD, 2, 2, 3), (OP_ADD, 1, 1, 4), (OP_JMP, 3, 0, 0),
], 5)

# gcd(r0, r1) by Euclid
GCD = assemble("gcd", [
    (OP_JNZ, 1, 2, 0), (OP_HALT, 0, 0, 0),
    (OP_MOD, 2, 0, 1), (OP_ADD, 0, 1, 3), (OP_ADD, 1, 2, 3), (OP_JMP, 0, 0, 0),
], 4)

BROKEN = assemble("broken", [(OP_LOADI, 0, 1, 0), (99, 0, 0, 0)], 1)


def main(argv: list[str]) -> int:
    print(execute(SUM_SQUARES, [10]), execute(SUM_SQUARES, [300]), execute(SUM_SQUARES, [0]))
    print(execute(GCD, [1071, 462]), execute(GCD, [17, 5]), execute(GCD, [0, 9]))
    try:
        execute(BROKEN, [])
    except ValueError as e:
        print(str(e))
    print(we_are_jitted())
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
