"""Object, Class, Method and Array primitives: identity, reflection, perform."""
from interpreters.smalltalk.objects import (
    W_Object, W_Instance, W_Class, W_Integer, W_Double,
    W_Symbol, W_Array, W_Primitive, W_Invokable,
)
from interpreters.smalltalk.universe import Universe, PrimitiveFailed
from interpreters.smalltalk.interpreter import invoke, does_not_understand
from interpreters.smalltalk.primitives.helpers import (
    arg_int, arg_symbol, arg_array, arg_class, type_error,
)


class HashCounter:
    """Identity hashes for objects that have no hash field."""
    next: int
    table: dict[W_Object, int]

    def __init__(self) -> None:
        self.next = 1
        self.table = {}


HASHES = HashCounter()


def next_hash() -> int:
    HASHES.next += 1
    return (HASHES.next * 2654435761) & 0x3FFFFFFF | 1


def identity_hash(w: W_Object) -> int:
    """Objects and arrays keep their hash; the rarer rest use a table."""
    if isinstance(w, W_Instance):
        if w.ident_hash == 0:
            w.ident_hash = next_hash()
        return w.ident_hash
    if isinstance(w, W_Array):
        if w.ident_hash == 0:
            w.ident_hash = next_hash()
        return w.ident_hash
    if w in HASHES.table:
        return HASHES.table[w]
    h = next_hash()
    HASHES.table[w] = h
    return h


def identical(a: W_Object, b: W_Object) -> bool:
    """== : small integers and doubles compare by value (they are not boxes in SOM)."""
    if a is b:
        return True
    if isinstance(a, W_Integer) and isinstance(b, W_Integer):
        return a.value == b.value
    if isinstance(a, W_Double) and isinstance(b, W_Double):
        return a.value == b.value
    return False


def prim_class(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    return rcvr.get_class(u.ct)


def prim_identical(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    return u.bool_object(identical(rcvr, args[0]))


def prim_hashcode(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    if isinstance(rcvr, W_Integer):
        return rcvr
    return W_Integer(identity_hash(rcvr))


def prim_object_size(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    n = 1
    if isinstance(rcvr, W_Instance):
        n += len(rcvr.fields)
    elif isinstance(rcvr, W_Array):
        n += len(rcvr.items)
    return W_Integer(n * 8)


def prim_halt(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    return rcvr


def perform_lookup(u: Universe, rcvr: W_Object, sel: W_Symbol, args: list[W_Object],
                   start: W_Class) -> W_Object:
    if sel.num_args != len(args):
        raise PrimitiveFailed("#" + sel.value + " takes " + str(sel.num_args) +
                              " arguments, perform gave " + str(len(args)))
    m = start.lookup(sel.value)
    if m is None:
        # doesNotUnderstand: is looked up in the receiver's class, also after
        # perform:inSuperclass:
        return does_not_understand(u, rcvr, rcvr.get_class(u.ct), sel, args)
    return invoke(u, m, rcvr, args)


def prim_perform(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    sel = arg_symbol(u, "Object>>perform:", args[0])
    return perform_lookup(u, rcvr, sel, args[1:], rcvr.get_class(u.ct))


def prim_perform_with_arguments(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    sel = arg_symbol(u, "Object>>perform:withArguments:", args[0])
    arr = arg_array(u, "Object>>perform:withArguments:", args[1])
    return perform_lookup(u, rcvr, sel, list(arr.items), rcvr.get_class(u.ct))


def prim_perform_in_superclass(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    sel = arg_symbol(u, "Object>>perform:inSuperclass:", args[0])
    cls = arg_class(u, "Object>>perform:inSuperclass:", args[1])
    return perform_lookup(u, rcvr, sel, [], cls)


def prim_perform_with_arguments_in_superclass(u: Universe, rcvr: W_Object,
                                              args: list[W_Object]) -> W_Object:
    sel = arg_symbol(u, "Object>>perform:withArguments:inSuperclass:", args[0])
    arr = arg_array(u, "Object>>perform:withArguments:inSuperclass:", args[1])
    cls = arg_class(u, "Object>>perform:withArguments:inSuperclass:", args[2])
    return perform_lookup(u, rcvr, sel, list(arr.items), cls)


def fields_of(u: Universe, prim: str, rcvr: W_Object) -> list[W_Object]:
    if isinstance(rcvr, W_Instance):
        return rcvr.fields
    raise type_error(u, prim, "an object with fields", rcvr)


def prim_inst_var_at(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    fields = fields_of(u, "Object>>instVarAt:", rcvr)
    i = arg_int(u, "Object>>instVarAt:", args[0])
    if i < 1 or i > len(fields):
        raise PrimitiveFailed("instVarAt: index " + str(i) + " out of bounds")
    return fields[i - 1]


def prim_inst_var_at_put(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    fields = fields_of(u, "Object>>instVarAt:put:", rcvr)
    i = arg_int(u, "Object>>instVarAt:put:", args[0])
    if i < 1 or i > len(fields):
        raise PrimitiveFailed("instVarAt:put: index " + str(i) + " out of bounds")
    fields[i - 1] = args[1]
    return args[1]


def field_index(u: Universe, rcvr: W_Object, name: str) -> int:
    cls = rcvr.get_class(u.ct)
    names = cls.instance_fields
    i = len(names) - 1
    while i >= 0:
        if names[i] == name:
            return i
        i -= 1
    raise PrimitiveFailed("no field named " + name + " in " + cls.name)


def prim_inst_var_named(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    fields = fields_of(u, "Object>>instVarNamed:", rcvr)
    return fields[field_index(u, rcvr, arg_symbol(u, "Object>>instVarNamed:", args[0]).value)]


def prim_inst_var_named_put(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    fields = fields_of(u, "Object>>instVarNamed:put:", rcvr)
    fields[field_index(u, rcvr, arg_symbol(u, "Object>>instVarNamed:put:", args[0]).value)] = args[1]
    return args[1]


# -- Class -------------------------------------------------------------------

def prim_class_new(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    cls = arg_class(u, "Class>>new", rcvr)
    if cls.is_subclass_of(u.ct.array):
        return W_Array([])
    if cls.is_subclass_of(u.ct.klass):
        raise PrimitiveFailed("cannot instantiate " + cls.name + " with new")
    return u.new_instance(cls)


def prim_class_name(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    return u.symbol(arg_class(u, "Class>>name", rcvr).name)


def prim_class_superclass(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    sup = arg_class(u, "Class>>superclass", rcvr).superclass
    if sup is None:
        return u.nil
    return sup


def prim_class_fields(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    cls = arg_class(u, "Class>>fields", rcvr)
    items: list[W_Object] = []
    for n in cls.instance_fields:
        items.append(u.symbol(n))
    return W_Array(items)


def prim_class_methods(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    cls = arg_class(u, "Class>>methods", rcvr)
    items: list[W_Object] = []
    for m in cls.method_order:
        if not m.from_extension:
            items.append(m)
    return W_Array(items)


def prim_class_selectors(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    cls = arg_class(u, "Class>>selectors", rcvr)
    items: list[W_Object] = []
    for m in cls.method_order:
        if not m.from_extension:
            items.append(m.signature)
    return W_Array(items)


def prim_class_has_method(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    cls = arg_class(u, "Class>>hasMethod:", rcvr)
    sel = arg_symbol(u, "Class>>hasMethod:", args[0])
    return u.bool_object(sel.value in cls.methods)


def prim_class_is_class(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    return u.bool_object(isinstance(rcvr, W_Class))


# -- Method and Primitive -----------------------------------------------------

def arg_invokable(u: Universe, prim: str, w: W_Object) -> W_Invokable:
    if isinstance(w, W_Invokable):
        return w
    raise type_error(u, prim, "a Method", w)


def prim_method_signature(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    return arg_invokable(u, "Method>>signature", rcvr).signature


def prim_method_holder(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    h = arg_invokable(u, "Method>>holder", rcvr).holder
    if h is None:
        return u.nil
    return h


def prim_method_invoke_on_with(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    m = arg_invokable(u, "Method>>invokeOn:with:", rcvr)
    arr = arg_array(u, "Method>>invokeOn:with:", args[1])
    if len(arr.items) != m.num_args:
        raise PrimitiveFailed("#" + m.signature.value + " takes " + str(m.num_args) +
                              " arguments, invokeOn:with: gave " + str(len(arr.items)))
    return invoke(u, m, args[0], list(arr.items))


def prim_method_is_primitive(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    return u.bool_object(isinstance(rcvr, W_Primitive))


def prim_method_num_args(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    return W_Integer(arg_invokable(u, "Method>>numArgs", rcvr).num_args)


# -- Array -------------------------------------------------------------------

def arr_index(u: Universe, prim: str, arr: W_Array, w: W_Object) -> int:
    i = arg_int(u, prim, w)
    if i < 1 or i > len(arr.items):
        raise PrimitiveFailed("index " + str(i) + " out of bounds for an Array of length " +
                             str(len(arr.items)) + " (" + prim + ")")
    return i - 1


def prim_array_at(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    arr = arg_array(u, "Array>>at:", rcvr)
    return arr.items[arr_index(u, "Array>>at:", arr, args[0])]


def prim_array_at_put(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    arr = arg_array(u, "Array>>at:put:", rcvr)
    arr.items[arr_index(u, "Array>>at:put:", arr, args[0])] = args[1]
    return args[1]


def prim_array_length(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    return W_Integer(len(arg_array(u, "Array>>length", rcvr).items))


def prim_array_copy(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    return W_Array(list(arg_array(u, "Array>>copy", rcvr).items))


def prim_array_new(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    n = arg_int(u, "Array class>>new:", args[0])
    if n < 0:
        raise PrimitiveFailed("Array class>>new: negative size " + str(n))
    return W_Array([u.nil] * n)


PRIMITIVES = {
    "Object>>class": prim_class,
    "Object>>==": prim_identical,
    "Object>>hashcode": prim_hashcode,
    "Object>>identityHash": prim_hashcode,
    "Object>>objectSize": prim_object_size,
    "Object>>halt": prim_halt,
    "Object>>inspect": prim_halt,
    "Object>>perform:": prim_perform,
    "Object>>perform:with:": prim_perform,
    "Object>>perform:with:with:": prim_perform,
    "Object>>perform:with:with:with:": prim_perform,
    "Object>>perform:withArguments:": prim_perform_with_arguments,
    "Object>>perform:inSuperclass:": prim_perform_in_superclass,
    "Object>>perform:withArguments:inSuperclass:": prim_perform_with_arguments_in_superclass,
    "Object>>instVarAt:": prim_inst_var_at,
    "Object>>instVarAt:put:": prim_inst_var_at_put,
    "Object>>instVarNamed:": prim_inst_var_named,
    "Object>>instVarNamed:put:": prim_inst_var_named_put,
    "Class>>new": prim_class_new,
    "Class>>name": prim_class_name,
    "Class>>superclass": prim_class_superclass,
    "Class>>fields": prim_class_fields,
    "Class>>instanceFields": prim_class_fields,
    "Class>>methods": prim_class_methods,
    "Class>>instanceInvokables": prim_class_methods,
    "Class>>selectors": prim_class_selectors,
    "Class>>hasMethod:": prim_class_has_method,
    "Class>>isClass": prim_class_is_class,
    "Method>>signature": prim_method_signature,
    "Method>>holder": prim_method_holder,
    "Method>>invokeOn:with:": prim_method_invoke_on_with,
    "Method>>isPrimitive": prim_method_is_primitive,
    "Method>>numArgs": prim_method_num_args,
    "Primitive>>signature": prim_method_signature,
    "Primitive>>holder": prim_method_holder,
    "Primitive>>invokeOn:with:": prim_method_invoke_on_with,
    "Primitive>>isPrimitive": prim_method_is_primitive,
    "Primitive>>numArgs": prim_method_num_args,
    "Array>>at:": prim_array_at,
    "Array>>at:put:": prim_array_at_put,
    "Array>>length": prim_array_length,
    "Array>>copy": prim_array_copy,
    "Array class>>new:": prim_array_new,
}
