"""Low-level types: what the backends see.

The low-level layer keeps the subset's high-level data (instances with
fields and virtual methods, strings, lists, dicts, tuples) as first-class
types, in the way ootype did for PyPy's GenCLI: each backend maps them its own
way (native: structs, arrays, vtables and runtime helpers; cli: .NET classes,
List<T>, Dictionary<K,V>).  docs/lowlevel.md is the reference.

Every reference type (Str, List, Dict, RDict, Tuple, Instance, Func,
StringBuilderType) may hold the null reference, which is how the subset's
`None` is represented.  Primitive types (Signed, Unsigned, Float, Bool) never
are null.  Void is the type of values that carry nothing (results of
procedures, the None returned by a `-> None` function).
"""
from __future__ import annotations


class LLType:
    """Base of all low-level types.  Types compare structurally."""

    is_ref = False

    def _key(self) -> tuple:
        return (type(self).__name__,)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, LLType) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return str(self)


class Primitive(LLType):
    def __init__(self, name: str) -> None:
        self.name = name

    def _key(self) -> tuple:
        return ("prim", self.name)

    def __str__(self) -> str:
        return self.name


Void = Primitive("Void")          # no value; runtime value None
Bool = Primitive("Bool")          # True/False
Signed = Primitive("Signed")      # signed 64-bit two's complement
Unsigned = Primitive("Unsigned")  # unsigned 64-bit, wraps modulo 2**64
Float = Primitive("Float")        # IEEE-754 double


class StrType(LLType):
    """Immutable sequence of Unicode code points (Python str)."""
    is_ref = True

    def __str__(self) -> str:
        return "Str"


Str = StrType()


class StringBuilderType(LLType):
    """Mutable string accumulator (jitgen.hints.StringBuilder)."""
    is_ref = True

    def __str__(self) -> str:
        return "StringBuilder"


StringBuilder = StringBuilderType()


class List(LLType):
    """Growable array of `item` (List<T> on .NET)."""
    is_ref = True

    def __init__(self, item: LLType) -> None:
        self.item = item

    def _key(self) -> tuple:
        return ("List", self.item)

    def __str__(self) -> str:
        return f"List[{self.item}]"


class Dict(LLType):
    """Insertion-ordered hash map.  Keys: Signed, Bool, Float, Str, Tuple of
    those, or Instance (by identity)."""
    is_ref = True

    def __init__(self, key: LLType, value: LLType) -> None:
        self.key = key
        self.value = value

    def _key(self) -> tuple:
        return ("Dict", self.key, self.value)

    def __str__(self) -> str:
        return f"Dict[{self.key}, {self.value}]"


class RDict(LLType):
    """Insertion-ordered hash map whose key equality and hash are program
    functions, stored in each dict when it is made (new_rdict)."""
    is_ref = True

    def __init__(self, key: LLType, value: LLType) -> None:
        self.key = key
        self.value = value

    def _key(self) -> tuple:
        return ("RDict", self.key, self.value)

    def __str__(self) -> str:
        return f"RDict[{self.key}, {self.value}]"


class Tuple(LLType):
    """Immutable fixed-size record; compared and hashed by value."""
    is_ref = True

    def __init__(self, items: tuple[LLType, ...]) -> None:
        self.items = tuple(items)

    def _key(self) -> tuple:
        return ("Tuple",) + self.items

    def __str__(self) -> str:
        return "Tuple[" + ", ".join(str(t) for t in self.items) + "]"


class Func(LLType):
    """Pointer to a top-level function (a Graph) with this signature."""
    is_ref = True

    def __init__(self, args: tuple[LLType, ...], result: LLType) -> None:
        self.args = tuple(args)
        self.result = result

    def _key(self) -> tuple:
        return ("Func", self.args, self.result)

    def __str__(self) -> str:
        return "Func[(" + ", ".join(str(t) for t in self.args) + f") -> {self.result}]"


class ClassDef:
    """A class of the program (or a built-in exception class).

    fields: own fields only, in declaration order (name -> LLType); a
    subclass's layout is its base's layout followed by its own fields.
    methods: own method implementations (name -> Graph); the first input
    variable of each is `self`.  class_attrs: class constants that are read
    through an instance (name -> Constant); a subclass may override them.
    """

    def __init__(self, name: str, base: ClassDef | None) -> None:
        self.name = name                      # unique in the program
        self.pyname = name.rsplit(".", 1)[-1]  # the Python class name
        # the name an uncaught-exception report gives: CPython's
        # "module.Name" for a class of another module than the program's
        self.report_name = self.pyname
        self.base = base
        self.fields: dict[str, LLType] = {}
        self.final_fields: set[str] = set()
        self.methods: dict = {}               # name -> Graph
        self.class_attrs: dict = {}           # name -> Constant
        self.is_exception = False
        self.is_builtin = False
        self.subclasses: list[ClassDef] = []
        if base is not None:
            base.subclasses.append(self)
            self.is_exception = base.is_exception

    def mro(self) -> list[ClassDef]:
        out = []
        c: ClassDef | None = self
        while c is not None:
            out.append(c)
            c = c.base
        return out

    def all_fields(self) -> list[tuple[str, LLType]]:
        """The full layout: inherited fields first."""
        out: list[tuple[str, LLType]] = []
        for c in reversed(self.mro()):
            out.extend(c.fields.items())
        return out

    def field_type(self, name: str) -> LLType:
        for c in self.mro():
            if name in c.fields:
                return c.fields[name]
        raise KeyError(f"{self.name} has no field {name}")

    def lookup_method(self, name: str):
        """The Graph that call_method(name) runs for an instance of exactly
        this class, or None."""
        for c in self.mro():
            if name in c.methods:
                return c.methods[name]
        return None

    def lookup_class_attr(self, name: str):
        for c in self.mro():
            if name in c.class_attrs:
                return c.class_attrs[name]
        return None

    def is_subclass_of(self, other: ClassDef) -> bool:
        c: ClassDef | None = self
        while c is not None:
            if c is other:
                return True
            c = c.base
        return False

    def __repr__(self) -> str:
        return f"<ClassDef {self.name}>"


class Instance(LLType):
    """Reference to an instance of `classdef` or of one of its subclasses."""
    is_ref = True

    def __init__(self, classdef: ClassDef) -> None:
        self.classdef = classdef

    def _key(self) -> tuple:
        return ("Instance", id(self.classdef))

    def __str__(self) -> str:
        return f"Instance[{self.classdef.name}]"


def default_value(t: LLType):
    """The value a fresh field or list slot of type t holds."""
    if t == Signed or t == Unsigned:
        return 0
    if t == Float:
        return 0.0
    if t == Bool:
        return False
    return None


# ---- runtime values, shared by constants and the graph interpreter --------
#
# Signed/Unsigned -> Python int, Float -> float, Bool -> bool, Void -> None,
# Str -> str, List -> Python list, Dict -> Python dict, Tuple -> Python tuple,
# Instance -> LLInstance, RDict -> LLRDict, Func -> the Graph object,
# StringBuilder -> LLStringBuilder, null -> None.  Prebuilt data (module
# globals, class constants) appear as Constants holding such values; two
# Constants holding the same Python object denote the same prebuilt object.


class LLInstance:
    """An instance at run time (and a prebuilt instance in a Constant)."""
    __slots__ = ("classdef", "fields")

    def __init__(self, classdef: ClassDef, fields: dict | None = None) -> None:
        self.classdef = classdef
        if fields is None:
            fields = {n: default_value(t) for n, t in classdef.all_fields()}
        self.fields = fields

    def __repr__(self) -> str:
        return f"<{self.classdef.name} instance>"


class LLRDict:
    """An r_dict at run time: entries keyed by the program's eq/hash."""
    __slots__ = ("eq", "hash", "entries")

    def __init__(self, eq, hash) -> None:
        self.eq = eq          # Graph
        self.hash = hash      # Graph
        self.entries: list = []   # [key, value] pairs in insertion order


class LLStringBuilder:
    __slots__ = ("parts", "length")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
