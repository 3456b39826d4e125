"""The detector over the held-out-style scenario set (tests/data/scenarios), scored in-process.

The set mirrors the layout and label schema of the shared DEV corpus (one folder per case,
``NN-`` prefixed items in arrival order, ``labels.yaml``) but uses vendors, languages, time
formats and hard negatives the DEV set lacks. The floors below are the figures the detector
reached when the set was written; a change that loses a case fails here.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import yaml

from detector import detect, infer_owner
from drafts.recipients import choose_recipients
from followup.detect_cmd import read_mailbox

SCENARIOS = Path(__file__).resolve().parents[1] / "data" / "scenarios"
CASE_F1_FLOOR = 1.0
START_ACC_FLOOR = 1.0
RECIPIENTS_FLOOR = 1.0


def _labels() -> dict[str, Any]:
    data = yaml.safe_load((SCENARIOS / "labels.yaml").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _run_all() -> dict[str, tuple[Any, Any]]:
    out: dict[str, tuple[Any, Any]] = {}
    for case, label in sorted(_labels().items()):
        items = read_mailbox(SCENARIOS / case)
        owner = infer_owner(items)  # as `followup detect` does without --user
        out[case] = (label, (owner, detect(items, owner).interviews))
    return out


@pytest.fixture(scope="module")
def results() -> dict[str, tuple[Any, Any]]:
    return _run_all()


def test_the_set_is_large_and_varied() -> None:
    labels = _labels()
    assert len(labels) >= 30
    assert {case for case in labels if (SCENARIOS / case).is_dir()} == set(labels)
    negatives = [c for c, lab in labels.items() if not lab["interviews"]]
    assert len(negatives) >= 10


def test_owner_is_inferred_as_labelled(results: dict[str, tuple[Any, Any]]) -> None:
    # A lone .ics the owner organized has no Delivered-To to go by; every mailbox with mail does.
    with_mail = {c for c in results if any((SCENARIOS / c).glob("*.eml"))}
    wrong = [c for c in with_mail if results[c][0]["user"] not in results[c][1][0].emails]
    assert wrong == []


def _same(a: datetime, b: datetime) -> bool:
    return abs((a - b).total_seconds()) <= 60


def test_case_f1_start_and_recipients_hold(results: dict[str, tuple[Any, Any]]) -> None:
    tp = fp = fn = 0
    found = total = rec_ok = rec_total = 0
    misses: list[str] = []
    for case, (label, (owner, interviews)) in results.items():
        want = any(iv["status"] == "scheduled" for iv in label["interviews"])
        got = any(iv.status == "scheduled" for iv in interviews)
        tp, fp, fn = tp + (want and got), fp + (got and not want), fn + (want and not got)
        for iv in label["interviews"]:
            total += 1
            start = datetime.fromisoformat(iv["start"])
            match = next((p for p in interviews if _same(p.start, start)), None)
            if match is None:
                misses.append(f"{case}: missed {iv['start']}")
                continue
            found += 1
            if iv["status"] == "scheduled":
                rec_total += 1
                got_rec = {p.email for p in choose_recipients(match, owner)}
                rec_ok += got_rec == set(iv["followup_recipients"])
        if not label["interviews"] and interviews:
            misses.append(f"{case}: spurious {[str(p.start) for p in interviews]}")
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    assert f1 >= CASE_F1_FLOOR, misses
    assert found / total >= START_ACC_FLOOR, misses
    assert rec_ok / rec_total >= RECIPIENTS_FLOOR


def test_no_duplicates_and_statuses_match(results: dict[str, tuple[Any, Any]]) -> None:
    for case, (label, (_, interviews)) in results.items():
        assert len(interviews) == len(label["interviews"]), case
        for iv in label["interviews"]:
            start = datetime.fromisoformat(iv["start"])
            match = [p for p in interviews if _same(p.start, start)]
            assert len(match) == 1 and match[0].status == iv["status"], case
