"""The class library through the embedding API (what the REPL uses): values
print with printString, and an unhandled error reports and ends only that
input (status 1), not the session."""
from interpreters.smalltalk import embed


def run(vm, source, capfd):
    capfd.readouterr()
    status = embed.eval(vm, source, "<repl>", "single")
    out, err = capfd.readouterr()
    return status, out, err


def test_values_print_with_printString(capfd):
    vm = embed.create_vm(["repl"])
    assert run(vm, "#(3 1 2) asSortedCollection", capfd)[:2] == (0, "SortedCollection(1 2 3)\n")
    assert run(vm, "(1 to: 3) collect: [:i | i * i]", capfd)[:2] == (0, "#(1 4 9)\n")
    assert run(vm, "$a", capfd)[:2] == (0, "$a\n")


def test_unhandled_error_ends_only_the_input(capfd):
    vm = embed.create_vm(["repl"])
    status, out, err = run(vm, "1/0", capfd)
    assert status == 1
    assert "ERROR: ZeroDivide: division by zero" in out
    assert "back trace" in err
    # the session goes on, and the handler stack is clean
    assert run(vm, "[nil foo] on: MessageNotUnderstood do: [:e | e message selector]", capfd)[:2] \
        == (0, "#foo\n")
    status, out, err = run(vm, "#(1 2) at: 3", capfd)
    assert status == 1 and "out of bounds" in out
    assert run(vm, "3 + 4", capfd)[:2] == (0, "7\n")


def test_abort_inside_a_handler_scope_leaves_no_stale_handler(capfd):
    vm = embed.create_vm(["repl"])
    status, out, _ = run(vm, "[1/0] on: MessageNotUnderstood do: [:e | 5]", capfd)
    assert status == 1 and "ZeroDivide" in out
    assert run(vm, "ExceptionHandler top", capfd)[:2] == (0, "nil\n")
    status, out, _ = run(vm, "nil foo", capfd)
    assert status == 1 and "Method foo not found in class Nil" in out
