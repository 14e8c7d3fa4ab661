"""Lexer and parser: literals, syntax forms and located errors."""
import pytest

from interpreters.smalltalk.lexer import ParseError
from interpreters.smalltalk.parser import parse_class_source, parse_script_source


def literal_items(src):
    body = parse_script_source(src, "t.st")
    return body.statements[0]


def test_class_structure():
    c = parse_class_source(
        "Foo = Bar ( | a b | x = ( ^ a ) + other = ( ^ b ) at: i put: v = primitive "
        "---- | count | new = ( ^ super new ) )", "Foo.som")
    assert c.name == "Foo" and c.superclass == "Bar"
    assert c.instance_fields == ["a", "b"]
    assert [m.selector for m in c.instance_methods] == ["x", "+", "at:put:"]
    assert c.instance_methods[2].is_primitive
    assert c.instance_methods[2].params == ["i", "v"]
    assert c.class_fields == ["count"]
    assert [m.selector for m in c.class_methods] == ["new"]


def test_nil_superclass_and_default():
    assert parse_class_source("Object = nil ( )", "O.som").superclass == "nil"
    c = parse_class_source("Foo = ( )", "Foo.som")
    assert not c.has_superclass


def test_literal_array_contents():
    lit = literal_items("#(1 $a 'str' #sym (nested 2) true nil -3 at:put: + 16r1F foo: 2.5 #(x))")
    kinds = [i.kind for i in lit.items]
    assert kinds == ["int", "char", "string", "symbol", "array", "true", "nil", "int",
                     "symbol", "symbol", "int", "symbol", "double", "array"]
    assert lit.items[7].ival == -3
    assert lit.items[8].text == "at:put:"
    assert lit.items[10].ival == 31
    assert lit.items[4].items[0].text == "nested"


def test_numbers():
    assert literal_items("-42").ival == -42
    assert literal_items("9223372036854775807").ival == 9223372036854775807
    assert literal_items("-9223372036854775808").ival == -9223372036854775808
    big = literal_items("92233720368547758070")
    assert big.kind == "bigint" and big.text == "92233720368547758070"
    assert literal_items("1.5e3").dval == 1500.0
    assert literal_items("2r1010").ival == 10


def test_string_escapes_and_symbols():
    assert literal_items(r"'a\tb\nc\'d\\'").text == "a\tb\nc'd\\"
    assert literal_items("'it''s'").text == "it's"
    assert literal_items("#at:put:").text == "at:put:"
    assert literal_items("#+").text == "+"
    assert literal_items("#'hello world'").text == "hello world"


def test_binary_minus_is_not_a_literal():
    e = parse_script_source("3-2", "t.st").statements[0]
    assert e.selector == "-" and e.args[0].ival == 2
    e = parse_script_source("3 - -2", "t.st").statements[0]
    assert e.selector == "-" and e.args[0].ival == -2


def test_precedence_and_cascade():
    e = parse_script_source("a foo: b + c bar", "t.st").statements[0]
    assert e.selector == "foo:"
    assert e.args[0].selector == "+"
    assert e.args[0].args[0].selector == "bar"
    c = parse_script_source("Transcript show: 1; cr; yourself", "t.st").statements[0]
    assert [p.selector for p in c.parts] == ["show:", "cr", "yourself"]


@pytest.mark.parametrize("src, line, col, fragment", [
    ("Foo = ( bar = ( ^ 1 + ) )", 1, 23, "expected an expression"),
    ("Foo = (\n  bar = ( 'abc )\n)", 2, 11, "unterminated string"),
    ("Foo ( )", 1, 5, "expected '=' after the class name"),
    ("Foo = ( bar ( ) )", 1, 13, "expected '=' after the method pattern"),
    ("Foo = ( bar = ( [:x x ] ) )", 1, 21, "expected '|' after the block parameters"),
    ("Foo = ( \"never closed )", 1, 9, "unterminated comment"),
])
def test_errors_are_located(src, line, col, fragment):
    with pytest.raises(ParseError) as info:
        parse_class_source(src, "Foo.som")
    e = info.value
    assert (e.filename, e.line, e.col) == ("Foo.som", line, col)
    assert fragment in e.msg
    assert str(e).startswith("Foo.som:%d:%d: " % (line, col))


def test_error_names_what_was_found():
    with pytest.raises(ParseError) as info:
        parse_script_source("x := (3 + 4", "w.st")
    assert str(info.value) == "w.st:1:12: expected ')', found end of input"
