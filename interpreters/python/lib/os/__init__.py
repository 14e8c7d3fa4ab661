"""os: the portable bits (names and path manipulation)."""
from os import path

name = "posix"
sep = "/"
linesep = "\n"
curdir = "."
pardir = ".."
environ = {}


def getenv(key, default=None):
    return environ.get(key, default)
