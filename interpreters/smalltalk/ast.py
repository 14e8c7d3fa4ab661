"""Syntax trees of SOM methods, blocks and class definitions."""


class Node:
    line: int
    col: int

    def __init__(self, line: int, col: int) -> None:
        self.line = line
        self.col = col


class Expr(Node):
    pass


class Literal(Expr):
    """A literal value; `kind` says which field holds it."""
    kind: str            # "int", "bigint", "double", "string", "symbol", "char", "array", "nil", "true", "false"
    ival: int
    text: str            # bigint digits, string, symbol, char
    dval: float
    items: list["Literal"]

    def __init__(self, line: int, col: int, kind: str) -> None:
        Expr.__init__(self, line, col)
        self.kind = kind
        self.ival = 0
        self.text = ""
        self.dval = 0.0
        self.items = []


class VarRef(Expr):
    name: str

    def __init__(self, line: int, col: int, name: str) -> None:
        Expr.__init__(self, line, col)
        self.name = name


class Assign(Expr):
    name: str
    value: Expr

    def __init__(self, line: int, col: int, name: str, value: Expr) -> None:
        Expr.__init__(self, line, col)
        self.name = name
        self.value = value


class Send(Expr):
    receiver: Expr
    selector: str
    args: list[Expr]
    is_super: bool

    def __init__(self, line: int, col: int, receiver: Expr, selector: str,
                 args: list[Expr], is_super: bool) -> None:
        Expr.__init__(self, line, col)
        self.receiver = receiver
        self.selector = selector
        self.args = args
        self.is_super = is_super


class CascadePart(Node):
    selector: str
    args: list[Expr]

    def __init__(self, line: int, col: int, selector: str, args: list[Expr]) -> None:
        Node.__init__(self, line, col)
        self.selector = selector
        self.args = args


class Cascade(Expr):
    """recv m1; m2; m3 — every message goes to the same receiver."""
    receiver: Expr
    is_super: bool
    parts: list[CascadePart]

    def __init__(self, line: int, col: int, receiver: Expr, is_super: bool,
                 parts: list[CascadePart]) -> None:
        Expr.__init__(self, line, col)
        self.receiver = receiver
        self.is_super = is_super
        self.parts = parts


class BraceArray(Expr):
    """{ e1. e2 } — an Array built at run time (an extension)."""
    elements: list[Expr]

    def __init__(self, line: int, col: int, elements: list[Expr]) -> None:
        Expr.__init__(self, line, col)
        self.elements = elements


class Return(Expr):
    value: Expr

    def __init__(self, line: int, col: int, value: Expr) -> None:
        Expr.__init__(self, line, col)
        self.value = value


class Body(Node):
    """Temporaries and statements of a method or block."""
    temps: list[str]
    statements: list[Expr]

    def __init__(self, line: int, col: int, temps: list[str], statements: list[Expr]) -> None:
        Node.__init__(self, line, col)
        self.temps = temps
        self.statements = statements


class Block(Expr):
    params: list[str]
    body: Body

    def __init__(self, line: int, col: int, params: list[str], body: Body) -> None:
        Expr.__init__(self, line, col)
        self.params = params
        self.body = body


class MethodDef(Node):
    selector: str
    params: list[str]
    body: Body
    is_primitive: bool

    def __init__(self, line: int, col: int, selector: str, params: list[str],
                 body: Body, is_primitive: bool) -> None:
        Node.__init__(self, line, col)
        self.selector = selector
        self.params = params
        self.body = body
        self.is_primitive = is_primitive


class ClassDef(Node):
    name: str
    superclass: str      # "" means the default (Object); "nil" means none
    has_superclass: bool
    instance_fields: list[str]
    instance_methods: list[MethodDef]
    class_fields: list[str]
    class_methods: list[MethodDef]
    filename: str

    def __init__(self, line: int, col: int, name: str, filename: str) -> None:
        Node.__init__(self, line, col)
        self.name = name
        self.superclass = ""
        self.has_superclass = False
        self.instance_fields = []
        self.instance_methods = []
        self.class_fields = []
        self.class_methods = []
        self.filename = filename
