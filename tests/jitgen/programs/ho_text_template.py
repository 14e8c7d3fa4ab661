"""A small template engine: a scanner splits '{{ expr }}' and '{% tag %}'
out of literal text, a recursive-descent parser builds a node tree (text,
variable with |filters, for/endfor with loop.index, if/elif/else/endif
with comparisons), and a renderer walks it against a context of string
lists and dicts. Filters are a prebuilt table of Callable[[str], str];
errors name the template line."""
from typing import Callable

TEMPLATE = """\
Dear {{ name|title }},
{% if items %}You ordered {{ count }} item(s):
{% for it in items %}  {{ loop.index }}. {{ it|upper }}{% if it == "tea" %} (our favourite){% endif %}
{% endfor %}{% elif backorder %}Your order is on back-order.
{% else %}Your basket is empty.
{% endif %}Total: {{ total|money }}   Ref: {{ ref|reverse }}|{{ missing|default }}|{{ name|length }}
"""


class TemplateError(Exception):
    pass


def f_upper(s: str) -> str:
    return s.upper()


def f_title(s: str) -> str:
    out: list[str] = []
    for w in s.split(" "):
        out.append(w[:1].upper() + w[1:].lower())
    return " ".join(out)


def f_reverse(s: str) -> str:
    return s[::-1]


def f_money(s: str) -> str:
    cents = int(s)
    whole = str(cents // 100)
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return "$" + ",".join(groups) + "." + str(cents % 100).zfill(2)


def f_default(s: str) -> str:
    return s if s else "n/a"


def f_length(s: str) -> str:
    return str(len(s))


FILTERS: dict[str, Callable[[str], str]] = {"upper": f_upper, "title": f_title, "reverse": f_reverse,
                                           "money": f_money, "default": f_default, "length": f_length}


class Node:
    line: int

    def __init__(self, line: int) -> None:
        self.line = line

    def render(self, ctx: "Context", out: list[str]) -> None:
        raise NotImplementedError("render")


class Text(Node):
    text: str

    def __init__(self, line: int, text: str) -> None:
        super().__init__(line)
        self.text = text

    def render(self, ctx: "Context", out: list[str]) -> None:
        out.append(self.text)


class Var(Node):
    name: str
    filters: list[str]

    def __init__(self, line: int, expr: str) -> None:
        super().__init__(line)
        parts = [p.strip() for p in expr.split("|")]
        self.name = parts[0]
        self.filters = parts[1:]
        for f in self.filters:
            if f not in FILTERS:
                raise TemplateError(f"line {line}: unknown filter {f!r}")

    def render(self, ctx: "Context", out: list[str]) -> None:
        v = ctx.lookup(self.name)
        for f in self.filters:
            v = FILTERS[f](v)
        out.append(v)


class For(Node):
    var: str
    seq: str
    body: list[Node]

    def __init__(self, line: int, var: str, seq: str, body: list[Node]) -> None:
        super().__init__(line)
        self.var = var
        self.seq = seq
        self.body = body

    def render(self, ctx: "Context", out: list[str]) -> None:
        items = ctx.lists.get(self.seq)
        if items is None:
            raise TemplateError("line %d: %r is not a list" % (self.line, self.seq))
        for i, item in enumerate(items, start=1):
            ctx.scalars[self.var] = item
            ctx.scalars["loop.index"] = str(i)
            for n in self.body:
                n.render(ctx, out)


class If(Node):
    branches: list[tuple[str, list[Node]]]

    def __init__(self, line: int, branches: list[tuple[str, list[Node]]]) -> None:
        super().__init__(line)
        self.branches = branches

    def render(self, ctx: "Context", out: list[str]) -> None:
        for cond, body in self.branches:
            if cond == "" or ctx.truth(cond):
                for n in body:
                    n.render(ctx, out)
                return


class Context:
    scalars: dict[str, str]
    lists: dict[str, list[str]]

    def __init__(self) -> None:
        self.scalars = {}
        self.lists = {}

    def lookup(self, name: str) -> str:
        if name in self.scalars:
            return self.scalars[name]
        if name in self.lists:
            return ", ".join(self.lists[name])
        return ""

    def truth(self, cond: str) -> bool:
        left, op, right = cond.partition("==")
        if op:
            return self.lookup(left.strip()) == right.strip().strip('"')
        name = cond.strip()
        if name in self.lists:
            return len(self.lists[name]) > 0
        return self.lookup(name) not in ("", "0", "false")


def tokenize(src: str) -> list[tuple[str, str, int]]:
    toks: list[tuple[str, str, int]] = []
    pos = 0
    line = 1
    while pos < len(src):
        a = src.find("{{", pos)
        b = src.find("{%", pos)
        starts = [x for x in (a, b) if x >= 0]
        if not starts:
            toks.append(("text", src[pos:], line))
            break
        start = min(starts)
        if start > pos:
            toks.append(("text", src[pos:start], line))
            line += src.count("\n", pos, start)
        closer = "}}" if src.startswith("{{", start) else "%}"
        end = src.find(closer, start + 2)
        if end < 0:
            raise TemplateError(f"line {line}: unclosed {src[start:start + 2]}")
        toks.append(("var" if closer == "}}" else "tag", src[start + 2:end].strip(), line))
        line += src.count("\n", start, end)
        pos = end + 2
    return toks


def parse(toks: list[tuple[str, str, int]], i: int, stop: list[str]) -> tuple[list[Node], int, str]:
    nodes: list[Node] = []
    while i < len(toks):
        kind, text, line = toks[i]
        if kind == "text":
            nodes.append(Text(line, text))
            i += 1
        elif kind == "var":
            nodes.append(Var(line, text))
            i += 1
        else:
            word, _, rest = text.partition(" ")
            if word in stop:
                return nodes, i, text
            if word == "for":
                words = rest.split(" ", 2) if rest.count(" ") >= 2 else ["", "", ""]
                var, kw, seq = words
                if kw != "in":
                    raise TemplateError("line %d: bad for tag %r" % (line, text))
                body, i, _ = parse(toks, i + 1, ["endfor"])
                nodes.append(For(line, var, seq.strip(), body))
                i += 1
            elif word == "if":
                branches: list[tuple[str, list[Node]]] = []
                cond = rest
                while True:
                    body, i, end_tag = parse(toks, i + 1, ["elif", "else", "endif"])
                    branches.append((cond, body))
                    if end_tag.startswith("elif"):
                        cond = end_tag[4:].strip()
                    elif end_tag == "else":
                        cond = ""
                    else:
                        break
                nodes.append(If(line, branches))
                i += 1
            else:
                raise TemplateError(f"line {line}: unexpected tag {word!r}")
    if stop:
        raise TemplateError("missing {%% %s %%}" % stop[-1])
    return nodes, i, ""


def render(src: str, ctx: Context) -> str:
    nodes, _, _ = parse(tokenize(src), 0, [])
    out: list[str] = []
    for n in nodes:
        n.render(ctx, out)
    return "".join(out)


def main(argv: list[str]) -> int:
    orders: list[tuple[str, list[str], str, str]] = [
        ("ada LOVELACE", ["tea", "scones", "jam"], "123456", ""),
        ("grace hopper", [], "99", "yes"),
        ("émile zola", [], "0", ""),
    ]
    for name, items, total, backorder in orders:
        ctx = Context()
        ctx.scalars["name"] = name
        ctx.scalars["count"] = str(len(items))
        ctx.scalars["total"] = total
        ctx.scalars["ref"] = "ORD-" + str(len(name) * 7).zfill(4)
        ctx.scalars["backorder"] = backorder
        ctx.lists["items"] = items
        print(render(TEMPLATE, ctx), end="----\n")
    for bad in ["{{ x|shout }}", "{% for x of y %}{% endfor %}", "a\n{% if x %}never closed", "{{ open", "{% wat %}"]:
        try:
            render(bad, Context())
        except TemplateError as e:
            print("TemplateError:", e)
    print(sorted(FILTERS), len(FILTERS))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
