"""csv: reader/writer and DictReader/DictWriter for the default ("excel")
dialect: minimal quoting, doubled quote characters, "\r\n" line ends."""

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = 0, 1, 2, 3


class Error(Exception):
    pass


def _parse_line(text, delimiter, quotechar, pending):
    """Fields of one physical line; pending carries a quoted field that
    continues from the previous line (None when there is none)."""
    fields = pending[0] if pending else []
    field = pending[1] if pending else ""
    in_quotes = pending is not None
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if in_quotes:
            if c == quotechar:
                if i + 1 < n and text[i + 1] == quotechar:
                    field += quotechar
                    i += 2
                    continue
                in_quotes = False
            else:
                field += c
        elif c == quotechar and field == "":
            in_quotes = True
        elif c == delimiter:
            fields.append(field)
            field = ""
        elif c in "\r\n":
            pass
        else:
            field += c
        i += 1
    if in_quotes:
        return None, (fields, field)
    fields.append(field)
    return fields, None


class _Reader:
    def __init__(self, lines, delimiter=",", quotechar='"', **kw):
        self._lines = iter(lines)
        self.delimiter = delimiter
        self.quotechar = quotechar
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        pending = None
        while True:
            line = next(self._lines)
            self.line_num += 1
            row, pending = _parse_line(line, self.delimiter, self.quotechar, pending)
            if row is not None:
                if row == [""] and line.strip("\r\n") == "":
                    return []
                return row


def reader(lines, dialect="excel", **kw):
    return _Reader(lines, **kw)


class _Writer:
    def __init__(self, f, delimiter=",", quotechar='"', lineterminator="\r\n", quoting=QUOTE_MINIMAL, **kw):
        self._f = f
        self.delimiter = delimiter
        self.quotechar = quotechar
        self.lineterminator = lineterminator
        self.quoting = quoting

    def _field(self, v):
        if v is None:
            s = ""
        elif isinstance(v, float):
            s = repr(v)
        else:
            s = str(v)
        quote = self.quoting == QUOTE_ALL or (self.quoting == QUOTE_NONNUMERIC and not isinstance(v, (int, float)))
        if not quote and self.quoting != QUOTE_NONE:
            quote = any(c in s for c in (self.delimiter, self.quotechar, "\n", "\r")) or (s == "" and False)
        if quote:
            return self.quotechar + s.replace(self.quotechar, self.quotechar * 2) + self.quotechar
        return s

    def writerow(self, row):
        line = self.delimiter.join(self._field(v) for v in row) + self.lineterminator
        return self._f.write(line)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(f, dialect="excel", **kw):
    return _Writer(f, **kw)


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel", **kw):
        self.reader = reader(f, **kw)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        return self._fieldnames

    def __iter__(self):
        return self

    def __next__(self):
        names = self.fieldnames
        row = next(self.reader)
        while row == []:
            row = next(self.reader)
        d = dict(zip(names, row))
        if len(row) > len(names):
            d[self.restkey] = row[len(names):]
        for key in names[len(row):]:
            d[key] = self.restval
        return d


class DictWriter:
    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel", **kw):
        self.fieldnames = list(fieldnames)
        self.restval = restval
        self.extrasaction = extrasaction
        self.writer = writer(f, **kw)

    def writeheader(self):
        return self.writer.writerow(self.fieldnames)

    def writerow(self, rowdict):
        if self.extrasaction == "raise":
            wrong = [k for k in rowdict if k not in self.fieldnames]
            if wrong:
                raise ValueError("dict contains fields not in fieldnames: " + ", ".join(repr(k) for k in wrong))
        return self.writer.writerow([rowdict.get(k, self.restval) for k in self.fieldnames])

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)
