"""import: builtin modules, and the user's modules and packages found on
sys.path (the script's folder first)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from vm import io
from interpreters.python.objspace.base import W_Root, OperationError
from interpreters.python.objspace.primitives import W_Str
from interpreters.python.objspace.containers import W_Dict, W_List, W_Tuple
from interpreters.python.objspace.functions import W_Module

if TYPE_CHECKING:
    from interpreters.python.objspace.space import ObjSpace


def module_not_found(space: ObjSpace, name: str) -> OperationError:
    w_e = space.new_exception(space.w_ModuleNotFoundError, [space.newstr("No module named '%s'" % name)])
    w_e.setdictvalue("name", space.newstr(name))
    return OperationError(w_e)


def new_module(space: ObjSpace, name: str) -> W_Module:
    w_d = space.newdict()
    w_d.setitem(space, space.newstr("__name__"), space.newstr(name))
    w_d.setitem(space, space.newstr("__doc__"), space.w_None)
    w_d.setitem(space, space.newstr("__builtins__"), space.w_builtins)
    return W_Module(name, w_d)


def join_path(d: str, name: str) -> str:
    if d == "":
        return name
    if d.endswith("/"):
        return d + name
    return d + "/" + name


def search_dirs(space: ObjSpace) -> list[str]:
    w_sys = space.w_sys
    w_path = w_sys.w_dict.lookup(space, space.newstr("path"))
    dirs: list[str] = []
    if w_path is not None:
        for w_p in space.list_items(w_path):
            if isinstance(w_p, W_Str):
                dirs.append(w_p.value)
    return dirs


def exec_module_file(space: ObjSpace, name: str, path: str, pkg_dir: str | None) -> W_Module:
    from interpreters.python.interpreter.compiling import compile_for_space
    from interpreters.python.interpreter.executor import run_code
    source = io.read_file(path)
    w_mod = new_module(space, name)
    w_d = w_mod.w_dict
    w_d.setitem(space, space.newstr("__file__"), space.newstr(path))
    if pkg_dir is not None:
        w_d.setitem(space, space.newstr("__path__"), space.newlist([space.newstr(pkg_dir)]))
        w_d.setitem(space, space.newstr("__package__"), space.newstr(name))
    else:
        dot = name.rfind(".")
        w_d.setitem(space, space.newstr("__package__"), space.newstr(name[:dot] if dot >= 0 else ""))
    w_key = space.newstr(name)
    space.w_modules.setitem(space, w_key, w_mod)
    try:
        code = compile_for_space(space, source, path, "exec")
        run_code(space, code, w_d, w_d)
    except OperationError:
        space.w_modules.delitem(space, w_key)
        raise
    w_final = space.w_modules.lookup(space, w_key)
    if w_final is not None and isinstance(w_final, W_Module):
        return w_final
    return w_mod


def find_and_load(space: ObjSpace, fullname: str, dirs: list[str]) -> W_Root | None:
    w_key = space.newstr(fullname)
    w_m = space.w_modules.lookup(space, w_key)
    if w_m is not None:
        return w_m
    w_builtin = space.make_builtin_module(fullname)
    if w_builtin is not None:
        space.w_modules.setitem(space, w_key, w_builtin)
        return w_builtin
    last = fullname[fullname.rfind(".") + 1:]
    for d in dirs:
        pkg = join_path(d, last)
        init = join_path(pkg, "__init__.py")
        if io.file_exists(init):
            return exec_module_file(space, fullname, init, pkg)
        f = join_path(d, last + ".py")
        if io.file_exists(f):
            return exec_module_file(space, fullname, f, None)
    return None


def import_module(space: ObjSpace, fullname: str) -> W_Root:
    """Import fullname (dotted), importing its parents first."""
    parts = fullname.split(".")
    w_parent: W_Root | None = None
    name = ""
    for part in parts:
        if name == "":
            name = part
            dirs = search_dirs(space)
        else:
            name = name + "." + part
            dirs = []
            assert w_parent is not None
            if isinstance(w_parent, W_Module):
                w_p = w_parent.w_dict.lookup(space, space.newstr("__path__"))
                if w_p is not None:
                    for w_x in space.list_items(w_p):
                        dirs.append(space.str_w(w_x))
            if len(dirs) == 0 and space.w_modules.lookup(space, space.newstr(name)) is None:
                w_e = space.new_exception(space.w_ModuleNotFoundError, [space.newstr("No module named '%s'; '%s' is not a package" % (name, name[:name.rfind(".")]))])
                raise OperationError(w_e)
        w_m = find_and_load(space, name, dirs)
        if w_m is None:
            raise module_not_found(space, name)
        if w_parent is not None:
            space.setattr(w_parent, part, w_m)
        w_parent = w_m
    assert w_parent is not None
    return w_parent


def resolve_name(space: ObjSpace, name: str, w_globals: W_Dict, level: int) -> str:
    w_pkg = w_globals.lookup(space, space.newstr("__package__"))
    package = ""
    if w_pkg is not None and isinstance(w_pkg, W_Str):
        package = w_pkg.value
    else:
        w_name = w_globals.lookup(space, space.newstr("__name__"))
        if w_name is not None and isinstance(w_name, W_Str):
            package = w_name.value
            if w_globals.lookup(space, space.newstr("__path__")) is None:
                package = package[:package.rfind(".")] if "." in package else ""
    if package == "":
        raise space.error(space.w_ImportError, "attempted relative import with no known parent package")
    bits = package.split(".")
    if level - 1 >= len(bits):
        raise space.error(space.w_ImportError, "attempted relative import beyond top-level package")
    base = ".".join(bits[:len(bits) - (level - 1)])
    if name == "":
        return base
    return base + "." + name


def import_name(space: ObjSpace, name: str, w_globals: W_Dict, w_fromlist: W_Root, level: int) -> W_Root:
    fullname = name
    if level > 0:
        fullname = resolve_name(space, name, w_globals, level)
    w_mod = import_module(space, fullname)
    has_fromlist = not space.is_none(w_fromlist) and space.len_w(w_fromlist) > 0
    if not has_fromlist:
        if level == 0 and "." in name:
            w_top = space.w_modules.lookup(space, space.newstr(name[:name.find(".")]))
            assert w_top is not None
            return w_top
        return w_mod
    if isinstance(w_mod, W_Module) and w_mod.w_dict.lookup(space, space.newstr("__path__")) is not None:
        for w_f in space.fixed_items(w_fromlist):
            attr = space.str_w(w_f)
            if attr != "*" and w_mod.w_dict.lookup(space, w_f) is None:
                try:
                    import_module(space, fullname + "." + attr)
                except OperationError as e:
                    if not space.exception_match(e.w_value, space.w_ModuleNotFoundError):
                        raise
    return w_mod


def import_from(space: ObjSpace, w_mod: W_Root, name: str) -> W_Root:
    w_v = space.getattr_or_none(w_mod, name)
    if w_v is not None:
        return w_v
    modname = "<unknown module name>"
    suffix = ""
    if isinstance(w_mod, W_Module):
        modname = w_mod.name
        w_sub = space.w_modules.lookup(space, space.newstr(modname + "." + name))
        if w_sub is not None:
            return w_sub
        w_file = w_mod.w_dict.lookup(space, space.newstr("__file__"))
        if w_file is not None and isinstance(w_file, W_Str):
            suffix = " (%s)" % w_file.value
        else:
            suffix = " (unknown location)"
    w_e = space.new_exception(space.w_ImportError, [space.newstr("cannot import name '%s' from '%s'%s" % (name, modname, suffix))])
    raise OperationError(w_e)


def import_star(space: ObjSpace, w_mod: W_Root, w_locals: W_Root) -> None:
    if not isinstance(w_mod, W_Module):
        raise space.error_type("import * from a non-module")
    w_all = w_mod.w_dict.lookup(space, space.newstr("__all__"))
    if w_all is not None:
        for w_n in space.list_items(w_all):
            space.setitem(w_locals, w_n, space.getattr(w_mod, space.str_w(w_n)))
        return
    for w_k in w_mod.w_dict.live_keys():
        k = space.str_w(w_k)
        if not k.startswith("_"):
            w_v = w_mod.w_dict.lookup(space, w_k)
            assert w_v is not None
            space.setitem(w_locals, w_k, w_v)
