"""The Smalltalk VM's bytecode: opcodes and their operand counts."""

PUSH_LOCAL = 0        # idx level        push locals[idx] of the frame `level` scopes out
POP_LOCAL = 1         # idx level        pop into it
PUSH_FIELD = 2        # idx              push self's field
POP_FIELD = 3         # idx
PUSH_SELF = 4
PUSH_CONST = 5        # lit
PUSH_NIL = 6
PUSH_TRUE = 7
PUSH_FALSE = 8
PUSH_GLOBAL = 9       # lit (a symbol)
PUSH_BLOCK = 10       # lit (a block method)
POP = 11
DUP = 12
SEND = 13             # site
SUPER_SEND = 14       # site
RETURN_LOCAL = 15     # return top of stack from this frame
RETURN_NONLOCAL = 16  # return top of stack from the home method's frame
JUMP = 17             # target
JUMP_IF_FALSE = 18    # target  (pops; jumps if false)
JUMP_IF_TRUE = 19     # target  (pops; jumps if true)
JUMP_IF_NIL = 20      # target  (pops)
JUMP_IF_NOT_NIL = 21  # target  (pops)
JUMP_BACK = 22        # target  (a user-level loop's back edge)
MAKE_ARRAY = 23       # n       (pops n values, pushes an Array)
POP_GLOBAL = 24       # lit     (workspace scripts: assign an undeclared name)

NAMES = ["PUSH_LOCAL", "POP_LOCAL", "PUSH_FIELD", "POP_FIELD", "PUSH_SELF",
         "PUSH_CONST", "PUSH_NIL", "PUSH_TRUE", "PUSH_FALSE", "PUSH_GLOBAL",
         "PUSH_BLOCK", "POP", "DUP", "SEND", "SUPER_SEND", "RETURN_LOCAL",
         "RETURN_NONLOCAL", "JUMP", "JUMP_IF_FALSE", "JUMP_IF_TRUE",
         "JUMP_IF_NIL", "JUMP_IF_NOT_NIL", "JUMP_BACK", "MAKE_ARRAY", "POP_GLOBAL"]

OPERANDS = [2, 2, 1, 1, 0, 1, 0, 0, 0, 1, 1, 0, 0, 1, 1, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1]


def disassemble(code: list[int]) -> list[str]:
    """Readable listing, one instruction a line (for tests and debugging)."""
    out: list[str] = []
    pc = 0
    while pc < len(code):
        op = code[pc]
        n = OPERANDS[op]
        parts = [str(pc), NAMES[op]]
        for i in range(n):
            parts.append(str(code[pc + 1 + i]))
        out.append(" ".join(parts))
        pc += 1 + n
    return out
