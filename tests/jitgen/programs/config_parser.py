"""An INI-style configuration parser: sections, key = value pairs with
partition, comments, continuation lines, typed getters with defaults and
errors carrying line numbers, interpolation of ${name} references, and a
canonical dump with centered section banners."""

SOURCE = """
# global settings
name = demo app
version = 3

[server]
host = localhost
port = 8080
debug = yes
motd = Welcome to ${name},
    version ${version}!

[paths]
root = /srv/${name}
logs = ${root}/logs
bad = ${missing}/x

[server]
port = 9090
"""


class ConfigError(Exception):
    line: int

    def __init__(self, msg: str, line: int) -> None:
        super().__init__("line {}: {}".format(line, msg))
        self.line = line


class Config:
    sections: dict[str, dict[str, str]]
    origin: dict[tuple[str, str], int]

    def __init__(self) -> None:
        self.sections = {"": {}}
        self.origin = {}

    def parse(self, text: str) -> list[str]:
        warnings: list[str] = []
        current = ""
        last_key = ""
        for lineno, raw in enumerate(text.splitlines(), 1):
            if not raw.strip() or raw.lstrip().startswith(("#", ";")):
                continue
            if raw[0] in " \t" and last_key:
                sec = self.sections[current]
                sec[last_key] = sec[last_key] + " " + raw.strip()
                continue
            line = raw.strip()
            if line.startswith("["):
                if not line.endswith("]"):
                    raise ConfigError("unterminated section header " + repr(line), lineno)
                current = line[1:-1].strip()
                if current in self.sections:
                    warnings.append("line {}: section [{}] reopened".format(lineno, current))
                else:
                    self.sections[current] = {}
                last_key = ""
                continue
            key, sep, value = line.partition("=")
            if not sep:
                raise ConfigError("expected key = value, got " + repr(line), lineno)
            key = key.strip().lower()
            if (current, key) in self.origin:
                warnings.append("line {}: {} overrides line {}".format(lineno, key, self.origin[(current, key)]))
            self.sections[current][key] = value.strip()
            self.origin[(current, key)] = lineno
            last_key = key
        return warnings

    def lookup(self, section: str, key: str) -> str | None:
        sec = self.sections.get(section)
        if sec is not None and key in sec:
            return sec[key]
        return self.sections[""].get(key)

    def get(self, section: str, key: str, depth: int = 0) -> str:
        raw = self.lookup(section, key)
        if raw is None:
            raise KeyError(section + "." + key)
        if depth > 10:
            raise ConfigError("interpolation too deep at " + key, self.origin.get((section, key), 0))
        out = ""
        rest = raw
        while True:
            before, sep, after = rest.partition("${")
            out += before
            if not sep:
                break
            name, close, rest = after.partition("}")
            if not close:
                raise ConfigError("unterminated ${ in " + key, self.origin.get((section, key), 0))
            out += self.get(section, name, depth + 1)
        return out

    def get_int(self, section: str, key: str, default: int) -> int:
        try:
            return int(self.get(section, key))
        except KeyError:
            return default

    def get_bool(self, section: str, key: str) -> bool:
        v = self.get(section, key).lower()
        if v in ("yes", "true", "on", "1"):
            return True
        if v in ("no", "false", "off", "0"):
            return False
        raise ValueError("not a boolean: " + repr(v))

    def dump(self) -> str:
        parts: list[str] = []
        for name in sorted(self.sections):
            parts.append(("[" + name + "]" if name else "(globals)").center(24, "="))
            for k in sorted(self.sections[name]):
                parts.append("{} = {!r}".format(k, self.sections[name][k]))
        return "\n".join(parts)


def main(argv: list[str]) -> int:
    c = Config()
    for w in c.parse(SOURCE):
        print("warning:", w)
    print(c.dump())
    print(c.get("server", "motd"))
    print(c.get_int("server", "port", 80), c.get_int("server", "workers", 4), c.get_bool("server", "debug"))
    print(c.get("paths", "logs"), "|", c.get("paths", "name"))
    for sec, key in [("paths", "bad"), ("nope", "x"), ("server", "host")]:
        try:
            print(sec, key, "=", c.get(sec, key))
        except KeyError as e:
            print("missing:", e)
    for bad in ["[broken", "just words", "a = ${a}", "x = ${y"]:
        c2 = Config()
        try:
            c2.parse(bad)
            print(c2.get("", bad.partition("=")[0].strip()))
        except ConfigError as e:
            print(type(e).__name__, e, e.line)
    try:
        c.get_bool("server", "host")
    except ValueError as e:
        print("ValueError:", e)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
