"""Launcher conventions (SOM's: -cp, ClassName args, run:/run, exit codes) and embed.py."""
from interpreters.smalltalk import embed
from stvm_helpers import run_cli


def write(tmp_path, name, src):
    p = tmp_path / (name + ".som")
    p.write_text(src)
    return p


def test_run_with_arguments(tmp_path):
    write(tmp_path, "Args", "Args = ( run: args = ( args do: [:a | a println ]. args length println ) )")
    p = run_cli(["-cp", str(tmp_path), "Args", "one", "two"])
    assert p.returncode == 0, p.stderr
    assert p.stdout == "Args\none\ntwo\n3\n"


def test_run_without_run_colon(tmp_path):
    write(tmp_path, "Plain", "Plain = ( run = ( 'plain run' println ) )")
    p = run_cli(["-cp", str(tmp_path), "Plain"])
    assert p.stdout == "plain run\n"


def test_class_file_path_adds_its_folder(tmp_path):
    write(tmp_path, "Helper", "Helper = ( value = ( ^ 42 ) )")
    write(tmp_path, "Main", "Main = ( run = ( Helper new value println ) )")
    p = run_cli([str(tmp_path / "Main.som")])
    assert (p.returncode, p.stdout) == (0, "42\n")


def test_exit_code(tmp_path):
    write(tmp_path, "Quit", "Quit = ( run = ( 'bye' println. system exit: 3. 'not here' println ) )")
    p = run_cli(["-cp", str(tmp_path), "Quit"])
    assert (p.returncode, p.stdout) == (3, "bye\n")


def test_user_classpath_comes_first(tmp_path):
    # a user's own Vector shadows the core library's
    write(tmp_path, "Vector", "Vector = ( mine = ( ^ 'user vector' ) ---- new = ( ^ super new ) )")
    p = run_cli(["-cp", str(tmp_path), "-e", "Vector new mine println"])
    assert p.stdout == "user vector\n"


def test_missing_class(tmp_path):
    p = run_cli(["-cp", str(tmp_path), "NoSuchClass"])
    assert p.returncode == 1
    assert "class NoSuchClass not found" in p.stderr
    assert "Traceback" not in p.stderr


def test_parse_error_in_class_file(tmp_path):
    write(tmp_path, "Broken", "Broken = (\n  run = ( ^ 3 + )\n)")
    p = run_cli(["-cp", str(tmp_path), "Broken"])
    assert p.returncode == 1
    assert p.stderr.strip() == "%s:2:17: expected an expression (a variable, literal, block or '('), found ')' ')'" % (
        tmp_path / "Broken.som")


def test_script_file_and_expression(tmp_path):
    script = tmp_path / "work.st"
    script.write_text("| x |\nx := 6 * 7.\nx println.\n")
    p = run_cli([str(script)])
    assert (p.returncode, p.stdout) == (0, "42\n")
    p = run_cli(["-e", "(3 + 4) println"])
    assert p.stdout == "7\n"


def test_usage_errors():
    p = run_cli([])
    assert p.returncode == 64 and "usage" in p.stderr


def test_embed_api(tmp_path, capsys):
    vm = embed.create_vm(["repl"])
    assert embed.configure(vm, "classpath", str(tmp_path)) == 0
    assert embed.configure(vm, "nonsense", "1") == 1
    assert embed.eval(vm, "answer := 40 + 2", "<repl>", "single") == 0
    assert embed.eval(vm, "answer", "<repl>", "single") == 0
    assert capsys.readouterr().out == "42\n42\n"
    assert embed.eval(vm, "system exit: 5", "<repl>", "exec") == 2
    assert embed.exit_code(vm) == 5
    assert embed.eval(vm, "3 +", "<repl>", "exec") == 1
    assert "<repl>:1:4" in capsys.readouterr().err
    assert embed.is_complete(vm, "3 + 4") == 1
    assert embed.is_complete(vm, "[ 3 + 4") == 0
    assert embed.is_complete(vm, "'unterminated") == 0
    assert embed.is_complete(vm, "3 + )") == 1
    words = embed.complete(vm, "x := Vec")
    assert "Vector" in words
    assert "println" in embed.complete(vm, "3 printl")


def test_interrupt_stops_a_loop(capsys):
    vm = embed.create_vm(["x"])
    embed.eval(vm, "1", "<x>", "exec")
    embed.interrupt(vm)
    assert embed.eval(vm, "[ true ] whileTrue: [ ]", "<x>", "exec") == 1
    assert "interrupted" in capsys.readouterr().err


def test_class_definition_at_the_prompt(capsys):
    vm = embed.create_vm(["repl"])
    assert embed.is_complete(vm, "Point3 = ( | x | x = ( ^ x )") == 0
    assert embed.eval(vm, "Point3 = ( | x | x = ( ^ x ) x: v = ( x := v ) )", "<repl>", "single") == 0
    assert embed.eval(vm, "(Point3 new x: 7; yourself) x", "<repl>", "single") == 0
    assert embed.eval(vm, "y := 3. y = (3)", "<repl>", "single") == 0
    assert capsys.readouterr().out == "Point3\n7\ntrue\n"
