"""Options for the jitgen corpus tests.

--jitgen-backends=graph,native,cli chooses which translated forms each corpus
program is run on (default: all three: the low-level graph interpreter and
both translated backends, in one parametrised test).  Every
backend is compared against the same expected output, produced by CPython.
"""


def pytest_addoption(parser):
    parser.addoption(
        "--jitgen-backends", default="graph,native,cli",
        help="comma-separated backends to run the corpus on: graph, native, cli")


def pytest_generate_tests(metafunc):
    if "backend" in metafunc.fixturenames:
        names = metafunc.config.getoption("--jitgen-backends").split(",")
        metafunc.parametrize("backend", [n.strip() for n in names if n.strip()])
