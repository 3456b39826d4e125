"""Run parse + detect in-process over every corpus file; count ok / skipped / crashed.

Usage: python bench/corpora_check.py [/work/shared/corpora]
Also times parse+detect against bare ``email.message_from_bytes(policy=default)``.
"""

from __future__ import annotations

import email
import sys
import time
from email import policy
from pathlib import Path

from detector import detect
from detector.model import ItemKind, Owner, SourceItem


def _files(root: Path) -> list[tuple[Path, ItemKind]]:
    """Corpus files by MANIFEST.tsv (its eml/ entries include .msg/.txt mail), else by suffix."""
    manifest = root / "MANIFEST.tsv"
    rows: list[tuple[Path, ItemKind]] = []
    if manifest.exists():
        for line in manifest.read_text().splitlines()[1:]:
            rel = line.split("\t", 1)[0]
            kind: ItemKind = "ics" if rel.startswith("ics/") else "rfc822"
            rows.append((root / rel, kind))
        return rows
    for path in sorted(root.rglob("*")):
        if path.suffix in {".eml", ".ics"}:
            rows.append((path, "rfc822" if path.suffix == ".eml" else "ics"))
    return rows


def main(root: Path) -> int:
    """Return 1 when anything crashed."""
    counts = {"ok": 0, "skipped": 0, "crashed": 0}
    reasons: dict[str, int] = {}
    owner = Owner(emails=frozenset({"someone@example.com"}))
    bare = full = 0.0
    for path, kind in _files(root):
        raw = path.read_bytes()
        item = SourceItem(id=path.name, kind=kind, raw=raw)
        try:
            t0 = time.perf_counter()
            if kind == "rfc822":
                email.message_from_bytes(raw, policy=policy.default)
            t1 = time.perf_counter()
            result = detect([item], owner)
            t2 = time.perf_counter()
        except Exception as exc:  # counted, never hidden
            counts["crashed"] += 1
            print(f"CRASH {path}: {type(exc).__name__}: {exc}")
            continue
        if kind == "rfc822":
            bare += t1 - t0
            full += t2 - t1
        whole = [p for p in result.problems if p.source_id == item.id and "unreadable" in p.reason]
        if whole:
            counts["skipped"] += 1
            key = whole[0].reason.split(": ", 1)[-1].split("(")[0].strip()[:60]
            reasons[key] = reasons.get(key, 0) + 1
        else:
            counts["ok"] += 1
    print(" ".join(f"{k}={v}" for k, v in counts.items()))
    for reason, n in sorted(reasons.items(), key=lambda kv: -kv[1]):
        print(f"  skipped {n}: {reason}")
    if bare:
        print(
            f"mail cost: bare parse {bare * 1000:.0f} ms, parse+detect {full * 1000:.0f} ms "
            f"(ratio {full / bare:.2f})"
        )
    return 1 if counts["crashed"] else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/corpora")))
