"""string constants and capwords."""
whitespace = " \t\n\r\x0b\x0c"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or " ").join(x.capitalize() for x in s.split(sep))


class Template:
    """$-substitution: $name, ${name}, and $$ for a literal $."""
    delimiter = "$"

    def __init__(self, template):
        self.template = template

    def _render(self, mapping, safe):
        s = self.template
        out = []
        i = 0
        while i < len(s):
            ch = s[i]
            if ch != "$":
                out.append(ch)
                i += 1
                continue
            if s.startswith("$$", i):
                out.append("$")
                i += 2
                continue
            braced = s.startswith("${", i)
            j = i + 2 if braced else i + 1
            k = j
            while k < len(s) and (s[k].isalnum() or s[k] == "_") and not (k == j and s[k].isdigit()):
                k += 1
            name = s[j:k]
            if not name or (braced and not s.startswith("}", k)):
                if safe:
                    out.append("$")
                    i += 1
                    continue
                line = s.count("\n", 0, i) + 1
                col = i - (s.rfind("\n", 0, i) + 1) + 1
                raise ValueError("Invalid placeholder in string: line %d, col %d" % (line, col))
            end = k + 1 if braced else k
            if name in mapping:
                out.append(str(mapping[name]))
            elif safe:
                out.append(s[i:end])
            else:
                raise KeyError(name)
            i = end
        return "".join(out)

    def substitute(self, mapping=None, **kws):
        values = dict(mapping or {}, **kws)
        return self._render(values, False)

    def safe_substitute(self, mapping=None, **kws):
        values = dict(mapping or {}, **kws)
        return self._render(values, True)
