# Reading stdin by iteration; attributes of the standard streams; sys encodings.
import sys
lines = [line.rstrip("\n") for line in sys.stdin]
print(lines, sys.stdin.read(), sys.stdin.readlines())
print(sys.stdin.isatty(), sys.stdout.isatty(), sys.stdin.name if hasattr(sys.stdin, "name") else "<stdin>", sys.stdout.encoding)
print(sys.argv[1:], sys.getdefaultencoding(), sys.platform, sys.byteorder, sys.maxsize == 2**63 - 1)
sys.stdout.writelines(["a\n", "b\n"])
print("x", file=sys.stdout, flush=True)
