"""IL for the list and dict operations: List<T> (fast paths on its own
storage, clrtypes.list_storage) with the runtime's Lst helpers, and the
runtime's ODict (vm/cli/Coll.cs).  Registered into opgen.OPS."""
from __future__ import annotations

from jitgen.lower import llgraph as lg
from jitgen.lower import lltypes as lt
from jitgen.backend.cli.opgen import OPS, cast_from_gen, push_all, values

# ---- lists ---------------------------------------------------------------------
def list_helper(method: str, result_is_item=False):
    def emit(gg, op):
        tm = gg.tm
        lt_ = op.args[0].concretetype
        push_all(gg, op)
        gg.il.Emit(gg.O.Call, tm.gmethod(tm.Lst, method, [tm.gen_item(lt_.item)]))
        if result_is_item:
            cast_from_gen(gg, lt_.item)
        gg.store(op.result)
    return emit


for _n, _m in [("list_mul", "Mul"), ("list_len", "Len"), ("list_is_true", "IsTrue"),
               ("list_setitem", "Set"), ("list_delitem", "Del"), ("list_append", "Append"),
               ("list_extend", "Extend"), ("list_insert", "Insert"), ("list_slice", "Slice"),
               ("list_concat", "Concat"), ("list_contains", "Contains"), ("list_index", "Index"),
               ("list_remove", "Remove"), ("list_count", "Count"), ("list_reverse", "Reverse"),
               ("list_copy", "Copy"), ("list_clear", "Clear"), ("list_eq", "ListEq")]:
    OPS[_n] = list_helper(_m)
def list_getitem(gg, op):
    """Fast path inline (0 <= i < _size: the element of _items); negative
    indices and errors go through Lst.Get.  The list and the index are
    locals or constants here (pushed_args), so they are loaded twice; each
    path stores the result (NO_KEEP_RESULT): a value on the stack where
    the paths meet would become a temporary that Mono keeps in memory."""
    tm, O, il = gg.tm, gg.O, gg.il
    l, i = op.args
    lt_ = l.concretetype
    g = tm.gen_item(lt_.item)
    net = tm.net(lt_)
    store = tm.list_storage(net)
    if store is None or negative_const(i):
        return list_getitem_calls(gg, op)
    items, size = store
    slow, done = il.DefineLabel(), il.DefineLabel()
    emit_index_check(gg, op, size, slow)
    gg.load(l)
    il.Emit(O.Ldfld, items)
    gg.load(i)
    il.Emit(O.Conv_I)
    il.Emit(O.Ldelem, g)
    cast_from_gen(gg, lt_.item)
    gg.store(op.result)
    il.Emit(O.Br, done)
    il.MarkLabel(slow)
    gg.load(l)
    gg.load(i)
    il.Emit(O.Call, tm.gmethod(tm.Lst, "Get", [g]))
    cast_from_gen(gg, lt_.item)
    gg.store(op.result)
    il.MarkLabel(done)


def emit_index_check(gg, op, size, slow) -> None:
    """Branch to slow unless 0 <= index < _size.  A re-checked access
    (graphgen.find_rechecked) tests only the sign (a constant index none)."""
    O, il = gg.O, gg.il
    l, i = op.args[:2]
    if id(op) in getattr(gg, "rechecked", ()):
        if not isinstance(i, lg.Constant):
            gg.load(i)
            il.Emit(O.Ldc_I4_0)
            il.Emit(O.Conv_I8)
            il.Emit(O.Blt, slow)
        return
    gg.load(i)
    gg.load(l)
    il.Emit(O.Ldfld, size)
    il.Emit(O.Conv_I8)
    il.Emit(O.Bge_Un, slow)


def negative_const(a) -> bool:
    return isinstance(a, lg.Constant) and a.value < 0


def list_getitem_calls(gg, op):
    """Fast path through List<T>.get_Count/get_Item, slow path Lst.Get."""
    tm, O, il = gg.tm, gg.O, gg.il
    lt_ = op.args[0].concretetype
    g = tm.gen_item(lt_.item)
    net = tm.net(lt_)
    slow, done = il.DefineLabel(), il.DefineLabel()
    if not negative_const(op.args[1]):
        gg.load(op.args[1])
        gg.load(op.args[0])
        il.Emit(O.Callvirt, tm.method(net, "get_Count"))
        il.Emit(O.Conv_I8)
        il.Emit(O.Bge_Un, slow)
        gg.load(op.args[0])
        gg.load(op.args[1])
        il.Emit(O.Conv_I4)
        il.Emit(O.Callvirt, tm.method(net, "get_Item"))
        cast_from_gen(gg, lt_.item)
        gg.store(op.result)
        il.Emit(O.Br, done)
    il.MarkLabel(slow)
    gg.load(op.args[0])
    gg.load(op.args[1])
    il.Emit(O.Call, tm.gmethod(tm.Lst, "Get", [g]))
    cast_from_gen(gg, lt_.item)
    gg.store(op.result)
    il.MarkLabel(done)


OPS["list_getitem"] = list_getitem


def list_setitem(gg, op):
    """Fast path inline, as list_getitem (List<T>._version is not bumped:
    translated code never enumerates a List<T>)."""
    tm, O, il = gg.tm, gg.O, gg.il
    l, i, x = op.args
    lt_ = l.concretetype
    if lt_.item == lt.Void:
        return list_helper("Set")(gg, op)
    g = tm.gen_item(lt_.item)
    net = tm.net(lt_)
    store = tm.list_storage(net)
    slow, done = il.DefineLabel(), il.DefineLabel()
    if not negative_const(i):
        if store is None:
            gg.load(i)
            gg.load(l)
            il.Emit(O.Callvirt, tm.method(net, "get_Count"))
            il.Emit(O.Conv_I8)
            il.Emit(O.Bge_Un, slow)
        else:
            emit_index_check(gg, op, store[1], slow)
        gg.load(l)
        if store is None:
            gg.load(i)
            il.Emit(O.Conv_I4)
            gg.load(x)
            il.Emit(O.Callvirt, tm.method(net, "set_Item"))
        else:
            il.Emit(O.Ldfld, store[0])
            gg.load(i)
            il.Emit(O.Conv_I)
            gg.load(x)
            il.Emit(O.Stelem, g)
        il.Emit(O.Br, done)
    il.MarkLabel(slow)
    gg.load(l)
    gg.load(i)
    gg.load(x)
    il.Emit(O.Call, tm.gmethod(tm.Lst, "Set", [g]))
    il.MarkLabel(done)


def list_len(gg, op):
    """_size (or Count) inline: Lst.Len's null check stops Mono inlining it."""
    tm = gg.tm
    net = tm.net(op.args[0].concretetype)
    store = tm.list_storage(net)
    gg.load(op.args[0])
    if store is None:
        gg.il.Emit(gg.O.Callvirt, tm.method(net, "get_Count"))
    else:
        gg.il.Emit(gg.O.Ldfld, store[1])
    gg.il.Emit(gg.O.Conv_I8)
    gg.store(op.result)


def list_append(gg, op):
    """List<T>.Add, which Mono inlines (Lst.Append's null check stops it)."""
    if op.args[0].concretetype.item == lt.Void:
        return list_helper("Append")(gg, op)
    push_all(gg, op)
    gg.il.Emit(gg.O.Callvirt, gg.tm.method(gg.tm.net(op.args[0].concretetype), "Add"))


OPS["list_len"] = list_len
OPS["list_append"] = list_append
OPS["list_setitem"] = list_setitem
for _n, _m in [("list_pop_last", "PopLast"), ("list_pop", "Pop")]:
    OPS[_n] = list_helper(_m, True)


def list_sort(gg, op):
    item = op.args[0].concretetype.item
    m = {lt.Signed: "SortInt", lt.Float: "SortFloat", lt.Str: "SortStr"}[item]
    push_all(gg, op)
    gg.il.Emit(gg.O.Call, gg.tm.method(gg.tm.Lst, m))


OPS["list_sort"] = list_sort


def newlist(gg, op):
    from System import Int32
    tm, O, il = gg.tm, gg.O, gg.il
    net = tm.net(op.result.concretetype)
    items = values(op)
    il.Emit(O.Ldc_I4, Int32(len(items)))
    il.Emit(O.Newobj, net.GetConstructor(tm.types([tm.int])))
    if items:
        add = tm.method(net, "Add")
        for a in items:
            il.Emit(O.Dup)
            gg.load(a)
            il.Emit(O.Callvirt, add)
    gg.store(op.result)


OPS["newlist"] = newlist


# ---- dicts ---------------------------------------------------------------------
def dict_method(method: str, result_is_value=False, result_type=None):
    def emit(gg, op):
        tm = gg.tm
        dt = op.args[0].concretetype
        push_all(gg, op)
        gg.il.Emit(gg.O.Callvirt, tm.method(tm.net(dt), method))
        if result_is_value:
            cast_from_gen(gg, dt.value)
        gg.store(op.result)
    return emit


for _n, _m in [("dict_len", "Len"), ("dict_setitem", "Set"), ("dict_delitem", "Del"),
               ("dict_contains", "Contains"), ("dict_keys", "Keys"), ("dict_values", "Values"),
               ("dict_items", "Items"), ("dict_clear", "Clear"), ("dict_copy", "Copy")]:
    OPS[_n] = dict_method(_m)
for _n, _m in [("dict_getitem", "Get"), ("dict_get", "GetDefault"), ("dict_pop", "Pop"),
               ("dict_pop_default", "PopDefault"), ("dict_setdefault", "SetDefault")]:
    OPS[_n] = dict_method(_m, True)


def dict_is_true(gg, op):
    push_all(gg, op)
    gg.il.Emit(gg.O.Call, gg.tm.method(gg.tm.net(op.args[0].concretetype), "IsTrue"))
    gg.store(op.result)


def newdict(gg, op):
    gg.il.Emit(gg.O.Call, gg.tm.method(gg.tm.net(op.result.concretetype), "NewDefault"))
    gg.store(op.result)


def new_rdict(gg, op):
    t = op.result.concretetype
    _, ctor = gg.gen.rdict_comparer(t)
    push_all(gg, op)
    gg.il.Emit(gg.O.Newobj, ctor)
    gg.il.Emit(gg.O.Newobj, gg.tm.net(t).GetConstructors()[0])
    gg.store(op.result)


OPS["dict_is_true"] = dict_is_true
OPS["newdict"] = newdict
OPS["new_rdict"] = new_rdict
