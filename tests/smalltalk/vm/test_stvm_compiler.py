"""Compiler: inlining of control structures, scopes, and compile errors."""
import pytest

from interpreters.smalltalk import bytecodes as bc
from interpreters.smalltalk.compiler import Compiler, CompileEnv
from interpreters.smalltalk.lexer import ParseError
from interpreters.smalltalk.objects import SymbolTable, W_Instance, W_Method
from interpreters.smalltalk.parser import parse_class_source


def compile_method(src, fields=()):
    cdef = parse_class_source("C = ( " + src + " )", "C.som")
    env = CompileEnv(SymbolTable(), W_Instance(None, 0, None), W_Instance(None, 0, None),
                     W_Instance(None, 0, None))
    return Compiler(env, "C.som", list(fields), "C").compile_method(cdef.instance_methods[0])


def ops(m):
    return [line.split()[1] for line in bc.disassemble(m.code)]


def sends(m):
    return [s.selector.value for s in m.sites]


def test_if_true_if_false_is_inlined():
    m = compile_method("f: x = ( ^ x > 1 ifTrue: [ 'a' ] ifFalse: [ 'b' ] )")
    assert sends(m) == [">"]
    assert "JUMP_IF_FALSE" in ops(m) and "PUSH_BLOCK" not in ops(m)


def test_non_literal_block_arguments_are_sent():
    m = compile_method("f: x b: blk = ( ^ x ifTrue: blk )")
    assert sends(m) == ["ifTrue:"]
    m = compile_method("f: b = ( ^ b whileTrue: [ 1 ] )")
    assert sends(m) == ["whileTrue:"]


def test_loops_have_back_edges():
    m = compile_method("f = ( | i | i := 0. [ i < 10 ] whileTrue: [ i := i + 1 ]. ^ i )")
    assert sends(m) == ["<", "+"]
    assert ops(m).count("JUMP_BACK") == 1
    m = compile_method("f = ( | s | s := 0. 1 to: 10 do: [:i | s := s + i ]. ^ s )")
    assert sends(m) == ["<=", "+", "+"]
    assert "JUMP_BACK" in ops(m) and "PUSH_BLOCK" not in ops(m)


def test_and_or_if_nil_inlined():
    m = compile_method("f: x = ( ^ ((x isNil or: [ x > 3 ]) and: [ true ]) ifNil: [ 0 ] ifNotNil: [:v | v ] )")
    assert sends(m) == ["isNil", ">"]


def test_closure_variables_resolve_to_outer_frames():
    m = compile_method("f = ( | a | a := 1. ^ [ [ a ] value ] value )")
    inner = m.literals[[i for i, w in enumerate(m.literals) if isinstance(w, W_Method)][0]]
    innermost = [w for w in inner.literals if isinstance(w, W_Method)][0]
    assert bc.disassemble(innermost.code)[0] == "0 PUSH_LOCAL 0 2"


def test_non_local_return_only_in_real_blocks():
    m = compile_method("f: x = ( x ifTrue: [ ^ 1 ]. ^ [ ^ 2 ] )")
    assert "RETURN_NONLOCAL" not in ops(m)
    blk = [w for w in m.literals if isinstance(w, W_Method)][0]
    assert "RETURN_NONLOCAL" in ops(blk)


def test_fields_and_globals():
    m = compile_method("f = ( count := count + Other size )", fields=["count"])
    assert ops(m)[:2] == ["PUSH_FIELD", "PUSH_GLOBAL"]
    assert "POP_FIELD" in ops(m)


@pytest.mark.parametrize("src, fragment", [
    ("f = ( self := 3 )", "cannot assign to 'self'"),
    ("f = ( undeclared := 3 )", "cannot assign to 'undeclared': not a variable or field of C"),
])
def test_compile_errors_are_located(src, fragment):
    with pytest.raises(ParseError) as info:
        compile_method(src)
    assert fragment in info.value.msg
    assert (info.value.filename, info.value.line) == ("C.som", 1)


@pytest.mark.parametrize("src, kind", [
    ("f = ( ^ count )", "getter"), ("f: v = ( count := v )", "setter"), ("f = ( ^ 42 )", "const"),
    ("f = ( )", "self"), ("f = ( ^ self )", "self"), ("f = ( ^ count + 1 )", "none"),
    ("f: v = ( count := v. ^ v )", "none"),
])
def test_trivial_methods_are_recognised(src, kind):
    from interpreters.smalltalk import objects
    kinds = {objects.TRIVIAL_NONE: "none", objects.TRIVIAL_GETTER: "getter",
             objects.TRIVIAL_SETTER: "setter", objects.TRIVIAL_CONST: "const",
             objects.TRIVIAL_SELF: "self"}
    assert kinds[compile_method(src, fields=["count"]).trivial] == kind
