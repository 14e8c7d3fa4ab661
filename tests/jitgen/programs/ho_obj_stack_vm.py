"""A stack VM with a class per instruction: a parser that maps opcode names
to factory functions (a dict of Callables built at import time), instruction
objects with Final operands and overridden execute()/__repr__, VM-level
try blocks implemented with host exceptions (ZeroDivisionError and
IndexError from the host are turned into VM errors with `raise ... from`),
call frames popped in finally clauses, runaway recursion in the guest
stopped by a frame limit, and a parse error left uncaught at the end."""
from typing import Callable, Final


class VMError(Exception):
    pc: int

    def __init__(self, msg: str, pc: int) -> None:
        super().__init__(f"{msg} at pc={pc}")
        self.pc = pc


class Underflow(VMError):
    pass


class Thrown(VMError):
    value: int

    def __init__(self, value: int, pc: int) -> None:
        VMError.__init__(self, "uncaught guest value " + str(value), pc)
        self.value = value


class ParseError(Exception):
    pass


class Frame:
    ret: int
    depth: int

    def __init__(self, ret: int, depth: int) -> None:
        self.ret = ret
        self.depth = depth


class VM:
    MAX_FRAMES = 50
    stack: list[int]
    frames: list[Frame]
    handlers: list[tuple[int, int]]
    pc: int
    out: list[str]
    steps: int

    def __init__(self) -> None:
        self.stack = []
        self.frames = []
        self.handlers = []
        self.pc = 0
        self.out = []
        self.steps = 0

    def pop(self) -> int:
        try:
            return self.stack.pop()
        except IndexError as e:
            raise Underflow("stack underflow", self.pc) from e

    def push(self, v: int) -> None:
        self.stack.append(v)


class Instr:
    NAME = "?"

    def execute(self, vm: VM) -> None:
        raise NotImplementedError(self.NAME)

    def __repr__(self) -> str:
        return self.NAME


class Push(Instr):
    NAME = "push"
    value: Final[int]

    def __init__(self, value: int) -> None:
        self.value = value

    def execute(self, vm: VM) -> None:
        vm.push(self.value)

    def __repr__(self) -> str:
        return f"push {self.value}"


class BinOp(Instr):
    def execute(self, vm: VM) -> None:
        b = vm.pop()
        a = vm.pop()
        vm.push(self.apply(a, b))

    def apply(self, a: int, b: int) -> int:
        raise NotImplementedError(self.NAME)


class Add(BinOp):
    NAME = "add"

    def apply(self, a: int, b: int) -> int:
        return a + b


class Sub(BinOp):
    NAME = "sub"

    def apply(self, a: int, b: int) -> int:
        return a - b


class Mul(BinOp):
    NAME = "mul"

    def apply(self, a: int, b: int) -> int:
        return a * b


class Div(BinOp):
    NAME = "div"

    def apply(self, a: int, b: int) -> int:
        return a // b


class Mod(BinOp):
    NAME = "mod"

    def apply(self, a: int, b: int) -> int:
        return a % b


class Dup(Instr):
    NAME = "dup"

    def execute(self, vm: VM) -> None:
        v = vm.pop()
        vm.push(v)
        vm.push(v)


class Print(Instr):
    NAME = "print"

    def execute(self, vm: VM) -> None:
        vm.out.append(str(vm.pop()))


class Jump(Instr):
    NAME = "jmp"
    target: Final[int]

    def __init__(self, target: int) -> None:
        self.target = target

    def taken(self, vm: VM) -> bool:
        return True

    def execute(self, vm: VM) -> None:
        if self.taken(vm):
            vm.pc = self.target - 1

    def __repr__(self) -> str:
        return f"{self.NAME} {self.target}"


class JumpIfZero(Jump):
    NAME = "jz"

    def taken(self, vm: VM) -> bool:
        return vm.pop() == 0


class Call(Jump):
    NAME = "call"

    def execute(self, vm: VM) -> None:
        if len(vm.frames) >= vm.MAX_FRAMES:
            raise VMError(f"too many frames ({len(vm.frames)})", vm.pc)
        vm.frames.append(Frame(vm.pc + 1, len(vm.stack)))
        vm.pc = self.target - 1


class Ret(Instr):
    NAME = "ret"

    def execute(self, vm: VM) -> None:
        f = vm.frames.pop()
        vm.pc = f.ret - 1


class Throw(Instr):
    NAME = "throw"

    def execute(self, vm: VM) -> None:
        raise Thrown(vm.pop(), vm.pc)


class Try(Jump):
    NAME = "try"

    def execute(self, vm: VM) -> None:
        vm.handlers.append((self.target, len(vm.frames)))


class EndTry(Instr):
    NAME = "endtry"

    def execute(self, vm: VM) -> None:
        vm.handlers.pop()


def mk_push(arg: int) -> Instr:
    return Push(arg)


def mk_jmp(arg: int) -> Instr:
    return Jump(arg)


def mk_jz(arg: int) -> Instr:
    return JumpIfZero(arg)


def mk_call(arg: int) -> Instr:
    return Call(arg)


def mk_try(arg: int) -> Instr:
    return Try(arg)


WITH_ARG: dict[str, Callable[[int], Instr]] = {
    "push": mk_push, "jmp": mk_jmp, "jz": mk_jz, "call": mk_call, "try": mk_try,
}
NO_ARG: dict[str, Instr] = {}
for _i in [Add(), Sub(), Mul(), Div(), Mod(), Dup(), Print(), Ret(), Throw(), EndTry()]:
    NO_ARG[_i.NAME] = _i


def parse(text: str) -> list[Instr]:
    code: list[Instr] = []
    for n, line in enumerate(text.splitlines(), 1):
        line = line.split(";")[0].strip()
        if not line:
            continue
        op, _, arg = line.partition(" ")
        factory = WITH_ARG.get(op)
        if factory is not None:
            try:
                code.append(factory(int(arg)))
            except ValueError as e:
                raise ParseError(f"line {n}: bad argument for {op}: {e}") from e
        elif op in NO_ARG:
            code.append(NO_ARG[op])
        else:
            raise ParseError(f"line {n}: unknown instruction {op!r}")
    return code


def run(code: list[Instr], limit: int = 10000) -> VM:
    vm = VM()
    while 0 <= vm.pc < len(code):
        vm.steps += 1
        if vm.steps > limit:
            raise VMError("step limit", vm.pc)
        ins = code[vm.pc]
        try:
            try:
                ins.execute(vm)
            except ZeroDivisionError as e:
                raise VMError(str(e), vm.pc) from e
        except Thrown as t:
            if not vm.handlers:
                raise
            target, nframes = vm.handlers.pop()
            del vm.frames[nframes:]
            vm.push(t.value)
            vm.pc = target
            continue
        except VMError:
            if not vm.handlers:
                raise
            target, nframes = vm.handlers.pop()
            del vm.frames[nframes:]
            vm.push(-1)
            vm.pc = target
            continue
        finally:
            if len(vm.stack) > 100:
                vm.stack = vm.stack[-100:]
        vm.pc += 1
    return vm


PROGRAMS = [
    ("arith", "push 6\npush 7\nmul\nprint\npush 7\npush -2\ndiv\nprint\npush -7\npush 3\nmod\nprint"),
    ("countdown", "push 3\ndup\nprint\npush 1\nsub\ndup\njz 8\njmp 1\npush 99\nprint"),
    ("divzero", "try 5\npush 1\npush 0\ndiv\nendtry\nprint"),
    ("throw", "try 7\npush 5\ncall 4\nret ; unused\npush 42\nthrow\nret\nprint\npush 0\nprint"),
    ("underflow", "add"),
    ("recurse", "call 0"),
    ("unhandled", "push 13\nthrow"),
    ("loop", "jmp 0"),
]


def main(argv: list[str]) -> int:
    for name, text in PROGRAMS:
        code = parse(text)
        try:
            vm = run(code, 500)
            print(name, "->", " ".join(vm.out), "| steps", vm.steps)
        except Thrown as t:
            print(name, "-> thrown", t.value, "|", t)
        except Underflow as u:
            print(name, "-> underflow:", u, repr(u))
        except VMError as e:
            print(name, "-> error:", e, "| pc", e.pc)
    print(parse("push 1\njz 3 ; comment\n\nprint"))
    for bad in ["push x", "frob 3", "push 1\npush"]:
        try:
            parse(bad)
        except ParseError as e:
            print("parse:", e)
    parse("add\nmul\npush 1.5")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
