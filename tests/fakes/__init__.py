"""In-repo fakes of remote services (a fake Google over HTTP) and their pytest fixtures."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.fakes.google_server import FakeGoogle, iter_running

__all__ = ["FakeGoogle", "fake_google"]


@pytest.fixture
def fake_google() -> Iterator[FakeGoogle]:
    """A running fake Google server on 127.0.0.1 (Gmail, Calendar, OAuth token endpoint)."""
    yield from iter_running()
