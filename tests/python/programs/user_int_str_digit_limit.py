import sys
for s in ['1'*4301, '1_'*2200+'1', '-'+'1'*4301, ' '+'1'*4300+' ', '0x'+'f'*5000]:
    try: int(s, 0 if s.startswith('0x') else 10); print('ok', len(s))
    except ValueError as e: print(e)
try: f'{10**4300:,}'
except ValueError as e: print('fmt', e)
try: print(len('%d' % 10**4300))
except ValueError as e: print('pct', e)
try: print(len(hex(10**5000)), len(f"{10**5000:x}"))
except ValueError as e: print('hex', e)
try: sys.set_int_max_str_digits(5)
except ValueError as e: print(e)
print(sys.get_int_max_str_digits())
try: print(10**4300)
except ValueError as e: print(e)
x = 2**20000
try: print(x)
except ValueError as e: print(e)
sys.set_int_max_str_digits(0); print(len(str(10**5000)))
sys.set_int_max_str_digits(4300)
try: print(len(str(-10**4300)), len(str(10**4299)), len(repr(-10**4299)))
except ValueError as e: print(e)
import math
print(math.factorial(3000))
