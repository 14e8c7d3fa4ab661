"""Inline string operations (a mixin of FunctionGen, over DataOps).

Str is {i64 len, i64 hash, i64 wide, data} (vm/native/rt.h): data holds
one byte per code point when wide = 0, four otherwise, and a string is wide
only when it needs to be.  The hot character-level operations are inlined
for the one-byte kind: indexing (the one-character strings come from the
runtime's table @rt_chars), ord, equality (pointer, then length, then the
byte when one side is a one-character literal) and ordering against a
one-character literal (`"a" <= c <= "z"`).  Everything else, and the
four-byte kind, calls the runtime.
"""
from __future__ import annotations

from jitgen.lower.llgraph import Constant
from jitgen.backend.native.ops_data import DataOps

STR_WIDE = 16     # byte offsets in Str
STR_DATA = 24


def const_str(a) -> str | None:
    return a.value if isinstance(a, Constant) and isinstance(a.value, str) else None


def signed64(x: int) -> int:
    """An unsigned 64-bit constant as LLVM's signed i64 literal."""
    return x - (1 << 64) if x >= 1 << 63 else x


def narrow_char(k: str | None) -> int | None:
    """The code point of a one-character literal stored as a byte."""
    return ord(k) if k is not None and len(k) == 1 and ord(k) < 256 else None


class StrOps(DataOps):
    def here(self) -> str:
        return self.lines_label_before()

    def str_field(self, x: str, offset: int, kind: str) -> str:
        p, r = self.tmp(), self.tmp()
        self.emit(f"{p} = getelementptr i8, ptr {x}, i64 {offset}")
        self.emit(f"{r} = load i64, ptr {p}{self.m.tbaa(kind)}")
        return r

    def str_byte0(self, x: str, index: str = "0") -> str:
        """data[index] of a one-byte string, as i64."""
        p, b, r = self.tmp(), self.tmp(), self.tmp()
        self.emit(f"{p} = getelementptr i8, ptr {x}, i64 {STR_DATA}")
        q = p
        if index != "0":
            q = self.tmp()
            self.emit(f"{q} = getelementptr i8, ptr {p}, i64 {index}")
        self.emit(f"{b} = load i8, ptr {q}{self.m.tbaa('str.data')}")
        self.emit(f"{r} = zext i8 {b} to i64")
        return r

    def op_str_len(self, op) -> None:
        r = self.tmp()
        self.emit(f"{r} = load i64, ptr {self.val(op.args[0])}{self.m.tbaa('str.len')}")
        self.set(op, r)

    # ---- equality ------------------------------------------------------------
    def str_eq_value(self, a, b) -> str:
        ka, kb = const_str(a), const_str(b)
        if ka is not None and kb is not None:
            return "true" if ka == kb else "false"
        if ka is not None:
            a, b, ka, kb = b, a, kb, ka
        cp = self.char_cp(a)
        if cp is not None and kb is not None:     # a character against a literal
            if len(kb) != 1:
                return "false"
            r = self.tmp()
            self.emit(f"{r} = icmp eq i64 {cp}, {ord(kb)}")
            return r
        cq = self.char_cp(b)
        if cp is not None and cq is not None:     # two characters
            r = self.tmp()
            self.emit(f"{r} = icmp eq i64 {cp}, {cq}")
            return r
        x, y = self.val(a), self.val(b)
        start = self.here()
        same, t1, t2, t3, join = self.tmp(), self.newlabel("seq"), self.newlabel("seq"), \
            self.newlabel("seq"), self.newlabel("seqd")
        self.emit(f"{same} = icmp eq ptr {x}, {y}")
        self.emit(f"br i1 {same}, label %{join}, label %{t1}")
        self.label(t1)
        xn = self.tmp()
        self.emit(f"{xn} = icmp eq ptr {x}, null")
        if kb is None:
            yn, either = self.tmp(), self.tmp()
            self.emit(f"{yn} = icmp eq ptr {y}, null")
            self.emit(f"{either} = or i1 {xn}, {yn}")
            xn = either
        self.emit(f"br i1 {xn}, label %{join}, label %{t2}")
        self.label(t2)
        lx = self.tmp()
        self.emit(f"{lx} = load i64, ptr {x}{self.m.tbaa('str.len')}")
        if kb is None:
            ly = self.tmp()
            self.emit(f"{ly} = load i64, ptr {y}{self.m.tbaa('str.len')}")
        else:
            ly = str(len(kb))
        ne = self.tmp()
        self.emit(f"{ne} = icmp ne i64 {lx}, {ly}")
        self.emit(f"br i1 {ne}, label %{join}, label %{t3}")
        self.label(t3)
        k = narrow_char(kb)
        if kb is not None and len(kb) == 0:
            r3 = "true"
        elif k is not None:     # equal to a one-byte character: a one-byte string holding it
            w = self.str_field(x, STR_WIDE, "str.wide")
            c = self.str_byte0(x)
            wz, cz, r3 = self.tmp(), self.tmp(), self.tmp()
            self.emit(f"{wz} = icmp eq i64 {w}, 0")
            self.emit(f"{cz} = icmp eq i64 {c}, {k}")
            self.emit(f"{r3} = and i1 {wz}, {cz}")
        else:
            r3 = self.ccall("rt_str_eq", "bool", [("ptr", x), ("ptr", y)], False)
        end3 = self.here()
        self.emit(f"br label %{join}")
        self.label(join)
        r = self.tmp()
        self.emit(f"{r} = phi i1 [ true, %{start} ], [ false, %{t1} ], [ false, %{t2} ], [ {r3}, %{end3} ]")
        return r

    def op_str_eq(self, op) -> None:
        self.set(op, self.str_eq_value(op.args[0], op.args[1]))

    def op_str_ne(self, op) -> None:
        e = self.str_eq_value(op.args[0], op.args[1])
        r = self.tmp()
        self.emit(f"{r} = xor i1 {e}, true")
        self.set(op, r)

    # ---- ordering ------------------------------------------------------------
    def str_cmp_value(self, a, b) -> str:
        """cmp(a, b) as -1/0/1 (any sign), inline when b or a is a
        one-byte one-character literal."""
        ka, kb = const_str(a), const_str(b)
        cp, cq = self.char_cp(a), self.char_cp(b)
        if cp is not None and (cq is not None or (kb is not None and len(kb) == 1)):
            other = cq if cq is not None else str(ord(kb))     # one character each: compare them
            r = self.tmp()
            self.emit(f"{r} = sub i64 {cp}, {other}")
            return r
        if cq is not None and ka is not None and len(ka) == 1:
            r = self.tmp()
            self.emit(f"{r} = sub i64 {ord(ka)}, {cq}")
            return r
        if narrow_char(kb) is None and narrow_char(ka) is not None:
            c = self.str_cmp_value(b, a)
            r = self.tmp()
            self.emit(f"{r} = sub i64 0, {c}")
            return r
        k = narrow_char(kb)
        x, y = self.val(a), self.val(b)
        if k is None:
            return self.ccall("rt_str_cmp", "i64", [("ptr", x), ("ptr", y)], False)
        t1, t2, t3, slow, join = (self.newlabel("scmp") for _ in range(5))
        xn = self.tmp()
        self.emit(f"{xn} = icmp eq ptr {x}, null")
        self.emit(f"br i1 {xn}, label %{slow}, label %{t1}")
        self.label(t1)
        w = self.str_field(x, STR_WIDE, "str.wide")
        wn = self.tmp()
        self.emit(f"{wn} = icmp ne i64 {w}, 0")
        self.emit(f"br i1 {wn}, label %{slow}, label %{t2}")
        self.label(t2)
        n = self.tmp()
        self.emit(f"{n} = load i64, ptr {x}{self.m.tbaa('str.len')}")
        empty = self.tmp()
        self.emit(f"{empty} = icmp eq i64 {n}, 0")
        self.emit(f"br i1 {empty}, label %{join}, label %{t3}")
        self.label(t3)
        c = self.str_byte0(x)
        d, dn, neg, sign, longer, tail, v = (self.tmp() for _ in range(7))
        self.emit(f"{d} = sub i64 {c}, {k}")
        self.emit(f"{dn} = icmp ne i64 {d}, 0")
        self.emit(f"{neg} = icmp slt i64 {d}, 0")
        self.emit(f"{sign} = select i1 {neg}, i64 -1, i64 1")
        self.emit(f"{longer} = icmp sgt i64 {n}, 1")
        self.emit(f"{tail} = zext i1 {longer} to i64")
        self.emit(f"{v} = select i1 {dn}, i64 {sign}, i64 {tail}")
        self.emit(f"br label %{join}")
        self.label(slow)
        vs = self.ccall("rt_str_cmp", "i64", [("ptr", x), ("ptr", y)], False)
        slow_end = self.here()
        self.emit(f"br label %{join}")
        self.label(join)
        r = self.tmp()
        self.emit(f"{r} = phi i64 [ -1, %{t2} ], [ {v}, %{t3} ], [ {vs}, %{slow_end} ]")
        return r

    def str_cmp(self, op, cond: str) -> None:
        c = self.str_cmp_value(op.args[0], op.args[1])
        r = self.tmp()
        self.emit(f"{r} = icmp {cond} i64 {c}, 0")
        self.set(op, r)

    def op_str_lt(self, op): self.str_cmp(op, "slt")
    def op_str_le(self, op): self.str_cmp(op, "sle")
    def op_str_gt(self, op): self.str_cmp(op, "sgt")
    def op_str_ge(self, op): self.str_cmp(op, "sge")

    def str_minmax(self, op, cond: str) -> None:
        a, b = self.val(op.args[0]), self.val(op.args[1])
        c = self.ccall("rt_str_cmp", "i64", [("ptr", b), ("ptr", a)], False)
        t, r = self.tmp(), self.tmp()
        self.emit(f"{t} = icmp {cond} i64 {c}, 0")
        self.emit(f"{r} = select i1 {t}, ptr {b}, ptr {a}")
        self.set(op, r)

    def op_str_min(self, op): self.str_minmax(op, "slt")
    def op_str_max(self, op): self.str_minmax(op, "sgt")

    def op_str_contains(self, op) -> None:
        """`c in "+-*/"` for a one-character variable and a literal: integer
        compares against the literal's code points (LLVM makes a bit test
        or a switch of them); else the runtime."""
        hay, cp = const_str(op.args[0]), self.char_cp(op.args[1])
        if hay is None or cp is None or len(set(hay)) > 32:
            self.table_call(op)
            return
        r = "false"
        for c in sorted(set(map(ord, hay))):
            e, o = self.tmp(), self.tmp()
            self.emit(f"{e} = icmp eq i64 {cp}, {c}")
            self.emit(f"{o} = or i1 {r}, {e}")
            r = o
        self.set(op, r)

    # ---- concatenation ---------------------------------------------------------
    def op_str_concat(self, op) -> None:
        """a + b: the runtime's memo of recent short sums (@rt_pair_memo,
        vm/native/rt_str.c: 2,048 entries {a, b, sum}, slot
        ((a * M1 ^ b) * M2) >> 53) is checked inline; a hit is the sum,
        without a call.  Else rt_str_concat (which fills the memo)."""
        a, b = self.val(op.args[0]), self.val(op.args[1])
        if "@rt_pair_memo" not in self.m.decls:
            self.m.decls["@rt_pair_memo"] = "@rt_pair_memo = external global [2048 x [3 x ptr]]"
        t1, hit, slow, join = (self.newlabel("scat") for _ in range(4))
        an, bn, either = self.tmp(), self.tmp(), self.tmp()
        self.emit(f"{an} = icmp eq ptr {a}, null")
        self.emit(f"{bn} = icmp eq ptr {b}, null")
        self.emit(f"{either} = or i1 {an}, {bn}")
        self.emit(f"br i1 {either}, label %{slow}, label %{t1}, !prof !0")
        self.label(t1)
        ai, bi, k1, k2, k3, idx, ep, pa, pbp, pb, sa, sb, both = (self.tmp() for _ in range(13))
        self.emit(f"{ai} = ptrtoint ptr {a} to i64")
        self.emit(f"{bi} = ptrtoint ptr {b} to i64")
        self.emit(f"{k1} = mul i64 {ai}, {signed64(0x9e3779b97f4a7c15)}")
        self.emit(f"{k2} = xor i64 {k1}, {bi}")
        self.emit(f"{k3} = mul i64 {k2}, {signed64(0xff51afd7ed558ccd)}")
        self.emit(f"{idx} = lshr i64 {k3}, 53")
        self.emit(f"{ep} = getelementptr [2048 x [3 x ptr]], ptr @rt_pair_memo, i64 0, i64 {idx}")
        self.emit(f"{pa} = load ptr, ptr {ep}{self.m.tbaa('pair.memo')}")
        self.emit(f"{pbp} = getelementptr i8, ptr {ep}, i64 8")
        self.emit(f"{pb} = load ptr, ptr {pbp}{self.m.tbaa('pair.memo')}")
        self.emit(f"{sa} = icmp eq ptr {pa}, {a}")
        self.emit(f"{sb} = icmp eq ptr {pb}, {b}")
        self.emit(f"{both} = and i1 {sa}, {sb}")
        self.emit(f"br i1 {both}, label %{hit}, label %{slow}")
        self.label(hit)
        sp, r1 = self.tmp(), self.tmp()
        self.emit(f"{sp} = getelementptr i8, ptr {ep}, i64 16")
        self.emit(f"{r1} = load ptr, ptr {sp}{self.m.tbaa('pair.memo')}")
        self.emit(f"br label %{join}")
        self.label(slow)
        r2 = self.alloc_call("rt_str_concat", "ptr", [("ptr", a), ("ptr", b)])
        slow_end = self.here()
        self.emit(f"br label %{join}")
        self.label(join)
        r = self.tmp()
        self.emit(f"{r} = phi ptr [ {r1}, %{hit} ], [ {r2}, %{slow_end} ]")
        self.set(op, r)

    # ---- characters ----------------------------------------------------------
    def op_str_getitem(self, op) -> None:
        """s[i]: bounds check inline; a one-byte string's character comes
        from @rt_chars; the four-byte kind (and None) call the runtime."""
        x, i = self.val(op.args[0]), self.val(op.args[1])
        t1, narrow, slow, join = (self.newlabel("sgi") for _ in range(4))
        xn = self.tmp()
        self.emit(f"{xn} = icmp eq ptr {x}, null")
        self.emit(f"br i1 {xn}, label %{slow}, label %{t1}, !prof !0")
        self.label(t1)
        n, neg, i2, idx, ok = (self.tmp() for _ in range(5))
        self.emit(f"{n} = load i64, ptr {x}{self.m.tbaa('str.len')}")
        self.emit(f"{neg} = icmp slt i64 {i}, 0")
        self.emit(f"{i2} = add i64 {i}, {n}")
        self.emit(f"{idx} = select i1 {neg}, i64 {i2}, i64 {i}")
        self.emit(f"{ok} = icmp ult i64 {idx}, {n}")
        self.guard(ok, "IndexError", "string index out of range")
        w, wn = self.str_field(x, STR_WIDE, "str.wide"), self.tmp()
        self.emit(f"{wn} = icmp ne i64 {w}, 0")
        self.emit(f"br i1 {wn}, label %{slow}, label %{narrow}")
        self.label(narrow)
        c = self.str_byte0(x, idx)
        p, r1 = self.tmp(), self.tmp()
        self.emit(f"{p} = getelementptr [256 x ptr], ptr @rt_chars, i64 0, i64 {c}")
        self.emit(f"{r1} = load ptr, ptr {p}{self.m.tbaa('rt_chars')}")
        self.emit(f"br label %{join}")
        self.label(slow)
        r2 = self.ccall("rt_str_getitem", "ptr", [("ptr", x), ("i64", i)], True)
        c2 = self.first_cp(r2)
        slow_end = self.here()
        self.emit(f"br label %{join}")
        self.label(join)
        r, cp = self.tmp(), self.tmp()
        self.emit(f"{r} = phi ptr [ {r1}, %{narrow} ], [ {r2}, %{slow_end} ]")
        self.emit(f"{cp} = phi i64 [ {c}, %{narrow} ], [ {c2}, %{slow_end} ]")
        self.cp[id(op.result)] = cp
        self.set(op, r)

    def first_cp(self, x: str) -> str:
        """The first code point of a non-empty string of either kind."""
        w, b, q, u, uz, wn, r = (self.tmp() for _ in range(7))
        self.emit(f"{w} = load i64, ptr {self.tmp_gep(x, STR_WIDE)}{self.m.tbaa('str.wide')}")
        d = self.tmp_gep(x, STR_DATA)
        self.emit(f"{b} = load i8, ptr {d}{self.m.tbaa('str.data')}")
        self.emit(f"{q} = zext i8 {b} to i64")
        self.emit(f"{u} = load i32, ptr {d}{self.m.tbaa('str.data')}")
        self.emit(f"{uz} = zext i32 {u} to i64")
        self.emit(f"{wn} = icmp ne i64 {w}, 0")
        self.emit(f"{r} = select i1 {wn}, i64 {uz}, i64 {q}")
        return r

    def tmp_gep(self, x: str, offset: int) -> str:
        p = self.tmp()
        self.emit(f"{p} = getelementptr i8, ptr {x}, i64 {offset}")
        return p

    def char_cp(self, a) -> str | None:
        """The code point of a one-character variable (funcgen.char_variables)."""
        return self.cp.get(id(a)) if not isinstance(a, Constant) else None

    def op_str_ord(self, op) -> None:
        """ord(c): the byte of a one-byte one-character string, else the runtime."""
        cp = self.char_cp(op.args[0])
        if cp is not None:
            self.set(op, cp)
            return
        x = self.val(op.args[0])
        t1, t2, fast, slow, join = (self.newlabel("sord") for _ in range(5))
        xn = self.tmp()
        self.emit(f"{xn} = icmp eq ptr {x}, null")
        self.emit(f"br i1 {xn}, label %{slow}, label %{t1}, !prof !0")
        self.label(t1)
        n, one = self.tmp(), self.tmp()
        self.emit(f"{n} = load i64, ptr {x}{self.m.tbaa('str.len')}")
        self.emit(f"{one} = icmp eq i64 {n}, 1")
        self.emit(f"br i1 {one}, label %{t2}, label %{slow}, !prof !1")
        self.label(t2)
        w, wz = self.str_field(x, STR_WIDE, "str.wide"), self.tmp()
        self.emit(f"{wz} = icmp eq i64 {w}, 0")
        self.emit(f"br i1 {wz}, label %{fast}, label %{slow}, !prof !1")
        self.label(fast)
        c = self.str_byte0(x)
        self.emit(f"br label %{join}")
        self.label(slow)
        r2 = self.ccall("rt_str_ord", "i64", [("ptr", x)], True)
        slow_end = self.here()
        self.emit(f"br label %{join}")
        self.label(join)
        r = self.tmp()
        self.emit(f"{r} = phi i64 [ {c}, %{fast} ], [ {r2}, %{slow_end} ]")
        self.set(op, r)

    # ---- StringBuilder ---------------------------------------------------------
    def op_sb_append(self, op) -> None:
        """b.append(s): one-byte s into a one-byte builder with room is a
        copy inline (a store or two for a literal); else the runtime.
        StrBuf is {i64 len, i64 cap, ptr data, i64 wide} (rt.h)."""
        b, s = self.val(op.args[0]), self.val(op.args[1])
        k = const_str(op.args[1])
        if k is not None and len(k) == 0:
            return
        t1, fast, slow, join = (self.newlabel("sba") for _ in range(4))
        ok = self.tmp()
        self.emit(f"{ok} = icmp ne ptr {b}, null")
        if k is None:
            sn, both = self.tmp(), self.tmp()
            self.emit(f"{sn} = icmp ne ptr {s}, null")
            self.emit(f"{both} = and i1 {ok}, {sn}")
            ok = both
        self.emit(f"br i1 {ok}, label %{t1}, label %{slow}, !prof !1")
        self.label(t1)
        if k is not None and max(map(ord, k)) >= 256:
            self.emit(f"br label %{slow}")
        else:
            bw = self.str_field(b, 24, "sb.wide")
            narrow = self.tmp()
            self.emit(f"{narrow} = icmp eq i64 {bw}, 0")
            if k is None:
                sw, sn2, both = self.str_field(s, STR_WIDE, "str.wide"), self.tmp(), self.tmp()
                self.emit(f"{sn2} = icmp eq i64 {sw}, 0")
                self.emit(f"{both} = and i1 {narrow}, {sn2}")
                narrow = both
                n = self.tmp()
                self.emit(f"{n} = load i64, ptr {s}{self.m.tbaa('str.len')}")
            else:
                n = str(len(k))
            ln, cap, nl, room, go = self.tmp(), self.str_field(b, 8, "sb.cap"), self.tmp(), self.tmp(), self.tmp()
            self.emit(f"{ln} = load i64, ptr {b}{self.m.tbaa('sb.len')}")
            self.emit(f"{nl} = add i64 {ln}, {n}")
            self.emit(f"{room} = icmp sle i64 {nl}, {cap}")
            self.emit(f"{go} = and i1 {narrow}, {room}")
            self.emit(f"br i1 {go}, label %{fast}, label %{slow}, !prof !1")
            self.label(fast)
            dp, data, dst, src = self.tmp(), self.tmp(), self.tmp(), self.tmp()
            self.emit(f"{dp} = getelementptr i8, ptr {b}, i64 16")
            self.emit(f"{data} = load ptr, ptr {dp}{self.m.tbaa('sb.data')}")
            self.emit(f"{dst} = getelementptr i8, ptr {data}, i64 {ln}")
            self.emit(f"{src} = getelementptr i8, ptr {s}, i64 {STR_DATA}")
            if k is None:
                self.short_copy(dst, src, n, ln, cap)
            else:       # a constant length: LLVM expands the copy
                self.emit(f"call void @llvm.memcpy.p0.p0.i64(ptr {dst}, ptr {src}, i64 {n}, i1 false)")
            self.emit(f"store i64 {nl}, ptr {b}{self.m.tbaa('sb.len')}")
            self.emit(f"br label %{join}")
        self.label(slow)
        self.ccall("rt_sb_append", "void", [("ptr", b), ("ptr", s)], True)     # the buffer grows: MemoryError
        self.emit(f"br label %{join}")
        self.label(join)

    def short_copy(self, dst: str, src: str, n: str, ln: str, cap: str) -> None:
        """Copies the n bytes of a Str's data at src to a builder's buffer
        at dst (len ln, capacity cap).  1 to 16 bytes with room for whole
        words go as one or two unaligned word moves instead of a call to
        memcpy: a Str's data starts on an eight-byte boundary, so an
        aligned word holding one of its bytes lies in memory that exists;
        the bytes written past n are inside the capacity and are
        overwritten by the next append."""
        one, two, call, done = (self.newlabel("sbc") for _ in range(4))
        c1, c2, c3, r8, r16, f8, f16, nz, go8 = (self.tmp() for _ in range(9))
        self.emit(f"{nz} = icmp ne i64 {n}, 0")
        self.emit(f"{c1} = icmp ule i64 {n}, 8")
        self.emit(f"{r8} = sub i64 {cap}, {ln}")
        self.emit(f"{f8} = icmp sge i64 {r8}, 8")
        self.emit(f"{c2} = and i1 {c1}, {f8}")
        self.emit(f"{go8} = and i1 {c2}, {nz}")
        self.emit(f"br i1 {go8}, label %{one}, label %{two}")
        self.label(one)
        w = self.tmp()
        self.emit(f"{w} = load i64, ptr {src}, align 1{self.m.tbaa('str.data')}")
        self.emit(f"store i64 {w}, ptr {dst}, align 1{self.m.tbaa('sb.bytes')}")
        self.emit(f"br label %{done}")
        self.label(two)
        t16 = self.newlabel("sbc")
        self.emit(f"{c3} = icmp ule i64 {n}, 16")
        self.emit(f"{f16} = icmp sge i64 {r8}, 16")
        self.emit(f"{r16} = and i1 {c3}, {f16}")
        self.emit(f"br i1 {r16}, label %{t16}, label %{call}")
        self.label(t16)
        w1, w2, s8, d8 = (self.tmp() for _ in range(4))
        self.emit(f"{s8} = getelementptr i8, ptr {src}, i64 8")
        self.emit(f"{d8} = getelementptr i8, ptr {dst}, i64 8")
        self.emit(f"{w1} = load i64, ptr {src}, align 1{self.m.tbaa('str.data')}")
        self.emit(f"{w2} = load i64, ptr {s8}, align 1{self.m.tbaa('str.data')}")
        self.emit(f"store i64 {w1}, ptr {dst}, align 1{self.m.tbaa('sb.bytes')}")
        self.emit(f"store i64 {w2}, ptr {d8}, align 1{self.m.tbaa('sb.bytes')}")
        self.emit(f"br label %{done}")
        self.label(call)
        self.emit(f"call void @llvm.memcpy.p0.p0.i64(ptr {dst}, ptr {src}, i64 {n}, i1 false)")
        self.emit(f"br label %{done}")
        self.label(done)
