import sys
try:
    sys.exit(False)
except SystemExit as e:
    print("code", e.code)
raise SystemExit("custom message to stderr")
