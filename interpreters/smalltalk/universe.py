"""The universe: classes, globals, symbols, the classpath and class loading."""
from typing import Callable
from interpreters.smalltalk import ast
from interpreters.smalltalk.lexer import ParseError
from interpreters.smalltalk.parser import parse_class_source
from interpreters.smalltalk.compiler import Compiler, CompileEnv
from interpreters.smalltalk.objects import (
    W_Object, W_Instance, W_Class, W_Symbol, W_Primitive, W_Invokable,
    ClassTable, SymbolTable, Frame, EPOCH, SPECIAL_PRIMITIVES, SPECIAL_SELECTORS,
)
from vm import io


class SmalltalkError(Exception):
    """An error the VM reports and that ends the program (status 1)."""
    msg: str
    trace: list[str]          # Smalltalk activations, innermost first
    repeats: list[int]        # how many times each line repeats in a row
    dropped: int
    where: str                # file:line:col of the innermost activation

    def __init__(self, msg: str) -> None:
        self.msg = msg
        self.where = ""
        self.trace = []
        self.repeats = []
        self.dropped = 0

    def trace_text(self) -> str:
        out: list[str] = []
        for i in range(len(self.trace)):
            line = self.trace[i]
            if self.repeats[i] > 1:
                line += "  [" + str(self.repeats[i]) + " times]"
            out.append(line)
        if self.dropped > 0:
            out.append("  ... " + str(self.dropped) + " more")
        return "\n".join(out)

    def __str__(self) -> str:
        return self.msg


class PrimitiveFailed(SmalltalkError):
    """A primitive cannot do its work (wrong argument, out of bounds).

    The receiver is sent `primitiveFailed: message` if it understands it (the
    library signals a catchable Error); otherwise it is a SmalltalkError.
    """


class AbortProgram(SmalltalkError):
    """`system abort: message`: the report was already printed; only the back trace follows."""


class RestartFrame(Exception):
    """`Block>>restart` (older SOM cores' whileTrue:): run the sending method again from its start."""
    frame: Frame

    def __init__(self, frame: Frame) -> None:
        self.frame = frame


class ExitProgram(Exception):
    """`system exit: n`: unwinds everything; the embedding reports status 2."""
    code: int

    def __init__(self, code: int) -> None:
        self.code = code


class NonLocalReturn(Exception):
    """`^` from a block: unwinds to the home method's activation."""
    home: Frame
    value: W_Object

    def __init__(self, home: Frame, value: W_Object) -> None:
        self.home = home
        self.value = value


# Classes the VM creates before any source is read, in bootstrap order.
SYSTEM_CLASS_NAMES = ["Object", "Class", "Metaclass", "Nil", "Array", "Method",
                      "Primitive", "Symbol", "String", "Integer", "Double",
                      "Block", "Block1", "Block2", "Block3", "Block4",
                      "Boolean", "True", "False", "System"]

# Primitive implementations are looked up by "Class>>selector".
PrimFn = Callable[["Universe", W_Object, list[W_Object]], W_Object]


class Universe:
    ct: ClassTable
    symbols: SymbolTable
    globals: dict[str, W_Object]
    classpath: list[str]
    extend_dir: str
    prim_index: dict[str, int]      # "Class>>selector" -> index in prim_fns
    prim_fns: list[PrimFn]
    nil: W_Instance
    true: W_Instance
    false: W_Instance
    system: W_Instance
    env: CompileEnv
    depth: int
    max_depth: int
    top_frame: Frame | None
    interrupted: bool
    start_ticks: float
    random_state: int
    bootstrapped: bool
    int_fast_epoch: int      # EPOCH value when int_fast_ok was computed
    int_fast_ok: bool        # Integer's special selectors are still the VM's primitives

    def __init__(self, classpath: list[str], extend_dir: str, primitives: dict[str, PrimFn]) -> None:
        self.ct = ClassTable()
        self.symbols = SymbolTable()
        self.globals = {}
        self.classpath = classpath
        self.extend_dir = extend_dir
        self.prim_index = {}
        self.prim_fns = []
        for key, fn in primitives.items():
            self.prim_index[key] = len(self.prim_fns)
            self.prim_fns.append(fn)
        self.depth = 0
        self.max_depth = 10000
        self.top_frame = None
        self.interrupted = False
        self.start_ticks = 0.0
        self.random_state = 74755
        self.bootstrapped = False
        self.int_fast_epoch = -1
        self.int_fast_ok = False
        self.nil = W_Instance(None, 0, None)
        self.true = W_Instance(None, 0, None)
        self.false = W_Instance(None, 0, None)
        self.system = W_Instance(None, 0, None)
        self.env = CompileEnv(self.symbols, self.nil, self.true, self.false)

    def get_global(self, name: str) -> W_Object | None:
        if name in self.globals:
            return self.globals[name]
        return None

    def integer_fast_path(self) -> bool:
        """May the interpreter do +, <, ... on two small Integers itself?"""
        if self.int_fast_epoch == EPOCH.value:
            return self.int_fast_ok
        ok = True
        for sel in SPECIAL_SELECTORS.keys():
            m = self.ct.integer.lookup(sel)
            key = SPECIAL_PRIMITIVES[SPECIAL_SELECTORS[sel]]
            if not isinstance(m, W_Primitive) or key not in self.prim_index or \
                    m.index != self.prim_index[key]:
                ok = False
        self.int_fast_ok = ok
        self.int_fast_epoch = EPOCH.value
        return ok

    def symbol(self, name: str) -> W_Symbol:
        return self.symbols.intern(name)

    def bool_object(self, b: bool) -> W_Object:
        if b:
            return self.true
        return self.false

    # -- bootstrap -------------------------------------------------------
    def new_class_pair(self, name: str) -> W_Class:
        meta = W_Class(name + " class", None, True)
        cls = W_Class(name, meta, False)
        return cls

    def bootstrap(self) -> None:
        """Make the system classes, then fill them from their source files."""
        made: dict[str, W_Class] = {}
        for name in SYSTEM_CLASS_NAMES:
            made[name] = self.new_class_pair(name)
        ct = self.ct
        ct.object = made["Object"]
        ct.klass = made["Class"]
        ct.metaclass = made["Metaclass"]
        ct.nil_class = made["Nil"]
        ct.array = made["Array"]
        ct.method = made["Method"]
        ct.primitive = made["Primitive"]
        ct.symbol = made["Symbol"]
        ct.string = made["String"]
        ct.integer = made["Integer"]
        ct.double = made["Double"]
        ct.block = made["Block"]
        ct.blocks = [made["Block1"], made["Block2"], made["Block3"], made["Block4"]]
        ct.boolean = made["Boolean"]
        ct.true_class = made["True"]
        ct.false_class = made["False"]
        ct.system = made["System"]
        # Every metaclass is an instance of Metaclass.
        for name in SYSTEM_CLASS_NAMES:
            meta = made[name].w_class
            assert meta is not None
            meta.w_class = ct.metaclass
        self.nil.w_class = ct.nil_class
        self.true.w_class = ct.true_class
        self.false.w_class = ct.false_class
        self.system.w_class = ct.system
        # Superclass links; the real ones come from the source files.
        self.set_superclass(ct.object, None)
        for name in SYSTEM_CLASS_NAMES:
            if name != "Object":
                self.set_superclass(made[name], ct.object)
        self.globals["nil"] = self.nil
        self.globals["true"] = self.true
        self.globals["false"] = self.false
        self.globals["system"] = self.system
        for name in SYSTEM_CLASS_NAMES:
            self.globals[name] = made[name]
        for name in SYSTEM_CLASS_NAMES:
            cls = made[name]
            if name == "Block4" and not self.find_class_file(name):
                self.set_superclass(cls, ct.block)
                continue      # Block4 is optional: the published core has no file for it
            self.load_system_class(cls)
        self.bootstrapped = True

    def set_superclass(self, cls: W_Class, sup: W_Class | None) -> None:
        cls.superclass = sup
        meta = cls.w_class
        assert meta is not None
        if sup is None:
            meta.superclass = self.ct.klass
        else:
            meta.superclass = sup.w_class

    # -- class files -----------------------------------------------------
    def find_class_file(self, name: str) -> str:
        for d in self.classpath:
            path = d + "/" + name + ".som"
            if io.file_exists(path):
                return path
        return ""

    def read_class_def(self, name: str) -> ast.ClassDef | None:
        path = self.find_class_file(name)
        if path == "":
            return None
        return self.parse_class_file(path)

    def parse_class_file(self, path: str) -> ast.ClassDef:
        try:
            source = io.read_file(path)
        except OSError:
            raise SmalltalkError("cannot read class file " + path)
        return parse_class_source(source, path)

    def load_system_class(self, cls: W_Class) -> None:
        cdef = self.read_class_def(cls.name)
        if cdef is None:
            raise SmalltalkError("system class " + cls.name + " not found on the classpath: " +
                                 ":".join(self.classpath))
        self.check_name(cdef, cls.name)
        self.fill_class(cls, cdef)

    def check_name(self, cdef: ast.ClassDef, name: str) -> None:
        if cdef.name != name:
            raise ParseError(cdef.filename, cdef.line, cdef.col,
                             "expected class " + name + " in this file, found class " + cdef.name)

    def resolve_superclass(self, cdef: ast.ClassDef) -> W_Class | None:
        if not cdef.has_superclass:
            if cdef.name == "Object":
                return None
            return self.ct.object
        if cdef.superclass == "nil":
            return None
        sup = self.lookup_class(cdef.superclass)
        if sup is None:
            raise ParseError(cdef.filename, cdef.line, cdef.col,
                             "superclass " + cdef.superclass + " of " + cdef.name +
                             " not found on the classpath")
        return sup

    def fill_class(self, cls: W_Class, cdef: ast.ClassDef) -> None:
        """Install fields and methods from a definition into a class pair."""
        sup = self.resolve_superclass(cdef)
        self.set_superclass(cls, sup)
        meta = cls.w_class
        assert meta is not None
        inherited: list[str] = []
        inherited_class_side: list[str] = []
        if sup is not None:
            inherited = list(sup.instance_fields)
            supmeta = sup.w_class
            assert supmeta is not None
            inherited_class_side = list(supmeta.instance_fields)
        cls.instance_fields = inherited + cdef.instance_fields
        meta.instance_fields = inherited_class_side + cdef.class_fields
        cls.fields = [self.nil] * len(meta.instance_fields)
        self.install_methods(cls, cdef.instance_methods, cdef.filename, False)
        self.install_methods(meta, cdef.class_methods, cdef.filename, False)
        self.apply_extension(cls)

    def install_methods(self, cls: W_Class, mdefs: list[ast.MethodDef], filename: str,
                        from_extension: bool) -> None:
        comp = Compiler(self.env, filename, cls.instance_fields, cls.name)
        for mdef in mdefs:
            m: W_Invokable
            if mdef.is_primitive:
                base = cls.name
                if cls.is_metaclass:
                    base = cls.name[:len(cls.name) - len(" class")]
                    key = base + " class>>" + mdef.selector
                else:
                    key = base + ">>" + mdef.selector
                index = -1
                if key in self.prim_index:
                    index = self.prim_index[key]
                m = W_Primitive(self.symbol(mdef.selector), len(mdef.params), index)
            else:
                m = comp.compile_method(mdef)
            m.from_extension = from_extension
            cls.add_method(m)

    def apply_extension(self, cls: W_Class) -> None:
        """Methods from lib/extend/<Name>.som are added to a freshly loaded class."""
        if self.extend_dir == "":
            return
        path = self.extend_dir + "/" + cls.name + ".som"
        if not io.file_exists(path):
            return
        cdef = self.parse_class_file(path)
        meta = cls.w_class
        assert meta is not None
        self.install_methods(cls, cdef.instance_methods, cdef.filename, True)
        self.install_methods(meta, cdef.class_methods, cdef.filename, True)

    def load_class(self, name: str) -> W_Class | None:
        """Load a class from the classpath and define it as a global (None if absent)."""
        cdef = self.read_class_def(name)
        if cdef is None:
            return None
        self.check_name(cdef, name)
        return self.define_class(cdef)

    def define_class(self, cdef: ast.ClassDef) -> W_Class:
        existing = self.get_global(cdef.name)
        if isinstance(existing, W_Class) and self.is_system_class(existing):
            # a system class loaded again (e.g. from a user's core library)
            self.fill_class(existing, cdef)
            return existing
        cls = self.new_class_pair(cdef.name)
        meta = cls.w_class
        assert meta is not None
        meta.w_class = self.ct.metaclass
        self.globals[cdef.name] = cls
        try:
            self.fill_class(cls, cdef)
        except ParseError:
            del self.globals[cdef.name]
            raise
        return cls

    def is_system_class(self, cls: W_Class) -> bool:
        for name in SYSTEM_CLASS_NAMES:
            if self.get_global(name) is cls:
                return True
        return False

    def lookup_class(self, name: str) -> W_Class | None:
        g = self.get_global(name)
        if isinstance(g, W_Class):
            return g
        if g is not None:
            return None
        return self.load_class(name)

    def global_or_load(self, name: str) -> W_Object | None:
        """A global's value; an unknown capitalised name is tried as a class file."""
        g = self.get_global(name)
        if g is not None:
            return g
        if name != "" and name[0].isupper():
            return self.load_class(name)
        return None

    def new_instance(self, cls: W_Class) -> W_Instance:
        return W_Instance(cls, cls.num_instance_fields(), self.nil)
