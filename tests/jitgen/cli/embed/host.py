"""Loads a translated toy VM's DLL through pythonnet, as the launcher does,
and calls each Tandem.Embed method.  Usage: host.py DLL, or host.py --host
to call the same functions on CPython (the oracle)."""
import os
import sys
import warnings

if sys.argv[1] == "--host":
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import toyvm as Embed
    argv = ["prog", "a"]
else:
    warnings.simplefilter("ignore")   # clr_loader's Mono < 6.12 warning (docs/backend-cli.md)
    from pythonnet import load

    load("mono")
    import clr

    clr.AddReference(sys.argv[1])
    from System import String
    from System.Collections.Generic import List
    from Tandem import Embed

    argv = List[String]()
    argv.Add("prog")
    argv.Add("a")
vm = Embed.create_vm(argv)
print("vm", vm)
print("configure", Embed.configure(vm, "k", "v"))
sys.stdout.flush()
print("run_file", Embed.run_file(vm, "f.py"))
sys.stdout.flush()
print("eval", Embed.eval(vm, "1+2", "<stdin>", "single"))
print("eval exit", Embed.eval(vm, "exit 7", "<stdin>", "exec"), Embed.exit_code(vm))
try:
    print("eval boom", Embed.eval(vm, "boom", "<stdin>", "exec"))
except ValueError as e:       # on the host the exception escapes; the DLL reports it, returns 1
    print("eval boom", 1)
    print("ValueError:", e, file=sys.stderr)
print("complete", list(Embed.complete(vm, "pr")))
print("is_complete", Embed.is_complete(vm, "if x:"), Embed.is_complete(vm, "x"))
Embed.interrupt(vm)
