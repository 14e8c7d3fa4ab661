"""The `tandem` command: runs Tandem's VMs on a chosen backend, and its REPL."""


def tandem_version() -> str:
    """Tandem's version, from the installed package metadata (cheap)."""
    try:
        from importlib.metadata import version
        return version("tandem")
    except Exception:  # not installed: running from a bare checkout
        return "0.1.0"
