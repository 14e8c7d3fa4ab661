"""A register-machine interpreter for a tiny language with functions, in
the RPython style: a compiler from source text to bytecode, frames as
virtualizable objects, a JitDriver keyed on (pc, code), promote on the
code object, elidable name lookups, and overflow checked arithmetic."""
from typing import Final

from jitgen.hints import JitDriver, promote, elidable, ovfcheck, unroll_safe, dont_look_inside

OP_LOADK, OP_MOVE, OP_ADD, OP_SUB, OP_MUL, OP_LT, OP_JMPF, OP_JMP, OP_CALL, OP_RET, OP_PRINT, OP_MOD = range(12)
OPNAMES = ["loadk", "move", "add", "sub", "mul", "lt", "jmpf", "jmp", "call", "ret", "print", "mod"]


class CompileError(Exception):
    pass


class Code:
    name: Final[str]
    ops: Final[list[int]]
    consts: Final[list[int]]
    nregs: Final[int]
    nparams: Final[int]

    def __init__(self, name: str, ops: list[int], consts: list[int], nregs: int, nparams: int) -> None:
        self.name = name
        self.ops = ops
        self.consts = consts
        self.nregs = nregs
        self.nparams = nparams

    def disassemble(self) -> str:
        out: list[str] = []
        for i in range(0, len(self.ops), 4):
            out.append(str(i).rjust(3) + " " + OPNAMES[self.ops[i]].ljust(6) + " " +
                       " ".join([str(x) for x in self.ops[i + 1:i + 4]]))
        return "\n".join(out)


class Frame:
    _virtualizable_ = ["regs[*]"]
    regs: list[int]

    def __init__(self, n: int) -> None:
        self.regs = [0] * n


class Module:
    funcs: dict[str, Code]
    order: list[str]
    output: list[str]
    calls: int

    def __init__(self) -> None:
        self.funcs = {}
        self.order = []
        self.output = []
        self.calls = 0

    @elidable
    def lookup(self, name: str) -> Code:
        return self.funcs[name]


def get_location(pc: int, code: Code) -> str:
    return code.name + "@" + str(pc)


jitdriver = JitDriver(greens=["pc", "code"], reds=["frame", "module"], virtualizables=["frame"],
                      get_printable_location=get_location)


class Compiler:
    """Source: one statement per line.
    def NAME a b        start a function (params become registers 0..)
    NAME = EXPR         EXPR is `x`, `k`, `x OP y` or `call F x y`
    while x < y         ... `end`
    print x
    return x
    """
    regs: dict[str, int]
    ops: list[int]
    consts: list[int]
    loops: list[tuple[int, int]]

    def __init__(self, params: list[str]) -> None:
        self.regs = {}
        self.ops = []
        self.consts = []
        self.loops = []
        for p in params:
            self.reg(p)
        # argument registers are reserved up front so that they are consecutive
        for i in range(4):
            self.reg("$a" + str(i))

    def reg(self, name: str) -> int:
        if name not in self.regs:
            self.regs[name] = len(self.regs)
        return self.regs[name]

    def operand(self, tok: str) -> int:
        if tok.lstrip("-").isdigit():
            r = self.reg("$k" + str(len(self.consts)))
            self.consts.append(int(tok))
            self.emit(OP_LOADK, r, len(self.consts) - 1, 0)
            return r
        if tok not in self.regs:
            raise CompileError("undefined variable " + tok)
        return self.regs[tok]

    def emit(self, op: int, a: int, b: int, c: int) -> None:
        self.ops.extend([op, a, b, c])

    def statement(self, words: list[str], names: list[str]) -> None:
        if words[0] == "print":
            self.emit(OP_PRINT, self.operand(words[1]), 0, 0)
        elif words[0] == "return":
            self.emit(OP_RET, self.operand(words[1]), 0, 0)
        elif words[0] == "while":
            start = len(self.ops)
            a = self.operand(words[1])
            b = self.operand(words[3])
            t = self.reg("$t")
            self.emit(OP_LT, t, a, b)
            self.loops.append((start, len(self.ops)))
            self.emit(OP_JMPF, t, -1, 0)
        elif words[0] == "end":
            if not self.loops:
                raise CompileError("end without while")
            start, patch = self.loops.pop()
            self.emit(OP_JMP, start, 0, 0)
            self.ops[patch + 2] = len(self.ops)
        elif len(words) >= 3 and words[1] == "=":
            rhs = words[2:]
            if rhs[0] == "call":
                if rhs[1] not in names:
                    raise CompileError("unknown function " + rhs[1])
                args = [self.operand(w) for w in rhs[2:]]
                # arguments go to consecutive registers $a0, $a1, ...
                first = -1
                for i, r in enumerate(args):
                    ar = self.reg("$a" + str(i))
                    if first < 0:
                        first = ar
                    self.emit(OP_MOVE, ar, r, 0)
                self.emit(OP_CALL, self.reg(words[0]), names.index(rhs[1]), first)
                return
            if len(rhs) == 1:
                src = self.operand(rhs[0])
                self.emit(OP_MOVE, self.reg(words[0]), src, 0)
                return
            x = self.operand(rhs[0])
            y = self.operand(rhs[2])
            ops = {"+": OP_ADD, "-": OP_SUB, "*": OP_MUL, "<": OP_LT, "%": OP_MOD}
            if rhs[1] not in ops:
                raise CompileError("bad operator " + rhs[1])
            self.emit(ops[rhs[1]], self.reg(words[0]), x, y)
        else:
            raise CompileError("cannot parse: " + " ".join(words))


def compile_module(src: str) -> Module:
    mod = Module()
    blocks: list[tuple[str, list[str], list[list[str]]]] = []
    for raw in src.split("\n"):
        words = raw.split()
        if not words or words[0].startswith("#"):
            continue
        if words[0] == "def":
            blocks.append((words[1], words[2:], []))
        elif not blocks:
            raise CompileError("statement outside a function")
        else:
            blocks[-1][2].append(words)
    names = [b[0] for b in blocks]
    for name, params, body in blocks:
        c = Compiler(params)
        for words in body:
            c.statement(words, names)
        if c.loops:
            raise CompileError("missing end in " + name)
        c.emit(OP_RET, c.reg("$zero"), 0, 0)
        mod.funcs[name] = Code(name, c.ops, c.consts, len(c.regs), len(params))
        mod.order.append(name)
    return mod


@dont_look_inside
def emit_output(mod: Module, v: int) -> None:
    mod.output.append(str(v))


@unroll_safe
def copy_args(src: Frame, first: int, dst: Frame, n: int) -> None:
    for i in range(n):
        dst.regs[i] = src.regs[first + i]


def execute(module: Module, code: Code, frame: Frame) -> int:
    pc = 0
    while True:
        jitdriver.jit_merge_point(pc=pc, code=code, frame=frame, module=module)
        code = promote(code)
        ops = code.ops
        op = ops[pc]
        a = ops[pc + 1]
        b = ops[pc + 2]
        c = ops[pc + 3]
        pc += 4
        regs = frame.regs
        if op == OP_LOADK:
            regs[a] = code.consts[b]
        elif op == OP_MOVE:
            regs[a] = regs[b]
        elif op == OP_ADD:
            regs[a] = ovfcheck(regs[b] + regs[c])
        elif op == OP_SUB:
            regs[a] = ovfcheck(regs[b] - regs[c])
        elif op == OP_MUL:
            regs[a] = ovfcheck(regs[b] * regs[c])
        elif op == OP_MOD:
            regs[a] = regs[b] % regs[c]
        elif op == OP_LT:
            regs[a] = 1 if regs[b] < regs[c] else 0
        elif op == OP_JMPF:
            if regs[a] == 0:
                pc = b
        elif op == OP_JMP:
            pc = a
            jitdriver.can_enter_jit(pc=pc, code=code, frame=frame, module=module)
        elif op == OP_CALL:
            callee = module.lookup(module.order[b])
            new = Frame(callee.nregs)
            copy_args(frame, c, new, callee.nparams)
            module.calls += 1
            regs[a] = execute(module, callee, new)
        elif op == OP_PRINT:
            emit_output(module, regs[a])
        elif op == OP_RET:
            return regs[a]


SOURCE = """
def main
  n = 0
  total = 0
  while n < 2000
    sq = n * n
    total = total + sq
    n = n + 1
  end
  print total
  f = call fib 20
  print f
  g = call gcd 1071 462
  print g
  big = call power 3 39
  print big
  return total
def fib x
  a = 0
  b = 1
  i = 0
  while i < x
    t = a + b
    a = b
    b = t
    i = i + 1
  end
  return a
def gcd p q
  z = 0
  while z < q
    r = p % q
    p = q
    q = r
  end
  return p
def power base e
  r = 1
  i = 0
  while i < e
    r = r * base
    i = i + 1
  end
  return r
"""


def main(argv: list[str]) -> int:
    mod = compile_module(SOURCE)
    print(mod.funcs["gcd"].disassemble())
    print("registers:", [mod.funcs[n].nregs for n in mod.order])
    main_code = mod.funcs["main"]
    result = execute(mod, main_code, Frame(main_code.nregs))
    print("\n".join(mod.output))
    print("result", result, "calls", mod.calls)
    for bad in ["def f\n  x = y", "def f\n  while 1 < 2", "  x = 1", "def f\n  x = call g", "def f\n  end",
                "def f\n  x = 1 ^ 2", "def f\n  what"]:
        try:
            compile_module(bad)
            print("compiled?")
        except CompileError as e:
            print("compile error:", e)
    over = compile_module("def m\n  x = call power 10 19\n  print x\n  y = call power 10 18\n  print y\n"
                          "def power b e\n  r = 1\n  i = 0\n  while i < e\n    r = r * b\n    i = i + 1\n  end\n  return r")
    try:
        execute(over, over.funcs["m"], Frame(over.funcs["m"].nregs))
    except OverflowError:
        print("overflow after", over.output)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
