# A command-line tool built on argparse: options, positionals, sub-commands, help and errors.
import argparse
import sys

parser = argparse.ArgumentParser(description="Process some files and report statistics about them in a friendly way.")
parser.add_argument("first", help="the first input")
parser.add_argument("rest", nargs="*", help="more inputs")
parser.add_argument("-n", "--count", type=int, default=3, help="how many lines (default: %(default)s)")
parser.add_argument("-v", "--verbose", action="count", default=0, help="more output")
parser.add_argument("--mode", choices=["fast", "slow"], default="fast")
parser.add_argument("--tag", action="append", dest="tags", help="add a tag")
parser.add_argument("--dry-run", action="store_true")
parser.add_argument("--ratio", type=float)
args = parser.parse_args()
print(args)
print(args.first, args.rest, args.count, args.verbose, args.mode, args.tags, args.dry_run, args.ratio)
tests = [
    ["x"],
    ["x", "y", "z", "-n", "5", "-vv", "--tag", "a", "--tag=b", "--dry-run", "--mode", "slow"],
    ["--count=7", "only", "--ratio", "0.5", "-v", "-v"],
    ["a", "--", "-n", "b"],
    ["a", "-n10", "--verb"],
    ["a", "-5"],
]
for t in tests:
    print(t, "->", parser.parse_args(t))
ns, extra = parser.parse_known_args(["a", "--unknown", "b"])
print(ns.first, ns.rest, extra)
parser.print_help()
parser.print_usage()
sub = argparse.ArgumentParser(prog="tool")
subs = sub.add_subparsers(dest="command", help="sub-command help")
add = subs.add_parser("add", help="add things")
add.add_argument("x", type=int)
add.add_argument("y", type=int)
rm = subs.add_parser("rm", help="remove things")
rm.add_argument("name")
rm.add_argument("-f", "--force", action="store_true")
for t in [["add", "2", "3"], ["rm", "-f", "thing"], ["rm", "other"]]:
    print(sub.parse_args(t))
sub.print_help()
grp = argparse.ArgumentParser(prog="grp", add_help=False)
g = grp.add_argument_group("network", "connection settings")
g.add_argument("--host", default="localhost")
g.add_argument("--port", type=int, default=8080)
print(grp.parse_args(["--port", "99"]), grp.format_usage(), end="")
grp.print_help()
errors = [["x", "-n", "abc"], [], ["x", "--mode", "medium"], ["x", "--count"], ["x", "--bogus"]]
p2 = argparse.ArgumentParser(prog="p2", exit_on_error=False)
p2.add_argument("x")
p2.add_argument("-n", "--count", type=int)
p2.add_argument("--mode", choices=["fast", "slow"])
for e in errors:
    try:
        print(p2.parse_args(e))
    except argparse.ArgumentError as err:
        print("ArgumentError:", err)
    except SystemExit as ex:
        print("exit", ex.code)
sys.stdout.flush()
parser.parse_args(["x", "-n", "zz"])
