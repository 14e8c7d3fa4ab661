"""Compiling the match statement.

Contract of `pattern(p, fail)`: on entry the value to match is on top of
the stack; on success it has been consumed (and names bound); on failure
control jumps to `fail` with the value consumed too.  Values a pattern
keeps on the stack while it works are popped by small chains of
"pop then fail" labels, so every label has one stack depth.
"""
from interpreters.python import bytecode as B
from interpreters.python import pyast as A
from interpreters.python.compiler.expressions import ExpressionCompiler


class MatchCompiler(ExpressionCompiler):

    def match_stmt(self, s: A.Match) -> None:
        end = self.new_label()
        self.expr(s.subject)
        n = len(s.cases)
        for i in range(n):
            case = s.cases[i]
            if i < n - 1 and case.guard is None:
                self.check_reachable(case.pattern)
            self.set_loc(case.pattern)
            fail = self.new_label()
            self.emit(B.COPY, 1)
            self.pattern(case.pattern, fail)
            guard = case.guard
            if guard is not None:
                self.jump_if(guard, False, fail)
            self.emit0(B.POP_TOP)
            self.body(case.body)
            self.emit(B.JUMP_FORWARD, end)
            self.place(fail)
        self.set_loc(s)
        self.emit0(B.POP_TOP)
        self.place(end)

    def body(self, stmts: list[A.Stmt]) -> None:
        raise NotImplementedError

    def check_reachable(self, p: A.Pattern) -> None:
        if isinstance(p, A.MatchAs) and p.pattern is None:
            if p.name is None:
                raise self.error("wildcard makes remaining patterns unreachable", p)
            raise self.error("name capture '%s' makes remaining patterns "
                             "unreachable" % p.name, p)
        if isinstance(p, A.MatchOr):
            for alt in p.patterns:
                self.check_reachable(alt)

    def pop_chain(self, count: int, fail: int) -> list[int]:
        """Labels L[j] (j = 0..count) that pop j values and jump to fail."""
        labels: list[int] = []
        for j in range(count + 1):
            labels.append(self.new_label())
        return labels

    def emit_pop_chain(self, labels: list[int], fail: int) -> None:
        """Emit the labels of pop_chain that jumps used (out of line)."""
        b = self.unit.b
        top = -1
        for j in range(len(labels)):
            if b.label_depth[labels[j]] >= 0:
                top = j
        if top < 0:
            return
        skip = self.new_label()
        self.emit(B.JUMP_FORWARD, skip)
        k = top
        while k >= 1:
            self.place(labels[k])
            self.emit0(B.POP_TOP)
            k -= 1
        self.place(labels[0])
        self.emit(B.JUMP_FORWARD, fail)
        self.place(skip)

    def pattern(self, p: A.Pattern, fail: int) -> None:
        old = self.set_loc(p)
        self.pattern_inner(p, fail)
        self.set_loc(old)

    def pattern_inner(self, p: A.Pattern, fail: int) -> None:
        if isinstance(p, A.MatchAs):
            sub = p.pattern
            name = p.name
            if sub is None:
                if name is None:
                    self.emit0(B.POP_TOP)
                else:
                    self.name_op(name, A.STORE)
                return
            chain = self.pop_chain(1, fail)
            self.emit(B.COPY, 1)
            self.pattern(sub, chain[1])
            if name is not None:
                self.name_op(name, A.STORE)
            else:
                self.emit0(B.POP_TOP)
            self.emit_pop_chain(chain, fail)
        elif isinstance(p, A.MatchValue):
            self.expr(p.value)
            self.emit(B.COMPARE_OP, B.CMP_EQ)
            self.emit(B.POP_JUMP_IF_FALSE, fail)
        elif isinstance(p, A.MatchSingleton):
            self.load_const(p.value)
            self.emit(B.IS_OP, 0)
            self.emit(B.POP_JUMP_IF_FALSE, fail)
        elif isinstance(p, A.MatchOr):
            success = self.new_label()
            n = len(p.patterns)
            for i in range(n):
                alt = p.patterns[i]
                if i == n - 1:
                    self.pattern(alt, fail)
                    break
                # a failed alternative consumed only its copy
                next_alt = self.new_label()
                self.emit(B.COPY, 1)
                self.pattern(alt, next_alt)
                self.emit0(B.POP_TOP)
                self.emit(B.JUMP_FORWARD, success)
                self.place(next_alt)
            self.place(success)
        elif isinstance(p, A.MatchSequence):
            self.sequence_pattern(p, fail)
        elif isinstance(p, A.MatchMapping):
            self.mapping_pattern(p, fail)
        elif isinstance(p, A.MatchClass):
            self.class_pattern(p, fail)
        elif isinstance(p, A.MatchStar):
            if p.name is not None:
                self.name_op(p.name, A.STORE)
            else:
                self.emit0(B.POP_TOP)
        else:
            raise self.error("unknown pattern", p)

    def sequence_pattern(self, p: A.MatchSequence, fail: int) -> None:
        n = len(p.patterns)
        star = -1
        for i in range(n):
            if isinstance(p.patterns[i], A.MatchStar):
                if star >= 0:
                    raise self.error("multiple starred names in sequence pattern", p)
                star = i
        head = self.pop_chain(1, fail)
        self.emit0(B.MATCH_SEQUENCE)
        self.emit(B.POP_JUMP_IF_FALSE, head[1])
        self.emit0(B.GET_LEN)
        if star < 0:
            self.load_const(B.ConstInt(n))
            self.emit(B.COMPARE_OP, B.CMP_EQ)
        else:
            self.load_const(B.ConstInt(n - 1))
            self.emit(B.COMPARE_OP, B.CMP_GE)
        self.emit(B.POP_JUMP_IF_FALSE, head[1])
        all_wild = True
        for sub in p.patterns:
            if not is_wildcard(sub):
                all_wild = False
        if all_wild:
            # only the length mattered: the items are never read
            self.emit0(B.POP_TOP)
        elif star >= 0 and is_wildcard(p.patterns[star]):
            # `[a, *_, b]`: read the items by index (as CPython does), so
            # the sequence is never iterated
            for i in range(n):
                sub = p.patterns[i]
                if i == star or is_wildcard(sub):
                    continue
                self.emit(B.COPY, 1)
                if i < star:
                    self.load_const(B.ConstInt(i))
                else:
                    # len(subject) - (n - i): a non-negative index
                    self.emit0(B.GET_LEN)
                    self.load_const(B.ConstInt(n - i))
                    self.emit(B.BINARY_OP, B.NB_SUBTRACT)
                self.emit0(B.BINARY_SUBSCR)
                self.pattern(sub, head[1])
            self.emit0(B.POP_TOP)
        else:
            if star < 0:
                self.emit(B.UNPACK_SEQUENCE, n)
            else:
                self.emit(B.UNPACK_EX, star | ((n - star - 1) << 8))
            chain = self.pop_chain(n, fail)
            for i in range(n):
                self.pattern(p.patterns[i], chain[n - 1 - i])
            self.emit_pop_chain(chain, fail)
        self.emit_pop_chain(head, fail)

    def mapping_pattern(self, p: A.MatchMapping, fail: int) -> None:
        n = len(p.keys)
        head = self.pop_chain(1, fail)
        self.emit0(B.MATCH_MAPPING)
        self.emit(B.POP_JUMP_IF_FALSE, head[1])
        if n > 0:
            self.emit0(B.GET_LEN)
            self.load_const(B.ConstInt(n))
            self.emit(B.COMPARE_OP, B.CMP_GE)
            self.emit(B.POP_JUMP_IF_FALSE, head[1])
        for k in p.keys:
            self.expr(k)
        self.emit(B.BUILD_TUPLE, n)
        three = self.pop_chain(3, fail)
        self.emit0(B.MATCH_KEYS)
        self.emit(B.COPY, 1)
        self.load_none()
        self.emit(B.IS_OP, 1)
        self.emit(B.POP_JUMP_IF_FALSE, three[3])
        self.emit(B.UNPACK_SEQUENCE, n)
        chain = self.pop_chain(n + 2, fail)
        for i in range(n):
            self.pattern(p.patterns[i], chain[n - 1 - i + 2])
        rest = p.rest
        if rest is not None:
            self.emit0(B.COPY_DICT_WITHOUT_KEYS)
            self.name_op(rest, A.STORE)
            self.emit0(B.POP_TOP)
        else:
            self.emit0(B.POP_TOP)
            self.emit0(B.POP_TOP)
        self.emit_pop_chain(chain, fail)
        self.emit_pop_chain(three, fail)
        self.emit_pop_chain(head, fail)

    def class_pattern(self, p: A.MatchClass, fail: int) -> None:
        npos = len(p.patterns)
        nkw = len(p.kwd_attrs)
        self.expr(p.cls)
        names: list[B.Const] = []
        for a in p.kwd_attrs:
            names.append(B.ConstStr(a))
        self.load_const(B.ConstTuple(names))
        self.emit(B.MATCH_CLASS, npos)
        one = self.pop_chain(1, fail)
        self.emit(B.COPY, 1)
        self.load_none()
        self.emit(B.IS_OP, 1)
        self.emit(B.POP_JUMP_IF_FALSE, one[1])
        total = npos + nkw
        self.emit(B.UNPACK_SEQUENCE, total)
        chain = self.pop_chain(total, fail)
        for i in range(total):
            sub = p.patterns[i] if i < npos else p.kwd_patterns[i - npos]
            self.pattern(sub, chain[total - 1 - i])
        self.emit_pop_chain(chain, fail)
        self.emit_pop_chain(one, fail)


def is_wildcard(p: A.Pattern) -> bool:
    """`_` or `*_`: matches anything and binds nothing."""
    if isinstance(p, A.MatchAs):
        return p.pattern is None and p.name is None
    if isinstance(p, A.MatchStar):
        return p.name is None
    return False
