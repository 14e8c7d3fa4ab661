# Every common format spec applied to ints, big ints, floats, infinities and bools.
out = []
try:
    out.append(format(0, ''))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0, 'd'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0, '5d'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0, '<8'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0, '>8'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0, '^9'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0, '+'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0, ' '))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0, '08'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0, '+08'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0, ','))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0, '_'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0, 'x'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0, '#x'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0, 'X'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0, '#o'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0, 'b'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0, '#010b'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0, 'c'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0, '.2f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0, '8.3f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0, ',.2f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0, '+.1f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0, '.0f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0, 'e'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0, '.3e'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0, 'E'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0, 'g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0, '.3g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0, '.10g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0, 'G'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0, '%'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0, '.1%'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0, 'n'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0, '=+10'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0, '*^12'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0, '0=12'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0, '.2'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0, '10.4'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0, '#.0f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0, '#g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0, 'z.1f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1, ''))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1, 'd'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1, '5d'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1, '<8'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1, '>8'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1, '^9'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1, '+'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1, ' '))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1, '08'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1, '+08'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1, ','))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1, '_'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1, 'x'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1, '#x'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1, 'X'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1, '#o'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1, 'b'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1, '#010b'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1, 'c'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1, '.2f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1, '8.3f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1, ',.2f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1, '+.1f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1, '.0f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1, 'e'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1, '.3e'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1, 'E'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1, 'g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1, '.3g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1, '.10g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1, 'G'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1, '%'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1, '.1%'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1, 'n'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1, '=+10'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1, '*^12'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1, '0=12'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1, '.2'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1, '10.4'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1, '#.0f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1, '#g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1, 'z.1f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1, ''))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1, 'd'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1, '5d'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1, '<8'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1, '>8'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1, '^9'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1, '+'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1, ' '))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1, '08'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1, '+08'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1, ','))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1, '_'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1, 'x'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1, '#x'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1, 'X'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1, '#o'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1, 'b'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1, '#010b'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1, 'c'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1, '.2f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1, '8.3f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1, ',.2f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1, '+.1f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1, '.0f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1, 'e'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1, '.3e'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1, 'E'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1, 'g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1, '.3g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1, '.10g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1, 'G'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1, '%'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1, '.1%'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1, 'n'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1, '=+10'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1, '*^12'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1, '0=12'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1, '.2'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1, '10.4'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1, '#.0f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1, '#g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1, 'z.1f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(7, ''))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(7, 'd'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(7, '5d'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(7, '<8'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(7, '>8'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(7, '^9'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(7, '+'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(7, ' '))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(7, '08'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(7, '+08'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(7, ','))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(7, '_'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(7, 'x'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(7, '#x'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(7, 'X'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(7, '#o'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(7, 'b'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(7, '#010b'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(7, 'c'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(7, '.2f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(7, '8.3f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(7, ',.2f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(7, '+.1f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(7, '.0f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(7, 'e'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(7, '.3e'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(7, 'E'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(7, 'g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(7, '.3g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(7, '.10g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(7, 'G'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(7, '%'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(7, '.1%'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(7, 'n'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(7, '=+10'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(7, '*^12'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(7, '0=12'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(7, '.2'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(7, '10.4'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(7, '#.0f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(7, '#g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(7, 'z.1f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-42, ''))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-42, 'd'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-42, '5d'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-42, '<8'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-42, '>8'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-42, '^9'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-42, '+'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-42, ' '))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-42, '08'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-42, '+08'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-42, ','))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-42, '_'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-42, 'x'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-42, '#x'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-42, 'X'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-42, '#o'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-42, 'b'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-42, '#010b'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-42, 'c'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-42, '.2f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-42, '8.3f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-42, ',.2f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-42, '+.1f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-42, '.0f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-42, 'e'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-42, '.3e'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-42, 'E'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-42, 'g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-42, '.3g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-42, '.10g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-42, 'G'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-42, '%'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-42, '.1%'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-42, 'n'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-42, '=+10'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-42, '*^12'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-42, '0=12'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-42, '.2'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-42, '10.4'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-42, '#.0f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-42, '#g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-42, 'z.1f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1234567, ''))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1234567, 'd'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1234567, '5d'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1234567, '<8'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1234567, '>8'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1234567, '^9'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1234567, '+'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1234567, ' '))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1234567, '08'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1234567, '+08'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1234567, ','))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1234567, '_'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1234567, 'x'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1234567, '#x'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1234567, 'X'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1234567, '#o'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1234567, 'b'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1234567, '#010b'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1234567, 'c'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1234567, '.2f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1234567, '8.3f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1234567, ',.2f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1234567, '+.1f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1234567, '.0f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1234567, 'e'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1234567, '.3e'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1234567, 'E'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1234567, 'g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1234567, '.3g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1234567, '.10g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1234567, 'G'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1234567, '%'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1234567, '.1%'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1234567, 'n'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1234567, '=+10'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1234567, '*^12'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1234567, '0=12'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1234567, '.2'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1234567, '10.4'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1234567, '#.0f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1234567, '#g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1234567, 'z.1f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-9876543210, ''))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-9876543210, 'd'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-9876543210, '5d'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-9876543210, '<8'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-9876543210, '>8'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-9876543210, '^9'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-9876543210, '+'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-9876543210, ' '))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-9876543210, '08'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-9876543210, '+08'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-9876543210, ','))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-9876543210, '_'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-9876543210, 'x'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-9876543210, '#x'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-9876543210, 'X'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-9876543210, '#o'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-9876543210, 'b'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-9876543210, '#010b'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-9876543210, 'c'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-9876543210, '.2f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-9876543210, '8.3f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-9876543210, ',.2f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-9876543210, '+.1f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-9876543210, '.0f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-9876543210, 'e'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-9876543210, '.3e'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-9876543210, 'E'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-9876543210, 'g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-9876543210, '.3g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-9876543210, '.10g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-9876543210, 'G'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-9876543210, '%'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-9876543210, '.1%'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-9876543210, 'n'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-9876543210, '=+10'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-9876543210, '*^12'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-9876543210, '0=12'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-9876543210, '.2'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-9876543210, '10.4'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-9876543210, '#.0f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-9876543210, '#g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-9876543210, 'z.1f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2**70, ''))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2**70, 'd'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2**70, '5d'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2**70, '<8'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2**70, '>8'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2**70, '^9'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2**70, '+'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2**70, ' '))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2**70, '08'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2**70, '+08'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2**70, ','))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2**70, '_'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2**70, 'x'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2**70, '#x'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2**70, 'X'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2**70, '#o'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2**70, 'b'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2**70, '#010b'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2**70, 'c'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2**70, '.2f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2**70, '8.3f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2**70, ',.2f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2**70, '+.1f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2**70, '.0f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2**70, 'e'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2**70, '.3e'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2**70, 'E'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2**70, 'g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2**70, '.3g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2**70, '.10g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2**70, 'G'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2**70, '%'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2**70, '.1%'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2**70, 'n'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2**70, '=+10'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2**70, '*^12'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2**70, '0=12'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2**70, '.2'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2**70, '10.4'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2**70, '#.0f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2**70, '#g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2**70, 'z.1f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-(2**65), ''))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-(2**65), 'd'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-(2**65), '5d'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-(2**65), '<8'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-(2**65), '>8'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-(2**65), '^9'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-(2**65), '+'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-(2**65), ' '))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-(2**65), '08'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-(2**65), '+08'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-(2**65), ','))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-(2**65), '_'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-(2**65), 'x'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-(2**65), '#x'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-(2**65), 'X'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-(2**65), '#o'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-(2**65), 'b'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-(2**65), '#010b'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-(2**65), 'c'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-(2**65), '.2f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-(2**65), '8.3f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-(2**65), ',.2f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-(2**65), '+.1f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-(2**65), '.0f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-(2**65), 'e'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-(2**65), '.3e'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-(2**65), 'E'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-(2**65), 'g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-(2**65), '.3g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-(2**65), '.10g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-(2**65), 'G'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-(2**65), '%'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-(2**65), '.1%'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-(2**65), 'n'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-(2**65), '=+10'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-(2**65), '*^12'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-(2**65), '0=12'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-(2**65), '.2'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-(2**65), '10.4'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-(2**65), '#.0f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-(2**65), '#g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-(2**65), 'z.1f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.0, ''))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.0, 'd'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.0, '5d'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.0, '<8'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.0, '>8'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.0, '^9'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.0, '+'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.0, ' '))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.0, '08'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.0, '+08'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.0, ','))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.0, '_'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.0, 'x'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.0, '#x'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.0, 'X'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.0, '#o'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.0, 'b'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.0, '#010b'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.0, 'c'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.0, '.2f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.0, '8.3f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.0, ',.2f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.0, '+.1f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.0, '.0f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.0, 'e'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.0, '.3e'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.0, 'E'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.0, 'g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.0, '.3g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.0, '.10g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.0, 'G'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.0, '%'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.0, '.1%'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.0, 'n'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.0, '=+10'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.0, '*^12'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.0, '0=12'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.0, '.2'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.0, '10.4'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.0, '#.0f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.0, '#g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.0, 'z.1f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-0.0, ''))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-0.0, 'd'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-0.0, '5d'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-0.0, '<8'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-0.0, '>8'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-0.0, '^9'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-0.0, '+'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-0.0, ' '))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-0.0, '08'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-0.0, '+08'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-0.0, ','))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-0.0, '_'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-0.0, 'x'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-0.0, '#x'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-0.0, 'X'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-0.0, '#o'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-0.0, 'b'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-0.0, '#010b'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-0.0, 'c'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-0.0, '.2f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-0.0, '8.3f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-0.0, ',.2f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-0.0, '+.1f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-0.0, '.0f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-0.0, 'e'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-0.0, '.3e'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-0.0, 'E'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-0.0, 'g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-0.0, '.3g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-0.0, '.10g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-0.0, 'G'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-0.0, '%'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-0.0, '.1%'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-0.0, 'n'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-0.0, '=+10'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-0.0, '*^12'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-0.0, '0=12'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-0.0, '.2'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-0.0, '10.4'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-0.0, '#.0f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-0.0, '#g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-0.0, 'z.1f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1.5, ''))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1.5, 'd'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1.5, '5d'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1.5, '<8'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1.5, '>8'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1.5, '^9'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1.5, '+'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1.5, ' '))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1.5, '08'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1.5, '+08'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1.5, ','))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1.5, '_'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1.5, 'x'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1.5, '#x'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1.5, 'X'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1.5, '#o'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1.5, 'b'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1.5, '#010b'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1.5, 'c'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1.5, '.2f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1.5, '8.3f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1.5, ',.2f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1.5, '+.1f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1.5, '.0f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1.5, 'e'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1.5, '.3e'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1.5, 'E'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1.5, 'g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1.5, '.3g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1.5, '.10g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1.5, 'G'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1.5, '%'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1.5, '.1%'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1.5, 'n'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1.5, '=+10'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1.5, '*^12'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1.5, '0=12'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1.5, '.2'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1.5, '10.4'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1.5, '#.0f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1.5, '#g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1.5, 'z.1f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-2.5, ''))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-2.5, 'd'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-2.5, '5d'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-2.5, '<8'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-2.5, '>8'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-2.5, '^9'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-2.5, '+'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-2.5, ' '))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-2.5, '08'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-2.5, '+08'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-2.5, ','))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-2.5, '_'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-2.5, 'x'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-2.5, '#x'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-2.5, 'X'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-2.5, '#o'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-2.5, 'b'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-2.5, '#010b'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-2.5, 'c'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-2.5, '.2f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-2.5, '8.3f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-2.5, ',.2f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-2.5, '+.1f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-2.5, '.0f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-2.5, 'e'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-2.5, '.3e'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-2.5, 'E'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-2.5, 'g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-2.5, '.3g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-2.5, '.10g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-2.5, 'G'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-2.5, '%'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-2.5, '.1%'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-2.5, 'n'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-2.5, '=+10'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-2.5, '*^12'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-2.5, '0=12'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-2.5, '.2'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-2.5, '10.4'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-2.5, '#.0f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-2.5, '#g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-2.5, 'z.1f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(3.14159265, ''))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(3.14159265, 'd'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(3.14159265, '5d'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(3.14159265, '<8'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(3.14159265, '>8'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(3.14159265, '^9'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(3.14159265, '+'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(3.14159265, ' '))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(3.14159265, '08'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(3.14159265, '+08'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(3.14159265, ','))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(3.14159265, '_'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(3.14159265, 'x'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(3.14159265, '#x'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(3.14159265, 'X'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(3.14159265, '#o'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(3.14159265, 'b'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(3.14159265, '#010b'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(3.14159265, 'c'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(3.14159265, '.2f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(3.14159265, '8.3f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(3.14159265, ',.2f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(3.14159265, '+.1f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(3.14159265, '.0f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(3.14159265, 'e'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(3.14159265, '.3e'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(3.14159265, 'E'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(3.14159265, 'g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(3.14159265, '.3g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(3.14159265, '.10g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(3.14159265, 'G'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(3.14159265, '%'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(3.14159265, '.1%'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(3.14159265, 'n'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(3.14159265, '=+10'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(3.14159265, '*^12'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(3.14159265, '0=12'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(3.14159265, '.2'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(3.14159265, '10.4'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(3.14159265, '#.0f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(3.14159265, '#g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(3.14159265, 'z.1f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e-7, ''))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e-7, 'd'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e-7, '5d'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e-7, '<8'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e-7, '>8'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e-7, '^9'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e-7, '+'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e-7, ' '))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e-7, '08'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e-7, '+08'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e-7, ','))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e-7, '_'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e-7, 'x'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e-7, '#x'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e-7, 'X'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e-7, '#o'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e-7, 'b'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e-7, '#010b'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e-7, 'c'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e-7, '.2f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e-7, '8.3f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e-7, ',.2f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e-7, '+.1f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e-7, '.0f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e-7, 'e'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e-7, '.3e'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e-7, 'E'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e-7, 'g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e-7, '.3g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e-7, '.10g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e-7, 'G'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e-7, '%'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e-7, '.1%'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e-7, 'n'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e-7, '=+10'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e-7, '*^12'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e-7, '0=12'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e-7, '.2'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e-7, '10.4'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e-7, '#.0f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e-7, '#g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e-7, 'z.1f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(123456.789, ''))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(123456.789, 'd'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(123456.789, '5d'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(123456.789, '<8'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(123456.789, '>8'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(123456.789, '^9'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(123456.789, '+'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(123456.789, ' '))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(123456.789, '08'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(123456.789, '+08'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(123456.789, ','))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(123456.789, '_'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(123456.789, 'x'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(123456.789, '#x'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(123456.789, 'X'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(123456.789, '#o'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(123456.789, 'b'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(123456.789, '#010b'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(123456.789, 'c'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(123456.789, '.2f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(123456.789, '8.3f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(123456.789, ',.2f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(123456.789, '+.1f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(123456.789, '.0f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(123456.789, 'e'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(123456.789, '.3e'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(123456.789, 'E'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(123456.789, 'g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(123456.789, '.3g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(123456.789, '.10g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(123456.789, 'G'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(123456.789, '%'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(123456.789, '.1%'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(123456.789, 'n'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(123456.789, '=+10'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(123456.789, '*^12'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(123456.789, '0=12'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(123456.789, '.2'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(123456.789, '10.4'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(123456.789, '#.0f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(123456.789, '#g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(123456.789, 'z.1f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e22, ''))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e22, 'd'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e22, '5d'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e22, '<8'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e22, '>8'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e22, '^9'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e22, '+'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e22, ' '))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e22, '08'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e22, '+08'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e22, ','))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e22, '_'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e22, 'x'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e22, '#x'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e22, 'X'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e22, '#o'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e22, 'b'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e22, '#010b'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e22, 'c'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e22, '.2f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e22, '8.3f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e22, ',.2f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e22, '+.1f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e22, '.0f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e22, 'e'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e22, '.3e'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e22, 'E'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e22, 'g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e22, '.3g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e22, '.10g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e22, 'G'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e22, '%'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e22, '.1%'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e22, 'n'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e22, '=+10'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e22, '*^12'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e22, '0=12'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e22, '.2'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e22, '10.4'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e22, '#.0f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e22, '#g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(1e22, 'z.1f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1e-300, ''))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1e-300, 'd'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1e-300, '5d'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1e-300, '<8'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1e-300, '>8'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1e-300, '^9'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1e-300, '+'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1e-300, ' '))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1e-300, '08'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1e-300, '+08'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1e-300, ','))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1e-300, '_'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1e-300, 'x'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1e-300, '#x'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1e-300, 'X'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1e-300, '#o'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1e-300, 'b'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1e-300, '#010b'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1e-300, 'c'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1e-300, '.2f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1e-300, '8.3f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1e-300, ',.2f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1e-300, '+.1f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1e-300, '.0f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1e-300, 'e'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1e-300, '.3e'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1e-300, 'E'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1e-300, 'g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1e-300, '.3g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1e-300, '.10g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1e-300, 'G'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1e-300, '%'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1e-300, '.1%'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1e-300, 'n'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1e-300, '=+10'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1e-300, '*^12'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1e-300, '0=12'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1e-300, '.2'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1e-300, '10.4'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1e-300, '#.0f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1e-300, '#g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(-1e-300, 'z.1f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('inf'), ''))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('inf'), 'd'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('inf'), '5d'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('inf'), '<8'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('inf'), '>8'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('inf'), '^9'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('inf'), '+'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('inf'), ' '))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('inf'), '08'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('inf'), '+08'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('inf'), ','))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('inf'), '_'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('inf'), 'x'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('inf'), '#x'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('inf'), 'X'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('inf'), '#o'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('inf'), 'b'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('inf'), '#010b'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('inf'), 'c'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('inf'), '.2f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('inf'), '8.3f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('inf'), ',.2f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('inf'), '+.1f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('inf'), '.0f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('inf'), 'e'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('inf'), '.3e'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('inf'), 'E'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('inf'), 'g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('inf'), '.3g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('inf'), '.10g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('inf'), 'G'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('inf'), '%'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('inf'), '.1%'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('inf'), 'n'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('inf'), '=+10'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('inf'), '*^12'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('inf'), '0=12'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('inf'), '.2'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('inf'), '10.4'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('inf'), '#.0f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('inf'), '#g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('inf'), 'z.1f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('nan'), ''))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('nan'), 'd'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('nan'), '5d'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('nan'), '<8'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('nan'), '>8'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('nan'), '^9'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('nan'), '+'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('nan'), ' '))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('nan'), '08'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('nan'), '+08'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('nan'), ','))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('nan'), '_'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('nan'), 'x'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('nan'), '#x'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('nan'), 'X'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('nan'), '#o'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('nan'), 'b'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('nan'), '#010b'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('nan'), 'c'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('nan'), '.2f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('nan'), '8.3f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('nan'), ',.2f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('nan'), '+.1f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('nan'), '.0f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('nan'), 'e'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('nan'), '.3e'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('nan'), 'E'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('nan'), 'g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('nan'), '.3g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('nan'), '.10g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('nan'), 'G'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('nan'), '%'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('nan'), '.1%'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('nan'), 'n'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('nan'), '=+10'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('nan'), '*^12'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('nan'), '0=12'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('nan'), '.2'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('nan'), '10.4'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('nan'), '#.0f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('nan'), '#g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(float('nan'), 'z.1f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2.675, ''))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2.675, 'd'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2.675, '5d'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2.675, '<8'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2.675, '>8'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2.675, '^9'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2.675, '+'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2.675, ' '))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2.675, '08'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2.675, '+08'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2.675, ','))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2.675, '_'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2.675, 'x'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2.675, '#x'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2.675, 'X'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2.675, '#o'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2.675, 'b'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2.675, '#010b'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2.675, 'c'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2.675, '.2f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2.675, '8.3f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2.675, ',.2f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2.675, '+.1f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2.675, '.0f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2.675, 'e'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2.675, '.3e'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2.675, 'E'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2.675, 'g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2.675, '.3g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2.675, '.10g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2.675, 'G'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2.675, '%'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2.675, '.1%'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2.675, 'n'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2.675, '=+10'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2.675, '*^12'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2.675, '0=12'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2.675, '.2'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2.675, '10.4'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2.675, '#.0f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2.675, '#g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(2.675, 'z.1f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.125, ''))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.125, 'd'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.125, '5d'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.125, '<8'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.125, '>8'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.125, '^9'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.125, '+'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.125, ' '))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.125, '08'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.125, '+08'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.125, ','))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.125, '_'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.125, 'x'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.125, '#x'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.125, 'X'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.125, '#o'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.125, 'b'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.125, '#010b'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.125, 'c'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.125, '.2f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.125, '8.3f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.125, ',.2f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.125, '+.1f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.125, '.0f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.125, 'e'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.125, '.3e'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.125, 'E'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.125, 'g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.125, '.3g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.125, '.10g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.125, 'G'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.125, '%'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.125, '.1%'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.125, 'n'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.125, '=+10'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.125, '*^12'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.125, '0=12'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.125, '.2'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.125, '10.4'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.125, '#.0f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.125, '#g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(0.125, 'z.1f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(True, ''))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(True, 'd'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(True, '5d'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(True, '<8'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(True, '>8'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(True, '^9'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(True, '+'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(True, ' '))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(True, '08'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(True, '+08'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(True, ','))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(True, '_'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(True, 'x'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(True, '#x'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(True, 'X'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(True, '#o'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(True, 'b'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(True, '#010b'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(True, 'c'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(True, '.2f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(True, '8.3f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(True, ',.2f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(True, '+.1f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(True, '.0f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(True, 'e'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(True, '.3e'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(True, 'E'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(True, 'g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(True, '.3g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(True, '.10g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(True, 'G'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(True, '%'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(True, '.1%'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(True, 'n'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(True, '=+10'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(True, '*^12'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(True, '0=12'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(True, '.2'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(True, '10.4'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(True, '#.0f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(True, '#g'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append(format(True, 'z.1f'))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
for i in range(0, len(out), 6):
    print(' | '.join(out[i:i+6]))
