"""The builtin functions (print, len, sorted, ...) and __build_class__."""
from __future__ import annotations

from typing import Callable, TYPE_CHECKING

from vm import io
from interpreters.python.objspace.base import W_Root, Args, OperationError
from interpreters.python.objspace.primitives import (
    W_Int, W_Bool, W_Long, W_Float, W_Str, W_Bytes)
from interpreters.python.objspace.containers import (
    W_List, W_Tuple, W_Dict, W_BaseSet, W_Range)
from interpreters.python.objspace.typeobject import W_Type, W_Object
from interpreters.python.objspace.functions import (
    W_Function, W_BuiltinFunction, W_Method, W_Module, W_Cell)
from interpreters.python.objspace.iterators import (
    W_Enumerate, W_Zip, W_Map, W_Filter, W_ReverseSeqIter, W_CallIter, W_Iterator)
from interpreters.python.objspace.argcheck import check_args, check_kwnames
from interpreters.python.objspace.listmethods import sort_items
from interpreters.python.objspace.objectmethods import make_user_type, object_get_dict, type_dir_names
from interpreters.python.objspace.numbers import BigInt
from interpreters.python.objspace import operations as ops
from interpreters.python.builtins.fileobject import W_File, open_file, KIND_STDOUT, write_std
from interpreters.python.objspace.textutil import int_to_base as text_int_to_base
from interpreters.python.objspace.operations import pow3

if TYPE_CHECKING:
    from interpreters.python.objspace.space import ObjSpace


def b_print(space: ObjSpace, args: Args) -> W_Root:
    check_kwnames(space, args, "print", ["sep", "end", "file", "flush"])
    sep = " "
    end = "\n"
    w_sep = args.get_kw("sep")
    if w_sep is not None and not space.is_none(w_sep):
        if not isinstance(w_sep, W_Str):
            raise space.error_type("sep must be None or a string, not %s" % space.type_name(w_sep))
        sep = w_sep.value
    w_end = args.get_kw("end")
    if w_end is not None and not space.is_none(w_end):
        if not isinstance(w_end, W_Str):
            raise space.error_type("end must be None or a string, not %s" % space.type_name(w_end))
        end = w_end.value
    parts: list[str] = []
    for w_x in args.pos:
        parts.append(space.str_w_of(w_x))
    text = sep.join(parts) + end
    w_file = args.get_kw("file")
    if w_file is None or space.is_none(w_file):
        w_file = space.sys_stdout()
    if isinstance(w_file, W_File) and w_file.kind == KIND_STDOUT:
        write_std(space, KIND_STDOUT, text)
    else:
        space.call_method(w_file, "write", [space.newstr(text)])
    w_flush = args.get_kw("flush")
    if w_flush is not None and space.is_true(w_flush):
        space.call_method(w_file, "flush", [])
    return space.w_None


def b_len(space: ObjSpace, args: Args) -> W_Root:
    pos = check_args(space, args, "len", 1, 1)
    return space.newint(space.len_w(pos[0]))


def b_repr(space: ObjSpace, args: Args) -> W_Root:
    pos = check_args(space, args, "repr", 1, 1)
    return space.repr(pos[0])


def b_ascii(space: ObjSpace, args: Args) -> W_Root:
    from interpreters.python.objspace.formatting import ascii_of
    pos = check_args(space, args, "ascii", 1, 1)
    return space.newstr(ascii_of(space.repr_w(pos[0])))


def b_iter(space: ObjSpace, args: Args) -> W_Root:
    pos = check_args(space, args, "iter", 1, 2)
    if len(pos) == 2:
        return W_CallIter(pos[0], pos[1])
    return space.iter(pos[0])


def b_next(space: ObjSpace, args: Args) -> W_Root:
    pos = check_args(space, args, "next", 1, 2)
    w_it = pos[0]
    if isinstance(w_it, W_Iterator):
        w_x = w_it.next_w(space)
        if w_x is None:
            if len(pos) > 1:
                return pos[1]
            raise space.error_stop_iteration(None)
        return w_x
    w_next = space.lookup(w_it, "__next__")
    if w_next is None:
        raise space.error_type("'%s' object is not an iterator" % space.type_name(w_it))
    try:
        w_r = space.call_special(w_it, "__next__", [])
        assert w_r is not None
        return w_r
    except OperationError as e:
        if len(pos) > 1 and space.exception_match(e.w_value, space.w_StopIteration):
            return pos[1]
        raise


def b_isinstance(space: ObjSpace, args: Args) -> W_Root:
    pos = check_args(space, args, "isinstance", 2, 2)
    return space.newbool(space.abstract_isinstance(pos[0], pos[1]))


def b_issubclass(space: ObjSpace, args: Args) -> W_Root:
    pos = check_args(space, args, "issubclass", 2, 2)
    return space.newbool(space.abstract_issubclass(pos[0], pos[1]))


def b_getattr(space: ObjSpace, args: Args) -> W_Root:
    pos = check_args(space, args, "getattr", 2, 3)
    w_name = pos[1]
    if not isinstance(w_name, W_Str):
        raise space.error_type("attribute name must be string, not '%s'" % space.type_name(w_name))
    if len(pos) == 3:
        w_v = space.getattr_or_none(pos[0], w_name.value)
        if w_v is None:
            return pos[2]
        return w_v
    return space.getattr(pos[0], w_name.value)


def b_setattr(space: ObjSpace, args: Args) -> W_Root:
    pos = check_args(space, args, "setattr", 3, 3)
    space.setattr(pos[0], space.str_w(pos[1]), pos[2])
    return space.w_None


def b_hasattr(space: ObjSpace, args: Args) -> W_Root:
    pos = check_args(space, args, "hasattr", 2, 2)
    return space.newbool(space.getattr_or_none(pos[0], space.str_w(pos[1])) is not None)


def b_delattr(space: ObjSpace, args: Args) -> W_Root:
    pos = check_args(space, args, "delattr", 2, 2)
    space.delattr(pos[0], space.str_w(pos[1]))
    return space.w_None


def b_callable(space: ObjSpace, args: Args) -> W_Root:
    pos = check_args(space, args, "callable", 1, 1)
    w = pos[0]
    ok = (isinstance(w, W_Function) or isinstance(w, W_BuiltinFunction) or
          isinstance(w, W_Method) or isinstance(w, W_Type) or space.lookup(w, "__call__") is not None)
    return space.newbool(ok)


def b_hash(space: ObjSpace, args: Args) -> W_Root:
    pos = check_args(space, args, "hash", 1, 1)
    return space.newint(space.hash_w(pos[0]))


def b_id(space: ObjSpace, args: Args) -> W_Root:
    pos = check_args(space, args, "id", 1, 1)
    return space.newint(space.id_of(pos[0]))


def b_abs(space: ObjSpace, args: Args) -> W_Root:
    pos = check_args(space, args, "abs", 1, 1)
    w = pos[0]
    if isinstance(w, W_Float):
        return space.newfloat(abs(w.floatval))
    w_r = space.call_special(w, "__abs__", [])
    if w_r is None:
        raise space.error_type("bad operand type for abs(): '%s'" % space.type_name(w))
    return w_r


def b_divmod(space: ObjSpace, args: Args) -> W_Root:
    pos = check_args(space, args, "divmod", 2, 2)
    w_a = pos[0]
    w_b = pos[1]
    if is_plain_number(w_a) and is_plain_number(w_b):
        w_q = ops.binary_op(space, ops.NB_FLOOR_DIVIDE, w_a, w_b)
        w_r = ops.binary_op(space, ops.NB_REMAINDER, w_a, w_b)
        return space.newtuple([w_q, w_r])
    # __divmod__ / __rdivmod__, as CPython dispatches them
    w_res = space.call_special(w_a, "__divmod__", [w_b])
    if w_res is not None and w_res is not space.w_NotImplemented:
        return w_res
    w_res = space.call_special(w_b, "__rdivmod__", [w_a])
    if w_res is not None and w_res is not space.w_NotImplemented:
        return w_res
    if is_plain_number(space.base_value(w_a)) and is_plain_number(space.base_value(w_b)):
        w_q = ops.binary_op(space, ops.NB_FLOOR_DIVIDE, w_a, w_b)
        w_r = ops.binary_op(space, ops.NB_REMAINDER, w_a, w_b)
        return space.newtuple([w_q, w_r])
    raise space.error_type("unsupported operand type(s) for divmod(): '%s' and '%s'"
                           % (space.type_name(w_a), space.type_name(w_b)))


def is_plain_number(w: W_Root) -> bool:
    return isinstance(w, W_Int) or isinstance(w, W_Long) or isinstance(w, W_Float)


def b_pow(space: ObjSpace, args: Args) -> W_Root:
    pos = check_args(space, args, "pow", 2, 3)
    if len(pos) == 3 and not space.is_none(pos[2]):
        return pow3(space, pos[0], pos[1], pos[2])
    return ops.binary_op(space, ops.NB_POWER, pos[0], pos[1])


def b_round(space: ObjSpace, args: Args) -> W_Root:
    w_x = args.pos[0] if len(args.pos) > 0 else args.get_kw("number")
    w_nd = args.pos[1] if len(args.pos) > 1 else args.get_kw("ndigits")
    if w_x is None:
        raise space.error_type("round() missing required argument 'number' (pos 1)")
    w_r = space.lookup(w_x, "__round__")
    if w_r is None:
        raise space.error_type("type %s doesn't define __round__ method" % space.type_name(w_x))
    if w_nd is None:
        w_res = space.call_special(w_x, "__round__", [])
    else:
        w_res = space.call_special(w_x, "__round__", [w_nd])
    assert w_res is not None
    return w_res


def b_min_max(space: ObjSpace, args: Args, is_max: bool) -> W_Root:
    name = "max" if is_max else "min"
    check_kwnames(space, args, name, ["key", "default"])
    w_key = args.get_kw("key")
    if w_key is not None and space.is_none(w_key):
        w_key = None
    w_default = args.get_kw("default")
    if len(args.pos) == 0:
        raise space.error_type("%s expected at least 1 argument, got 0" % name)
    if len(args.pos) == 1:
        items = space.list_items(args.pos[0])
        if len(items) == 0:
            if w_default is not None:
                return w_default
            raise space.error_value("%s() arg is an empty sequence" % name)
    else:
        if w_default is not None:
            raise space.error_type("Cannot specify a default for %s() with multiple positional arguments" % name)
        items = args.pos
    w_best = items[0]
    w_bestkey = space.call_function(w_key, [w_best]) if w_key is not None else w_best
    i = 1
    while i < len(items):
        w_x = items[i]
        w_k = space.call_function(w_key, [w_x]) if w_key is not None else w_x
        if is_max:
            better = space.is_true(space.compare(w_k, w_bestkey, ops.CMP_GT))
        else:
            better = space.is_true(space.compare(w_k, w_bestkey, ops.CMP_LT))
        if better:
            w_best = w_x
            w_bestkey = w_k
        i += 1
    return w_best


def b_min(space: ObjSpace, args: Args) -> W_Root:
    return b_min_max(space, args, False)


def b_max(space: ObjSpace, args: Args) -> W_Root:
    return b_min_max(space, args, True)


def b_sum(space: ObjSpace, args: Args) -> W_Root:
    if len(args.pos) < 1:
        raise space.error_type("sum() takes at least 1 positional argument (0 given)")
    w_start: W_Root = space.newint(0)
    if len(args.pos) > 1:
        w_start = args.pos[1]
    w_s = args.get_kw("start")
    if w_s is not None:
        w_start = w_s
    if isinstance(w_start, W_Str):
        raise space.error_type("sum() can't sum strings [use ''.join(seq) instead]")
    w_acc = w_start
    w_it = space.iter(args.pos[0])
    while True:
        w_x = space.next_or_none(w_it)
        if w_x is None:
            break
        w_acc = ops.binary_op(space, ops.NB_ADD, w_acc, w_x)
    return w_acc


def b_any(space: ObjSpace, args: Args) -> W_Root:
    pos = check_args(space, args, "any", 1, 1)
    w_it = space.iter(pos[0])
    while True:
        w_x = space.next_or_none(w_it)
        if w_x is None:
            return space.w_False
        if space.is_true(w_x):
            return space.w_True


def b_all(space: ObjSpace, args: Args) -> W_Root:
    pos = check_args(space, args, "all", 1, 1)
    w_it = space.iter(pos[0])
    while True:
        w_x = space.next_or_none(w_it)
        if w_x is None:
            return space.w_True
        if not space.is_true(w_x):
            return space.w_False


def b_sorted(space: ObjSpace, args: Args) -> W_Root:
    if len(args.pos) != 1:
        raise space.error_type("sorted expected 1 argument, got %d" % len(args.pos))
    check_kwnames(space, args, "sort", ["key", "reverse"])
    items = space.list_items(args.pos[0])
    w_rev = args.get_kw("reverse")
    return space.newlist(sort_items(space, items, args.get_kw("key"), w_rev is not None and space.is_true(w_rev)))


def b_reversed(space: ObjSpace, args: Args) -> W_Root:
    pos = check_args(space, args, "reversed", 1, 1)
    w = pos[0]
    w_r = space.call_special(w, "__reversed__", [])
    if w_r is not None:
        return w_r
    if space.lookup(w, "__getitem__") is None or space.lookup(w, "__len__") is None:
        raise space.error_type("'%s' object is not reversible" % space.type_name(w))
    return W_ReverseSeqIter(w, space.len_w(w) - 1)


def b_enumerate(space: ObjSpace, args: Args) -> W_Root:
    w_it = args.pos[0] if len(args.pos) > 0 else args.get_kw("iterable")
    if w_it is None:
        raise space.error_type("enumerate() missing required argument 'iterable' (pos 1)")
    w_start = args.pos[1] if len(args.pos) > 1 else args.get_kw("start")
    start = space.int_w(w_start) if w_start is not None else 0
    return W_Enumerate(space.iter(w_it), start)


def b_zip(space: ObjSpace, args: Args) -> W_Root:
    iters: list[W_Root] = []
    i = 0
    for w_x in args.pos:
        i += 1
        try:
            iters.append(space.iter(w_x))
        except OperationError as e:
            if space.exception_match(e.w_value, space.w_TypeError):
                raise space.error_type("zip argument #%d must support iteration" % i)
            raise
    w_strict = args.get_kw("strict")
    return W_Zip(iters, w_strict is not None and space.is_true(w_strict))


def b_map(space: ObjSpace, args: Args) -> W_Root:
    if len(args.pos) < 2:
        raise space.error_type("map() must have at least two arguments.")
    iters: list[W_Root] = []
    for w_x in args.pos[1:]:
        iters.append(space.iter(w_x))
    return W_Map(args.pos[0], iters)


def b_filter(space: ObjSpace, args: Args) -> W_Root:
    pos = check_args(space, args, "filter", 2, 2)
    return W_Filter(pos[0], space.iter(pos[1]))


def b_chr(space: ObjSpace, args: Args) -> W_Root:
    pos = check_args(space, args, "chr", 1, 1)
    if isinstance(space.base_value(pos[0]), W_Long):
        raise space.error_overflow("Python int too large to convert to C int")
    i = space.int_w(pos[0])
    if i < 0 or i > 0x10FFFF:
        raise space.error_value("chr() arg not in range(0x110000)")
    return space.newstr(chr(i))


def b_ord(space: ObjSpace, args: Args) -> W_Root:
    pos = check_args(space, args, "ord", 1, 1)
    w_b = space.base_value(pos[0])
    s = ""
    ok = False
    if isinstance(w_b, W_Str):
        s = w_b.value
        ok = True
    elif isinstance(w_b, W_Bytes):
        s = w_b.value
        ok = True
    if ok:
        if len(s) != 1:
            raise space.error_type("ord() expected a character, but string of length %d found" % len(s))
        return space.newint(ord(s))
    raise space.error_type("ord() expected string of length 1, but %s found" % space.type_name(pos[0]))


def int_to_base(space: ObjSpace, w: W_Root, base: int) -> W_Root:
    w_i = space.index_w(w)
    if isinstance(w_i, W_Int):
        return space.newstr(text_int_to_base(w_i.intval, base))
    assert isinstance(w_i, W_Long)
    return space.newstr(w_i.bigval.format_base(base))


def b_hex(space: ObjSpace, args: Args) -> W_Root:
    return int_to_base(space, check_args(space, args, "hex", 1, 1)[0], 16)


def b_oct(space: ObjSpace, args: Args) -> W_Root:
    return int_to_base(space, check_args(space, args, "oct", 1, 1)[0], 8)


def b_bin(space: ObjSpace, args: Args) -> W_Root:
    return int_to_base(space, check_args(space, args, "bin", 1, 1)[0], 2)


def b_format(space: ObjSpace, args: Args) -> W_Root:
    pos = check_args(space, args, "format", 1, 2)
    spec = space.str_w(pos[1]) if len(pos) > 1 else ""
    return space.newstr(space.format(pos[0], spec))


def b_input(space: ObjSpace, args: Args) -> W_Root:
    pos = check_args(space, args, "input", 0, 1)
    if len(pos) > 0:
        write_std(space, KIND_STDOUT, space.str_w_of(pos[0]))
    io.flush_stdout()
    line = io.read_line_stdin()
    if line == "":
        raise OperationError(space.new_exception(space.exc_types["EOFError"], [space.newstr("EOF when reading a line")]))
    if line.endswith("\n"):
        line = line[:len(line) - 1]
    return space.newstr(line)


def b_open(space: ObjSpace, args: Args) -> W_Root:
    w_path = args.pos[0] if len(args.pos) > 0 else args.get_kw("file")
    if w_path is None:
        raise space.error_type("open() missing required argument 'file' (pos 1)")
    w_mode = args.pos[1] if len(args.pos) > 1 else args.get_kw("mode")
    mode = space.str_w(w_mode) if w_mode is not None else "r"
    return open_file(space, space.str_w(w_path), mode)


def b_globals(space: ObjSpace, args: Args) -> W_Root:
    frame = space.ec.topframe
    if frame is None:
        return space.newdict()
    return frame.w_globals


def frame_locals(space: ObjSpace) -> W_Root:
    frame = space.ec.topframe
    if frame is None:
        return space.newdict()
    if frame.w_locals is not None:
        return frame.w_locals
    code = frame.code
    if (code.flags & 1) == 0:
        return frame.w_globals
    w_d = space.newdict()
    i = 0
    while i < len(code.varnames):
        w_v = frame.fastlocals[i]
        if w_v is not None:
            w_d.setitem(space, space.newstr(code.varnames[i]), w_v)
        i += 1
    i = 0
    while i < len(frame.cells):
        w_v = frame.cells[i].w_value
        if w_v is not None:
            w_d.setitem(space, space.newstr(code.cell_name(i)), w_v)
        i += 1
    return w_d


def b_locals(space: ObjSpace, args: Args) -> W_Root:
    return frame_locals(space)


def b_vars(space: ObjSpace, args: Args) -> W_Root:
    pos = check_args(space, args, "vars", 0, 1)
    if len(pos) == 0:
        return frame_locals(space)
    w = pos[0]
    if isinstance(w, W_Object) or isinstance(w, W_Type) or isinstance(w, W_Module):
        return object_get_dict(space, w)
    return space.getattr(w, "__dict__")


def b_dir(space: ObjSpace, args: Args) -> W_Root:
    pos = check_args(space, args, "dir", 0, 1)
    if len(pos) == 0:
        w_l = frame_locals(space)
        names = [space.str_w(w_k) for w_k in space.list_items(w_l)]
        names.sort()
        return space.wrap_str_list(names)
    w = pos[0]
    if isinstance(w, W_Type):
        names2: list[str] = []
        type_dir_names(w, names2)
        names2.sort()
        return space.wrap_str_list(names2)
    w_r = space.call_special(w, "__dir__", [])
    assert w_r is not None
    items = space.list_items(w_r)
    strs = [space.str_w(w_x) for w_x in items]
    strs.sort()
    return space.wrap_str_list(strs)


def b_build_class(space: ObjSpace, args: Args) -> W_Root:
    from interpreters.python.interpreter.executor import run_code
    if len(args.pos) < 2:
        raise space.error_type("__build_class__: not enough arguments")
    w_body = args.pos[0]
    assert isinstance(w_body, W_Function)
    name = space.str_w(args.pos[1])
    bases_w = args.pos[2:]
    bases: list[W_Type] = []
    for w_b in bases_w:
        if not isinstance(w_b, W_Type):
            w_mro_entries = space.lookup(w_b, "__mro_entries__")
            if w_mro_entries is not None:
                # class C(list[int]): the alias stands for what it returns
                w_entries = space.call_function(space.get_descr(w_mro_entries, w_b, space.type(w_b)),
                                                [space.newtuple(list(bases_w))])
                for w_e in space.list_items(w_entries):
                    if isinstance(w_e, W_Type) and w_e not in bases:
                        bases.append(w_e)
                continue
            raise space.error_type("bases must be types")
        bases.append(w_b)
    w_meta: W_Root | None = args.get_kw("metaclass")
    kwnames: list[str] = []
    kwvalues: list[W_Root] = []
    i = 0
    while i < len(args.kwnames):
        if args.kwnames[i] != "metaclass":
            kwnames.append(args.kwnames[i])
            kwvalues.append(args.kwvalues[i])
        i += 1
    if w_meta is None:
        w_meta = space.w_type
        for w_b in bases:
            w_bm = space.type(w_b)
            assert isinstance(w_meta, W_Type)
            if w_bm.is_subtype(w_meta):
                w_meta = w_bm
    w_ns: W_Root = space.newdict()
    w_prepare = space.getattr_or_none(w_meta, "__prepare__")
    if w_prepare is not None:
        w_ns = space.call_args(w_prepare, Args([space.newstr(name), space.newtuple(list(bases_w))], kwnames, kwvalues))
    w_cell = run_code_with_closure(space, w_body, w_ns)
    base_items: list[W_Root] = []
    for w_b in bases:
        base_items.append(w_b)
    w_cls = space.call_args(w_meta, Args([space.newstr(name), space.newtuple(base_items), w_ns], kwnames, kwvalues))
    if isinstance(w_cell, W_Cell):
        w_cell.w_value = w_cls
    return w_cls


def run_code_with_closure(space: ObjSpace, w_body: W_Function, w_ns: W_Root) -> W_Root:
    from interpreters.python.interpreter.executor import new_frame, execute_frame
    frame = new_frame(space, w_body.code, w_body.w_globals, w_ns)
    for c in w_body.closure:
        frame.cells.append(c)
    w_res = execute_frame(space, frame, None)
    if isinstance(w_ns, W_Dict):
        w_ns.delitem(space, space.newstr("__classcell__"))
    return w_res


def type_new_hook(space: ObjSpace, args: Args) -> W_Root:
    return space.w_None


def b_exit(space: ObjSpace, args: Args) -> W_Root:
    pos = check_args(space, args, "exit", 0, 1)
    raise OperationError(space.new_exception(space.w_SystemExit, list(pos)))


def b_compile_stub(space: ObjSpace, args: Args) -> W_Root:
    raise space.error(space.exc_types["NotImplementedError"], "compile() is not supported")


def b_exec(space: ObjSpace, args: Args) -> W_Root:
    return exec_or_eval(space, args, "exec")


def b_eval(space: ObjSpace, args: Args) -> W_Root:
    return exec_or_eval(space, args, "eval")


def exec_or_eval(space: ObjSpace, args: Args, mode: str) -> W_Root:
    from interpreters.python.interpreter.executor import run_code
    from interpreters.python.interpreter.compiling import compile_for_space
    src = space.str_w(args.pos[0])
    frame = space.ec.topframe
    w_globals: W_Dict | None = None
    w_locals: W_Root | None = None
    if len(args.pos) > 1 and not space.is_none(args.pos[1]):
        w_g = args.pos[1]
        assert isinstance(w_g, W_Dict)
        w_globals = w_g
        if len(args.pos) > 2:
            w_locals = args.pos[2]
        if w_globals.lookup(space, space.newstr("__builtins__")) is None:
            w_globals.setitem(space, space.newstr("__builtins__"), space.w_builtins)
    elif frame is not None:
        w_globals = frame.w_globals
        w_locals = frame_locals(space)
    if w_globals is None:
        w_globals = space.newdict()
    code = compile_for_space(space, src, "<string>", mode)
    return run_code(space, code, w_globals, w_locals if w_locals is not None else w_globals)


BUILTIN_FUNCTIONS: dict[str, Callable[[ObjSpace, Args], W_Root]] = {
    "print": b_print, "len": b_len, "repr": b_repr, "ascii": b_ascii,
    "iter": b_iter, "next": b_next, "isinstance": b_isinstance,
    "issubclass": b_issubclass, "getattr": b_getattr, "setattr": b_setattr,
    "hasattr": b_hasattr, "delattr": b_delattr, "callable": b_callable,
    "hash": b_hash, "id": b_id, "abs": b_abs, "divmod": b_divmod, "pow": b_pow,
    "round": b_round, "min": b_min, "max": b_max, "sum": b_sum, "any": b_any,
    "all": b_all, "sorted": b_sorted, "reversed": b_reversed,
    "chr": b_chr, "ord": b_ord, "hex": b_hex, "oct": b_oct, "bin": b_bin,
    "format": b_format, "input": b_input, "open": b_open, "globals": b_globals,
    "locals": b_locals, "vars": b_vars, "dir": b_dir,
    "__build_class__": b_build_class, "exit": b_exit, "quit": b_exit,
    "exec": b_exec, "eval": b_eval, "compile": b_compile_stub,
    "enumerate": b_enumerate, "zip": b_zip, "map": b_map, "filter": b_filter,
}
