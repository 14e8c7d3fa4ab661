"""How the native backend allocates (jitgen/backend/native/funcgen.py
gc_alloc, docs/backend-native.md "Memory"): instances and tuples up to 16
granules are popped inline from @rt_freelists, pointer-free ones from the
pointer-free lists (and cleared), larger ones come from GC_malloc; and the
program still prints what CPython prints."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

WIDE_FIELDS = 40      # 8 * (1 + 40) = 328 bytes: past the free lists (255 bytes)

SOURCE = '''
class Small:
    a: int

    def __init__(self, a: int) -> None:
        self.a = a


class SmallRef:
    other: "SmallRef | None"

    def __init__(self, other: "SmallRef | None") -> None:
        self.other = other


class Wide:
''' + "".join(f"    f{i}: int\n" for i in range(WIDE_FIELDS)) + '''
    def __init__(self, a: int) -> None:
''' + "".join(f"        self.f{i} = a + {i}\n" for i in range(WIDE_FIELDS)) + '''

def make_small(a: int) -> Small:
    return Small(a)


def make_ref(o: SmallRef | None) -> SmallRef:
    return SmallRef(o)


def make_wide(a: int) -> Wide:
    return Wide(a)


def make_pair(a: int) -> tuple[int, int]:
    return (a, a + 1)


def main(argv: list[str]) -> int:
    r = make_ref(make_ref(None))
    w = make_wide(5)
    p = make_pair(7)
    print(make_small(3).a, r.other is not None, w.f39, p[1])
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
'''


@pytest.fixture(scope="module")
def program(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("alloc") / "alloc_shapes.py"
    path.write_text(SOURCE)
    return path


@pytest.fixture(scope="module")
def functions(program) -> dict[str, str]:
    """Generated IR of each function, by the name of its graph."""
    from jitgen.driver.pipeline import translate_to_lowlevel
    from jitgen.backend.native.codegen import generate_ir
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 20000))
    ir = generate_ir(translate_to_lowlevel(str(program)))
    out = {}
    for m in re.finditer(r"^define [^@]*@\"?([\w.]+)\"?\(.*?^}", ir, re.M | re.S):
        out[m.group(1).rsplit(".", 1)[0]] = m.group(0)
    return out


def body(functions: dict[str, str], short: str) -> str:
    found = [text for name, text in functions.items() if name.endswith("." + short)]
    assert len(found) == 1, sorted(functions)
    return found[0]


def test_small_pointer_free_instance_is_popped_inline(functions) -> None:
    f = body(functions, "make_small")
    # 16 bytes + Boehm's extra byte = 2 granules, pointer-free list (kind 0)
    assert "@rt_freelists, i64 0, i64 0, i64 2)" in f
    assert "@GC_malloc" not in f
    assert "@llvm.memset" in f            # pointer-free objects come uncleared


def test_small_instance_with_references_uses_the_normal_list(functions) -> None:
    f = body(functions, "make_ref")
    assert "@rt_freelists, i64 0, i64 1, i64 2)" in f
    assert "@GC_malloc" not in f
    assert "@rt_alloc_refill(i64 2, i64 1)" in f


def test_pointer_free_tuple_is_popped_inline(functions) -> None:
    f = body(functions, "make_pair")
    assert "@rt_freelists, i64 0, i64 0, i64 2)" in f


def test_wide_instance_comes_from_gc_malloc(functions) -> None:
    f = body(functions, "make_wide")
    assert f"@GC_malloc_atomic(i64 {8 * (1 + WIDE_FIELDS)})" in f
    assert "@rt_freelists" not in f


def test_program_prints_what_cpython_prints(program, native_exe) -> None:
    exe = native_exe(program)
    expected = subprocess.run([sys.executable, str(program)], capture_output=True, text=True, timeout=60)
    got = subprocess.run([str(exe)], capture_output=True, text=True, timeout=60)
    assert (got.stdout, got.returncode) == (expected.stdout, expected.returncode)
