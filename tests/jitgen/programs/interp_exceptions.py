"""A stack VM with user-level exceptions: a block stack per frame, unwinding
across frames, and host errors (division by zero) turned into VM errors."""
from typing import Final

from jitgen.hints import JitDriver, promote, elidable

PUSH, LOAD, STORE, ADD, SUB, DIV, LT, JMP, JIF, CALL, RET, RAISE, SETUP, POPBLOCK, PRINT, POP = range(16)
NAMES = ["PUSH", "LOAD", "STORE", "ADD", "SUB", "DIV", "LT", "JMP", "JIF", "CALL", "RET",
         "RAISE", "SETUP", "POPBLOCK", "PRINT", "POP"]


class W_Value:
    def repr(self) -> str:
        return "?"


class W_Int(W_Value):
    v: Final[int]

    def __init__(self, v: int) -> None:
        self.v = v

    def repr(self) -> str:
        return str(self.v)


class W_Error(W_Value):
    kind: Final[str]
    payload: Final[int]

    def __init__(self, kind: str, payload: int) -> None:
        self.kind = kind
        self.payload = payload

    def repr(self) -> str:
        return "<" + self.kind + " " + str(self.payload) + ">"


class VMRaise(Exception):
    """Internal: a W_Error travelling up the host stack between frames."""
    w_err: W_Error

    def __init__(self, w_err: W_Error) -> None:
        super().__init__(w_err.kind)
        self.w_err = w_err


class Code:
    name: Final[str]
    ops: Final[list[int]]
    nlocals: Final[int]
    nargs: Final[int]

    def __init__(self, name: str, ops: list[int], nlocals: int, nargs: int) -> None:
        self.name = name
        self.ops = ops
        self.nlocals = nlocals
        self.nargs = nargs


class Block:
    handler: int
    depth: int

    def __init__(self, handler: int, depth: int) -> None:
        self.handler = handler
        self.depth = depth


class Frame:
    stack: list[W_Value]
    locals_w: list[W_Value]
    blocks: list[Block]

    def __init__(self, code: Code) -> None:
        self.stack = []
        self.locals_w = [W_Int(0)] * code.nlocals
        self.blocks = []

    def pop_int(self) -> int:
        w = self.stack.pop()
        if isinstance(w, W_Int):
            return w.v
        raise VMRaise(W_Error("TypeError", 0))


def where(pc: int, code: Code) -> str:
    return code.name + "@" + str(pc) + ":" + NAMES[code.ops[pc]]


jitdriver = JitDriver(greens=["pc", "code"], reds=["frame", "vm"], get_printable_location=where)


class VM:
    codes: list[Code]
    output: list[str]
    depth: int

    def __init__(self, codes: list[Code]) -> None:
        self.codes = codes
        self.output = []
        self.depth = 0

    @elidable
    def code_at(self, i: int) -> Code:
        return self.codes[i]

    def call(self, code: Code, args: list[W_Value]) -> W_Value:
        self.depth += 1
        try:
            if self.depth > 40:
                raise VMRaise(W_Error("RecursionError", self.depth))
            frame = Frame(code)
            for i in range(len(args)):
                frame.locals_w[i] = args[i]
            return self.execute(code, frame)
        finally:
            self.depth -= 1

    def execute(self, code: Code, frame: Frame) -> W_Value:
        pc = 0
        vm = self
        while True:
            jitdriver.jit_merge_point(pc=pc, code=code, frame=frame, vm=vm)
            op = code.ops[pc]
            arg = code.ops[pc + 1]
            pc += 2
            try:
                if op == PUSH:
                    frame.stack.append(W_Int(arg))
                elif op == LOAD:
                    frame.stack.append(frame.locals_w[arg])
                elif op == STORE:
                    frame.locals_w[arg] = frame.stack.pop()
                elif op == ADD or op == SUB or op == DIV or op == LT:
                    b = frame.pop_int()
                    a = frame.pop_int()
                    if op == ADD:
                        frame.stack.append(W_Int(a + b))
                    elif op == SUB:
                        frame.stack.append(W_Int(a - b))
                    elif op == LT:
                        frame.stack.append(W_Int(1 if a < b else 0))
                    else:
                        try:
                            frame.stack.append(W_Int(a // b))
                        except ZeroDivisionError:
                            raise VMRaise(W_Error("ZeroDivisionError", a))
                elif op == JMP:
                    if arg < pc:
                        jitdriver.can_enter_jit(pc=arg, code=code, frame=frame, vm=vm)
                    pc = arg
                elif op == JIF:
                    if frame.pop_int() == 0:
                        pc = arg
                elif op == CALL:
                    callee = vm.code_at(promote(arg))
                    args: list[W_Value] = []
                    for i in range(callee.nargs):
                        args.insert(0, frame.stack.pop())
                    frame.stack.append(vm.call(callee, args))
                elif op == RET:
                    return frame.stack.pop()
                elif op == RAISE:
                    raise VMRaise(W_Error("UserError", frame.pop_int()))
                elif op == SETUP:
                    frame.blocks.append(Block(arg, len(frame.stack)))
                elif op == POPBLOCK:
                    frame.blocks.pop()
                elif op == PRINT:
                    vm.output.append(frame.stack.pop().repr())
                elif op == POP:
                    frame.stack.pop()
                else:
                    raise VMRaise(W_Error("BadOpcode", op))
            except VMRaise as e:
                if len(frame.blocks) == 0:
                    raise
                block = frame.blocks.pop()
                while len(frame.stack) > block.depth:
                    frame.stack.pop()
                frame.stack.append(e.w_err)
                pc = block.handler


def asm(name: str, nargs: int, nlocals: int, rows: list[tuple[int, int]]) -> Code:
    ops: list[int] = []
    for op, arg in rows:
        ops.append(op)
        ops.append(arg)
    return Code(name, ops, nlocals, nargs)


# 0: safe_div(a, b): try: return a // b  except: print err; return -1
SAFE_DIV = asm("safe_div", 2, 2, [
    (SETUP, 12), (LOAD, 0), (LOAD, 1), (DIV, 0), (POPBLOCK, 0), (RET, 0),
    (PRINT, 0), (PUSH, -1), (RET, 0),
])
# 1: thrower(n): if n < 3: raise n; return n
THROWER = asm("thrower", 1, 1, [
    (LOAD, 0), (PUSH, 3), (LT, 0), (JIF, 12), (LOAD, 0), (RAISE, 0), (LOAD, 0), (RET, 0),
])
# 2: catcher(n): try: x = thrower(n) + 100; print x except: print err; return 0
CATCHER = asm("catcher", 1, 2, [
    (SETUP, 16), (LOAD, 0), (CALL, 1), (PUSH, 100), (ADD, 0), (PRINT, 0), (POPBLOCK, 0), (JMP, 18),
    (PRINT, 0), (PUSH, 0), (RET, 0),
])
# 3: loop(n): i = 0; while i < n: catcher(i); i = i + 1; return i
LOOP = asm("loop", 1, 2, [
    (PUSH, 0), (STORE, 1), (LOAD, 1), (LOAD, 0), (LT, 0), (JIF, 28), (LOAD, 1), (CALL, 2), (POP, 0),
    (LOAD, 1), (PUSH, 1), (ADD, 0), (STORE, 1), (JMP, 4), (LOAD, 1), (RET, 0),
])
# 4: forever(n): return forever(n + 1)
FOREVER = asm("forever", 1, 1, [(LOAD, 0), (PUSH, 1), (ADD, 0), (CALL, 4), (RET, 0)])

CODES = [SAFE_DIV, THROWER, CATCHER, LOOP, FOREVER]


def main(argv: list[str]) -> int:
    vm = VM(CODES)
    print(vm.call(SAFE_DIV, [W_Int(17), W_Int(5)]).repr(), vm.call(SAFE_DIV, [W_Int(17), W_Int(0)]).repr())
    print(vm.call(LOOP, [W_Int(6)]).repr())
    try:
        vm.call(THROWER, [W_Int(1)])
    except VMRaise as e:
        print("uncaught in VM:", e.w_err.repr(), str(e))
    try:
        vm.call(FOREVER, [W_Int(0)])
    except VMRaise as e:
        print("deep:", e.w_err.repr(), vm.depth)
    print(" ".join(vm.output))
    print(where(4, CATCHER), where(0, LOOP))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
