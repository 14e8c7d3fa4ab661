"""time: the VM's clocks (from the builtin _time) plus struct_time,
gmtime/localtime (UTC: the VM has no time zones), mktime, strftime,
strptime, asctime and ctime, written for this VM."""
from _time import time, perf_counter, monotonic, process_time, sleep, time_ns

timezone = 0
altzone = 0
daylight = 0
tzname = ("UTC", "UTC")

_DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"]
_FIELDS = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday",
           "tm_yday", "tm_isdst")


def perf_counter_ns():
    return int(perf_counter() * 1e9)


def monotonic_ns():
    return int(monotonic() * 1e9)


def process_time_ns():
    return int(process_time() * 1e9)


def thread_time():
    return process_time()


class struct_time(tuple):
    n_fields = 11
    n_sequence_fields = 9
    n_unnamed_fields = 0

    def __new__(cls, seq, zone=None):
        seq = tuple(seq)
        if len(seq) < 9:
            raise TypeError("time.struct_time() takes an at least 9-sequence (%d-sequence given)" % len(seq))
        self = tuple.__new__(cls, seq[:9])
        self._zone = seq[9] if len(seq) > 9 else "UTC"
        self._gmtoff = seq[10] if len(seq) > 10 else 0
        return self

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_zone = property(lambda self: self._zone)
    tm_gmtoff = property(lambda self: self._gmtoff)

    def __repr__(self):
        return "time.struct_time(%s)" % ", ".join("%s=%r" % (n, v) for n, v in zip(_FIELDS, self))

    def __reduce__(self):
        return (struct_time, (tuple(self),))


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_before_year(y):
    y -= 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_before_month(y, m):
    days = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334][m - 1]
    return days + (1 if m > 2 and _is_leap(y) else 0)


_EPOCH_ORDINAL = _days_before_year(1970) + 1


def gmtime(secs=None):
    if secs is None:
        secs = time()
    secs = int(secs // 1) if isinstance(secs, float) else int(secs)
    days, rem = divmod(secs, 86400)
    hour, rem = divmod(rem, 3600)
    minute, second = divmod(rem, 60)
    ordinal = days + _EPOCH_ORDINAL
    # year from the ordinal (proleptic Gregorian, day 1 = 0001-01-01)
    n = ordinal - 1
    n400, n = divmod(n, 146097)
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year = n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1
    if n1 == 4 or n100 == 4:
        year -= 1
        yday = 365
    else:
        yday = n
    month = 1
    while month < 12 and _days_before_month(year, month + 1) <= yday:
        month += 1
    mday = yday - _days_before_month(year, month) + 1
    wday = (ordinal + 6) % 7
    return struct_time((year, month, mday, hour, minute, second, wday, yday + 1, 0, "GMT", 0))


def localtime(secs=None):
    t = gmtime(secs)
    return struct_time(tuple(t) + ("UTC", 0))


def mktime(t):
    t = tuple(t)
    year, month, mday, hour, minute, second = t[:6]
    while month > 12:
        month -= 12
        year += 1
    while month < 1:
        month += 12
        year -= 1
    days = _days_before_year(year) + _days_before_month(year, month) + mday - _EPOCH_ORDINAL
    return float(((days * 24 + hour) * 60 + minute) * 60 + second)


def _fields(t):
    if t is None:
        return localtime()
    if not isinstance(t, struct_time):
        t = struct_time(t)
    return t


def asctime(t=None):
    t = _fields(t)
    return "%s %s %2d %02d:%02d:%02d %d" % (_DAY_NAMES[t[6]][:3], _MONTH_NAMES[t[1] - 1][:3],
                                            t[2], t[3], t[4], t[5], t[0])


def ctime(secs=None):
    return asctime(localtime(secs))


def strftime(fmt, t=None):
    t = _fields(t)
    year, month, mday, hour, minute, second, wday, yday = t[:8]
    out = []
    i = 0
    while i < len(fmt):
        c = fmt[i]
        if c != "%" or i + 1 >= len(fmt):
            out.append(c)
            i += 1
            continue
        d = fmt[i + 1]
        i += 2
        if d == "Y":
            out.append(str(year))
        elif d == "y":
            out.append("%02d" % (year % 100))
        elif d == "m":
            out.append("%02d" % month)
        elif d == "d":
            out.append("%02d" % mday)
        elif d == "e":
            out.append("%2d" % mday)
        elif d == "H":
            out.append("%02d" % hour)
        elif d == "I":
            out.append("%02d" % (hour % 12 or 12))
        elif d == "M":
            out.append("%02d" % minute)
        elif d == "S":
            out.append("%02d" % second)
        elif d == "p":
            out.append("AM" if hour < 12 else "PM")
        elif d == "a":
            out.append(_DAY_NAMES[wday][:3])
        elif d == "A":
            out.append(_DAY_NAMES[wday])
        elif d == "b" or d == "h":
            out.append(_MONTH_NAMES[month - 1][:3])
        elif d == "B":
            out.append(_MONTH_NAMES[month - 1])
        elif d == "j":
            out.append("%03d" % yday)
        elif d == "w":
            out.append(str((wday + 1) % 7))
        elif d == "u":
            out.append(str(wday + 1))
        elif d == "U":
            out.append("%02d" % ((yday + 6 - (wday + 1) % 7) // 7))
        elif d == "W":
            out.append("%02d" % ((yday + 6 - wday) // 7))
        elif d == "c":
            out.append(asctime(t))
        elif d == "x":
            out.append("%02d/%02d/%02d" % (month, mday, year % 100))
        elif d == "X":
            out.append("%02d:%02d:%02d" % (hour, minute, second))
        elif d == "D":
            out.append("%02d/%02d/%02d" % (month, mday, year % 100))
        elif d == "F":
            out.append("%d-%02d-%02d" % (year, month, mday))
        elif d == "T":
            out.append("%02d:%02d:%02d" % (hour, minute, second))
        elif d == "R":
            out.append("%02d:%02d" % (hour, minute))
        elif d == "Z":
            out.append(getattr(t, "tm_zone", "UTC"))
        elif d == "z":
            out.append("+0000")
        elif d == "n":
            out.append("\n")
        elif d == "t":
            out.append("\t")
        elif d == "%":
            out.append("%")
        else:
            out.append("%" + d)
    return "".join(out)


def strptime(string, fmt="%a %b %d %H:%M:%S %Y"):
    from datetime import datetime
    dt = datetime.strptime(string, fmt)
    yday = _days_before_month(dt.year, dt.month) + dt.day
    return struct_time((dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second,
                        dt.weekday(), yday, -1, "UTC", 0))


def get_clock_info(name):
    from types import SimpleNamespace
    return SimpleNamespace(adjustable=name == "time", implementation="clock_gettime(CLOCK_MONOTONIC)",
                           monotonic=name != "time", resolution=1e-09)
