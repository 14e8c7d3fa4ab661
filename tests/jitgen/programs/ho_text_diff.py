"""A line and word diff tool: longest common subsequence over lists of
lines (a table of lists), a unified-style hunk printer with @@ headers,
splitlines(keepends=True) so a missing final newline is noticed, split
and rsplit with sep=/maxsplit= keywords, a word
diff of changed line pairs marked with [-old-]{+new+}, whitespace-
insensitive comparison via split()/join, and a similarity ratio printed
as str(float)."""

OLD = """# Shopping list
apples: 3
bread: 1 loaf
milk:  2 litres
eggs: 12
  butter
cheese: none
"""

NEW = """# Shopping list (weekend)
apples: 4
bread: 1 loaf
milk: 2 litres
eggs: 12
jam: 1 jar
  butter
cheese: none"""


def lcs_table(a: list[str], b: list[str]) -> list[list[int]]:
    n, m = len(a), len(b)
    t = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            if a[i] == b[j]:
                t[i][j] = t[i + 1][j + 1] + 1
            else:
                t[i][j] = max(t[i + 1][j], t[i][j + 1])
    return t


def diff_ops(a: list[str], b: list[str]) -> list[tuple[str, int, int]]:
    """(' '|'-'|'+', index in a, index in b)"""
    t = lcs_table(a, b)
    ops: list[tuple[str, int, int]] = []
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            ops.append((" ", i, j))
            i += 1
            j += 1
        elif t[i + 1][j] >= t[i][j + 1]:
            ops.append(("-", i, j))
            i += 1
        else:
            ops.append(("+", i, j))
            j += 1
    while i < len(a):
        ops.append(("-", i, j))
        i += 1
    while j < len(b):
        ops.append(("+", i, j))
        j += 1
    return ops


def show(line: str) -> str:
    if line.endswith("\n"):
        return line[:-1]
    return line + "\n\\ No newline at end of file"


def unified(a: list[str], b: list[str], context: int) -> list[str]:
    ops = diff_ops(a, b)
    changed = [k for k, op in enumerate(ops) if op[0] != " "]
    out: list[str] = []
    k = 0
    while k < len(changed):
        start = max(0, changed[k] - context)
        end = min(len(ops), changed[k] + context + 1)
        while k + 1 < len(changed) and changed[k + 1] - context <= end:
            k += 1
            end = min(len(ops), changed[k] + context + 1)
        hunk = ops[start:end]
        a_len = len([op for op in hunk if op[0] != "+"])
        b_len = len([op for op in hunk if op[0] != "-"])
        out.append("@@ -%d,%d +%d,%d @@" % (hunk[0][1] + 1, a_len, hunk[0][2] + 1, b_len))
        for kind, i, j in hunk:
            out.append(kind + show(b[j] if kind == "+" else a[i]))
        k += 1
    return out


def word_diff(x: str, y: str) -> str:
    a, b = x.split(), y.split()
    parts: list[str] = []
    for kind, i, j in diff_ops(a, b):
        if kind == " ":
            parts.append(a[i])
        elif kind == "-":
            parts.append("[-" + a[i] + "-]")
        else:
            parts.append("{+" + b[j] + "+}")
    return " ".join(parts)


def main(argv: list[str]) -> int:
    a = OLD.splitlines(keepends=True)
    b = NEW.splitlines(True)
    print("--- old (%d lines)" % len(a))
    print("+++ new (%d lines)" % len(b))
    for line in unified(a, b, 1):
        print(line)
    same = len([op for op in diff_ops(a, b) if op[0] == " "])
    print("similarity", round(2.0 * same / (len(a) + len(b)) * 1000) / 1000, same)
    norm_a = [" ".join(x.split()) for x in OLD.splitlines()]
    norm_b = [" ".join(x.split()) for x in NEW.splitlines()]
    ops = diff_ops(norm_a, norm_b)
    print("ignoring whitespace:", "".join([op[0] for op in ops]).replace(" ", "="))
    dels = [op for op in ops if op[0] == "-"]
    adds = [op for op in ops if op[0] == "+"]
    for d, p in zip(dels, adds):
        print(repr(norm_a[d[1]]), "=>", word_diff(norm_a[d[1]], norm_b[p[2]]))
        key, rest = (norm_b[p[2]].split(maxsplit=1) + [""])[:2]
        print("   key", repr(key), "rest", repr(rest), norm_b[p[2]].rsplit(sep=" ", maxsplit=1))
    print(word_diff("the quick brown fox", "the slow brown dog jumps"))
    print(unified(["x\n"], ["x"], 3), unified(["same\n"], ["same\n"], 2), unified([], ["new"], 0))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
