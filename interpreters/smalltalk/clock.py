"""Wall-clock time for System>>time and System>>ticks (a backend primitive)."""
from jitgen.hints import external


@external("clock_seconds")
def now_seconds() -> float:
    """Seconds since an arbitrary fixed point, as a float."""
    import time
    return time.perf_counter()
