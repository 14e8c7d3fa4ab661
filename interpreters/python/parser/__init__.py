"""Python source -> the VM's AST (interpreters.python.pyast)."""
from interpreters.python.tokenizer import Tokenizer
from interpreters.python.parser.statements import Parser
from interpreters.python import pyast as A


def make_parser(source: str, filename: str) -> Parser:
    tk = Tokenizer(source, filename)
    tokens = tk.tokenize_deferred()
    return Parser(tokens, tk.lines)


def parse_module(source: str, filename: str) -> A.Module:
    return make_parser(source, filename).parse_module()


def parse_expression(source: str, filename: str) -> A.Expression:
    # eval() ignores leading spaces and tabs
    i = 0
    while i < len(source) and (source[i] == " " or source[i] == "\t"):
        i += 1
    return make_parser(source[i:], filename).parse_eval()


def parse_interactive(source: str, filename: str) -> A.Interactive:
    return make_parser(source, filename).parse_interactive()
