"""Low-level graphs: SSA blocks with input variables, operations and links.

A Graph has a start block, a return block and an except block.  Values flow
between blocks only through Links: a link carries a list of values that become
the target block's input variables.  Every variable is defined once: as an
input variable of its block, as the result of an operation, or (on an
exception link) as the link's `last_exc_value`.

Exits of a block (block.exitswitch):
- None: exactly one exit, taken unconditionally (or none for the return and
  except blocks).
- a Variable of type Bool: two exits, exitcase False first, then True.
- LAST_EXCEPTION: the block's last operation may raise.  exits[0] (exitcase
  None) is taken when it does not.  exits[1:] have exitcase = a ClassDef of an
  exception class and are tried in order with `isinstance`; on the first
  match the link is taken, and its `last_exc_value` variable (usable in its
  args) holds the exception instance.  If none matches, the exception
  propagates out of the graph, to the caller.
Any raising operation that is not the last operation of a LAST_EXCEPTION
block propagates its exception out of the graph.

Reaching the return block returns its single input value (Void for
procedures).  Reaching the except block raises its single input value, an
Instance of an exception class.
"""
from __future__ import annotations

from jitgen.lower import lltypes as lt


class Position:
    __slots__ = ("file", "line", "col")

    def __init__(self, file: str, line: int, col: int) -> None:
        self.file = file
        self.line = line
        self.col = col

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.col}"


class Variable:
    """concretetype is the LLType after lowering; hltype is the subset type
    that the type checker gives it (flow graphs have neither yet)."""
    __slots__ = ("name", "concretetype", "hltype")
    _counter = [0]

    def __init__(self, concretetype: lt.LLType | None, name: str | None = None) -> None:
        Variable._counter[0] += 1
        if name is None:
            name = "v"
        self.name = f"{name}_{Variable._counter[0]}"
        self.concretetype = concretetype
        self.hltype = None

    def __repr__(self) -> str:
        return self.name


class Constant:
    """A value known at translation time.  `value` uses the runtime value
    encoding described in lltypes.py.  For op arguments that name something
    (a field, a method, a ClassDef, an external), concretetype is Void."""
    __slots__ = ("value", "concretetype")

    def __init__(self, value, concretetype: lt.LLType) -> None:
        self.value = value
        self.concretetype = concretetype

    def __repr__(self) -> str:
        v = self.value
        if isinstance(v, lt.ClassDef):
            return f"<{v.name}>"
        if isinstance(v, Graph):
            return f"<fn {v.name}>"
        if isinstance(v, (list, dict, lt.LLInstance, lt.LLRDict)):
            return f"<prebuilt {type(v).__name__} @{id(v) & 0xffff:x}>"
        return repr(v)


def void_const(value) -> Constant:
    return Constant(value, lt.Void)


class Operation:
    __slots__ = ("opname", "args", "result", "pos", "argpos")

    def __init__(self, opname: str, args: list, result: Variable,
                 pos: Position | None = None) -> None:
        self.opname = opname
        self.args = list(args)
        self.result = result
        self.pos = pos
        self.argpos: list | None = None   # per-argument positions (flow graphs)

    def __repr__(self) -> str:
        return f"{self.result} = {self.opname}({', '.join(map(repr, self.args))})"


class _LastException:
    def __repr__(self) -> str:
        return "last_exception"


LAST_EXCEPTION = _LastException()


class Link:
    __slots__ = ("args", "target", "exitcase", "last_exc_value", "prevblock", "pos")

    def __init__(self, args: list, target: Block, exitcase=None) -> None:
        self.args = list(args)
        self.target = target
        self.exitcase = exitcase          # None, False/True, or a ClassDef
        self.last_exc_value: Variable | None = None
        self.prevblock: Block | None = None
        self.pos: Position | None = None   # source of the values (flow graphs)


class Block:
    __slots__ = ("inputargs", "operations", "exitswitch", "exits")

    def __init__(self, inputargs: list) -> None:
        self.inputargs: list[Variable] = list(inputargs)
        self.operations: list[Operation] = []
        self.exitswitch = None
        self.exits: list[Link] = []

    def closeblock(self, *links: Link) -> None:
        self.exits = list(links)
        for link in links:
            link.prevblock = self

    @property
    def canraise(self) -> bool:
        return self.exitswitch is LAST_EXCEPTION


class Graph:
    """One function or method.  `func` is the Python function it came from
    (None for synthesised graphs); `flags` holds hint markers such as
    'elidable', 'dont_look_inside', 'unroll_safe', 'jit_portal'."""

    def __init__(self, name: str, startblock: Block, result_type: lt.LLType) -> None:
        self.name = name
        self.startblock = startblock
        self.returnblock = Block([Variable(result_type, "result")])
        self.exceptblock = Block([Variable(lt.Void, "exc")])
        self.func = None
        self.flags: set[str] = set()
        self.pos: Position | None = None
        self.classdef: lt.ClassDef | None = None   # set for methods

    @property
    def args(self) -> list[Variable]:
        return self.startblock.inputargs

    @property
    def result_type(self) -> lt.LLType:
        return self.returnblock.inputargs[0].concretetype

    def functype(self) -> lt.Func:
        return lt.Func(tuple(v.concretetype for v in self.args), self.result_type)

    def iterblocks(self) -> list[Block]:
        seen = {id(self.startblock)}
        order = [self.startblock]
        i = 0
        while i < len(order):
            for link in order[i].exits:
                if id(link.target) not in seen:
                    seen.add(id(link.target))
                    order.append(link.target)
            i += 1
        return order

    def iterlinks(self) -> list[Link]:
        return [l for b in self.iterblocks() for l in b.exits]

    def __repr__(self) -> str:
        return f"<Graph {self.name}>"


class LLProgram:
    """A whole translated program: what translate_to_lowlevel returns."""

    def __init__(self) -> None:
        self.entry: Graph | None = None        # main(argv: List[Str]) -> Signed
        self.graphs: list[Graph] = []          # every graph, entry included
        self.classes: list[lt.ClassDef] = []   # bases before subclasses
        self.exceptions: dict[str, lt.ClassDef] = {}   # built-in exception classes by name
        self.externals: dict[str, object] = {}         # external name -> Python function
        self.jitdrivers: list = []             # JitDriverInfo records (greens/reds names)

    def classdef(self, name: str) -> lt.ClassDef:
        for c in self.classes:
            if c.name == name:
                return c
        raise KeyError(name)

    def graph(self, name: str) -> Graph:
        for g in self.graphs:
            if g.name == name:
                return g
        raise KeyError(name)


# ---- printer -----------------------------------------------------------------

def _fmt_arg(a) -> str:
    if isinstance(a, Variable):
        return a.name
    return repr(a)


def _vtype(v: Variable) -> str:
    if v.concretetype is not None:
        return str(v.concretetype)
    if v.hltype is not None:
        return str(v.hltype)
    return "?"


def format_graph(graph: Graph) -> str:
    blocks = graph.iterblocks()
    names = {id(b): f"block{i}" for i, b in enumerate(blocks)}
    names[id(graph.returnblock)] = "return"
    names[id(graph.exceptblock)] = "raise"
    lines = []
    sig = ", ".join(f"{v.name}: {_vtype(v)}" for v in graph.args)
    flags = f"  [{', '.join(sorted(graph.flags))}]" if graph.flags else ""
    lines.append(f"graph {graph.name}({sig}) -> {_vtype(graph.returnblock.inputargs[0])}{flags}")
    for b in blocks:
        if b is graph.returnblock or b is graph.exceptblock:
            continue
        ins = ", ".join(f"{v.name}: {_vtype(v)}" for v in b.inputargs)
        lines.append(f"  {names[id(b)]}({ins}):")
        for op in b.operations:
            args = ", ".join(_fmt_arg(a) for a in op.args)
            text = f"    {op.result.name} = {op.opname}({args})"
            if op.result.concretetype is not None and op.result.concretetype != lt.Void:
                text += f" : {op.result.concretetype}"
            elif op.result.hltype is not None:
                text += f" : {op.result.hltype}"
            if op.pos is not None:
                text = text.ljust(60) + f"  # {op.pos.line}:{op.pos.col}"
            lines.append(text)
        if b.exitswitch is not None:
            lines.append(f"    switch {_fmt_arg(b.exitswitch)}")
        for link in b.exits:
            case = ""
            if b.exitswitch is LAST_EXCEPTION and link.exitcase is not None:
                cname = getattr(link.exitcase, "name", None) or link.exitcase.__name__
                case = f"[{cname} as {link.last_exc_value}] "
            elif b.exitswitch is not None and b.exitswitch is not LAST_EXCEPTION:
                case = f"[{link.exitcase}] "
            args = ", ".join(_fmt_arg(a) for a in link.args)
            lines.append(f"    -> {case}{names.get(id(link.target), '?')}({args})")
    return "\n".join(lines)


def format_program(prog: LLProgram, only: str | None = None) -> str:
    out = []
    if only is None:
        for c in prog.classes:
            if c.is_builtin:
                continue
            base = c.base.name if c.base else "-"
            fields = ", ".join(f"{n}: {t}" for n, t in c.fields.items())
            out.append(f"class {c.name}({base}) {{{fields}}} methods: "
                       + ", ".join(sorted(c.methods)))
    for g in prog.graphs:
        if only is None or g.name == only or g.name.endswith("." + only):
            out.append(format_graph(g))
    return "\n\n".join(out) + "\n"


class GraphError(Exception):
    pass


def checkgraph(graph: Graph) -> None:
    """Check the structural rules of the module docstring (SSA: every
    variable is used only in the block that defines it; exits match the
    exitswitch).  Raises GraphError."""
    for b in graph.iterblocks():
        defined = {id(v) for v in b.inputargs}
        for op in b.operations:
            for a in op.args:
                if isinstance(a, Variable) and id(a) not in defined:
                    raise GraphError(f"{graph.name}: {a} used in {op} but not defined in its block")
            defined.add(id(op.result))
        if isinstance(b.exitswitch, Variable) and id(b.exitswitch) not in defined:
            raise GraphError(f"{graph.name}: switch variable {b.exitswitch} not defined in its block")
        if b is graph.returnblock or b is graph.exceptblock:
            continue
        if b.exitswitch is None and len(b.exits) != 1:
            raise GraphError(f"{graph.name}: block without switch has {len(b.exits)} exits")
        if isinstance(b.exitswitch, Variable) and [l.exitcase for l in b.exits] != [False, True]:
            raise GraphError(f"{graph.name}: bool switch needs exits [False, True]")
        if b.exitswitch is LAST_EXCEPTION and (not b.operations or b.exits[0].exitcase is not None):
            raise GraphError(f"{graph.name}: bad exception exits")
        for link in b.exits:
            if len(link.args) != len(link.target.inputargs):
                raise GraphError(f"{graph.name}: link carries {len(link.args)} values to a block of"
                                 f" {len(link.target.inputargs)} inputs")
            for a, t in zip(link.args, link.target.inputargs):
                if isinstance(a, Variable) and id(a) not in defined and a is not link.last_exc_value:
                    raise GraphError(f"{graph.name}: {a} passed on a link but not defined in its block")
                if (isinstance(a, Variable) and a.concretetype == lt.Void and t.concretetype is not None
                        and t.concretetype != lt.Void):
                    # a Void variable has no value to give: the backend would read garbage
                    raise GraphError(f"{graph.name}: Void {a} passed to {t}: {t.concretetype}")
