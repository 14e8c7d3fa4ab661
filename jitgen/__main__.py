"""python -m jitgen check|run|dump|build PROG.py ..."""
from jitgen.driver.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
