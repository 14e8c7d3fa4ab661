"""The `som` fixture: run a SOM class with the host VM (see som_runner)."""
import pytest

from som_runner import run_som


@pytest.fixture
def som():
    return run_som
