"""A small stack-bytecode interpreter in the shape of a real VM.

Boxed values form a class hierarchy; a frame holds the value stack and the
locals; the dispatch loop carries a JitDriver whose greens are the code
object and the pc.  The program compiles a few tiny functions by hand
(tables built at import time) and runs them.
"""
from typing import Final

from jitgen.hints import JitDriver, promote, elidable, ovfcheck


class W_Object:
    def str_value(self) -> str:
        return "<object>"

    def is_true(self) -> bool:
        return True

    def add(self, other: "W_Object") -> "W_Object":
        raise VMError("unsupported operand for +")

    def lt(self, other: "W_Object") -> bool:
        raise VMError("unsupported operand for <")


class W_Int(W_Object):
    value: Final[int]

    def __init__(self, value: int) -> None:
        self.value = value

    def str_value(self) -> str:
        return str(self.value)

    def is_true(self) -> bool:
        return self.value != 0

    def add(self, other: W_Object) -> W_Object:
        if isinstance(other, W_Int):
            try:
                return W_Int(ovfcheck(self.value + other.value))
            except OverflowError:
                raise VMError("integer overflow")
        return super().add(other)

    def lt(self, other: W_Object) -> bool:
        if isinstance(other, W_Int):
            return self.value < other.value
        raise VMError("cannot compare int")


class W_Str(W_Object):
    value: Final[str]

    def __init__(self, value: str) -> None:
        self.value = value

    def str_value(self) -> str:
        return self.value

    def is_true(self) -> bool:
        return len(self.value) > 0

    def add(self, other: W_Object) -> W_Object:
        if isinstance(other, W_Str):
            return W_Str(self.value + other.value)
        return super().add(other)


class W_None(W_Object):
    def str_value(self) -> str:
        return "None"

    def is_true(self) -> bool:
        return False


W_NONE = W_None()


class VMError(Exception):
    pass


# Opcodes: one byte each, with an argument in the next slot.
LOAD_CONST = 0
LOAD_LOCAL = 1
STORE_LOCAL = 2
ADD = 3
LT = 4
JUMP = 5
JUMP_IF_FALSE = 6
PRINT = 7
RETURN = 8
CALL = 9
POP = 10
MUL = 11

OPNAMES = ["LOAD_CONST", "LOAD_LOCAL", "STORE_LOCAL", "ADD", "LT", "JUMP",
           "JUMP_IF_FALSE", "PRINT", "RETURN", "CALL", "POP", "MUL"]


class Code:
    name: Final[str]
    bytecode: Final[list[int]]
    consts: Final[list[W_Object]]
    nlocals: Final[int]
    nargs: Final[int]

    def __init__(self, name: str, bytecode: list[int], consts: list[W_Object],
                 nlocals: int, nargs: int) -> None:
        self.name = name
        self.bytecode = bytecode
        self.consts = consts
        self.nlocals = nlocals
        self.nargs = nargs


class Frame:
    code: Code
    stack: list[W_Object]
    locals_w: list[W_Object]
    parent: "Frame | None"

    def __init__(self, code: Code, parent: "Frame | None") -> None:
        self.code = code
        self.stack = []
        self.locals_w = [W_NONE] * code.nlocals
        self.parent = parent

    def push(self, w: W_Object) -> None:
        self.stack.append(w)

    def pop(self) -> W_Object:
        if len(self.stack) == 0:
            raise VMError("stack underflow in " + self.code.name)
        return self.stack.pop()

    def depth(self) -> int:
        d = 0
        f: Frame | None = self
        while f is not None:
            d += 1
            f = f.parent
        return d


def get_location(pc: int, code: Code) -> str:
    return code.name + ":" + str(pc) + " " + OPNAMES[code.bytecode[pc]]


driver = JitDriver(greens=["pc", "code"], reds=["frame", "interp"],
                   get_printable_location=get_location)


@elidable
def lookup_function(interp: "Interpreter", index: int) -> Code:
    return interp.functions[index]


class Interpreter:
    functions: list[Code]
    calls: int

    def __init__(self, functions: list[Code]) -> None:
        self.functions = functions
        self.calls = 0

    def run(self, code: Code, args: list[W_Object], parent: Frame | None) -> W_Object:
        self.calls += 1
        frame = Frame(code, parent)
        if frame.depth() > 50:
            raise VMError("recursion too deep")
        i = 0
        while i < len(args):
            frame.locals_w[i] = args[i]
            i += 1
        pc = 0
        interp = self
        while True:
            driver.jit_merge_point(pc=pc, code=code, frame=frame, interp=interp)
            op = code.bytecode[pc]
            arg = code.bytecode[pc + 1]
            pc += 2
            if op == LOAD_CONST:
                frame.push(code.consts[arg])
            elif op == LOAD_LOCAL:
                frame.push(frame.locals_w[arg])
            elif op == STORE_LOCAL:
                frame.locals_w[arg] = frame.pop()
            elif op == ADD:
                w_b = frame.pop()
                w_a = frame.pop()
                frame.push(w_a.add(w_b))
            elif op == MUL:
                w_b = frame.pop()
                w_a = frame.pop()
                if isinstance(w_a, W_Int) and isinstance(w_b, W_Int):
                    frame.push(W_Int(ovfcheck(w_a.value * w_b.value)))
                else:
                    raise VMError("unsupported operand for *")
            elif op == LT:
                w_b = frame.pop()
                w_a = frame.pop()
                frame.push(W_Int(1) if w_a.lt(w_b) else W_Int(0))
            elif op == JUMP:
                old = pc
                pc = arg
                if pc < old:
                    driver.can_enter_jit(pc=pc, code=code, frame=frame, interp=interp)
            elif op == JUMP_IF_FALSE:
                if not frame.pop().is_true():
                    pc = arg
            elif op == PRINT:
                print(frame.pop().str_value())
            elif op == RETURN:
                return frame.pop()
            elif op == CALL:
                callee = lookup_function(interp, promote(arg))
                call_args: list[W_Object] = []
                n = callee.nargs
                while n > 0:
                    call_args.insert(0, frame.pop())
                    n -= 1
                frame.push(interp.run(callee, call_args, frame))
            elif op == POP:
                frame.pop()
            else:
                raise VMError("bad opcode " + str(op))


def make_sum_loop() -> Code:
    # i = 0; total = 0; while i < n: total = total + i; i = i + 1; return total
    bc = [
        LOAD_CONST, 0, STORE_LOCAL, 1,      # 0: i = 0
        LOAD_CONST, 0, STORE_LOCAL, 2,      # 4: total = 0
        LOAD_LOCAL, 1, LOAD_LOCAL, 0, LT, 0,  # 8: i < n
        JUMP_IF_FALSE, 34,                  # 14
        LOAD_LOCAL, 2, LOAD_LOCAL, 1, ADD, 0, STORE_LOCAL, 2,  # 16
        LOAD_LOCAL, 1, LOAD_CONST, 1, ADD, 0, STORE_LOCAL, 1,  # 24
        JUMP, 8,                            # 32
        LOAD_LOCAL, 2, RETURN, 0,           # 34
    ]
    return Code("sum_to", bc, [W_Int(0), W_Int(1)], 3, 1)


def make_fact() -> Code:
    # fact(n): if n < 2: return 1; return n * fact(n + -1)
    bc = [
        LOAD_LOCAL, 0, LOAD_CONST, 0, LT, 0,   # 0
        JUMP_IF_FALSE, 12,                     # 6
        LOAD_CONST, 1, RETURN, 0,              # 8
        LOAD_LOCAL, 0,                         # 12
        LOAD_LOCAL, 0, LOAD_CONST, 2, ADD, 0,  # 14
        CALL, 1,                               # 20
        MUL, 0, RETURN, 0,                     # 22
    ]
    return Code("fact", bc, [W_Int(2), W_Int(1), W_Int(-1)], 1, 1)


def make_greet() -> Code:
    bc = [LOAD_CONST, 0, LOAD_LOCAL, 0, ADD, 0, PRINT, 0,
          LOAD_CONST, 1, RETURN, 0]
    return Code("greet", bc, [W_Str("hello, "), W_NONE], 1, 1)


def make_bad_add() -> Code:
    bc = [LOAD_CONST, 0, LOAD_CONST, 1, ADD, 0, RETURN, 0]
    return Code("bad_add", bc, [W_Int(1), W_Str("x")], 0, 0)


FUNCTIONS = [make_sum_loop(), make_fact(), make_greet(), make_bad_add()]


def main(argv: list[str]) -> int:
    interp = Interpreter(FUNCTIONS)
    w_res = interp.run(FUNCTIONS[0], [W_Int(200)], None)
    print("sum_to(200) =", w_res.str_value())
    for n in [1, 5, 10, 20]:
        w_f = interp.run(FUNCTIONS[1], [W_Int(n)], None)
        print(f"fact({n}) = {w_f.str_value()}")
    try:
        interp.run(FUNCTIONS[1], [W_Int(21)], None)
    except VMError as e:
        print("fact(21):", str(e))
    except OverflowError:
        print("fact(21): raw overflow")
    try:
        interp.run(FUNCTIONS[1], [W_Int(60)], None)
    except VMError as e:
        print("fact(60):", str(e))
    interp.run(FUNCTIONS[2], [W_Str("world")], None)
    try:
        interp.run(FUNCTIONS[3], [], None)
    except VMError as e:
        print("bad_add:", str(e))
    print("calls:", interp.calls)
    print(get_location(12, FUNCTIONS[1]))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
