"""datetime: date, time, datetime and timedelta (naive, proleptic
Gregorian), with the usual arithmetic, comparisons and formatting."""
import time as _time

MINYEAR = 1
MAXYEAR = 9999
_DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
_MONTHNAMES = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_FULLMONTHNAMES = [None, "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
_DAYNAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_FULLDAYNAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_in_month(y, m):
    return 29 if m == 2 and _is_leap(y) else _DAYS_IN_MONTH[m]


def _ymd2ord(y, m, d):
    y1 = y - 1
    return y1 * 365 + y1 // 4 - y1 // 100 + y1 // 400 + _DAYS_BEFORE_MONTH[m] + (m > 2 and _is_leap(y)) + d


def _ord2ymd(n):
    n -= 1
    n400, n = divmod(n, 146097)
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leap = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leap)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (month == 2 and leap)
    n -= preceding
    return year, month, n + 1


class timedelta:
    __slots__ = ("_days", "_seconds", "_microseconds")

    def __init__(self, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        total_us = round((((weeks * 7 + days) * 86400 + hours * 3600 + minutes * 60 + seconds) * 1000000) + milliseconds * 1000 + microseconds)
        d, rem = divmod(int(total_us), 86400 * 1000000)
        s, us = divmod(rem, 1000000)
        self._days, self._seconds, self._microseconds = d, s, us

    @property
    def days(self): return self._days

    @property
    def seconds(self): return self._seconds

    @property
    def microseconds(self): return self._microseconds

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        return self._us() / 1000000

    def __add__(self, o):
        if isinstance(o, timedelta):
            return timedelta(microseconds=self._us() + o._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, o):
        if isinstance(o, timedelta):
            return timedelta(microseconds=self._us() - o._us())
        return NotImplemented

    def __neg__(self): return timedelta(microseconds=-self._us())
    def __abs__(self): return self if self._days >= 0 else -self

    def __mul__(self, k):
        return timedelta(microseconds=round(self._us() * k))

    __rmul__ = __mul__

    def __truediv__(self, o):
        if isinstance(o, timedelta):
            return self._us() / o._us()
        return timedelta(microseconds=round(self._us() / o))

    def __floordiv__(self, o):
        if isinstance(o, timedelta):
            return self._us() // o._us()
        return timedelta(microseconds=self._us() // o)

    def __eq__(self, o): return isinstance(o, timedelta) and self._us() == o._us()
    def __lt__(self, o): return self._us() < o._us()
    def __le__(self, o): return self._us() <= o._us()
    def __gt__(self, o): return self._us() > o._us()
    def __ge__(self, o): return self._us() >= o._us()
    def __hash__(self): return hash(self._us())
    def __bool__(self): return self._us() != 0

    def __repr__(self):
        parts = []
        if self._days:
            parts.append("days=%d" % self._days)
        if self._seconds:
            parts.append("seconds=%d" % self._seconds)
        if self._microseconds:
            parts.append("microseconds=%d" % self._microseconds)
        return "datetime.timedelta(%s)" % ", ".join(parts) if parts else "datetime.timedelta(0)"

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            s = "%d day%s, " % (self._days, "" if abs(self._days) == 1 else "s") + s
        if self._microseconds:
            s += ".%06d" % self._microseconds
        return s


class date:
    __slots__ = ("_year", "_month", "_day")

    def __init__(self, year, month, day):
        if not 1 <= month <= 12:
            raise ValueError("month must be in 1..12")
        if not 1 <= day <= _days_in_month(year, month):
            raise ValueError("day is out of range for month")
        self._year, self._month, self._day = year, month, day

    @property
    def year(self): return self._year

    @property
    def month(self): return self._month

    @property
    def day(self): return self._day

    @classmethod
    def fromordinal(cls, n):
        return cls(*_ord2ymd(n))

    @classmethod
    def fromisoformat(cls, s):
        return cls(int(s[0:4]), int(s[5:7]), int(s[8:10]))

    @classmethod
    def today(cls):
        t = _time.localtime() if hasattr(_time, "localtime") else None
        d = date.fromordinal(719163 + int(_time.time() // 86400))
        return cls(d.year, d.month, d.day)

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.weekday() + 1

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    def __repr__(self):
        return "datetime.date(%d, %d, %d)" % (self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        return type(self)(year or self._year, month or self._month, day or self._day)

    def strftime(self, fmt):
        return _strftime(fmt, self._year, self._month, self._day, 0, 0, 0, 0, self.weekday(), self.toordinal())

    def __format__(self, spec):
        return self.strftime(spec) if spec else str(self)

    def timetuple(self):
        return (self._year, self._month, self._day, 0, 0, 0, self.weekday(), 0, -1)

    def __add__(self, o):
        if isinstance(o, timedelta):
            return date.fromordinal(self.toordinal() + o.days)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, o):
        if isinstance(o, timedelta):
            return date.fromordinal(self.toordinal() - o.days)
        if isinstance(o, date):
            return timedelta(days=self.toordinal() - o.toordinal())
        return NotImplemented

    def _key(self):
        return (self._year, self._month, self._day)

    def __eq__(self, o): return isinstance(o, date) and not isinstance(o, datetime) and self._key() == o._key()
    def __lt__(self, o): return self._key() < o._key()
    def __le__(self, o): return self._key() <= o._key()
    def __gt__(self, o): return self._key() > o._key()
    def __ge__(self, o): return self._key() >= o._key()
    def __hash__(self): return hash(self._key())


class datetime(date):
    __slots__ = ("_hour", "_minute", "_second", "_microsecond")

    def __init__(self, year, month, day, hour=0, minute=0, second=0, microsecond=0):
        date.__init__(self, year, month, day)
        self._hour, self._minute, self._second, self._microsecond = hour, minute, second, microsecond

    @property
    def hour(self): return self._hour

    @property
    def minute(self): return self._minute

    @property
    def second(self): return self._second

    @property
    def microsecond(self): return self._microsecond

    @classmethod
    def now(cls):
        t = _time.time()
        days, secs = divmod(t, 86400)
        d = date.fromordinal(719163 + int(days))
        secs_i = int(secs)
        return cls(d.year, d.month, d.day, secs_i // 3600, secs_i // 60 % 60, secs_i % 60, int((secs - secs_i) * 1000000))

    @classmethod
    def fromisoformat(cls, s):
        d = date.fromisoformat(s[:10])
        h = mi = sec = 0
        if len(s) > 10:
            t = s[11:]
            h, mi = int(t[0:2]), int(t[3:5])
            sec = int(t[6:8]) if len(t) >= 8 else 0
        return cls(d.year, d.month, d.day, h, mi, sec)

    @classmethod
    def strptime(cls, s, fmt):
        vals = {"Y": 1900, "m": 1, "d": 1, "H": 0, "M": 0, "S": 0}
        i = j = 0
        while i < len(fmt):
            if fmt[i] == "%":
                code = fmt[i + 1]
                n = 4 if code == "Y" else 2
                k = j
                while k < len(s) and k < j + n and s[k].isdigit():
                    k += 1
                vals[code] = int(s[j:k])
                j = k
                i += 2
            else:
                if j >= len(s) or s[j] != fmt[i]:
                    raise ValueError("time data %r does not match format %r" % (s, fmt))
                i += 1
                j += 1
        if j != len(s):
            raise ValueError("unconverted data remains: %s" % s[j:])
        return cls(vals["Y"], vals["m"], vals["d"], vals["H"], vals["M"], vals["S"])

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond)

    @classmethod
    def combine(cls, d, t):
        return cls(d.year, d.month, d.day, t.hour, t.minute, t.second, t.microsecond)

    def date(self):
        return date(self._year, self._month, self._day)

    def _total_us(self):
        return ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 + self._second) * 1000000) + self._microsecond

    @classmethod
    def _from_us(cls, us):
        days, rem = divmod(us, 86400 * 1000000)
        secs, micro = divmod(rem, 1000000)
        d = date.fromordinal(days)
        return cls(d.year, d.month, d.day, secs // 3600, secs // 60 % 60, secs % 60, micro)

    def __add__(self, o):
        if isinstance(o, timedelta):
            return datetime._from_us(self._total_us() + o._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, o):
        if isinstance(o, timedelta):
            return datetime._from_us(self._total_us() - o._us())
        if isinstance(o, datetime):
            return timedelta(microseconds=self._total_us() - o._total_us())
        return NotImplemented

    def _key(self):
        return (self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond)

    def __eq__(self, o): return isinstance(o, datetime) and self._key() == o._key()
    def __hash__(self): return hash(self._key())

    def isoformat(self, sep="T"):
        s = "%s%s%02d:%02d:%02d" % (date.isoformat(self), sep, self._hour, self._minute, self._second)
        if self._microsecond:
            s += ".%06d" % self._microsecond
        return s

    def __str__(self):
        return self.isoformat(" ")

    def __repr__(self):
        parts = [self._year, self._month, self._day, self._hour, self._minute]
        if self._second or self._microsecond:
            parts.append(self._second)
        if self._microsecond:
            parts.append(self._microsecond)
        return "datetime.datetime(%s)" % ", ".join(str(p) for p in parts)

    def strftime(self, fmt):
        return _strftime(fmt, self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond, self.weekday(), self.toordinal())

    def replace(self, **kw):
        vals = dict(year=self._year, month=self._month, day=self._day, hour=self._hour, minute=self._minute, second=self._second, microsecond=self._microsecond)
        vals.update(kw)
        return datetime(**vals)

    def timestamp(self):
        return (self._total_us() - 719163 * 86400 * 1000000) / 1000000


class time:
    """A time of day (naive)."""

    def __init__(self, hour=0, minute=0, second=0, microsecond=0):
        for name, v, hi in (("hour", hour, 23), ("minute", minute, 59), ("second", second, 59), ("microsecond", microsecond, 999999)):
            if not 0 <= v <= hi:
                raise ValueError("%s must be in 0..%d" % (name, hi))
        self._hour, self._minute, self._second, self._microsecond = hour, minute, second, microsecond

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)

    @classmethod
    def fromisoformat(cls, s):
        parts = s.split(":")
        sec = parts[2] if len(parts) > 2 else "0"
        us = 0
        if "." in sec:
            sec, frac = sec.split(".")
            us = int((frac + "000000")[:6])
        return cls(int(parts[0]), int(parts[1]), int(sec), us)

    def _key(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def __eq__(self, o): return isinstance(o, time) and self._key() == o._key()
    def __lt__(self, o): return self._key() < o._key()
    def __le__(self, o): return self._key() <= o._key()
    def __gt__(self, o): return self._key() > o._key()
    def __ge__(self, o): return self._key() >= o._key()
    def __hash__(self): return hash(self._key())
    def __bool__(self): return True

    def isoformat(self):
        s = "%02d:%02d:%02d" % (self._hour, self._minute, self._second)
        if self._microsecond:
            s += ".%06d" % self._microsecond
        return s

    __str__ = isoformat

    def __repr__(self):
        parts = [self._hour, self._minute]
        if self._second or self._microsecond:
            parts.append(self._second)
        if self._microsecond:
            parts.append(self._microsecond)
        return "datetime.time(%s)" % ", ".join(str(p) for p in parts)

    def strftime(self, fmt):
        return _strftime(fmt, 1900, 1, 1, self._hour, self._minute, self._second, self._microsecond, 0, 693596)

    def __format__(self, spec):
        return self.strftime(spec) if spec else str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None):
        return time(self._hour if hour is None else hour, self._minute if minute is None else minute,
                    self._second if second is None else second, self._microsecond if microsecond is None else microsecond)


def _strftime(fmt, y, m, d, hh, mm, ss, us, wd, ordinal):
    out = []
    i = 0
    while i < len(fmt):
        c = fmt[i]
        if c != "%" or i + 1 >= len(fmt):
            out.append(c)
            i += 1
            continue
        k = fmt[i + 1]
        i += 2
        if k == "Y": out.append("%04d" % y)
        elif k == "y": out.append("%02d" % (y % 100))
        elif k == "m": out.append("%02d" % m)
        elif k == "d": out.append("%02d" % d)
        elif k == "H": out.append("%02d" % hh)
        elif k == "I": out.append("%02d" % (hh % 12 or 12))
        elif k == "p": out.append("AM" if hh < 12 else "PM")
        elif k == "M": out.append("%02d" % mm)
        elif k == "S": out.append("%02d" % ss)
        elif k == "f": out.append("%06d" % us)
        elif k == "a": out.append(_DAYNAMES[wd])
        elif k == "A": out.append(_FULLDAYNAMES[wd])
        elif k == "b": out.append(_MONTHNAMES[m])
        elif k == "B": out.append(_FULLMONTHNAMES[m])
        elif k == "j": out.append("%03d" % (ordinal - _ymd2ord(y, 1, 1) + 1))
        elif k == "w": out.append(str((wd + 1) % 7))
        elif k == "%": out.append("%")
        else: out.append("%" + k)
    return "".join(out)
