"""No file of the shared real-world corpora crashes `followup detect` (issue 3).

The corpora (../shared/corpora: 344 .ics and 320 mail files from public test suites, with their
licences) sit beside the repository on developer machines and in CI; the test is skipped where
they are not. Each file is named on its own, so each is its own one-item mailbox.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

CORPORA = Path(__file__).resolve().parents[3] / "shared" / "corpora"


@pytest.mark.skipif(not CORPORA.is_dir(), reason="../shared/corpora is not on this machine")
def test_every_corpus_file_is_read_or_skipped_with_a_reason() -> None:
    files = sorted(str(p) for p in CORPORA.glob("*/*/**/*") if p.is_file())
    assert len(files) >= 664
    done = subprocess.run(
        [sys.executable, "-m", "followup.cli", "detect", *files],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    warnings = done.stderr.splitlines()
    assert all(line.startswith("warning: ") for line in warnings), warnings[:5]
    assert not [line for line in warnings if "unexpected error" in line or "failed" in line]
