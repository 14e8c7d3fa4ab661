# time: gmtime/localtime (UTC), struct_time, strftime, mktime, asctime, strptime.
import time
for secs in [0, 86399, 86400 * 365, 951782400, 1709251199, 4102444800, 1234567890, -86400, 2**31]:
    t = time.gmtime(secs)
    print(t, time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %w %y %I %p %%", t), time.mktime(t) == secs, time.asctime(t))
print(time.strptime("2024-02-29 13:45:00", "%Y-%m-%d %H:%M:%S"))
t0 = time.perf_counter(); t1 = time.perf_counter(); print(t1 >= t0, isinstance(time.time(), float), time.gmtime(0).tm_zone)
print(tuple(time.gmtime(10**9)), time.gmtime(10**9)[0], len(time.gmtime()))
