"""A Brainfuck interpreter with a JitDriver and a precomputed bracket map."""
from jitgen.hints import JitDriver, elidable


class Program:
    code: str
    brackets: list[int]

    def __init__(self, code: str) -> None:
        self.code = code
        self.brackets = [0] * len(code)
        stack: list[int] = []
        for i in range(len(code)):
            c = code[i]
            if c == "[":
                stack.append(i)
            elif c == "]":
                if len(stack) == 0:
                    raise ValueError("unmatched ] at " + str(i))
                j = stack.pop()
                self.brackets[i] = j
                self.brackets[j] = i
        if len(stack) > 0:
            raise ValueError("unmatched [ at " + str(stack[-1]))


class Tape:
    cells: list[int]
    pos: int

    def __init__(self) -> None:
        self.cells = [0] * 64
        self.pos = 0

    def move(self, d: int) -> None:
        self.pos += d
        while self.pos >= len(self.cells):
            self.cells.append(0)
        if self.pos < 0:
            raise IndexError("tape underflow")


@elidable
def jump_target(prog: Program, pc: int) -> int:
    return prog.brackets[pc]


def location(pc: int, prog: Program) -> str:
    return str(pc) + ":" + prog.code[pc]


jitdriver = JitDriver(greens=["pc", "prog"], reds=["tape", "out"],
                      get_printable_location=location)


def run(prog: Program, inp: str) -> str:
    tape = Tape()
    out: list[str] = []
    pc = 0
    in_pos = 0
    code = prog.code
    while pc < len(code):
        jitdriver.jit_merge_point(pc=pc, prog=prog, tape=tape, out=out)
        c = code[pc]
        if c == ">":
            tape.move(1)
        elif c == "<":
            tape.move(-1)
        elif c == "+":
            tape.cells[tape.pos] = (tape.cells[tape.pos] + 1) & 255
        elif c == "-":
            tape.cells[tape.pos] = (tape.cells[tape.pos] - 1) & 255
        elif c == ".":
            out.append(chr(tape.cells[tape.pos]))
        elif c == ",":
            if in_pos < len(inp):
                tape.cells[tape.pos] = ord(inp[in_pos])
                in_pos += 1
            else:
                tape.cells[tape.pos] = 0
        elif c == "[":
            if tape.cells[tape.pos] == 0:
                pc = jump_target(prog, pc)
        elif c == "]":
            if tape.cells[tape.pos] != 0:
                pc = jump_target(prog, pc)
                jitdriver.can_enter_jit(pc=pc, prog=prog, tape=tape, out=out)
        pc += 1
    return "".join(out)


HELLO = ("++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++."
         ">>.<-.<.+++.------.--------.>>+.")
REVERSE = ">,[>,]<[.<]"
UPPER = ",[>++++[<-------->-]<.,]"


def main(argv: list[str]) -> int:
    print(run(Program(HELLO), ""))
    print(run(Program(REVERSE), "stressed"))
    print(run(Program(UPPER), "jit"))
    for bad in ["[[]", "]", "<"]:
        try:
            print(run(Program(bad), ""))
        except ValueError as e:
            print("error:", str(e))
        except IndexError as e:
            print("runtime error:", str(e))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
