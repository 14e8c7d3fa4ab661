class Plugin:
    registry = {}
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry[name or cls.__name__.lower()] = cls
    def run(self, data):
        raise NotImplementedError(type(self).__name__)
class Upper(Plugin, name="up"):
    def run(self, data):
        return data.upper()
class Reverse(Plugin):
    def run(self, data):
        return data[::-1]
class Twice(Reverse, name="twice"):
    def run(self, data):
        return super().run(data) * 2
print(sorted(Plugin.registry))
for key in sorted(Plugin.registry):
    print(key, Plugin.registry[key]().run("abc"))
try:
    Plugin().run("x")
except NotImplementedError as e:
    print("not implemented:", e)
print(Twice.__mro__[1].__name__, issubclass(Twice, Plugin), Twice().run("xy"))
