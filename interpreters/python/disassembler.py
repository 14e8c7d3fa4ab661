"""Readable listings of code objects: `python -m interpreters.python.disassembler FILE`.

Host-side tool (not part of the translated VM)."""
import sys

from interpreters.python import bytecode as B


def operand_text(code: B.CodeObject, op: int, arg: int) -> str:
    kind = B.ARG_KIND[op]
    if kind == B.ARG_NONE:
        return ""
    if kind == B.ARG_CONST:
        return "%d (%s)" % (arg, code.consts[arg].repr())
    if kind == B.ARG_LOCAL:
        return "%d (%s)" % (arg, code.varnames[arg])
    if kind == B.ARG_NAME:
        return "%d (%s)" % (arg, code.names[arg])
    if kind == B.ARG_CELL:
        return "%d (%s)" % (arg, code.cell_name(arg))
    if kind == B.ARG_JUMP:
        return "to %d" % arg
    if kind == B.ARG_BINOP:
        if arg >= B.NB_INPLACE_OFFSET:
            return "%d (%s=)" % (arg, B.NB_NAMES[arg - B.NB_INPLACE_OFFSET])
        return "%d (%s)" % (arg, B.NB_NAMES[arg])
    if kind == B.ARG_CMP:
        return "%d (%s)" % (arg, B.CMP_NAMES[arg])
    return str(arg)


def flag_names(flags: int) -> str:
    names = []
    for bit, name in [(B.CO_OPTIMIZED, "OPTIMIZED"), (B.CO_NEWLOCALS, "NEWLOCALS"),
                      (B.CO_VARARGS, "VARARGS"), (B.CO_VARKEYWORDS, "VARKEYWORDS"),
                      (B.CO_NESTED, "NESTED"), (B.CO_GENERATOR, "GENERATOR"),
                      (B.CO_NOFREE, "NOFREE"), (B.CO_COROUTINE, "COROUTINE")]:
        if flags & bit:
            names.append(name)
    return ", ".join(names) or "0"


def disassemble(code: B.CodeObject, recursive: bool = True) -> str:
    """The listing of `code` (and, if recursive, of the code objects in its constants)."""
    out = []
    out.append("Disassembly of <code object %s at line %d, file %s>:" % (
        code.qualname, code.firstlineno, code.filename))
    out.append("  args: %d (posonly %d, kwonly %d)  flags: %s  stacksize: %d" % (
        code.argcount, code.posonlyargcount, code.kwonlyargcount,
        flag_names(code.flags), code.stacksize))
    if code.varnames:
        out.append("  varnames: " + ", ".join(code.varnames))
    if code.cellvars:
        out.append("  cellvars: " + ", ".join(code.cellvars))
    if code.freevars:
        out.append("  freevars: " + ", ".join(code.freevars))
    targets = set()
    for pc in range(0, len(code.code), 2):
        if B.ARG_KIND[code.code[pc]] == B.ARG_JUMP:
            targets.add(code.code[pc + 1])
    for e in code.exctable:
        targets.add(e.handler)
    last_line = -1
    for pc in range(0, len(code.code), 2):
        op = code.code[pc]
        arg = code.code[pc + 1]
        line = code.line_at(pc)
        line_col = "%4d" % line if line != last_line else "    "
        last_line = line
        mark = ">>" if pc in targets else "  "
        text = operand_text(code, op, arg)
        out.append("%s %s %5d %-22s %s" % (line_col, mark, pc, B.OPNAMES[op], text))
    if code.exctable:
        out.append("ExceptionTable:")
        for e in code.exctable:
            out.append("  %d to %d -> %d [%d]" % (e.start, e.end, e.handler, e.depth))
    text = "\n".join(out) + "\n"
    if recursive:
        for c in code.consts:
            if isinstance(c, B.ConstCode):
                text += "\n" + disassemble(c.code, True)
    return text


def main(argv: list[str]) -> int:
    from interpreters.python.compiler import compile_source
    from interpreters.python.syntaxerror import PySyntaxError
    if len(argv) < 2:
        sys.stderr.write("usage: python -m interpreters.python.disassembler FILE.py\n")
        return 2
    path = argv[1]
    try:
        with open(path, encoding="utf-8") as f:
            source = f.read()
    except OSError as e:
        sys.stderr.write("cannot read %s: %s\n" % (path, e.strerror))
        return 1
    try:
        code = compile_source(source, path, "exec")
    except PySyntaxError as e:
        sys.stderr.write(e.format())
        return 1
    sys.stdout.write(disassemble(code))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
