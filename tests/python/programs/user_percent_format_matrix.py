# Every common %-conversion applied to ints, big ints, floats, infinities and bools.
out = []
try:
    out.append('%d' % (0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%5d' % (0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%-5d|' % (0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%05d' % (0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%+d' % (0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%x' % (0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%#x' % (0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%o' % (0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%#o' % (0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%e' % (0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.2e' % (0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%f' % (0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.3f' % (0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%10.2f' % (0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%-10.2f|' % (0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%g' % (0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%G' % (0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.3g' % (0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%s' % (0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%r' % (0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%a' % (0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%c' % (0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%5s' % (0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%-5s|' % (0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.2s' % (0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%%' % (0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%i' % (0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%u' % (0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%X' % (0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%E' % (0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%#g' % (0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('% d' % (0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%d' % (1,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%5d' % (1,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%-5d|' % (1,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%05d' % (1,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%+d' % (1,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%x' % (1,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%#x' % (1,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%o' % (1,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%#o' % (1,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%e' % (1,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.2e' % (1,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%f' % (1,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.3f' % (1,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%10.2f' % (1,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%-10.2f|' % (1,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%g' % (1,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%G' % (1,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.3g' % (1,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%s' % (1,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%r' % (1,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%a' % (1,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%c' % (1,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%5s' % (1,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%-5s|' % (1,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.2s' % (1,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%%' % (1,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%i' % (1,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%u' % (1,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%X' % (1,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%E' % (1,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%#g' % (1,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('% d' % (1,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%d' % (-1,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%5d' % (-1,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%-5d|' % (-1,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%05d' % (-1,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%+d' % (-1,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%x' % (-1,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%#x' % (-1,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%o' % (-1,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%#o' % (-1,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%e' % (-1,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.2e' % (-1,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%f' % (-1,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.3f' % (-1,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%10.2f' % (-1,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%-10.2f|' % (-1,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%g' % (-1,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%G' % (-1,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.3g' % (-1,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%s' % (-1,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%r' % (-1,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%a' % (-1,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%c' % (-1,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%5s' % (-1,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%-5s|' % (-1,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.2s' % (-1,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%%' % (-1,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%i' % (-1,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%u' % (-1,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%X' % (-1,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%E' % (-1,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%#g' % (-1,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('% d' % (-1,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%d' % (7,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%5d' % (7,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%-5d|' % (7,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%05d' % (7,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%+d' % (7,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%x' % (7,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%#x' % (7,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%o' % (7,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%#o' % (7,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%e' % (7,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.2e' % (7,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%f' % (7,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.3f' % (7,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%10.2f' % (7,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%-10.2f|' % (7,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%g' % (7,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%G' % (7,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.3g' % (7,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%s' % (7,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%r' % (7,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%a' % (7,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%c' % (7,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%5s' % (7,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%-5s|' % (7,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.2s' % (7,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%%' % (7,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%i' % (7,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%u' % (7,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%X' % (7,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%E' % (7,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%#g' % (7,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('% d' % (7,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%d' % (-42,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%5d' % (-42,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%-5d|' % (-42,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%05d' % (-42,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%+d' % (-42,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%x' % (-42,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%#x' % (-42,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%o' % (-42,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%#o' % (-42,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%e' % (-42,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.2e' % (-42,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%f' % (-42,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.3f' % (-42,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%10.2f' % (-42,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%-10.2f|' % (-42,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%g' % (-42,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%G' % (-42,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.3g' % (-42,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%s' % (-42,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%r' % (-42,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%a' % (-42,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%c' % (-42,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%5s' % (-42,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%-5s|' % (-42,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.2s' % (-42,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%%' % (-42,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%i' % (-42,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%u' % (-42,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%X' % (-42,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%E' % (-42,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%#g' % (-42,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('% d' % (-42,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%d' % (1234567,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%5d' % (1234567,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%-5d|' % (1234567,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%05d' % (1234567,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%+d' % (1234567,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%x' % (1234567,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%#x' % (1234567,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%o' % (1234567,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%#o' % (1234567,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%e' % (1234567,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.2e' % (1234567,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%f' % (1234567,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.3f' % (1234567,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%10.2f' % (1234567,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%-10.2f|' % (1234567,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%g' % (1234567,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%G' % (1234567,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.3g' % (1234567,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%s' % (1234567,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%r' % (1234567,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%a' % (1234567,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%c' % (1234567,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%5s' % (1234567,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%-5s|' % (1234567,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.2s' % (1234567,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%%' % (1234567,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%i' % (1234567,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%u' % (1234567,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%X' % (1234567,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%E' % (1234567,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%#g' % (1234567,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('% d' % (1234567,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%d' % (-9876543210,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%5d' % (-9876543210,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%-5d|' % (-9876543210,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%05d' % (-9876543210,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%+d' % (-9876543210,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%x' % (-9876543210,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%#x' % (-9876543210,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%o' % (-9876543210,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%#o' % (-9876543210,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%e' % (-9876543210,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.2e' % (-9876543210,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%f' % (-9876543210,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.3f' % (-9876543210,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%10.2f' % (-9876543210,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%-10.2f|' % (-9876543210,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%g' % (-9876543210,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%G' % (-9876543210,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.3g' % (-9876543210,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%s' % (-9876543210,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%r' % (-9876543210,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%a' % (-9876543210,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%c' % (-9876543210,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%5s' % (-9876543210,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%-5s|' % (-9876543210,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.2s' % (-9876543210,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%%' % (-9876543210,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%i' % (-9876543210,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%u' % (-9876543210,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%X' % (-9876543210,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%E' % (-9876543210,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%#g' % (-9876543210,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('% d' % (-9876543210,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%d' % (2**70,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%5d' % (2**70,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%-5d|' % (2**70,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%05d' % (2**70,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%+d' % (2**70,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%x' % (2**70,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%#x' % (2**70,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%o' % (2**70,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%#o' % (2**70,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%e' % (2**70,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.2e' % (2**70,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%f' % (2**70,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.3f' % (2**70,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%10.2f' % (2**70,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%-10.2f|' % (2**70,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%g' % (2**70,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%G' % (2**70,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.3g' % (2**70,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%s' % (2**70,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%r' % (2**70,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%a' % (2**70,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%c' % (2**70,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%5s' % (2**70,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%-5s|' % (2**70,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.2s' % (2**70,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%%' % (2**70,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%i' % (2**70,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%u' % (2**70,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%X' % (2**70,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%E' % (2**70,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%#g' % (2**70,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('% d' % (2**70,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%d' % (-(2**65),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%5d' % (-(2**65),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%-5d|' % (-(2**65),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%05d' % (-(2**65),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%+d' % (-(2**65),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%x' % (-(2**65),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%#x' % (-(2**65),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%o' % (-(2**65),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%#o' % (-(2**65),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%e' % (-(2**65),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.2e' % (-(2**65),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%f' % (-(2**65),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.3f' % (-(2**65),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%10.2f' % (-(2**65),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%-10.2f|' % (-(2**65),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%g' % (-(2**65),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%G' % (-(2**65),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.3g' % (-(2**65),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%s' % (-(2**65),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%r' % (-(2**65),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%a' % (-(2**65),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%c' % (-(2**65),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%5s' % (-(2**65),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%-5s|' % (-(2**65),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.2s' % (-(2**65),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%%' % (-(2**65),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%i' % (-(2**65),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%u' % (-(2**65),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%X' % (-(2**65),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%E' % (-(2**65),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%#g' % (-(2**65),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('% d' % (-(2**65),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%d' % (0.0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%5d' % (0.0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%-5d|' % (0.0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%05d' % (0.0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%+d' % (0.0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%x' % (0.0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%#x' % (0.0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%o' % (0.0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%#o' % (0.0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%e' % (0.0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.2e' % (0.0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%f' % (0.0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.3f' % (0.0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%10.2f' % (0.0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%-10.2f|' % (0.0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%g' % (0.0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%G' % (0.0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.3g' % (0.0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%s' % (0.0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%r' % (0.0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%a' % (0.0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%c' % (0.0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%5s' % (0.0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%-5s|' % (0.0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.2s' % (0.0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%%' % (0.0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%i' % (0.0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%u' % (0.0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%X' % (0.0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%E' % (0.0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%#g' % (0.0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('% d' % (0.0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%d' % (-0.0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%5d' % (-0.0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%-5d|' % (-0.0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%05d' % (-0.0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%+d' % (-0.0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%x' % (-0.0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%#x' % (-0.0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%o' % (-0.0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%#o' % (-0.0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%e' % (-0.0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.2e' % (-0.0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%f' % (-0.0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.3f' % (-0.0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%10.2f' % (-0.0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%-10.2f|' % (-0.0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%g' % (-0.0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%G' % (-0.0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.3g' % (-0.0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%s' % (-0.0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%r' % (-0.0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%a' % (-0.0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%c' % (-0.0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%5s' % (-0.0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%-5s|' % (-0.0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.2s' % (-0.0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%%' % (-0.0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%i' % (-0.0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%u' % (-0.0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%X' % (-0.0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%E' % (-0.0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%#g' % (-0.0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('% d' % (-0.0,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%d' % (1.5,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%5d' % (1.5,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%-5d|' % (1.5,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%05d' % (1.5,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%+d' % (1.5,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%x' % (1.5,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%#x' % (1.5,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%o' % (1.5,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%#o' % (1.5,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%e' % (1.5,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.2e' % (1.5,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%f' % (1.5,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.3f' % (1.5,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%10.2f' % (1.5,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%-10.2f|' % (1.5,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%g' % (1.5,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%G' % (1.5,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.3g' % (1.5,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%s' % (1.5,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%r' % (1.5,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%a' % (1.5,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%c' % (1.5,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%5s' % (1.5,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%-5s|' % (1.5,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.2s' % (1.5,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%%' % (1.5,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%i' % (1.5,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%u' % (1.5,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%X' % (1.5,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%E' % (1.5,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%#g' % (1.5,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('% d' % (1.5,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%d' % (-2.5,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%5d' % (-2.5,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%-5d|' % (-2.5,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%05d' % (-2.5,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%+d' % (-2.5,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%x' % (-2.5,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%#x' % (-2.5,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%o' % (-2.5,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%#o' % (-2.5,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%e' % (-2.5,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.2e' % (-2.5,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%f' % (-2.5,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.3f' % (-2.5,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%10.2f' % (-2.5,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%-10.2f|' % (-2.5,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%g' % (-2.5,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%G' % (-2.5,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.3g' % (-2.5,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%s' % (-2.5,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%r' % (-2.5,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%a' % (-2.5,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%c' % (-2.5,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%5s' % (-2.5,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%-5s|' % (-2.5,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.2s' % (-2.5,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%%' % (-2.5,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%i' % (-2.5,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%u' % (-2.5,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%X' % (-2.5,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%E' % (-2.5,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%#g' % (-2.5,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('% d' % (-2.5,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%d' % (3.14159265,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%5d' % (3.14159265,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%-5d|' % (3.14159265,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%05d' % (3.14159265,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%+d' % (3.14159265,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%x' % (3.14159265,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%#x' % (3.14159265,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%o' % (3.14159265,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%#o' % (3.14159265,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%e' % (3.14159265,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.2e' % (3.14159265,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%f' % (3.14159265,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.3f' % (3.14159265,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%10.2f' % (3.14159265,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%-10.2f|' % (3.14159265,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%g' % (3.14159265,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%G' % (3.14159265,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.3g' % (3.14159265,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%s' % (3.14159265,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%r' % (3.14159265,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%a' % (3.14159265,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%c' % (3.14159265,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%5s' % (3.14159265,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%-5s|' % (3.14159265,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.2s' % (3.14159265,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%%' % (3.14159265,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%i' % (3.14159265,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%u' % (3.14159265,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%X' % (3.14159265,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%E' % (3.14159265,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%#g' % (3.14159265,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('% d' % (3.14159265,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%d' % (1e-7,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%5d' % (1e-7,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%-5d|' % (1e-7,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%05d' % (1e-7,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%+d' % (1e-7,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%x' % (1e-7,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%#x' % (1e-7,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%o' % (1e-7,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%#o' % (1e-7,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%e' % (1e-7,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.2e' % (1e-7,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%f' % (1e-7,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.3f' % (1e-7,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%10.2f' % (1e-7,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%-10.2f|' % (1e-7,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%g' % (1e-7,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%G' % (1e-7,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.3g' % (1e-7,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%s' % (1e-7,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%r' % (1e-7,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%a' % (1e-7,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%c' % (1e-7,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%5s' % (1e-7,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%-5s|' % (1e-7,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.2s' % (1e-7,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%%' % (1e-7,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%i' % (1e-7,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%u' % (1e-7,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%X' % (1e-7,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%E' % (1e-7,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%#g' % (1e-7,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('% d' % (1e-7,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%d' % (123456.789,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%5d' % (123456.789,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%-5d|' % (123456.789,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%05d' % (123456.789,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%+d' % (123456.789,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%x' % (123456.789,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%#x' % (123456.789,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%o' % (123456.789,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%#o' % (123456.789,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%e' % (123456.789,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.2e' % (123456.789,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%f' % (123456.789,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.3f' % (123456.789,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%10.2f' % (123456.789,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%-10.2f|' % (123456.789,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%g' % (123456.789,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%G' % (123456.789,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.3g' % (123456.789,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%s' % (123456.789,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%r' % (123456.789,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%a' % (123456.789,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%c' % (123456.789,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%5s' % (123456.789,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%-5s|' % (123456.789,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.2s' % (123456.789,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%%' % (123456.789,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%i' % (123456.789,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%u' % (123456.789,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%X' % (123456.789,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%E' % (123456.789,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%#g' % (123456.789,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('% d' % (123456.789,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%d' % (1e22,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%5d' % (1e22,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%-5d|' % (1e22,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%05d' % (1e22,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%+d' % (1e22,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%x' % (1e22,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%#x' % (1e22,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%o' % (1e22,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%#o' % (1e22,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%e' % (1e22,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.2e' % (1e22,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%f' % (1e22,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.3f' % (1e22,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%10.2f' % (1e22,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%-10.2f|' % (1e22,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%g' % (1e22,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%G' % (1e22,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.3g' % (1e22,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%s' % (1e22,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%r' % (1e22,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%a' % (1e22,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%c' % (1e22,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%5s' % (1e22,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%-5s|' % (1e22,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.2s' % (1e22,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%%' % (1e22,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%i' % (1e22,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%u' % (1e22,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%X' % (1e22,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%E' % (1e22,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%#g' % (1e22,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('% d' % (1e22,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%d' % (-1e-300,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%5d' % (-1e-300,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%-5d|' % (-1e-300,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%05d' % (-1e-300,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%+d' % (-1e-300,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%x' % (-1e-300,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%#x' % (-1e-300,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%o' % (-1e-300,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%#o' % (-1e-300,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%e' % (-1e-300,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.2e' % (-1e-300,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%f' % (-1e-300,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.3f' % (-1e-300,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%10.2f' % (-1e-300,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%-10.2f|' % (-1e-300,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%g' % (-1e-300,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%G' % (-1e-300,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.3g' % (-1e-300,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%s' % (-1e-300,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%r' % (-1e-300,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%a' % (-1e-300,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%c' % (-1e-300,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%5s' % (-1e-300,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%-5s|' % (-1e-300,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.2s' % (-1e-300,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%%' % (-1e-300,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%i' % (-1e-300,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%u' % (-1e-300,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%X' % (-1e-300,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%E' % (-1e-300,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%#g' % (-1e-300,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('% d' % (-1e-300,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%d' % (float('inf'),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%5d' % (float('inf'),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%-5d|' % (float('inf'),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%05d' % (float('inf'),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%+d' % (float('inf'),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%x' % (float('inf'),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%#x' % (float('inf'),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%o' % (float('inf'),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%#o' % (float('inf'),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%e' % (float('inf'),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.2e' % (float('inf'),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%f' % (float('inf'),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.3f' % (float('inf'),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%10.2f' % (float('inf'),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%-10.2f|' % (float('inf'),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%g' % (float('inf'),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%G' % (float('inf'),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.3g' % (float('inf'),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%s' % (float('inf'),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%r' % (float('inf'),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%a' % (float('inf'),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%c' % (float('inf'),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%5s' % (float('inf'),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%-5s|' % (float('inf'),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.2s' % (float('inf'),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%%' % (float('inf'),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%i' % (float('inf'),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%u' % (float('inf'),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%X' % (float('inf'),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%E' % (float('inf'),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%#g' % (float('inf'),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('% d' % (float('inf'),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%d' % (float('nan'),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%5d' % (float('nan'),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%-5d|' % (float('nan'),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%05d' % (float('nan'),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%+d' % (float('nan'),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%x' % (float('nan'),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%#x' % (float('nan'),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%o' % (float('nan'),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%#o' % (float('nan'),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%e' % (float('nan'),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.2e' % (float('nan'),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%f' % (float('nan'),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.3f' % (float('nan'),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%10.2f' % (float('nan'),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%-10.2f|' % (float('nan'),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%g' % (float('nan'),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%G' % (float('nan'),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.3g' % (float('nan'),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%s' % (float('nan'),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%r' % (float('nan'),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%a' % (float('nan'),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%c' % (float('nan'),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%5s' % (float('nan'),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%-5s|' % (float('nan'),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.2s' % (float('nan'),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%%' % (float('nan'),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%i' % (float('nan'),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%u' % (float('nan'),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%X' % (float('nan'),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%E' % (float('nan'),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%#g' % (float('nan'),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('% d' % (float('nan'),))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%d' % (2.675,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%5d' % (2.675,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%-5d|' % (2.675,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%05d' % (2.675,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%+d' % (2.675,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%x' % (2.675,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%#x' % (2.675,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%o' % (2.675,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%#o' % (2.675,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%e' % (2.675,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.2e' % (2.675,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%f' % (2.675,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.3f' % (2.675,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%10.2f' % (2.675,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%-10.2f|' % (2.675,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%g' % (2.675,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%G' % (2.675,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.3g' % (2.675,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%s' % (2.675,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%r' % (2.675,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%a' % (2.675,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%c' % (2.675,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%5s' % (2.675,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%-5s|' % (2.675,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.2s' % (2.675,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%%' % (2.675,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%i' % (2.675,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%u' % (2.675,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%X' % (2.675,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%E' % (2.675,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%#g' % (2.675,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('% d' % (2.675,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%d' % (0.125,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%5d' % (0.125,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%-5d|' % (0.125,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%05d' % (0.125,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%+d' % (0.125,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%x' % (0.125,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%#x' % (0.125,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%o' % (0.125,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%#o' % (0.125,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%e' % (0.125,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.2e' % (0.125,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%f' % (0.125,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.3f' % (0.125,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%10.2f' % (0.125,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%-10.2f|' % (0.125,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%g' % (0.125,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%G' % (0.125,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.3g' % (0.125,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%s' % (0.125,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%r' % (0.125,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%a' % (0.125,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%c' % (0.125,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%5s' % (0.125,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%-5s|' % (0.125,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.2s' % (0.125,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%%' % (0.125,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%i' % (0.125,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%u' % (0.125,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%X' % (0.125,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%E' % (0.125,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%#g' % (0.125,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('% d' % (0.125,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%d' % (True,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%5d' % (True,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%-5d|' % (True,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%05d' % (True,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%+d' % (True,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%x' % (True,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%#x' % (True,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%o' % (True,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%#o' % (True,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%e' % (True,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.2e' % (True,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%f' % (True,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.3f' % (True,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%10.2f' % (True,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%-10.2f|' % (True,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%g' % (True,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%G' % (True,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.3g' % (True,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%s' % (True,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%r' % (True,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%a' % (True,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%c' % (True,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%5s' % (True,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%-5s|' % (True,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%.2s' % (True,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%%' % (True,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%i' % (True,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%u' % (True,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%X' % (True,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%E' % (True,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('%#g' % (True,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
try:
    out.append('% d' % (True,))
except (ValueError, TypeError, OverflowError) as e:
    out.append('ERR ' + type(e).__name__ + ': ' + str(e))
for i in range(0, len(out), 6):
    print(' | '.join(out[i:i+6]))
