"""Typing rules of the methods of str, list, dict, r_dict and StringBuilder."""
from __future__ import annotations

from jitgen.types import model as m
from jitgen.types import strlib
from jitgen.types.model import (TBool, TDict, TFloat, TInt, TList, TSB, TStr,
                                TTuple, TVar, TVoid, prune, strip_opt)

MAXINT = (1 << 63) - 1

# name -> (llop, [param types], result type, number of optional trailing params, defaults)
STR_METHODS = {
    "join": ("str_join", [TList(TStr)], TStr),
    "replace": ("str_replace", [TStr, TStr], TStr),
    "upper": ("str_upper", [], TStr),
    "lower": ("str_lower", [], TStr),
    "isdigit": ("str_isdigit", [], TBool),
    "isalpha": ("str_isalpha", [], TBool),
    "isalnum": ("str_isalnum", [], TBool),
    "isspace": ("str_isspace", [], TBool),
    "isupper": ("str_isupper", [], TBool),
    "islower": ("str_islower", [], TBool),
    "zfill": ("str_zfill", [TInt], TStr),
    "index": ("str_index", [TStr], TInt),
    "count": ("str_count", [TStr], TInt),
}


class StrListDictRules:
    """Mixed into Rules: `self.op`, `self.at` are the current op and arg types."""

    def helper_call(self, f, args: list, spec_type=None, item_arg: int = -1):
        """A direct_call of a subset helper from strlib.  spec_type: the type
        of the first argument, for a helper specialised on it; item_arg: a
        parameter that has that list's item type."""
        from jitgen.types.calls import call_result
        from jitgen.types.rules import single
        key: tuple = ()
        override = None
        if spec_type is not None:
            t = m.deep_freeze(spec_type)
            key = ("argtype", str(t))
            # every argument the helper is specialised on has this type
            nums = getattr(f, "_jit_specialize_", ("argtype", (0,)))[1]
            override = [t if i in nums else None for i in range(f.__code__.co_argcount)]
            if item_arg >= 0:
                override[item_arg] = m.deep_freeze(t.item)
        fd = self.c.get_func(f, key, None, override)
        if fd.state == "new" and key:
            saved = (self.ft, self.op, self.at)
            self.c.ensure_typed(fd)
            self.ft, self.op, self.at = saved
        return call_result(fd), single("direct_call", [("fn", fd)] + args, call_result(fd))[1]

    def method_args(self, n_min: int, n_max: int, what: str) -> list[int]:
        op = self.op
        if op.args[2].value:
            from jitgen.types.checker import TypeErr
            raise TypeErr(f"keyword arguments to {what} are not in the subset")
        n = len(op.args) - 3
        if not n_min <= n <= n_max:
            from jitgen.types.checker import TypeErr
            raise TypeErr(f"{what} takes {n_min if n_min == n_max else f'{n_min} to {n_max}'}"
                          f" arguments ({n} given)")
        return list(range(3, 3 + n))

    def kw_method_args(self, names: list[str], what: str) -> list:
        """The argument of each parameter in names (positional or by
        keyword, as CPython's split(sep=None, maxsplit=-1) takes them), up
        to the last one given; None for one left out before it."""
        from jitgen.types.checker import TypeErr
        op = self.op
        kwnames = list(op.args[2].value)
        npos = len(op.args) - 3 - len(kwnames)
        if npos > len(names):
            raise TypeErr(f"{what} takes at most {len(names)} arguments ({npos} given)")
        got: list = list(range(3, 3 + npos))
        for j, k in enumerate(kwnames):
            if k not in names:
                raise TypeErr(f"{what} got an unexpected keyword argument '{k}'")
            p = names.index(k)
            if p < len(got) and got[p] is not None:
                raise TypeErr(f"{what} got multiple values for argument '{k}'")
            while len(got) <= p:
                got.append(None)
            got[p] = 3 + npos + j
        return got

    def arg(self, i: int, t, what: str):
        from jitgen.types.rules import conv
        self.check_assign(self.at[i], t, what, i)
        return conv(("a", i), self.at[i], t)

    def str_method(self, name: str):
        from jitgen.types.checker import TypeErr
        from jitgen.types.rules import R, single, A
        if name == "replace" and len(self.op.args) == 6:
            old, new, count = self.method_args(3, 3, "str.replace()")
            return self.helper_call(strlib.replace_count, [A(0), self.arg(old, TStr, "old"),
                                                          self.arg(new, TStr, "new"), self.arg(count, TInt, "count")])
        if name == "format":
            return self.str_format()
        if name == "join" and len(self.op.args) == 4 and m.freeze(self.at[3]) == TStr:
            [i] = self.method_args(1, 1, "str.join()")
            return self.helper_call(strlib.str_join_chars, [A(0), A(i)])
        jt = m.freeze(self.at[3]) if name == "join" and len(self.op.args) == 4 else None
        if isinstance(jt, TTuple) and jt.items and all(m.freeze(x) == TStr for x in jt.items):
            # sep.join((a, b)): the tuple's items as a list
            [i] = self.method_args(1, 1, "str.join()")
            r = R()
            xs = [r.op("tuple_getitem", [A(i), ("n", k)], TStr) for k in range(len(jt.items))]
            lst = r.op("newlist", xs, TList(TStr))
            return TStr, r.done(r.op("str_join", [A(0), lst], TStr))
        if name in ("partition", "rpartition"):
            [i] = self.method_args(1, 1, f"str.{name}()")
            f = strlib.str_partition if name == "partition" else strlib.str_rpartition
            return self.helper_call(f, [A(0), self.arg(i, TStr, "separator")])
        if name == "center":
            idx = self.method_args(1, 2, "str.center()")
            fill = self.arg(idx[1], TStr, "fill character") if len(idx) > 1 else ("c", " ", TStr)
            return self.helper_call(strlib.str_center, [A(0), self.arg(idx[0], TInt, "width"), fill])
        if name in ("index", "count") and len(self.op.args) > 4:
            idx = self.method_args(2, 3, f"str.{name}()")
            end = self.arg(idx[2], TInt, "end") if len(idx) > 2 else ("c", MAXINT, TInt)
            f = strlib.str_index_from if name == "index" else strlib.str_count_from
            return self.helper_call(f, [A(0), self.arg(idx[0], TStr, "substring"),
                                        self.arg(idx[1], TInt, "start"), end])
        if name in STR_METHODS:
            ll, params, res = STR_METHODS[name]
            idx = self.method_args(len(params), len(params), f"str.{name}()")
            return single(ll, [A(0)] + [self.arg(i, p, f"argument of str.{name}()") for i, p in zip(idx, params)], res)
        if name in ("startswith", "endswith"):
            idx = self.method_args(1, 3, f"str.{name}()")
            r = R()
            pt = m.freeze(self.at[idx[0]])
            what = "prefix" if name == "startswith" else "suffix"
            if len(idx) > 1:
                # with start (and end): CPython's bounds rules, in strlib
                start = self.arg(idx[1], TInt, "start")
                end = self.arg(idx[2], TInt, "end") if len(idx) > 2 else ("c", MAXINT, TInt)
                suffix = ("c", name == "endswith", TBool)

                def test(sub):
                    from jitgen.types.rules import splice
                    _, rec = self.helper_call(strlib.str_tailmatch, [A(0), ("outer", sub), start, end, suffix])
                    return splice(r, rec)
            else:
                def test(sub):
                    return r.op("str_" + name, [("a", 0), sub], TBool)
            if isinstance(pt, TTuple) and pt.items and all(m.freeze(x) == TStr for x in pt.items):
                # s.startswith(("a", "b")): one test per item, or-ed
                acc = None
                for k in range(len(pt.items)):
                    item = r.op("tuple_getitem", [A(idx[0]), ("n", k)], TStr)
                    b = test(item)
                    acc = b if acc is None else r.op("bool_or", [acc, b], TBool)
                return TBool, r.done(acc)
            return TBool, r.done(test(self.arg(idx[0], TStr, what)))
        if name in ("split", "rsplit"):
            idx = self.kw_method_args(["sep", "maxsplit"], f"str.{name}()")
            no_sep = not idx or idx[0] is None or prune(self.at[idx[0]]) is m.TNone
            if idx and not no_sep and isinstance(prune(self.at[idx[0]]), m.TOpt):
                # sep may be None at run time: CPython's meaning, not a null
                limit = self.arg(idx[1], TInt, "maxsplit") if len(idx) > 1 else ("c", -1, TInt)
                f = strlib.split_opt if name == "split" else strlib.rsplit_opt
                return self.helper_call(f, [A(0), self.arg(idx[0], m.TOpt(TStr), "separator"), limit])
            if len(idx) < 2:
                # without a limit, rsplit splits exactly as split does
                if no_sep:
                    return single("str_split", [A(0)], TList(TStr))
                return single("str_split_sep", [A(0), self.arg(idx[0], TStr, "separator")], TList(TStr))
            limit = self.arg(idx[1], TInt, "maxsplit")
            if no_sep:
                f = strlib.split_ws_max if name == "split" else strlib.rsplit_ws_max
                return self.helper_call(f, [A(0), limit])
            f = strlib.split_sep_max if name == "split" else strlib.rsplit_sep_max
            return self.helper_call(f, [A(0), self.arg(idx[0], TStr, "separator"), limit])
        if name == "splitlines":
            idx = self.kw_method_args(["keepends"], "str.splitlines()")
            keep = self.arg(idx[0], TBool, "keepends") if idx else ("c", False, TBool)
            return self.helper_call(strlib.splitlines, [A(0), keep])
        if name in ("find", "rfind"):
            idx = self.method_args(1, 3, f"str.{name}()")
            args = [A(0), self.arg(idx[0], TStr, "substring")]
            args.append(self.arg(idx[1], TInt, "start") if len(idx) > 1 else ("c", 0, TInt))
            args.append(self.arg(idx[2], TInt, "end") if len(idx) > 2 else ("c", MAXINT, TInt))
            return single("str_" + name, args, TInt)
        if name in ("strip", "lstrip", "rstrip"):
            idx = self.method_args(0, 1, f"str.{name}()")
            if not idx or prune(self.at[idx[0]]) is m.TNone:
                return single("str_" + name, [A(0)], TStr)
            if isinstance(prune(self.at[idx[0]]), m.TOpt):
                # chars may be None at run time: whitespace, as in CPython
                f = {"strip": strlib.strip_opt, "lstrip": strlib.lstrip_opt,
                     "rstrip": strlib.rstrip_opt}[name]
                return self.helper_call(f, [A(0), self.arg(idx[0], m.TOpt(TStr), "chars")])
            return single(f"str_{name}_chars", [A(0), self.arg(idx[0], TStr, "chars")], TStr)
        if name in ("ljust", "rjust"):
            idx = self.method_args(1, 2, f"str.{name}()")
            fill = self.arg(idx[1], TStr, "fill character") if len(idx) > 1 else ("c", " ", TStr)
            return single("str_" + name, [A(0), self.arg(idx[0], TInt, "width"), fill], TStr)
        raise TypeErr(f"str method '{name}' is not in the subset")

    def str_format(self):
        """'{} and {1!r} and {name:>8}'.format(...) with a constant format: a
        chain of str_concat, as for '%' formatting; a field's format spec
        calls the fmtlib helper (spec_format)."""
        from jitgen.types.checker import TypeErr
        from jitgen.types.rules import R
        from jitgen.lower.llgraph import Constant
        op = self.op
        fmt = op.args[0]
        if not isinstance(fmt, Constant) or not isinstance(fmt.value, str):
            raise TypeErr("str.format() needs a constant format string")
        kwnames = list(op.args[2].value)
        npos = len(op.args) - 3 - len(kwnames)
        kwidx = {k: 3 + npos + j for j, k in enumerate(kwnames)}
        text = fmt.value
        r = R()
        pieces: list = []
        lit = ""
        auto = 0
        numbering = ""
        i = 0
        while i < len(text):
            c = text[i]
            if c in "{}" and text[i + 1:i + 2] == c:
                lit += c
                i += 2
                continue
            if c == "}":
                raise TypeErr("str.format(): single '}' in the format string")
            if c != "{":
                lit += c
                i += 1
                continue
            j = text.find("}", i)
            if j < 0:
                raise TypeErr("str.format(): '{' without '}' in the format string")
            field = text[i + 1:j]
            i = j + 1
            conv_ch = ""
            spec = None
            if "{" in field:
                raise TypeErr("str.format(): a nested replacement field in a format spec is not in the"
                              " subset: write the spec out")
            if ":" in field:
                field, spec = field.split(":", 1)
            if "!" in field:
                field, conv_ch = field.split("!", 1)
                if conv_ch not in ("s", "r"):
                    raise TypeErr(f"str.format(): conversion '!{conv_ch}' is not in the subset")
            if "[" in field or "." in field:
                raise TypeErr("str.format(): indexing and attributes in a field are not in the subset")
            if field == "" or field.isdigit():
                kind = "auto" if field == "" else "manual"
                if numbering and numbering != kind:
                    raise TypeErr("str.format(): cannot switch between automatic and manual field numbering")
                numbering = kind
                k = auto if field == "" else int(field)
                auto += 1
                if k >= npos:
                    raise TypeErr(f"str.format(): replacement index {k} out of range for {npos} arguments")
                idx = 3 + k
            else:
                if field not in kwidx:
                    raise TypeErr(f"str.format(): no keyword argument '{field}'")
                idx = kwidx[field]
            if lit:
                pieces.append(("c", lit, TStr))
                lit = ""
            if spec:
                # format(value, spec), after the conversion if there is one
                ref, t = ("a", idx), self.at[idx]
                if conv_ch:
                    ref, t = self.to_str(r, ref, t, repr_=conv_ch == "r"), TStr
                pieces.append(self.spec_format(r, ref, t, ("c", spec, TStr)))
            else:
                pieces.append(self.to_str(r, ("a", idx), self.at[idx], repr_=conv_ch == "r"))
        if lit or not pieces:
            pieces.append(("c", lit, TStr))
        acc = pieces[0]
        for p in pieces[1:]:
            acc = r.op("str_concat", [acc, p], TStr)
        return TStr, r.done(acc)

    def list_method(self, lt: TList, name: str):
        from jitgen.types.checker import TypeErr
        from jitgen.types.rules import R, single, A
        item = lt.item
        if name == "append":
            [i] = self.method_args(1, 1, "list.append()")
            return single("list_append", [A(0), self.arg(i, item, "list item")], TVoid)
        if name == "pop":
            idx = self.method_args(0, 1, "list.pop()")
            if not idx:
                return single("list_pop_last", [A(0)], item)
            return single("list_pop", [A(0), self.arg(idx[0], TInt, "index")], item)
        if name == "insert":
            i, x = self.method_args(2, 2, "list.insert()")
            return single("list_insert", [A(0), self.arg(i, TInt, "index"), self.arg(x, item, "list item")], TVoid)
        if name == "extend":
            [i] = self.method_args(1, 1, "list.extend()")
            other = strip_opt(prune(self.at[i]))
            if not isinstance(other, TList):
                raise TypeErr(f"list.extend() takes a list, not {self.at[i]}", i)
            try:
                m.unify(other.item, item)
            except m.UnifyError:
                raise TypeErr(f"list.extend(): list[{other.item}] into list[{item}]", i)
            return single("list_extend", [A(0), A(i)], TVoid)
        if name == "index" and len(self.op.args) > 4:
            idx = self.method_args(2, 3, "list.index()")
            end = self.arg(idx[2], TInt, "end") if len(idx) > 2 else ("c", MAXINT, TInt)
            return self.helper_call(strlib.list_index_from, [A(0), self.arg(idx[0], item, "list item"),
                                                             self.arg(idx[1], TInt, "start"), end], lt)
        if name in ("index", "remove", "count"):
            self.no_custom_eq(item, f"list.{name}()")
            [i] = self.method_args(1, 1, f"list.{name}()")
            if self.eq_not_by_tuple_eq(item):
                # list items that are lists: compared by value, as Python does
                f = {"index": strlib.list_index_deep, "remove": strlib.list_remove_deep,
                     "count": strlib.list_count_deep}[name]
                return self.helper_call(f, [A(0), self.arg(i, item, "list item")], lt, item_arg=1)
            res = TVoid if name == "remove" else TInt
            return single("list_" + name, [A(0), self.arg(i, item, "list item")], res)
        if name in ("reverse", "clear"):
            self.method_args(0, 0, f"list.{name}()")
            return single("list_" + name, [A(0)], TVoid)
        if name == "copy":
            self.method_args(0, 0, "list.copy()")
            return single("list_copy", [A(0)], lt)
        if name == "sort":
            op = self.op
            kws = op.args[2].value
            if kws and tuple(kws) != ("reverse",):
                raise TypeErr("list.sort() takes only the keyword argument reverse in the subset"
                              " (no key=)")
            if len(op.args) - 3 != len(kws):
                raise TypeErr(f"list.sort() takes no positional arguments ({len(op.args) - 3 - len(kws)} given)")
            rev = self.arg(3, TBool, "reverse") if kws else ("c", False, TBool)
            r = R()
            self.sort_recipe(r, A(0), lt, rev)
            return TVoid, r.done(("t", len(r.steps) - 1))
        raise TypeErr(f"list method '{name}' is not in the subset")

    def check_sortable(self, item) -> bool:
        """Whether list_sort can sort these items (int, float, str); tuples
        of sortable items are sorted by a strlib helper."""
        from jitgen.types.checker import TypeErr
        it = m.freeze(item)
        if isinstance(it, m.TOpt):
            it = m.freeze(it.inner)
        if it == TInt or it == TFloat or it == TStr:
            return True
        if isinstance(it, TTuple) and it.items and all(self.sortable_item(x) for x in it.items):
            return False
        if isinstance(it, m.TInst) and it.cls.lookup_method("__lt__")[0] is not None:
            return False        # instances ordered by their __lt__, as CPython's sort does
        raise TypeErr(f"sort() on a list of {item}: only lists of int, float, str, tuples of those"
                      " or instances whose class defines __lt__ can be sorted in the subset")

    def sortable_item(self, t) -> bool:
        t = m.freeze(t)
        if t == TInt or t == TFloat or t == TStr or t == TBool:
            return True
        return isinstance(t, TTuple) and bool(t.items) and all(self.sortable_item(x) for x in t.items)

    def sort_recipe(self, r, lst: tuple, lt, reverse: tuple) -> None:
        """Steps that sort the list `lst` (of type lt) in place, into r; the
        last step's value is Void."""
        from jitgen.types.rules import splice
        if self.check_sortable(lt.item):
            if reverse[0] == "c" and not reverse[1]:
                r.op("list_sort", [lst], TVoid)
                return
            if reverse[0] == "c":
                # equal items of these types are indistinguishable, but -0.0
                # and 0.0 are not: reverse, stable sort, reverse (as CPython)
                r.op("list_reverse", [lst], TVoid)
                r.op("list_sort", [lst], TVoid)
                r.op("list_reverse", [lst], TVoid)
                return
        t, rec = self.helper_call(strlib.sort_stable, [("outer", lst), ("outer", reverse)], lt)
        splice(r, rec)

    def dict_method(self, dt: TDict, name: str):
        from jitgen.types.checker import TypeErr
        from jitgen.types.rules import R, single, A
        k, v = dt.k, dt.v
        if name == "get":
            idx = self.method_args(1, 2, "dict.get()")
            key = self.arg(idx[0], k, "dict key")
            if len(idx) == 1:
                v = m.freeze(v)
                if not (v.is_ref or isinstance(v, TVar)):
                    raise TypeErr(f"d.get(k) returns None for a missing key, but the dict's values ({v})"
                                  " cannot be None: use d.get(k, default)")
                return single("dict_get", [A(0), key, ("c", None, m.TNone)], m.make_opt(v))
            if prune(self.at[idx[1]]) is m.TNone:
                vf = m.freeze(v)
                if not (vf.is_ref or isinstance(vf, TVar)):
                    raise TypeErr(f"d.get(k, None): the dict's values ({vf}) cannot be None;"
                                  f" give a default of type {vf} (or test `k in d`)", idx[1])
            return single("dict_get", [A(0), key, self.arg(idx[1], v, "default")], v)
        if name == "pop":
            idx = self.method_args(1, 2, "dict.pop()")
            key = self.arg(idx[0], k, "dict key")
            if len(idx) == 1:
                from jitgen.types import keyerrors
                if keyerrors.wants_repr(self, k):         # KeyError(key) shows the key's __repr__
                    return self.helper_call(keyerrors.pop, [A(0), key], dt)
                return single("dict_pop", [A(0), key], v)
            return single("dict_pop_default", [A(0), key, self.arg(idx[1], v, "default")], v)
        if name == "setdefault":
            i, d = self.method_args(2, 2, "dict.setdefault()")
            return single("dict_setdefault", [A(0), self.arg(i, k, "dict key"), self.arg(d, v, "default")], v)
        if name == "keys":
            self.method_args(0, 0, "dict.keys()")
            return single("dict_keys", [A(0)], TList(k))
        if name == "values":
            self.method_args(0, 0, "dict.values()")
            return single("dict_values", [A(0)], TList(v))
        if name == "items":
            self.method_args(0, 0, "dict.items()")
            return single("dict_items", [A(0)], TList(TTuple([k, v])))
        if name == "clear":
            self.method_args(0, 0, "dict.clear()")
            return single("dict_clear", [A(0)], TVoid)
        if name == "copy":
            self.method_args(0, 0, "dict.copy()")
            return single("dict_copy", [A(0)], dt)
        if name == "update":
            from jitgen.types import dictlib
            (i,) = self.method_args(1, 1, "dict.update() (of one dict)")
            return self.helper_call(dictlib.dict_update, [A(0), self.arg(i, dt, "argument of dict.update()")], dt)
        if name == "popitem":
            from jitgen.types import dictlib
            self.method_args(0, 0, "dict.popitem()")
            return self.helper_call(dictlib.dict_popitem, [A(0)], dt)
        raise TypeErr(f"dict method '{name}' is not in the subset")

    def sb_method(self, name: str):
        from jitgen.types.checker import TypeErr
        from jitgen.types.rules import single, A
        if name == "append":
            [i] = self.method_args(1, 1, "StringBuilder.append()")
            return single("sb_append", [A(0), self.arg(i, TStr, "string")], TVoid)
        if name == "append_slice":
            s, a, b = self.method_args(3, 3, "StringBuilder.append_slice()")
            return single("sb_append_slice", [A(0), self.arg(s, TStr, "string"), self.arg(a, TInt, "start"),
                                              self.arg(b, TInt, "end")], TVoid)
        if name == "append_multiple_char":
            c, n = self.method_args(2, 2, "StringBuilder.append_multiple_char()")
            return single("sb_append_multiple_char", [A(0), self.arg(c, TStr, "char"), self.arg(n, TInt, "count")], TVoid)
        if name == "getlength":
            self.method_args(0, 0, "StringBuilder.getlength()")
            return single("sb_getlength", [A(0)], TInt)
        if name == "build":
            self.method_args(0, 0, "StringBuilder.build()")
            return single("sb_build", [A(0)], TStr)
        raise TypeErr(f"StringBuilder method '{name}' is not in the subset")


_ = (TSB,)
