"""Emitting instructions for one code object and assembling the CodeObject.

Jumps name labels while code is emitted; `assemble` turns labels into
absolute pcs.  The stack depth is tracked as instructions are emitted
(labels remember the depth that jumps bring to them), which gives the
maximum depth and the depth of each exception handler.  Every instruction
remembers the exception handler active when it was emitted; consecutive
instructions with the same handler become one exception-table entry.
"""
from interpreters.python import bytecode as B
from interpreters.python import pyast as A


class HandlerInfo:
    label: int
    depth: int

    def __init__(self, label: int, depth: int) -> None:
        self.label = label
        self.depth = depth


class CodeBuilder:
    ops: list[int]
    args: list[int]
    lines: list[int]
    positions: list[int]
    handlers_of: list[int]      # per instruction: index in handler_infos or -1
    label_pos: list[int]        # label -> instruction index (-1: not placed)
    label_depth: list[int]      # label -> stack depth on arrival (-1: unknown)
    handler_infos: list[HandlerInfo]
    current_handler: int
    depth: int
    max_depth: int
    reachable: bool
    consts: list[B.Const]
    const_index: dict[str, int]
    names: list[str]
    name_index: dict[str, int]
    loc: A.Node | None
    firstlineno: int

    def __init__(self, firstlineno: int) -> None:
        self.ops = []
        self.args = []
        self.lines = []
        self.positions = []
        self.handlers_of = []
        self.label_pos = []
        self.label_depth = []
        self.handler_infos = []
        self.current_handler = -1
        self.depth = 0
        self.max_depth = 0
        self.reachable = True
        self.consts = []
        self.const_index = {}
        self.names = []
        self.name_index = {}
        self.loc = None
        self.firstlineno = firstlineno

    # --- tables --------------------------------------------------------------
    def add_const(self, c: B.Const) -> int:
        if isinstance(c, B.ConstCode):
            self.consts.append(c)
            return len(self.consts) - 1
        key = str(c.kind) + ":" + const_key(c)
        if key in self.const_index:
            return self.const_index[key]
        self.consts.append(c)
        self.const_index[key] = len(self.consts) - 1
        return len(self.consts) - 1

    def add_name(self, name: str) -> int:
        if name in self.name_index:
            return self.name_index[name]
        self.names.append(name)
        self.name_index[name] = len(self.names) - 1
        return len(self.names) - 1

    # --- labels --------------------------------------------------------------
    def new_label(self) -> int:
        self.label_pos.append(-1)
        self.label_depth.append(-1)
        return len(self.label_pos) - 1

    def place(self, label: int) -> None:
        """Bind `label` to the next instruction."""
        self.label_pos[label] = len(self.ops)
        d = self.label_depth[label]
        if not self.reachable:
            # after an unconditional jump, code is live again only at a
            # label that a live jump (or the exception table) targets
            if d >= 0:
                self.depth = d
                self.reachable = True
        elif d < 0:
            self.label_depth[label] = self.depth

    def set_label_depth(self, label: int, depth: int) -> None:
        self.label_depth[label] = depth

    # --- handlers ------------------------------------------------------------
    def push_handler(self, label: int, depth: int) -> int:
        """Protect the following instructions with `label`; returns the old one."""
        old = self.current_handler
        self.handler_infos.append(HandlerInfo(label, depth))
        self.current_handler = len(self.handler_infos) - 1
        self.set_label_depth(label, depth + 1)
        return old

    def restore_handler(self, old: int) -> None:
        self.current_handler = old

    # --- emitting ------------------------------------------------------------
    def emit(self, op: int, arg: int) -> None:
        self.ops.append(op)
        self.args.append(arg)
        loc = self.loc
        if loc is not None and loc.lineno > 0:
            self.lines.append(loc.lineno)
            self.positions.append(loc.lineno)
            self.positions.append(loc.col_offset)
            self.positions.append(loc.end_lineno)
            self.positions.append(loc.end_col_offset)
        else:
            line = self.lines[-1] if len(self.lines) > 0 else self.firstlineno
            self.lines.append(line)
            self.positions.append(line)
            self.positions.append(-1)
            self.positions.append(line)
            self.positions.append(-1)
        self.handlers_of.append(self.current_handler)
        if B.ARG_KIND[op] == B.ARG_JUMP and self.reachable:
            # (a jump in dead code, e.g. after a return, says nothing about
            # the depth at its target)
            taken = self.depth + B.stack_effect(op, arg, True)
            if self.label_depth[arg] < 0:
                self.label_depth[arg] = taken
        self.depth += B.stack_effect(op, arg, False)
        if self.depth > self.max_depth:
            self.max_depth = self.depth
        if op == B.JUMP_FORWARD or op == B.JUMP_BACKWARD or \
                op == B.RETURN_VALUE or op == B.RERAISE or \
                op == B.RAISE_VARARGS:
            self.reachable = False

    def emit_jump(self, op: int, label: int) -> None:
        self.emit(op, label)

    def last_op(self) -> int:
        if len(self.ops) == 0:
            return -1
        return self.ops[-1]

    # --- assembling ----------------------------------------------------------
    def assemble(self) -> tuple[list[int], list[B.ExceptionTableEntry]]:
        code: list[int] = []
        n = len(self.ops)
        for i in range(n):
            op = self.ops[i]
            arg = self.args[i]
            if B.ARG_KIND[op] == B.ARG_JUMP:
                target = self.label_pos[arg]
                if target < 0:
                    raise ValueError("unplaced label")
                arg = target * 2
            code.append(op)
            code.append(arg)
        thread_jumps(code)
        table: list[B.ExceptionTableEntry] = []
        i = 0
        while i < n:
            h = self.handlers_of[i]
            if h < 0:
                i += 1
                continue
            j = i
            while j < n and self.handlers_of[j] == h:
                j += 1
            info = self.handler_infos[h]
            table.append(B.ExceptionTableEntry(i * 2, j * 2,
                                               self.label_pos[info.label] * 2,
                                               info.depth))
            i = j
        return (code, table)


def thread_jumps(code: list[int]) -> None:
    """A forward jump that lands on a JUMP_FORWARD goes straight to its
    target (fewer dispatches; targets stay forward, depths are unchanged)."""
    pc = 0
    n = len(code)
    while pc < n:
        op = code[pc]
        if B.ARG_KIND[op] == B.ARG_JUMP and op != B.JUMP_BACKWARD:
            target = code[pc + 1]
            hops = 0
            while target > pc and target < n and code[target] == B.JUMP_FORWARD \
                    and code[target + 1] > target and hops < 16:
                target = code[target + 1]
                hops += 1
            code[pc + 1] = target
        pc += 2


def const_key(c: B.Const) -> str:
    """A key that tells constants apart (1, 1.0, True and -0.0 differ)."""
    if isinstance(c, B.ConstTuple):
        parts = [str(x.kind) + ":" + const_key(x) for x in c.items]
        return "(" + ",".join(parts) + ")"
    if isinstance(c, B.ConstFrozenset):
        parts2 = [str(x.kind) + ":" + const_key(x) for x in c.items]
        return "{" + ",".join(parts2) + "}"
    return c.repr()
