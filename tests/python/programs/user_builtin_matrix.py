# Builtin functions applied to many kinds of values, compared with CPython.
out = []
try:
    out.append(repr(int(0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(float(0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(str(0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(repr(0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(bool(0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(len(0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(abs(0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(round(0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(sorted(0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list(0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(tuple(0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
out.append(repr(len(set(0))) if not isinstance(0, (bool, int, float, type(None))) else 'n/a')
try:
    out.append(repr(min(0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(max(0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(sum(0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(hash(0) == hash(0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list(reversed(0))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list(enumerate(0))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(any(0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(all(0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list(iter(0))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(type(0).__name__))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(ascii(0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(bin(0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(hex(0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(oct(0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(chr(0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(ord(0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(divmod(0, 3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(pow(0, 2)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(int(-7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(float(-7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(str(-7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(repr(-7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(bool(-7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(len(-7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(abs(-7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(round(-7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(sorted(-7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list(-7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(tuple(-7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
out.append(repr(len(set(-7))) if not isinstance(-7, (bool, int, float, type(None))) else 'n/a')
try:
    out.append(repr(min(-7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(max(-7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(sum(-7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(hash(-7) == hash(-7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list(reversed(-7))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list(enumerate(-7))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(any(-7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(all(-7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list(iter(-7))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(type(-7).__name__))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(ascii(-7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(bin(-7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(hex(-7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(oct(-7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(chr(-7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(ord(-7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(divmod(-7, 3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(pow(-7, 2)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(int(3.7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(float(3.7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(str(3.7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(repr(3.7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(bool(3.7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(len(3.7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(abs(3.7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(round(3.7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(sorted(3.7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list(3.7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(tuple(3.7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
out.append(repr(len(set(3.7))) if not isinstance(3.7, (bool, int, float, type(None))) else 'n/a')
try:
    out.append(repr(min(3.7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(max(3.7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(sum(3.7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(hash(3.7) == hash(3.7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list(reversed(3.7))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list(enumerate(3.7))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(any(3.7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(all(3.7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list(iter(3.7))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(type(3.7).__name__))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(ascii(3.7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(bin(3.7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(hex(3.7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(oct(3.7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(chr(3.7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(ord(3.7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(divmod(3.7, 3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(pow(3.7, 2)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(int(-2.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(float(-2.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(str(-2.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(repr(-2.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(bool(-2.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(len(-2.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(abs(-2.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(round(-2.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(sorted(-2.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list(-2.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(tuple(-2.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
out.append(repr(len(set(-2.5))) if not isinstance(-2.5, (bool, int, float, type(None))) else 'n/a')
try:
    out.append(repr(min(-2.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(max(-2.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(sum(-2.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(hash(-2.5) == hash(-2.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list(reversed(-2.5))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list(enumerate(-2.5))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(any(-2.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(all(-2.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list(iter(-2.5))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(type(-2.5).__name__))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(ascii(-2.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(bin(-2.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(hex(-2.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(oct(-2.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(chr(-2.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(ord(-2.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(divmod(-2.5, 3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(pow(-2.5, 2)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(int('42')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(float('42')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(str('42')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(repr('42')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(bool('42')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(len('42')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(abs('42')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(round('42')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(sorted('42')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list('42')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(tuple('42')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
out.append('skipped: set of str')
try:
    out.append(repr(min('42')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(max('42')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(sum('42')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(hash('42') == hash('42')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list(reversed('42'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list(enumerate('42'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(any('42')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(all('42')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list(iter('42'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(type('42').__name__))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(ascii('42')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(bin('42')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(hex('42')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(oct('42')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(chr('42')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(ord('42')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(divmod('42', 3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(pow('42', 2)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(int(' 12 ')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(float(' 12 ')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(str(' 12 ')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(repr(' 12 ')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(bool(' 12 ')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(len(' 12 ')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(abs(' 12 ')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(round(' 12 ')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(sorted(' 12 ')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list(' 12 ')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(tuple(' 12 ')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
out.append('skipped: set of str')
try:
    out.append(repr(min(' 12 ')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(max(' 12 ')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(sum(' 12 ')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(hash(' 12 ') == hash(' 12 ')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list(reversed(' 12 '))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list(enumerate(' 12 '))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(any(' 12 ')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(all(' 12 ')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list(iter(' 12 '))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(type(' 12 ').__name__))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(ascii(' 12 ')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(bin(' 12 ')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(hex(' 12 ')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(oct(' 12 ')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(chr(' 12 ')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(ord(' 12 ')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(divmod(' 12 ', 3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(pow(' 12 ', 2)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(int('3.5')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(float('3.5')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(str('3.5')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(repr('3.5')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(bool('3.5')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(len('3.5')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(abs('3.5')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(round('3.5')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(sorted('3.5')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list('3.5')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(tuple('3.5')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
out.append('skipped: set of str')
try:
    out.append(repr(min('3.5')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(max('3.5')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(sum('3.5')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(hash('3.5') == hash('3.5')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list(reversed('3.5'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list(enumerate('3.5'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(any('3.5')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(all('3.5')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list(iter('3.5'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(type('3.5').__name__))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(ascii('3.5')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(bin('3.5')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(hex('3.5')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(oct('3.5')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(chr('3.5')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(ord('3.5')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(divmod('3.5', 3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(pow('3.5', 2)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(int('abc')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(float('abc')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(str('abc')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(repr('abc')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(bool('abc')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(len('abc')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(abs('abc')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(round('abc')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(sorted('abc')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list('abc')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(tuple('abc')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
out.append('skipped: set of str')
try:
    out.append(repr(min('abc')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(max('abc')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(sum('abc')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(hash('abc') == hash('abc')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list(reversed('abc'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list(enumerate('abc'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(any('abc')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(all('abc')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list(iter('abc'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(type('abc').__name__))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(ascii('abc')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(bin('abc')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(hex('abc')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(oct('abc')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(chr('abc')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(ord('abc')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(divmod('abc', 3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(pow('abc', 2)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(int(True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(float(True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(str(True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(repr(True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(bool(True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(len(True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(abs(True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(round(True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(sorted(True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list(True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(tuple(True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
out.append(repr(len(set(True))) if not isinstance(True, (bool, int, float, type(None))) else 'n/a')
try:
    out.append(repr(min(True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(max(True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(sum(True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(hash(True) == hash(True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list(reversed(True))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list(enumerate(True))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(any(True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(all(True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list(iter(True))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(type(True).__name__))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(ascii(True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(bin(True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(hex(True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(oct(True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(chr(True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(ord(True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(divmod(True, 3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(pow(True, 2)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(int(None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(float(None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(str(None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(repr(None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(bool(None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(len(None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(abs(None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(round(None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(sorted(None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list(None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(tuple(None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
out.append(repr(len(set(None))) if not isinstance(None, (bool, int, float, type(None))) else 'n/a')
try:
    out.append(repr(min(None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(max(None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(sum(None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(hash(None) == hash(None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list(reversed(None))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list(enumerate(None))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(any(None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(all(None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list(iter(None))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(type(None).__name__))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(ascii(None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(bin(None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(hex(None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(oct(None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(chr(None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(ord(None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(divmod(None, 3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(pow(None, 2)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(int([3, 1, 2])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(float([3, 1, 2])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(str([3, 1, 2])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(repr([3, 1, 2])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(bool([3, 1, 2])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(len([3, 1, 2])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(abs([3, 1, 2])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(round([3, 1, 2])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(sorted([3, 1, 2])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list([3, 1, 2])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(tuple([3, 1, 2])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
out.append(repr(len(set([3, 1, 2]))) if not isinstance([3, 1, 2], (bool, int, float, type(None))) else 'n/a')
try:
    out.append(repr(min([3, 1, 2])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(max([3, 1, 2])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(sum([3, 1, 2])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(hash([3, 1, 2])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list(reversed([3, 1, 2]))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list(enumerate([3, 1, 2]))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(any([3, 1, 2])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(all([3, 1, 2])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list(iter([3, 1, 2]))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(type([3, 1, 2]).__name__))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(ascii([3, 1, 2])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(bin([3, 1, 2])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(hex([3, 1, 2])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(oct([3, 1, 2])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(chr([3, 1, 2])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(ord([3, 1, 2])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(divmod([3, 1, 2], 3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(pow([3, 1, 2], 2)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(int((2, 'a'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(float((2, 'a'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(str((2, 'a'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(repr((2, 'a'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(bool((2, 'a'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(len((2, 'a'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(abs((2, 'a'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(round((2, 'a'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(sorted((2, 'a'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list((2, 'a'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(tuple((2, 'a'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
out.append(repr(len(set((2, 'a')))) if not isinstance((2, 'a'), (bool, int, float, type(None))) else 'n/a')
try:
    out.append(repr(min((2, 'a'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(max((2, 'a'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(sum((2, 'a'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(hash((2, 'a')) == hash((2, 'a'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list(reversed((2, 'a')))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list(enumerate((2, 'a')))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(any((2, 'a'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(all((2, 'a'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list(iter((2, 'a')))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(type((2, 'a')).__name__))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(ascii((2, 'a'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(bin((2, 'a'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(hex((2, 'a'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(oct((2, 'a'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(chr((2, 'a'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(ord((2, 'a'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(divmod((2, 'a'), 3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(pow((2, 'a'), 2)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(int({'b': 1, 'a': 2})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(float({'b': 1, 'a': 2})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(str({'b': 1, 'a': 2})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(repr({'b': 1, 'a': 2})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(bool({'b': 1, 'a': 2})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(len({'b': 1, 'a': 2})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(abs({'b': 1, 'a': 2})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(round({'b': 1, 'a': 2})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(sorted({'b': 1, 'a': 2})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list({'b': 1, 'a': 2})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(tuple({'b': 1, 'a': 2})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
out.append(repr(len(set({'b': 1, 'a': 2}))) if not isinstance({'b': 1, 'a': 2}, (bool, int, float, type(None))) else 'n/a')
try:
    out.append(repr(min({'b': 1, 'a': 2})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(max({'b': 1, 'a': 2})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(sum({'b': 1, 'a': 2})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(hash({'b': 1, 'a': 2})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list(reversed({'b': 1, 'a': 2}))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list(enumerate({'b': 1, 'a': 2}))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(any({'b': 1, 'a': 2})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(all({'b': 1, 'a': 2})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list(iter({'b': 1, 'a': 2}))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(type({'b': 1, 'a': 2}).__name__))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(ascii({'b': 1, 'a': 2})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(bin({'b': 1, 'a': 2})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(hex({'b': 1, 'a': 2})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(oct({'b': 1, 'a': 2})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(chr({'b': 1, 'a': 2})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(ord({'b': 1, 'a': 2})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(divmod({'b': 1, 'a': 2}, 3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(pow({'b': 1, 'a': 2}, 2)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(int({3, 1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(float({3, 1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(str({3, 1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(repr({3, 1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(bool({3, 1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(len({3, 1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(abs({3, 1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(round({3, 1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(sorted({3, 1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list({3, 1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(tuple({3, 1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
out.append(repr(len(set({3, 1}))) if not isinstance({3, 1}, (bool, int, float, type(None))) else 'n/a')
try:
    out.append(repr(min({3, 1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(max({3, 1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(sum({3, 1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(hash({3, 1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list(reversed({3, 1}))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list(enumerate({3, 1}))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(any({3, 1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(all({3, 1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list(iter({3, 1}))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(type({3, 1}).__name__))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(ascii({3, 1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(bin({3, 1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(hex({3, 1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(oct({3, 1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(chr({3, 1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(ord({3, 1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(divmod({3, 1}, 3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(pow({3, 1}, 2)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(int('')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(float('')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(str('')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(repr('')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(bool('')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(len('')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(abs('')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(round('')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(sorted('')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list('')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(tuple('')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
out.append('skipped: set of str')
try:
    out.append(repr(min('')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(max('')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(sum('')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(hash('') == hash('')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list(reversed(''))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list(enumerate(''))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(any('')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(all('')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list(iter(''))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(type('').__name__))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(ascii('')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(bin('')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(hex('')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(oct('')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(chr('')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(ord('')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(divmod('', 3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(pow('', 2)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(int([])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(float([])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(str([])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(repr([])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(bool([])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(len([])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(abs([])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(round([])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(sorted([])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list([])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(tuple([])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
out.append(repr(len(set([]))) if not isinstance([], (bool, int, float, type(None))) else 'n/a')
try:
    out.append(repr(min([])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(max([])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(sum([])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(hash([])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list(reversed([]))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list(enumerate([]))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(any([])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(all([])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list(iter([]))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(type([]).__name__))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(ascii([])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(bin([])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(hex([])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(oct([])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(chr([])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(ord([])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(divmod([], 3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(pow([], 2)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(int(2**70)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(float(2**70)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(str(2**70)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(repr(2**70)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(bool(2**70)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(len(2**70)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(abs(2**70)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(round(2**70)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(sorted(2**70)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list(2**70)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(tuple(2**70)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
out.append(repr(len(set(2**70))) if not isinstance(2**70, (bool, int, float, type(None))) else 'n/a')
try:
    out.append(repr(min(2**70)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(max(2**70)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(sum(2**70)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(hash(2**70) == hash(2**70)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list(reversed(2**70))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list(enumerate(2**70))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(any(2**70)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(all(2**70)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list(iter(2**70))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(type(2**70).__name__))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(ascii(2**70)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(bin(2**70)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(hex(2**70)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(oct(2**70)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(chr(2**70)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(ord(2**70)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(divmod(2**70, 3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(pow(2**70, 2)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(int('1e3')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(float('1e3')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(str('1e3')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(repr('1e3')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(bool('1e3')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(len('1e3')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(abs('1e3')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(round('1e3')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(sorted('1e3')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list('1e3')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(tuple('1e3')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
out.append('skipped: set of str')
try:
    out.append(repr(min('1e3')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(max('1e3')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(sum('1e3')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(hash('1e3') == hash('1e3')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list(reversed('1e3'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list(enumerate('1e3'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(any('1e3')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(all('1e3')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list(iter('1e3'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(type('1e3').__name__))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(ascii('1e3')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(bin('1e3')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(hex('1e3')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(oct('1e3')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(chr('1e3')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(ord('1e3')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(divmod('1e3', 3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(pow('1e3', 2)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(int(float('nan'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(float(float('nan'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(str(float('nan'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(repr(float('nan'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(bool(float('nan'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(len(float('nan'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(abs(float('nan'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(round(float('nan'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(sorted(float('nan'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list(float('nan'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(tuple(float('nan'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
out.append(repr(len(set(float('nan')))) if not isinstance(float('nan'), (bool, int, float, type(None))) else 'n/a')
try:
    out.append(repr(min(float('nan'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(max(float('nan'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(sum(float('nan'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(hash(float('nan')) == hash(float('nan'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list(reversed(float('nan')))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list(enumerate(float('nan')))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(any(float('nan'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(all(float('nan'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list(iter(float('nan')))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(type(float('nan')).__name__))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(ascii(float('nan'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(bin(float('nan'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(hex(float('nan'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(oct(float('nan'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(chr(float('nan'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(ord(float('nan'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(divmod(float('nan'), 3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(pow(float('nan'), 2)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(int(range(4))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(float(range(4))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(str(range(4))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(repr(range(4))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(bool(range(4))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(len(range(4))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(abs(range(4))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(round(range(4))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(sorted(range(4))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list(range(4))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(tuple(range(4))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
out.append(repr(len(set(range(4)))) if not isinstance(range(4), (bool, int, float, type(None))) else 'n/a')
try:
    out.append(repr(min(range(4))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(max(range(4))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(sum(range(4))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(hash(range(4)) == hash(range(4))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list(reversed(range(4)))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list(enumerate(range(4)))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(any(range(4))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(all(range(4))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(list(iter(range(4)))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(type(range(4)).__name__))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(ascii(range(4))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(bin(range(4))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(hex(range(4))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(oct(range(4))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(chr(range(4))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(ord(range(4))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(divmod(range(4), 3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(pow(range(4), 2)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
for i in range(0, len(out), 6):
    print(' | '.join(out[i:i+6]))
