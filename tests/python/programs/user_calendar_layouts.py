# Calendars: leap years, month layouts, text calendars for a month and a year.
import calendar
print(calendar.isleap(2024), calendar.isleap(1900), calendar.leapdays(1900, 2025), calendar.weekday(2024, 7, 4), calendar.monthrange(2024, 2), calendar.monthrange(2023, 12))
print(calendar.month_name[3], calendar.day_abbr[0], list(calendar.month_abbr)[:4], calendar.day_name[6])
print(calendar.monthcalendar(2024, 3))
print(calendar.month(2024, 2))
print(calendar.month(2023, 10, w=4, l=2))
cal = calendar.TextCalendar(calendar.SUNDAY)
print(cal.formatmonth(2024, 9))
print(calendar.calendar(2024))
print(calendar.weekheader(3), calendar.timegm((2024, 1, 2, 3, 4, 5)))
c2 = calendar.Calendar()
print([d for d in c2.itermonthdays(2024, 4)][:10], list(c2.iterweekdays()), len(c2.monthdatescalendar(2024, 6)))
try:
    calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e:
    print("IllegalMonthError:", e)
calendar.prmonth(2025, 1)
