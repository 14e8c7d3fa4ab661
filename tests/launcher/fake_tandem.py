"""Runs the real `tandem` CLI with the host backend pointed at fake_embed
(a test double for launcher plumbing only)."""
import sys

import launcher.embedding as embedding

embedding.HOST_MODULES["python"] = "fake_embed"
embedding.HOST_MODULES["smalltalk"] = "fake_embed"

from launcher.cli import main  # noqa: E402

if __name__ == "__main__":
    sys.argv[0] = "tandem"
    main()
