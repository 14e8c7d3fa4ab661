"""Type checking and inference over flow graphs.

Each function is checked on its own against the annotations of the functions
it calls, so the work is linear in the program: a worklist of reachable
functions, and inside each function a worklist of blocks that re-runs a block
only when the type of one of its input variables widens (join).  Typing an
operation also records a *recipe*: the low-level operations that implement
it for these types (see jitgen.types.rules); jitgen.lower turns recipes into
low-level graphs.
"""
from __future__ import annotations

import types as pytypes

from jitgen.frontend.build import build_flow_graph, function_info
from jitgen.frontend.errors import ErrorLog
from jitgen.frontend.flowbuilder import FunctionInfo, is_undef, _NoValue, POISON
from jitgen.frontend.source import SourceCache
from jitgen.hints.jit import JitDriver
from jitgen.hints.rdict import r_dict
from jitgen.lower.llgraph import Constant, Graph, Position, Variable, LAST_EXCEPTION
from jitgen.types import model as m
from jitgen.types.classes import (AnnotationError, ClassInfo, ClassTable,
                                  annotation_resolver, is_program_class)
from jitgen.types.model import (T, TBool, TDict, TFloat, TFunc, TInst, TInt,
                                TList, TNone, TOpt, TPy, TStr, TTuple, TUndef,
                                TVar, prune, strip_opt)


class TypeErr(Exception):
    """Raised by a rule; becomes one error at the op (or argument) position."""

    def __init__(self, message: str, argindex: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.argindex = argindex


class SilentErr(TypeErr):
    """The op depends on something already reported: poison, no new error."""


class Defer(Exception):
    """Raised by a rule that needs a type not known yet (the item type of a
    list that a later-typed block fills): the block is typed again once
    the rest of the function has been."""


class TypeErrAt(TypeErr):
    """An error reported at a given position rather than at the op."""

    def __init__(self, pos, message: str) -> None:
        super().__init__(message)
        self.pos = pos


class FuncDesc:
    """One translated copy of a Python function (specialisations are copies)."""

    def __init__(self, pyfunc, key: tuple, name: str) -> None:
        self.pyfunc = pyfunc
        self.key = key
        self.name = name
        self.info: FunctionInfo | None = None
        self.graph: Graph | None = None
        self.argtypes: list[T] = []
        self.ret: T = TVar()
        self.classinfo: ClassInfo | None = None   # owner class, for methods
        self.is_method = False
        self.state = "new"                         # new, typing, done, failed
        self.recipes: dict[int, tuple] = {}
        self.flags: set[str] = set()
        self.llgraph = None
        self.origin_pos: Position | None = None

    def __repr__(self) -> str:
        return f"<FuncDesc {self.name}>"


class JitDriverInfo:
    def __init__(self, driver: JitDriver, name: str) -> None:
        self.driver = driver
        self.name = name
        self.greens = list(driver.greens)
        self.reds = list(driver.reds)
        self.virtualizables = list(driver.virtualizables)
        self.is_recursive = driver.is_recursive

    def __repr__(self) -> str:
        return f"<jitdriver {self.name}>"


class Checker:
    def __init__(self, errors: ErrorLog | None = None) -> None:
        from jitgen.types.rules import Rules
        self.errors = errors if errors is not None else ErrorLog()
        self.cache = SourceCache()
        self.resolve = annotation_resolver(lambda: self.classes)
        self.classes = ClassTable(self.resolve)
        self.funcs: dict[tuple, FuncDesc] = {}
        self.order: list[FuncDesc] = []
        self.pending: list[FuncDesc] = []
        self.prebuilt_types: dict[int, T] = {}
        self.prebuilt_keep: list = []
        self.global_annotations: dict[int, T] = {}
        self.jitdrivers: dict[int, JitDriverInfo] = {}
        self.used_externals: dict[str, object] = {}
        self.entry: FuncDesc | None = None
        self.exception_repr_fd: FuncDesc | None = None   # repr() of an exception without __repr__
        self.rules = Rules(self)
        self._scanned_modules: set[str] = set()
        self._class_errors_reported = 0

    # ---- program --------------------------------------------------------
    def check_program(self, module) -> FuncDesc | None:
        main = getattr(module, "main", None)
        if not isinstance(main, pytypes.FunctionType):
            self.errors.error(Position(self.cache.display_name(module.__file__), 1, 1),
                              "the program defines no function 'main(argv: list[str]) -> int'")
            return None
        self.entry = self.get_func(main, (), None)
        fd = self.entry
        if fd.info is not None and not (len(fd.argtypes) == 1 and fd.argtypes[0] == TList(TStr)
                                        and prune(fd.ret) == TInt):
            self.errors.error(fd.info.pos(), "the entry point must be 'def main(argv: list[str]) -> int'")
        self.run()
        return self.entry

    def run(self) -> None:
        while self.pending:
            fd = self.pending.pop()
            if fd.state == "new":
                self.type_function(fd)
        self.report_class_errors()

    def report_class_errors(self) -> None:
        errs = self.classes.errors
        while self._class_errors_reported < len(errs):
            pycls, field, msg = errs[self._class_errors_reported]
            self._class_errors_reported += 1
            self.errors.error(self.class_pos(pycls, field, msg), msg)

    def class_pos(self, pycls, field, msg: str) -> Position:
        import ast
        node, file = self.cache.class_node(pycls)
        if node is None:
            return Position(file, 1, 1)
        if field is None:
            if "multiple inheritance" in msg and len(node.bases) > 1:
                b = node.bases[1]
                return Position(file, b.lineno, b.col_offset + 1)
            return Position(file, node.lineno, node.col_offset + 1)
        for s in node.body:
            if isinstance(s, ast.AnnAssign) and isinstance(s.target, ast.Name) and s.target.id == field:
                return Position(file, s.annotation.lineno, s.annotation.col_offset + 1)
            if isinstance(s, (ast.FunctionDef, ast.Assign)):
                names = [s.name] if isinstance(s, ast.FunctionDef) else [
                    t.id for t in s.targets if isinstance(t, ast.Name)]
                if field in names:
                    return Position(file, s.lineno, s.col_offset + 1)
        return Position(file, node.lineno, node.col_offset + 1)

    # ---- functions ------------------------------------------------------
    def classinfo(self, pycls) -> ClassInfo | None:
        ci = self.classes.get(pycls)
        if ci is not None:
            self.classes.layout(ci)
        return ci

    def get_func(self, pyfunc, key: tuple, owner: ClassInfo | None,
                 argtypes: list[T] | None = None) -> FuncDesc:
        k = (pyfunc, key, owner)
        fd = self.funcs.get(k)
        if fd is not None:
            return fd
        qual = f"{_modname(pyfunc.__module__)}.{pyfunc.__qualname__}"
        if key:
            qual += "__" + "_".join(_keystr(x) for x in key)
        fd = FuncDesc(pyfunc, key, qual)
        self.funcs[k] = fd
        self.order.append(fd)
        fd.classinfo = owner
        fd.is_method = owner is not None
        for attr, flag in (("_jit_elidable_", "elidable"), ("_jit_unroll_safe_", "unroll_safe"),
                           ("_jit_dont_look_inside_", "dont_look_inside"),
                           ("_jit_look_inside_", "look_inside")):
            if getattr(pyfunc, attr, False):
                fd.flags.add(flag)
        is_external = getattr(pyfunc, "_jit_external_", None) is not None
        info = function_info(pyfunc, self.cache, ErrorLog() if is_external else self.errors, fd.is_method)
        fd.info = info
        if info is None:
            fd.state = "failed"
            fd.argtypes = [TVar() for _ in range(pyfunc.__code__.co_argcount)]
            return fd
        glb = pyfunc.__globals__
        for i, (name, ann) in enumerate(zip(info.argnames, info.arg_annotations)):
            if i == 0 and fd.is_method:
                fd.argtypes.append(TInst(owner))
                continue
            if argtypes is not None and argtypes[i] is not None:
                fd.argtypes.append(argtypes[i])
                continue
            if ann is None:
                fd.argtypes.append(TVar())
                continue
            fd.argtypes.append(self.annotation(ann, glb, info.pos(ann)))
        if info.return_annotation is not None:
            fd.ret = self.annotation(info.return_annotation, glb, info.pos(info.return_annotation),
                                     allow_none=True)
        else:
            fd.ret = TVar()
        if is_external:
            fd.state = "external"
            return fd
        self.pending.append(fd)
        return fd

    def annotation(self, ann_node, glb: dict, pos: Position, allow_none: bool = True) -> T:
        import ast
        text = ast.unparse(ann_node) if isinstance(ann_node, ast.AST) else ann_node
        try:
            t, final = self.resolve(text, glb)
        except AnnotationError as e:
            self.errors.error(pos, str(e))
            return m.TErr
        self.report_class_errors()
        return t

    def ensure_typed(self, fd: FuncDesc) -> None:
        if fd.state == "new":
            self.type_function(fd)

    def type_function(self, fd: FuncDesc) -> None:
        fd.state = "typing"
        graph = build_flow_graph(fd.info, self.errors, fd.is_method)
        fd.graph = graph
        graph.name = fd.name
        FunctionTyper(self, fd).run()
        fd.state = "done"

    # ---- constants --------------------------------------------------------
    def const_type(self, value) -> T:
        if value is None:
            return TNone
        if value is POISON:
            return m.TErr
        if is_undef(Constant(value, None)):
            return TUndef
        tp = type(value)
        if tp is bool:
            return TBool
        if tp is int:
            return TInt
        if tp is float:
            return TFloat
        if tp is str:
            return TStr
        from jitgen.hints.arith import r_uint
        if tp is r_uint:
            return m.TUint
        if tp is tuple:
            return TTuple([self.const_type(v) for v in value])
        t = self.prebuilt_types.get(id(value))
        if t is not None:
            return t
        if isinstance(value, r_dict):
            return self.rdict_const_type(value)
        if tp is list or tp is dict:
            t = self.global_annotations.get(id(value))
            if t is not None:
                # the items' functions and instances are part of the program
                self.prebuilt_types[id(value)] = t
                for item in (value if tp is list else list(value.keys()) + list(value.values())):
                    self.const_type(item)
            if t is None:
                # a placeholder first: the items may refer back to this object
                t = TList(TVar()) if tp is list else TDict(TVar(), TVar())
                self.prebuilt_types[id(value)] = t
                self.prebuilt_keep.append(value)
                if tp is list:
                    item = self.join_prebuilt(value)
                    if item is not None:
                        m.unify(t.item, item)
                else:
                    k = self.join_prebuilt(list(value.keys()))
                    v = self.join_prebuilt(list(value.values()))
                    if k is not None:
                        m.unify(t.k, k)
                    if v is not None:
                        m.unify(t.v, v)
            self.prebuilt_types[id(value)] = t
            return t
        if isinstance(value, pytypes.FunctionType) and not _is_hint(value) \
                and getattr(value, "_jit_external_", None) is None \
                and "." not in value.__qualname__ and not getattr(value, "_jit_specialize_", None):
            fd = self.get_func(value, (), None)
            return TFunc(fd.argtypes, fd.ret)
        if isinstance(value, JitDriver):
            return TPy(value)
        if isinstance(value, type):
            return TPy(value)
        if _is_std_stream(value):
            # print(file=sys.stderr): a host object, whatever its class (under
            # pytest, sys.stderr is a capture object written in Python)
            return TPy(value)
        ci = self.classinfo(type(value)) if is_program_class(type(value)) else None
        if ci is not None and not isinstance(value, type):
            t = TInst(ci)
            self.prebuilt_types[id(value)] = t
            self.prebuilt_keep.append(value)
            self.rules.use_class(ci)
            self.walk_prebuilt_fields(value, ci)
            return t
        return TPy(value)

    def walk_prebuilt_fields(self, value, ci) -> None:
        """What a prebuilt instance's fields hold is part of the program too:
        a function stored in a field (a handler table built at import time)
        must be translated even if no code names it."""
        for c in ci.mro():
            for name in c.fields:
                if name in value.__dict__:
                    try:
                        self.const_type(value.__dict__[name])
                    except m.UnifyError:
                        pass

    def rdict_const_type(self, value) -> T:
        t = self.global_annotations.get(id(value))
        if t is None:
            t = TDict(TVar(), TVar(), True)
        self.prebuilt_types[id(value)] = t
        self.prebuilt_keep.append(value)
        for f in (value.key_eq, value.key_hash):
            if isinstance(f, pytypes.FunctionType):
                self.get_func(f, (), None)
        keys = value.keys()
        vals = value.values()
        k = self.join_prebuilt(keys)
        v = self.join_prebuilt(vals)
        try:
            if k is not None:
                m.unify(t.k, k) if isinstance(prune(t.k), TVar) else None
            if v is not None:
                m.unify(t.v, v) if isinstance(prune(t.v), TVar) else None
        except m.UnifyError:
            pass
        return t

    def join_prebuilt(self, items: list) -> T | None:
        t = None
        for item in items:
            it = self.const_type(item)
            if t is None:
                t = it
                continue
            try:
                t = m.join(t, it)
            except m.UnifyError:
                return t
        return t

    def coerce_prebuilt(self, value, target: T) -> None:
        t = self.const_type(value)
        try:
            if isinstance(prune(target), TVar):
                m.unify(target, t)
            elif not m.assignable(t, target):
                m.unify(target, m.join(target, t))
        except m.UnifyError:
            pass

    def scan_module_annotations(self, module) -> None:
        """Annotated module globals (`TABLE: list[int] = []`) give the types of
        prebuilt containers."""
        name = module.__name__
        if name in self._scanned_modules:
            return
        self._scanned_modules.add(name)
        anns = getattr(module, "__annotations__", {})
        for gname, ann in anns.items():
            if gname not in vars(module):
                continue
            value = vars(module)[gname]
            if type(value) in (list, dict) or isinstance(value, r_dict):
                try:
                    t, _ = self.resolve(ann, vars(module))
                except AnnotationError:
                    continue
                self.global_annotations[id(value)] = t
                self.prebuilt_keep.append(value)

    def jitdriver_info(self, driver: JitDriver) -> JitDriverInfo:
        info = self.jitdrivers.get(id(driver))
        if info is None:
            info = JitDriverInfo(driver, driver.name)
            self.jitdrivers[id(driver)] = info
        return info


def _modname(name: str) -> str:
    """The program module is imported under a private name; show its own."""
    from jitgen.driver.pipeline import PROGRAM_PREFIX
    return name[len(PROGRAM_PREFIX):] if name.startswith(PROGRAM_PREFIX) else name


def _keystr(x) -> str:
    s = str(x)
    return "".join(c if c.isalnum() else "_" for c in s)[:40]


def _is_hint(f) -> bool:
    return (getattr(f, "__module__", "") or "").startswith("jitgen.hints")


class FunctionTyper:
    """Infers the types of one function's flow graph."""

    def __init__(self, checker: Checker, fd: FuncDesc) -> None:
        self.c = checker
        self.fd = fd
        self.graph = fd.graph
        self.block_errors: dict[int, list] = {}
        self.defs: dict[int, tuple] = {}       # id(var) -> (op, block)
        self.source_pos: dict[int, Position] = {}   # id(block inputarg) -> pos of its first value
        self.wrap_ops: set[int] = set()
        self.facts: dict[int, dict] = {}
        self.cur_facts: dict = {}
        self.npreds: dict[int, int] = {}
        self.deferred_once: set[int] = set()
        self.may_defer = False

    def run(self) -> None:
        g = self.graph
        for v, t in zip(g.startblock.inputargs, self.fd.argtypes):
            v.hltype = t
        blocks = g.iterblocks()
        for b in blocks:
            for op in b.operations:
                self.defs[id(op.result)] = (op, b)
            for link in b.exits:
                self.npreds[id(link.target)] = self.npreds.get(id(link.target), 0) + 1
        self.find_intmask_ops(blocks)
        mod = __import__("sys").modules.get(self.fd.pyfunc.__module__)
        if mod is not None:
            self.c.scan_module_annotations(mod)
        self.flow([g.startblock])
        # an unknown (the item type of an empty list) may be bound by a use
        # in a block typed later: retype the blocks that had errors
        for _ in range(3):
            bad = [b for b in blocks if self.block_errors.get(id(b))]
            if not bad:
                break
            before = sum(len(self.block_errors[id(b)]) for b in bad)
            self.flow(bad)
            after = sum(len(e) for e in self.block_errors.values())
            if after >= before:
                break
        for errs in self.block_errors.values():
            for pos, msg in errs:
                self.c.errors.error(pos, msg)
        ret = g.returnblock.inputargs[0]
        ret.hltype = self.fd.ret
        g.exceptblock.inputargs[0].hltype = TInst(self.c.classes.by_pycls[Exception])

    def flow(self, work: list) -> None:
        work = list(work)
        queued = {id(b) for b in work}
        deferred: list = []
        while work or deferred:
            if not work:
                work = deferred
                deferred = []
                queued.update(id(b) for b in work)
            b = work.pop(0)
            queued.discard(id(b))
            self.may_defer = id(b) not in self.deferred_once
            try:
                targets = self.process_block(b)
            except Defer:
                self.deferred_once.add(id(b))
                deferred.append(b)
                continue
            finally:
                self.may_defer = False
            for target in targets:
                if id(target) not in queued:
                    queued.add(id(target))
                    work.append(target)

    def find_intmask_ops(self, blocks: list) -> None:
        from jitgen.hints.arith import intmask
        arith = {"add", "sub", "mul", "lshift", "neg", "pow", "inplace_add", "inplace_sub",
                 "inplace_mul", "inplace_lshift", "inplace_pow"}
        for b in blocks:
            for op in b.operations:
                if (op.opname == "call" and isinstance(op.args[0], Constant)
                        and op.args[0].value is intmask and len(op.args) == 3):
                    stack = [op.args[2]]
                    while stack:
                        v = stack.pop()
                        d = self.defs.get(id(v))
                        if d is not None and d[0].opname in arith:
                            self.wrap_ops.add(id(d[0]))
                            stack.extend(d[0].args)

    def vtype(self, v) -> T:
        if isinstance(v, Variable):
            return v.hltype if v.hltype is not None else TUndef
        return self.c.const_type(v.value)

    def process_block(self, b) -> list:
        self.cur_facts = dict(self.facts.get(id(b), {}))
        errs: list = []
        self.block_errors[id(b)] = errs
        for op in b.operations:
            argtypes = [self.vtype(a) for a in op.args]
            try:
                t, recipe = self.c.rules.type_op(self, op, argtypes)
            except SilentErr:
                t, recipe = m.TErr, None
            except TypeErr as e:
                pos = getattr(e, "pos", None) or op.pos
                if e.argindex is not None and op.argpos is not None and e.argindex < len(op.argpos) \
                        and op.argpos[e.argindex] is not None:
                    pos = op.argpos[e.argindex]
                errs.append((pos, e.message))
                t, recipe = m.TErr, None
            except m.UnifyError:
                errs.append((op.pos, f"incompatible types in '{op.opname}'"))
                t, recipe = m.TErr, None
            op.result.hltype = t
            self.fd.recipes[id(op)] = recipe
        narrow = self.narrowing(b)
        changed = []
        for link in b.exits:
            if self.npreds.get(id(link.target), 0) == 1:
                new_facts = self.link_facts(link, narrow)
                if new_facts != self.facts.get(id(link.target), {}):
                    self.facts[id(link.target)] = new_facts
                    if id(link.target) in self.block_errors:
                        changed.append(link.target)
            targs = []
            for a in link.args:
                t = self.vtype(a)
                if narrow is not None and link.exitcase in (True, False):
                    var, tt, ft = narrow
                    if a is var:
                        t = tt if link.exitcase else ft
                targs.append(t)
            if link.last_exc_value is not None:
                ci = self.c.classinfo(link.exitcase)
                link.last_exc_value.hltype = TInst(ci) if ci is not None else TVar()
                targs = [self.vtype(a) if a is not link.last_exc_value else link.last_exc_value.hltype
                         for a in link.args]
            target = link.target
            if target is self.graph.returnblock:
                self.check_return(link, targs[0], errs)
                continue
            if target is self.graph.exceptblock:
                continue
            grew = id(target) not in self.block_errors
            for a, t, v in zip(link.args, targs, target.inputargs):
                old = v.hltype
                if old is None:
                    v.hltype = t
                    self.source_pos[id(v)] = self.value_pos(a, link)
                    grew = True
                    continue
                try:
                    new = m.join(old, t)
                except m.UnifyError:
                    p_old = self.source_pos.get(id(v))
                    p_new = self.value_pos(a, link)
                    pos = p_new
                    if p_old is not None and p_new is not None and (p_old.line, p_old.col) > (p_new.line, p_new.col):
                        pos = p_old
                        old, t = t, old
                    name = v.name.rsplit("_", 1)[0]
                    jp = getattr(self.graph, "join_pos", {}).get(id(v))
                    if jp is not None:
                        pos = jp
                    v.hltype = m.TConflict(old, t, pos, name)
                    grew = True
                    continue
                if new is not prune(old) and not (isinstance(new, T) and new == old):
                    v.hltype = new
                    grew = True
            if grew:
                changed.append(target)
        return changed

    def value_pos(self, a, link) -> Position | None:
        p = self.c_assign_pos(a)
        if p is not None:
            return p
        if isinstance(a, Variable):
            d = self.defs.get(id(a))
            if d is not None and d[0].pos is not None:
                return d[0].pos
        prev = link.prevblock
        if prev is not None:
            for op in reversed(prev.operations):
                if op.pos is not None:
                    return op.pos
        return self.graph.pos

    def c_assign_pos(self, a):
        builder_pos = getattr(self.graph, "assign_pos", None)
        if builder_pos:
            return builder_pos.get(id(a))
        return None

    def check_return(self, link, t: T, errs: list) -> None:
        ret = self.fd.ret
        if isinstance(prune(ret), TVar):
            try:
                m.unify(ret, t) if not isinstance(prune(t), TVar) else None
            except m.UnifyError:
                pass
            return
        if prune(t) is TUndef or prune(t) is m.TErr or prune(ret) is m.TErr:
            return
        if isinstance(prune(t), m.TConflict):
            c = prune(t)
            errs.append((c.pos, f"local '{c.name}' is {c.a} on one path and {c.b} on another: a local has one type"))
            return
        ok = m.assignable(t, ret)
        if prune(ret) is TNone and prune(t) is not TNone:
            ok = False
        if not ok:
            errs.append((link.pos or self.graph.pos,
                         f"return value is {t} but function '{self.fd.pyfunc.__name__}' declares return type {ret}"))

    def narrowing(self, b):
        """(var, type if true, type if false) for the block's boolean switch."""
        sw = b.exitswitch
        if not isinstance(sw, Variable) or sw is LAST_EXCEPTION:
            return None
        d = self.defs.get(id(sw))
        if d is None:
            return None
        op = d[0]
        if op.opname == "bool":
            a = op.args[0]
            ta = self.vtype(a)
            d2 = self.defs.get(id(a)) if isinstance(a, Variable) else None
            if d2 is None:
                if isinstance(a, Variable) and m.is_nullable(ta):
                    return (a, strip_opt(ta), ta)
                return None
            op = d2[0]
        if op.opname == "not_":
            return None
        if op.opname in ("is_", "is_not", "eq", "ne"):
            # type(x) is C (or == C) narrows x; x is None narrows x
            x, y = op.args
            for tv, cv in ((x, y), (y, x)):
                d3 = self.defs.get(id(tv)) if isinstance(tv, Variable) else None
                if d3 is not None and d3[0].opname == "call" and isinstance(d3[0].args[0], Constant) \
                        and d3[0].args[0].value is type and len(d3[0].args) == 3 \
                        and isinstance(cv, Constant) and isinstance(cv.value, type):
                    ci = self.c.classinfo(cv.value)
                    if ci is None:
                        return None
                    var = d3[0].args[2]
                    t = self.sub_narrow(var, ci)
                    if op.opname in ("is_", "eq"):
                        return (var, t, self.vtype(var))
                    return (var, self.vtype(var), t)
            if op.opname in ("eq", "ne"):
                return None
            if isinstance(y, Constant) and y.value is None:
                var = x
            elif isinstance(x, Constant) and x.value is None:
                var = y
            else:
                return None
            t = self.vtype(var)
            nonnull = strip_opt(t)
            if op.opname == "is_":
                return (var, TNone, nonnull)
            return (var, nonnull, TNone if m.is_nullable(t) else t)
        if op.opname == "call" and isinstance(op.args[0], Constant) and op.args[0].value is isinstance \
                and len(op.args) == 4:
            var = op.args[2]
            cls = op.args[3]
            if isinstance(cls, Constant) and isinstance(cls.value, type):
                ci = self.c.classinfo(cls.value)
                if ci is not None:
                    return (var, self.sub_narrow(var, ci), self.vtype(var))
        if op.opname == "exc_match":
            var = op.args[0]
            ci = self.c.classinfo(op.args[1].value)
            if ci is not None:
                return (var, self.sub_narrow(var, ci), self.vtype(var))
        return None

    def sub_narrow(self, var, ci) -> T:
        cur = strip_opt(self.vtype(var))
        if isinstance(cur, TInst) and cur.cls.is_subclass_of(ci):
            return cur
        return TInst(ci)

    def link_facts(self, link, narrow) -> dict:
        """Narrowed field types (x.f after `isinstance(x.f, C)`) valid at the
        start of link.target, keyed by (id(target input variable), field)."""
        facts = dict(self.cur_facts)
        if narrow is not None and link.exitcase in (True, False):
            var, tt, ft = narrow
            d = self.defs.get(id(var)) if isinstance(var, Variable) else None
            if d is not None and d[0].opname == "getattr" and isinstance(d[0].args[0], Variable):
                facts[(id(d[0].args[0]), d[0].args[1].value)] = tt if link.exitcase else ft
        out = {}
        for (vid, name), t in facts.items():
            for a, v in zip(link.args, link.target.inputargs):
                if isinstance(a, Variable) and id(a) == vid:
                    out[(id(v), name)] = t
        return out


_ = (TFunc, TOpt, TDict, TStr, TFloat, TInt, TBool, TList, _NoValue)


def _is_std_stream(value) -> bool:
    import sys
    return any(value is s for s in (sys.stdout, sys.stderr, sys.__stdout__, sys.__stderr__))
