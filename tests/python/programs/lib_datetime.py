from datetime import date, datetime, timedelta
d = date(2024, 2, 28)
print(d, repr(d), d + timedelta(days=1), d + timedelta(days=2), d.weekday(), d.isoformat(), d.toordinal())
print(date(2024, 12, 25) - date(2024, 1, 1), (date(2025, 1, 1) - date(2024, 1, 1)).days, date.fromisoformat("2023-07-04").strftime("%A %d %B %Y"))
print(date(2000, 1, 1).strftime("%a %b %d %j %y"), date(1999, 12, 31) < date(2000, 1, 1), max(date(2020, 5, 1), date(2019, 6, 30)))
dt = datetime(2024, 3, 15, 14, 30, 5)
print(dt, repr(dt), dt + timedelta(hours=12), dt - timedelta(minutes=45), dt.date(), dt.strftime("%Y/%m/%d %H:%M:%S %p %I"))
print(datetime(2024, 3, 16) - dt, (datetime(2024, 3, 16) - dt).total_seconds(), datetime.fromisoformat("2024-01-02T03:04:05"))
print(datetime.strptime("2021-06-07 08:09", "%Y-%m-%d %H:%M"), dt.replace(year=2000), dt.isoformat())
td = timedelta(days=2, hours=3, minutes=4, seconds=5)
print(td, repr(td), td.total_seconds(), td * 2, td // 2, -td, td / timedelta(hours=1), timedelta(0), timedelta(seconds=90))
days = [date(2024, 1, 1) + timedelta(weeks=w) for w in range(4)]
print([str(x) for x in days], sorted(days, reverse=True)[0])
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)
