"""textwrap: wrap, fill, shorten, dedent, indent (greedy, like CPython for
ordinary text)."""


def wrap(text, width=70, initial_indent="", subsequent_indent="", break_long_words=True, **kw):
    words = text.split()
    lines = []
    cur = []
    cur_len = 0
    indent = initial_indent
    for w in words:
        avail = width - len(indent)
        while break_long_words and len(w) > avail and not cur:
            lines.append(indent + w[:avail])
            w = w[avail:]
            indent = subsequent_indent
            avail = width - len(indent)
        extra = len(w) + (1 if cur else 0)
        if cur and cur_len + extra > avail:
            lines.append(indent + " ".join(cur))
            indent = subsequent_indent
            avail = width - len(indent)
            cur = []
            cur_len = 0
            while break_long_words and len(w) > avail:
                lines.append(indent + w[:avail])
                w = w[avail:]
            extra = len(w)
        cur.append(w)
        cur_len += extra
    if cur:
        lines.append(indent + " ".join(cur))
    return lines


def fill(text, width=70, **kw):
    return "\n".join(wrap(text, width, **kw))


def shorten(text, width, placeholder=" [...]"):
    words = text.split()
    if len(" ".join(words)) <= width:
        return " ".join(words)
    out = []
    for w in words:
        if len(" ".join(out + [w])) + len(placeholder) > width:
            break
        out.append(w)
    return " ".join(out) + placeholder


def dedent(text):
    lines = text.split("\n")
    margin = None
    for line in lines:
        stripped = line.lstrip(" \t")
        if not stripped:
            continue
        ind = line[:len(line) - len(stripped)]
        if margin is None:
            margin = ind
        else:
            i = 0
            while i < len(margin) and i < len(ind) and margin[i] == ind[i]:
                i += 1
            margin = margin[:i]
    out = []
    for line in lines:
        if not line.strip(" \t"):
            out.append("")
        elif margin:
            out.append(line[len(margin):])
        else:
            out.append(line)
    return "\n".join(out)


def indent(text, prefix, predicate=None):
    out = []
    for line in text.splitlines(True):
        if (predicate(line) if predicate else line.strip()):
            out.append(prefix + line)
        else:
            out.append(line)
    return "".join(out)
