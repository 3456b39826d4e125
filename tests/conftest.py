"""Shared fixtures: the fake Google server over HTTP (tests/fakes), for every test layer."""

import sys
from pathlib import Path

# tests/ has no __init__.py (pytest's rootdir-relative imports), so make the repo root
# importable to reach the shared fakes as ``tests.fakes``.
_ROOT = str(Path(__file__).resolve().parents[1])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

from tests.fakes import fake_google  # noqa: E402

__all__ = ["fake_google"]
