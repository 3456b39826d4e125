"""``followup detect PATH...``: run the detector over mailbox folders and print JSON lines."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from detector import detect, infer_owner
from detector.model import Interview, ItemKind, Owner, SourceItem
from drafts.recipients import choose_recipients

_KINDS: list[tuple[str, ItemKind]] = [
    (".gcal.json", "gcal-json"),
    (".eml", "rfc822"),
    (".ics", "ics"),
]


def _kind(path: Path) -> ItemKind | None:
    for suffix, kind in _KINDS:
        if path.name.lower().endswith(suffix):
            return kind
    return None


def _read(folder: Path) -> list[SourceItem]:
    items: list[SourceItem] = []
    files = sorted(folder.iterdir()) if folder.is_dir() else [folder]
    for path in files:
        kind = _kind(path)
        if kind is None or not path.is_file():
            continue
        try:
            raw = path.read_bytes()
        except OSError as exc:
            print(f"warning: {path}: cannot read ({exc.strerror or exc})", file=sys.stderr)
            continue
        items.append(SourceItem(id=path.name, kind=kind, raw=raw))
    return items


def _iso(value: object) -> str | None:
    return value.isoformat() if value is not None and hasattr(value, "isoformat") else None


def _record(iv: Interview, owner: Owner) -> dict[str, object]:
    return {
        "company": iv.company,
        "role": iv.role,
        "start": _iso(iv.start),
        "end": _iso(iv.end),
        "status": iv.status,
        "interviewers": [{"name": p.name, "email": p.email} for p in iv.interviewers],
        "recipients": [p.email for p in choose_recipients(iv, owner)],
        "kind": str(iv.kind),
        "confidence": round(iv.confidence, 2),
        "key": iv.key,
    }


def run_detect(paths: list[Path], users: list[str], explain: bool) -> None:
    """Print one JSON object per interview found in each folder; warnings go to stderr."""
    for folder in paths:
        items = _read(folder)
        owner = Owner(emails=frozenset(u.lower() for u in users)) if users else infer_owner(items)
        result = detect(items, owner)
        for problem in result.problems:
            print(f"warning: {problem.source_id}: {problem.reason}", file=sys.stderr)
        if explain:
            print(f"# {folder}: owner {sorted(owner.emails)}", file=sys.stderr)
        for iv in result.interviews:
            print(json.dumps(_record(iv, owner), ensure_ascii=False))
            if explain:
                for line in iv.evidence:
                    print(f"#   {iv.key}: {line}", file=sys.stderr)
        if explain:
            for c in result.candidates:
                print(
                    f"# not accepted: {c.source_id} score {c.score:g}: {', '.join(c.reasons)}",
                    file=sys.stderr,
                )
