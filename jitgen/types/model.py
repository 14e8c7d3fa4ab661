"""The subset's types, as the checker sees them, and their lattice.

join() is used where control flow merges (a local's type is the union of what
is assigned to it); coerce() checks that a value may flow into a declared
type.  TVar is an unknown (the element type of an empty literal) that the
first use binds.
"""
from __future__ import annotations


class T:
    is_ref = False

    def key(self) -> tuple:
        return (type(self).__name__,)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, T):
            return False
        a, b = prune(self), prune(other)
        if isinstance(a, TVar) or isinstance(b, TVar):
            return a is b
        return a.key() == b.key()

    def __hash__(self) -> int:
        p = prune(self)
        if isinstance(p, TVar):
            return id(p)
        return hash(p.key())

    def __repr__(self) -> str:
        return str(self)


class _Simple(T):
    def __init__(self, name: str, is_ref: bool = False) -> None:
        self.name = name
        self.is_ref = is_ref

    def key(self) -> tuple:
        return ("simple", self.name)

    def __str__(self) -> str:
        return self.name


TInt = _Simple("int")
TFloat = _Simple("float")
TBool = _Simple("bool")
TStr = _Simple("str", True)
TNone = _Simple("None", True)
TUint = _Simple("r_uint")
TSB = _Simple("StringBuilder", True)
TUndef = _Simple("<unassigned>")      # a local before its first assignment
TVoid = _Simple("<void>")             # nothing (a statement-like op)


class TVar(T):
    """An unknown type.  `lower`, if set, is a type that any binding must
    accept (a list literal of Leaf may become a list of its base Node)."""

    def __init__(self, lower: T | None = None) -> None:
        self.ref: T | None = None
        self.lower = lower

    def __str__(self) -> str:
        if self.ref is not None:
            return str(prune(self))
        # a literal's items not yet settled: show what they are so far
        return "?" if self.lower is None else str(self.lower)


def prune(t: T) -> T:
    while isinstance(t, TVar) and t.ref is not None:
        t = t.ref
    return t


def freeze(t: T) -> T:
    """prune, and settle an unknown that has a lower bound on that bound."""
    t = prune(t)
    if isinstance(t, TVar) and t.lower is not None:
        low = t.lower
        t.lower = None
        t.ref = low
        return prune(low)
    return t


def deep_freeze(t: T) -> T:
    t = freeze(t)
    if isinstance(t, TList):
        deep_freeze(t.item)
    elif isinstance(t, TDict):
        deep_freeze(t.k)
        deep_freeze(t.v)
    elif isinstance(t, TTuple):
        for x in t.items:
            deep_freeze(x)
    elif isinstance(t, TOpt):
        deep_freeze(t.inner)
    return t


def has_unknown(t: T) -> bool:
    """Whether t still contains an unknown with nothing to settle on."""
    t = prune(t)
    if isinstance(t, TVar):
        return t.lower is None
    if isinstance(t, TList):
        return has_unknown(t.item)
    if isinstance(t, TDict):
        return has_unknown(t.k) or has_unknown(t.v)
    if isinstance(t, TTuple):
        return any(has_unknown(x) for x in t.items)
    if isinstance(t, TOpt):
        return has_unknown(t.inner)
    return False


class TConflict(T):
    """A local that holds different types on different paths: an error only
    if the value is used."""

    def __init__(self, a: T, b: T, pos, name: str) -> None:
        self.a = a
        self.b = b
        self.pos = pos
        self.name = name

    def key(self) -> tuple:
        return ("conflict", id(self))

    def __str__(self) -> str:
        return f"<{self.a} or {self.b}>"


class TList(T):
    is_ref = True

    def __init__(self, item: T) -> None:
        self.item = item

    def key(self) -> tuple:
        return ("list", prune(self.item).key() if not isinstance(prune(self.item), TVar) else id(prune(self.item)))

    def __str__(self) -> str:
        return f"list[{self.item}]"


class TDict(T):
    is_ref = True

    def __init__(self, k: T, v: T, rdict: bool = False) -> None:
        self.k = k
        self.v = v
        self.rdict = rdict

    def key(self) -> tuple:
        return ("rdict" if self.rdict else "dict", _k(self.k), _k(self.v))

    def __str__(self) -> str:
        return f"{'r_dict' if self.rdict else 'dict'}[{self.k}, {self.v}]"


def _k(t: T):
    p = prune(t)
    return id(p) if isinstance(p, TVar) else p.key()


class TTuple(T):
    is_ref = True

    def __init__(self, items: list[T]) -> None:
        self.items = list(items)

    def key(self) -> tuple:
        return ("tuple",) + tuple(_k(t) for t in self.items)

    def __str__(self) -> str:
        return "tuple[" + ", ".join(str(t) for t in self.items) + "]"


class TInst(T):
    is_ref = True

    def __init__(self, cls) -> None:    # cls: ClassInfo
        self.cls = cls

    def key(self) -> tuple:
        return ("inst", id(self.cls))

    def __str__(self) -> str:
        return self.cls.pyname


class TOpt(T):
    """X | None, for a reference type X."""
    is_ref = True

    def __init__(self, inner: T) -> None:
        self.inner = inner

    def key(self) -> tuple:
        return ("opt", _k(self.inner))

    def __str__(self) -> str:
        return f"{self.inner} | None"


class TFunc(T):
    is_ref = True

    def __init__(self, args: list[T], ret: T) -> None:
        self.args = list(args)
        self.ret = ret

    def key(self) -> tuple:
        return ("func", tuple(_k(a) for a in self.args), _k(self.ret))

    def __str__(self) -> str:
        return "Callable[[" + ", ".join(str(a) for a in self.args) + f"], {self.ret}]"


class TPy(T):
    """A translation-time constant that is not a run-time value: a class, a
    module, a builtin function, a hint, a JitDriver.  Only usable where the
    checker knows what to do with it (calls, isinstance, attribute reads)."""

    def __init__(self, value) -> None:
        self.value = value

    def key(self) -> tuple:
        return ("py", id(self.value))

    def __str__(self) -> str:
        v = self.value
        return f"<{getattr(v, '__qualname__', None) or type(v).__name__}>"


class _Poison:
    def __repr__(self) -> str:
        return "<error>"


# The type of a value whose computation already had an error: its uses are
# not checked again, so that one mistake gives one error.
TErr = TPy(_Poison())


def strip_opt(t: T) -> T:
    t = prune(t)
    return prune(t.inner) if isinstance(t, TOpt) else t


def is_nullable(t: T) -> bool:
    t = prune(t)
    return isinstance(t, TOpt) or t is TNone


def make_opt(t: T) -> T:
    t = prune(t)
    if isinstance(t, TOpt) or t is TNone:
        return t
    return TOpt(t)


def common_base(a, b):
    chain = []
    c = a
    while c is not None:
        chain.append(c)
        c = c.base
    c = b
    while c is not None:
        if c in chain:
            return c
        c = c.base
    return None


class UnifyError(Exception):
    pass


def unify(a: T, b: T) -> None:
    """Make a and b the same type (binding unknowns), or raise UnifyError."""
    a, b = prune(a), prune(b)
    if a is b:
        return
    if isinstance(a, TVar) and isinstance(b, TVar):
        if a.lower is not None and b.lower is not None:
            b.lower = join(a.lower, b.lower)
        elif a.lower is not None:
            b.lower = a.lower
        a.ref = b
        return
    if isinstance(b, TVar):
        a, b = b, a
    if isinstance(a, TVar):
        if a.lower is not None and not assignable(a.lower, b):
            raise UnifyError()
        a.ref = b
        return
    if type(a) is not type(b):
        raise UnifyError()
    if isinstance(a, TList):
        unify(a.item, b.item)
    elif isinstance(a, TDict):
        if a.rdict != b.rdict:
            raise UnifyError()
        unify(a.k, b.k)
        unify(a.v, b.v)
    elif isinstance(a, TTuple):
        if len(a.items) != len(b.items):
            raise UnifyError()
        for x, y in zip(a.items, b.items):
            unify(x, y)
    elif isinstance(a, TOpt):
        unify(a.inner, b.inner)
    elif isinstance(a, TFunc):
        if len(a.args) != len(b.args):
            raise UnifyError()
        for x, y in zip(a.args, b.args):
            unify(x, y)
        unify(a.ret, b.ret)
    elif a.key() != b.key():
        raise UnifyError()


def join(a: T, b: T) -> T:
    """The type of a local that may hold an a or a b; raises UnifyError."""
    a, b = prune(a), prune(b)
    if a is TUndef:
        return b
    if b is TUndef:
        return a
    # an error value is neutral: it may come from a pass over a block made
    # before the types that flow into that block were final
    if a is TErr:
        return b
    if b is TErr:
        return a
    if isinstance(a, TConflict):
        return a
    if isinstance(b, TConflict):
        return b
    if a is b or (not isinstance(a, TVar) and not isinstance(b, TVar) and a.key() == b.key()):
        return a
    if isinstance(a, TVar) or isinstance(b, TVar):
        unify(a, b)
        return prune(a)
    if a is TNone:
        if not b.is_ref:
            raise UnifyError()
        return make_opt(b)
    if isinstance(a, TTuple) and isinstance(b, TTuple) and len(a.items) == len(b.items):
        return TTuple([join(x, y) for x, y in zip(a.items, b.items)])
    if isinstance(a, TList) and isinstance(b, TList):
        pa, pb = prune(a.item), prune(b.item)
        if isinstance(pa, TVar) and pa.lower is not None and not isinstance(pb, TVar):
            unify(pa, pb)
            return b
        if isinstance(pb, TVar) and pb.lower is not None and not isinstance(pa, TVar):
            unify(pb, pa)
            return a
    if b is TNone:
        if not a.is_ref:
            raise UnifyError()
        return make_opt(a)
    if isinstance(a, TOpt) or isinstance(b, TOpt):
        return make_opt(join(strip_opt(a), strip_opt(b)))
    if {a.key(), b.key()} == {TInt.key(), TBool.key()}:
        return TInt
    if isinstance(a, TInst) and isinstance(b, TInst):
        c = common_base(a.cls, b.cls)
        if c is None or c.is_root:
            raise UnifyError()
        return TInst(c)
    unify(a, b)
    return a


def assignable(v: T, target: T) -> bool:
    """May a value of type v flow where target is declared?  Binds unknowns."""
    v, target = prune(v), prune(target)
    if v is target:
        return True
    if isinstance(target, TVar) or isinstance(v, TVar):
        unify(v, target)
        return True
    if v is TUndef:
        return False
    if v.key() == target.key():
        return True
    if v is TNone:
        return target.is_ref
    if isinstance(target, TOpt):
        return assignable(strip_opt(v), target.inner)
    if isinstance(v, TOpt):
        # like RPython, a nullable value may flow into a non-null declaration;
        # using it as null fails at run time with an error.
        return assignable(v.inner, target)
    if v is TBool and target is TInt:
        return True
    if isinstance(v, TInst) and isinstance(target, TInst):
        return v.cls.is_subclass_of(target.cls)
    if isinstance(v, TFunc) and isinstance(target, TFunc):
        try:
            unify(v, target)
            return True
        except UnifyError:
            return False
    try:
        unify(v, target)
        return True
    except UnifyError:
        return False
