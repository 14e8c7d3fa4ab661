"""Turn the VM's AST and the host's `ast` into comparable nested tuples."""
import ast

from interpreters.python import pyast as A
from interpreters.python import bytecode as B

RENAME = {"ExprStmt": "Expr"}


def const_value(c):
    k = c.kind
    if isinstance(c, B.ConstNone):
        return None
    if isinstance(c, (B.ConstBool, B.ConstInt, B.ConstFloat, B.ConstStr)):
        return c.value
    if isinstance(c, B.ConstBigInt):
        return int(c.digits)
    if isinstance(c, B.ConstComplex):
        return complex(c.real, c.imag)
    if isinstance(c, B.ConstBytes):
        return c.value.encode("latin-1")
    if isinstance(c, B.ConstEllipsis):
        return ...
    if isinstance(c, B.ConstTuple):
        return tuple(const_value(i) for i in c.items)
    raise TypeError(k)


def mine(node, positions=True):
    if isinstance(node, list):
        return [mine(n, positions) for n in node]
    if node is None or isinstance(node, (str, int, bool)):
        return node
    if isinstance(node, B.Const):
        v = const_value(node)
        return (type(v).__name__, repr(v))
    name = type(node).__name__
    fields = list(node.FIELDS)
    if name in ("FunctionDef", "For", "With") and node.is_async:
        name = "Async" + name
    if name == "Try" and node.is_star:
        name = "TryStar"
    name = RENAME.get(name, name)
    out = [name]
    for f in fields:
        if f in ("is_async", "is_star") and name != "Comprehension":
            continue
        v = getattr(node, f)
        if f == "ctx":
            v = A.CTX_NAMES[v]
        elif f == "is_async":
            v = int(v)
        elif f == "kind" and name == "Constant":
            v = v or None
        elif f == "conversion":
            pass
        out.append((f, mine(v, positions)))
    if positions and isinstance(node, A.Node) and name not in (
            "Module", "Expression", "Interactive", "Arguments", "Comprehension",
            "MatchCase", "WithItem"):
        out.append(("pos", node.lineno, node.col_offset, node.end_lineno,
                    node.end_col_offset))
    return tuple(out)


SKIP_FIELDS = {"type_comment", "type_ignores"}


def char_col(lines, lineno, col):
    """CPython's ast columns are UTF-8 byte offsets; ours are characters."""
    if lines is None or lineno < 1 or lineno > len(lines):
        return col
    return len(lines[lineno - 1].encode("utf-8")[:col].decode("utf-8", "replace"))


def host(node, positions=True, lines=None):
    if isinstance(node, list):
        return [host(n, positions, lines) for n in node]
    if node is None or isinstance(node, (str, int, bool)):
        return node
    if not isinstance(node, ast.AST):
        return (type(node).__name__, repr(node))
    name = type(node).__name__
    if isinstance(node, (ast.operator, ast.unaryop, ast.cmpop, ast.boolop)):
        return name
    out = [HOST_RENAME.get(name, name)]
    for f in node._fields:
        if f in SKIP_FIELDS:
            continue
        v = getattr(node, f)
        if f == "ctx":
            v = type(v).__name__
            out.append((f, v))
            continue
        if isinstance(node, (ast.Constant, ast.MatchSingleton)) and f == "value":
            out.append((f, (type(v).__name__, repr(v))))
            continue
        if isinstance(v, list) and v and isinstance(v[0], (ast.operator, ast.cmpop)):
            out.append((f, [type(x).__name__ for x in v]))
            continue
        out.append((f, host(v, positions, lines)))
    if positions and hasattr(node, "lineno") and name not in (
            "arguments", "comprehension", "match_case"):
        out.append(("pos", node.lineno, char_col(lines, node.lineno, node.col_offset),
                    node.end_lineno, char_col(lines, node.end_lineno, node.end_col_offset)))
    return tuple(out)


HOST_RENAME = {"arguments": "Arguments", "arg": "Arg", "keyword": "Keyword",
               "alias": "Alias", "withitem": "WithItem",
               "match_case": "MatchCase", "comprehension": "Comprehension",
               "ExceptHandler": "ExceptHandler"}


def normalise_host(t):
    if isinstance(t, list):
        return [normalise_host(x) for x in t]
    if isinstance(t, tuple) and t and isinstance(t[0], str):
        head = HOST_RENAME.get(t[0], t[0])
        return (head,) + tuple(normalise_host(x) for x in t[1:])
    if isinstance(t, tuple):
        return tuple(normalise_host(x) for x in t)
    return t


def first_difference(a, b, path="root", ctx=None):
    if isinstance(a, tuple) and a and isinstance(a[0], str) and a[0][:1].isupper():
        ctx = a
    if type(a) != type(b):
        return f"{path}: {a!r:.200} != {b!r:.200}"
    if isinstance(a, (list, tuple)):
        if len(a) != len(b):
            return f"{path}: length {len(a)} != {len(b)}: {a!r:.300} vs {b!r:.300}"
        for i, (x, y) in enumerate(zip(a, b)):
            d = first_difference(x, y, f"{path}[{i}]", ctx)
            if d:
                return d
        return None
    if a != b:
        where = ""
        if ctx is not None:
            where = " in %s %s" % (ctx[0], ctx[-1])
        return f"{path}{where}: {a!r:.200} != {b!r:.200}"
    return None


def compare_module(source, filename="<test>", positions=True):
    """None if the two parsers agree, else a description of the first difference."""
    from interpreters.python.parser import parse_module
    m = mine(parse_module(source, filename), positions)
    lines = source.replace("\r\n", "\n").split("\n")
    h = host(ast.parse(source, filename), positions, lines)
    return first_difference(m, h)
