"""Tandem's Smalltalk (SOM) VM, written in the subset.

lexer -> parser (ast) -> compiler (bytecodes) -> interpreter, over the object
model of objects.py and the universe (classes, globals, class loading) of
universe.py; primitives/ implements the methods declared `primitive`
(PRIMITIVES.md lists them). embed.py is the embedding API, target.py the
jitgen entry point, __main__.py the command line. lib/core holds the SOM core
classes; lib/ext and lib/extend the class library.
"""
