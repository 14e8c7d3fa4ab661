"""The Smalltalk VM is written in the subset: `jitgen check` accepts its entry point."""
import os

from jitgen.driver import pipeline

from stvm_helpers import ROOT


def test_target_passes_the_checker():
    try:
        pipeline.check_program(os.path.join(ROOT, "interpreters", "smalltalk", "target.py"))
    except pipeline.CheckFailed as e:
        ours = [str(x) for x in e.errors if "interpreters/smalltalk" in str(x)]
        assert ours == [], "\n".join(ours)
        raise
