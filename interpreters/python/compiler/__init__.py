"""Python source -> CodeObject: the front end's entry points for the runtime.

    compile_source(source, filename, mode) -> CodeObject   (raises PySyntaxError)
    is_complete_input(source) -> bool                      (for the REPL)
"""
from interpreters.python import bytecode as B
from interpreters.python import pyast as A
from interpreters.python.compiler.statements import StatementCompiler
from interpreters.python.parser.statements import Parser
from interpreters.python.symtable import build_symtable
from interpreters.python.syntaxerror import PySyntaxError
from interpreters.python.tokenizer import Tokenizer


class Compiler(StatementCompiler):
    """The complete compiler (one per compile_source call)."""


def compile_source(source: str, filename: str, mode: str) -> B.CodeObject:
    """Compile a module ("exec"), an expression ("eval") or one REPL input
    ("single": expression statements print their value via PRINT_EXPR)."""
    if mode == "eval":
        i = 0
        while i < len(source) and (source[i] == " " or source[i] == "\t"):
            i += 1
        source = source[i:]
    tk = Tokenizer(source, filename)
    tokens = tk.tokenize_deferred()
    parser = Parser(tokens, tk.lines)
    if mode == "exec":
        mod = parser.parse_module()
        table = build_symtable(mod, mod.body, None, tk.lines)
        c = Compiler(table, tk.lines)
        c.module_body(mod.body)
        return c.make_code(c.unit)
    if mode == "eval":
        ex = parser.parse_eval()
        table2 = build_symtable(ex, [], ex.body, tk.lines)
        c2 = Compiler(table2, tk.lines)
        c2.expr(ex.body)
        c2.emit0(B.RETURN_VALUE)
        return c2.make_code(c2.unit)
    if mode == "single":
        inter = parser.parse_interactive()
        table3 = build_symtable(inter, inter.body, None, tk.lines)
        c3 = Compiler(table3, tk.lines)
        c3.interactive = True
        c3.module_body(inter.body)
        return c3.make_code(c3.unit)
    raise ValueError("compile() mode must be 'exec', 'eval' or 'single'")


def is_complete_input(source: str) -> bool:
    """False when the REPL should read another line to complete `source`.

    The REPL joins the lines typed so far with "\\n"; an empty line typed
    after a compound statement ends it (the source then ends with "\\n")."""
    if source.strip() == "":
        return True
    lines = source.split("\n")
    ends_blank = len(lines) > 1 and lines[len(lines) - 1].strip() == ""
    last = source.rstrip("\n")
    if last.endswith("\\"):
        return False
    try:
        tk0 = Tokenizer(source, "<input>")
        tokens = tk0.tokenize()
        if tk0.lines.unclosed is not None:
            return False
    except PySyntaxError as e:
        if e.msg.endswith("was never closed") or \
                e.msg.startswith("unterminated triple-quoted") or \
                e.msg == "unexpected EOF while parsing":
            return False
        return True
    tk = Tokenizer(source, "<input>")
    parser = Parser(tk.tokenize(), tk.lines)
    try:
        tree = parser.parse_interactive()
    except PySyntaxError as e2:
        if e2.msg.startswith("expected an indented block") or \
                parser.error_at_eof or \
                e2.msg == "expected 'except' or 'finally' block" and \
                e2.lineno >= len(lines) - 1:
            return ends_blank
        return True
    if len(tree.body) == 0:
        return True
    if len(tokens) > 0 and is_compound(tree.body[0]):
        return ends_blank
    return True


def is_compound(s: A.Stmt) -> bool:
    return isinstance(s, A.If) or isinstance(s, A.While) or \
        isinstance(s, A.For) or isinstance(s, A.Try) or \
        isinstance(s, A.With) or isinstance(s, A.FunctionDef) or \
        isinstance(s, A.ClassDef) or isinstance(s, A.Match)
