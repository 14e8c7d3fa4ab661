"""The SOM object model: every value a Smalltalk program can hold."""
from interpreters.smalltalk.bignum import BigInt


class MethodEpoch:
    """Bumped whenever any method is added: inline caches compare it."""
    value: int

    def __init__(self) -> None:
        self.value = 0


EPOCH = MethodEpoch()


class W_Object:
    """Base of all Smalltalk values."""

    def get_class(self, ct: "ClassTable") -> "W_Class":
        raise NotImplementedError("get_class")


class W_Instance(W_Object):
    """An ordinary object: a class and named fields (also nil, true, false)."""
    w_class: "W_Class | None"
    fields: list[W_Object]
    ident_hash: int          # 0 until first asked for

    def __init__(self, w_class: "W_Class | None", num_fields: int, nil: "W_Object | None") -> None:
        self.w_class = w_class
        self.ident_hash = 0
        self.fields = []
        if nil is not None:
            self.fields = [nil] * num_fields

    def get_class(self, ct: "ClassTable") -> "W_Class":
        c = self.w_class
        assert c is not None
        return c


class W_Class(W_Instance):
    """A class or a metaclass; `fields` holds its class-side fields."""
    name: str
    superclass: "W_Class | None"
    methods: dict[str, "W_Invokable"]
    method_order: list["W_Invokable"]
    instance_fields: list[str]
    is_metaclass: bool

    def __init__(self, name: str, w_class: "W_Class | None", is_metaclass: bool) -> None:
        W_Instance.__init__(self, w_class, 0, None)
        self.name = name
        self.superclass = None
        self.methods = {}
        self.method_order = []
        self.instance_fields = []
        self.is_metaclass = is_metaclass

    def lookup(self, selector: str) -> "W_Invokable | None":
        c: W_Class | None = self
        while c is not None:
            if selector in c.methods:
                return c.methods[selector]
            c = c.superclass
        return None

    def add_method(self, m: "W_Invokable") -> None:
        sel = m.signature.value
        if sel in self.methods:
            old = self.methods[sel]
            i = self.method_order.index(old)
            self.method_order[i] = m
            m.from_extension = old.from_extension   # a replaced method keeps its place
        else:
            self.method_order.append(m)
        self.methods[sel] = m
        m.holder = self
        EPOCH.value += 1

    def num_instance_fields(self) -> int:
        return len(self.instance_fields)

    def is_subclass_of(self, other: "W_Class") -> bool:
        c: W_Class | None = self
        while c is not None:
            if c is other:
                return True
            c = c.superclass
        return False


class W_Integer(W_Object):
    value: int

    def __init__(self, value: int) -> None:
        self.value = value

    def get_class(self, ct: "ClassTable") -> "W_Class":
        return ct.integer


class W_BigInteger(W_Object):
    """An integer outside 64 bits (always normalised: never fits an int)."""
    value: BigInt

    def __init__(self, value: BigInt) -> None:
        self.value = value

    def get_class(self, ct: "ClassTable") -> "W_Class":
        return ct.integer


class W_Double(W_Object):
    value: float

    def __init__(self, value: float) -> None:
        self.value = value

    def get_class(self, ct: "ClassTable") -> "W_Class":
        return ct.double


class W_String(W_Object):
    value: str

    def __init__(self, value: str) -> None:
        self.value = value

    def get_class(self, ct: "ClassTable") -> "W_Class":
        return ct.string


class W_Symbol(W_String):
    """Interned: one W_Symbol per name (see Universe.symbol)."""
    num_args: int

    def __init__(self, value: str) -> None:
        W_String.__init__(self, value)
        self.num_args = selector_num_args(value)

    def get_class(self, ct: "ClassTable") -> "W_Class":
        return ct.symbol


def selector_num_args(sel: str) -> int:
    if sel == "":
        return 0
    c = sel[0]
    if c.isalpha() or c == "_":
        return sel.count(":")
    return 1


class W_Array(W_Object):
    items: list[W_Object]
    ident_hash: int          # 0 until first asked for

    def __init__(self, items: list[W_Object]) -> None:
        self.items = items
        self.ident_hash = 0

    def get_class(self, ct: "ClassTable") -> "W_Class":
        return ct.array


# Binary selectors the interpreter computes directly on two small Integers
# (while Integer's methods for them are the VM's primitives).
SPECIAL_SELECTORS = {"+": 1, "-": 2, "*": 3, "<": 4, ">": 5, "<=": 6, ">=": 7, "=": 8}
SPECIAL_PRIMITIVES = ["", "Integer>>+", "Integer>>-", "Integer>>*", "Integer>><", "Integer>>>",
                      "Integer>><=", "Integer>>>=", "Integer>>="]


class SendSite:
    """One send in the bytecode, with its monomorphic inline cache."""
    selector: W_Symbol
    num_args: int
    special: int             # index into SPECIAL_PRIMITIVES, 0 if none
    line: int
    cached_class: "W_Class | None"
    cached_epoch: int
    cached_method: "W_Invokable | None"

    def __init__(self, selector: W_Symbol, num_args: int, line: int) -> None:
        self.selector = selector
        self.num_args = num_args
        self.special = 0
        if selector.value in SPECIAL_SELECTORS:
            self.special = SPECIAL_SELECTORS[selector.value]
        self.line = line
        self.cached_class = None
        self.cached_epoch = -1
        self.cached_method = None


class W_Invokable(W_Object):
    signature: W_Symbol
    holder: "W_Class | None"
    num_args: int
    from_extension: bool     # added by lib/extend: not listed by Class>>methods

    def __init__(self, signature: W_Symbol, num_args: int) -> None:
        self.signature = signature
        self.holder = None
        self.num_args = num_args
        self.from_extension = False


# Methods so simple that a send runs them without making a frame.
TRIVIAL_NONE = 0
TRIVIAL_GETTER = 1      # ^ field
TRIVIAL_SETTER = 2      # field := arg (answers self)
TRIVIAL_CONST = 3       # ^ literal
TRIVIAL_SELF = 4        # ^ self, or an empty body


class W_Method(W_Invokable):
    """A compiled method or block body."""
    code: list[int]
    literals: list[W_Object]
    sites: list[SendSite]
    num_locals: int          # arguments first, then temporaries
    max_stack: int
    lines: list[int]         # source line of each bytecode position
    cols: list[int]          # and its column
    filename: str
    is_block: bool
    outer_method: "W_Method | None"
    trivial: int             # TRIVIAL_* kind: run at the send without a frame
    trivial_arg: int         # its field index or literal index

    def __init__(self, signature: W_Symbol, num_args: int) -> None:
        W_Invokable.__init__(self, signature, num_args)
        self.code = []
        self.literals = []
        self.sites = []
        self.num_locals = 0
        self.max_stack = 0
        self.lines = []
        self.cols = []
        self.filename = ""
        self.is_block = False
        self.outer_method = None
        self.trivial = TRIVIAL_NONE
        self.trivial_arg = 0

    def get_class(self, ct: "ClassTable") -> "W_Class":
        return ct.method

    def line_at(self, pc: int) -> int:
        if 0 <= pc < len(self.lines):
            return self.lines[pc]
        return 0

    def col_at(self, pc: int) -> int:
        if 0 <= pc < len(self.cols):
            return self.cols[pc]
        return 0


class W_Primitive(W_Invokable):
    """A method implemented by the VM: `index` into Universe.prim_fns, -1 if the VM lacks it."""
    index: int

    def __init__(self, signature: W_Symbol, num_args: int, index: int) -> None:
        W_Invokable.__init__(self, signature, num_args)
        self.index = index

    def get_class(self, ct: "ClassTable") -> "W_Class":
        return ct.primitive


class Frame:
    """One activation of a method or block."""
    # The JIT may keep these in registers while the frame is the portal's red.
    _virtualizable_ = ["locals", "stack", "pc"]

    method: W_Method
    receiver: W_Object
    locals: list[W_Object]
    stack: list[W_Object]
    outer: "Frame | None"        # lexically enclosing frame (blocks)
    home: "Frame | None"         # the method frame a `^` in a block returns from
    caller: "Frame | None"       # dynamic link, for back traces
    block: "W_Block | None"
    on_stack: bool
    pc: int

    def __init__(self, method: W_Method, receiver: W_Object, locals: list[W_Object],
                 outer: "Frame | None", caller: "Frame | None") -> None:
        self.method = method
        self.receiver = receiver
        self.locals = locals
        self.stack = []
        self.outer = outer
        self.home = None
        self.caller = caller
        self.block = None
        self.on_stack = True
        self.pc = 0


class W_Block(W_Object):
    method: W_Method
    outer: Frame

    def __init__(self, method: W_Method, outer: Frame) -> None:
        self.method = method
        self.outer = outer

    def get_class(self, ct: "ClassTable") -> "W_Class":
        n = self.method.num_args
        if n < len(ct.blocks):
            return ct.blocks[n]
        return ct.blocks[len(ct.blocks) - 1]


class ClassTable:
    """The classes the VM itself needs to know (filled at bootstrap)."""
    object: W_Class
    klass: W_Class
    metaclass: W_Class
    nil_class: W_Class
    integer: W_Class
    double: W_Class
    string: W_Class
    symbol: W_Class
    array: W_Class
    method: W_Class
    primitive: W_Class
    block: W_Class
    blocks: list[W_Class]        # Block1 (no argument), Block2, Block3, ...
    boolean: W_Class
    true_class: W_Class
    false_class: W_Class
    system: W_Class

    def __init__(self) -> None:
        self.blocks = []


class SymbolTable:
    """Interns symbols: one W_Symbol per name."""
    table: dict[str, W_Symbol]

    def __init__(self) -> None:
        self.table = {}

    def intern(self, name: str) -> W_Symbol:
        if name in self.table:
            return self.table[name]
        s = W_Symbol(name)
        self.table[name] = s
        return s
