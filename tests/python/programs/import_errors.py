try:
    import no_such_module_xyz
except ImportError as e:
    print(type(e).__name__, e)
try:
    from helpers.mathutil import nothing_here
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
from helpers import counter_mod
from helpers import counter_mod as again
counter_mod.bump(); again.bump()
print(counter_mod.count, again is counter_mod)
import helpers.broken
