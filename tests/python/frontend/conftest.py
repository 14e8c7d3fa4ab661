import os
import sys

# the helpers (astcompare, minivm) live next to the tests
sys.path.insert(0, os.path.dirname(__file__))
