"""The two OS services the Smalltalk VM needs beyond vm.io (backend primitives)."""
from jitgen.hints import external


@external("clock_seconds")
def now_seconds() -> float:
    """Seconds since an arbitrary fixed point, as a float."""
    import time
    return time.perf_counter()


@external("list_dir")
def list_dir(path: str) -> list[str]:
    """Names of the entries of a folder; [] if it cannot be read."""
    import os
    try:
        return sorted(os.listdir(path))
    except OSError:
        return []
