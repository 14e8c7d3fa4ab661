"""os.path for POSIX paths (pure string manipulation, plus exists)."""
sep = "/"


def join(a, *parts):
    path = a
    for b in parts:
        if b.startswith("/"):
            path = b
        elif not path or path.endswith("/"):
            path += b
        else:
            path += "/" + b
    return path


def split(p):
    i = p.rfind("/") + 1
    head, tail = p[:i], p[i:]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head, tail


def basename(p):
    return split(p)[1]


def dirname(p):
    return split(p)[0]


def splitext(p):
    base = basename(p)
    i = base.rfind(".")
    if i <= 0 or base[:i].strip(".") == "":
        return p, ""
    cut = len(p) - len(base) + i
    return p[:cut], p[cut:]


def isabs(p):
    return p.startswith("/")


def exists(p):
    try:
        open(p).close()
        return True
    except OSError:
        return False


isfile = exists


def normpath(p):
    if not p:
        return "."
    initial = "/" if p.startswith("/") else ""
    parts = []
    for comp in p.split("/"):
        if comp in ("", "."):
            continue
        if comp == ".." and parts and parts[-1] != "..":
            parts.pop()
        elif comp == ".." and initial:
            continue
        else:
            parts.append(comp)
    return initial + "/".join(parts) or "."
