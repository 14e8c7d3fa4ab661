"""Reflection on our core classes answers what SOM's own core answers: the
published SOM TestSuite (ReflectionTest, ClassStructureTest) counts and indexes
Object's methods, so Tandem's extras live in lib/extend, which reflection does
not list but sends still find. Also SOM's Symbol equality (SymbolTest)."""

# The selectors of SOM's core Smalltalk/Object.som, in its order (the order
# matters: SOM's tests read `Object methods at: 1` and `at: 7`).
SOM_OBJECT_SELECTORS = [
    "class", "objectSize", "=", "<>", "==", "~=", "isNil", "notNil",
    "asString", ",", "hashcode", "value", "ifNil:", "ifNotNil:",
    "ifNil:ifNotNil:", "ifNotNil:ifNil:", "print", "println", "inspect", "halt",
    "error:", "subclassResponsibility", "doesNotUnderstand:arguments:",
    "escapedBlock:", "unknownGlobal:", "respondsTo:", "perform:",
    "perform:withArguments:", "perform:inSuperclass:",
    "perform:withArguments:inSuperclass:", "instVarAt:", "instVarAt:put:",
    "instVarNamed:",
]

PROBE = """ReflectionProbe = (
    run = (
        Object selectors do: [:s | ('sel ' + s) println ].
        ('first ' + (Object methods at: 1) class name) println.
        ('seventh ' + (Object methods at: 7) class name) println.
        ('extras ' + (3 isKindOf: Integer) asString + ' '
            + (Object new respondsTo: #isKindOf:) asString + ' '
            + (3 perform: #between:and: with: 1 with: 5) asString) println.
        ('symeq ' + (#foo = 'foo') asString + ' ' + (#foo = #foo) asString + ' '
            + ('foo' = ('f' + 'oo')) asString + ' ' + (#foo = 'foo' asSymbol) asString) println.
    )
)
"""


def test_object_reflection_matches_som_core(som, tmp_path):
    (tmp_path / "ReflectionProbe.som").write_text(PROBE)
    r = som([str(tmp_path)], "ReflectionProbe")
    assert r.returncode == 0, r.out + r.err
    lines = r.out.splitlines()
    selectors = [l[len("sel "):] for l in lines if l.startswith("sel ")]
    assert selectors == SOM_OBJECT_SELECTORS
    assert "first Primitive" in lines      # Object>>class is a primitive
    assert "seventh Method" in lines       # Object>>isNil is a method
    assert "extras true true true" in lines
    assert "symeq false true true true" in lines
