"""Command line: python -m interpreters.smalltalk [-cp path:path] ClassName args...

Also: `-e 'statements'` evaluates workspace code; a path ending in .som runs
that class (its folder joins the classpath); any other path is a script.
"""
import sys
from interpreters.smalltalk.target import main

if __name__ == "__main__":
    sys.setrecursionlimit(200000)
    sys.exit(main(sys.argv))
