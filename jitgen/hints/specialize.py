"""Specialisation decorators: one translated copy of a function per case."""


def _tag(kind: str, args: tuple):
    def deco(func):
        func._jit_specialize_ = (kind, args)
        return func
    return deco


class _Specialize:
    def argtype(self, *argnums: int):
        """One copy per combination of the static types of these arguments."""
        return _tag("argtype", argnums)

    def arg(self, *argnums: int):
        """One copy per combination of the constant values of these arguments."""
        return _tag("arg", argnums)

    def memo(self):
        """Called only with constant arguments: folded at translation time."""
        return _tag("memo", ())

    def call_location(self):
        """One copy per call site."""
        return _tag("call_location", ())


specialize = _Specialize()
