"""``followup detect PATH...``: run the detector over mailbox folders and print JSON lines."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from detector import detect, infer_owner
from detector.model import Interview, ItemKind, Owner, SourceItem
from drafts.recipients import choose_recipients
from integrations.sniff import gcal_json_problem, ics_problem, mail_problem

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


def _sniff(raw: bytes) -> tuple[ItemKind, str | None]:
    """Kind of a file named on the command line whatever its suffix (.txt, .msg, none)."""
    if ics_problem(raw) is None:
        return "ics", None
    if raw.lstrip()[:1] == b"{":
        return "gcal-json", gcal_json_problem(raw)
    return "rfc822", mail_problem(raw)


def read_mailbox(path: Path) -> list[SourceItem]:
    """The items of a mailbox folder in name order (= arrival order), or of one named file.

    In a folder only ``.eml``, ``.ics`` and ``.gcal.json`` files count (a README beside them is
    not mail); a file named on its own is read whatever its suffix, its kind sniffed. Files
    that cannot be read get one warning line on stderr and are skipped.
    """
    files = sorted(path.iterdir()) if path.is_dir() else [path]
    items: list[SourceItem] = []
    for file in files:
        kind = _kind(file)
        if not file.is_file() or (kind is None and path.is_dir()):
            continue
        try:
            raw = file.read_bytes()
        except OSError as exc:
            _warn(f"{file}: cannot read ({exc.strerror or exc})")
            continue
        if kind is None:
            kind, problem = _sniff(raw)
            if problem:
                _warn(f"{file}: skipped: {problem}")
                continue
        items.append(SourceItem(id=file.name, kind=kind, raw=raw))
    return items


def _warn(line: str) -> None:
    print(f"warning: {line}", file=sys.stderr)


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
        items = read_mailbox(folder)
        owner = Owner(emails=frozenset(u.lower() for u in users)) if users else infer_owner(items)
        result = detect(items, owner)
        for problem in result.problems:
            # Part-level reasons already start with the item id (and the part's name).
            reason = problem.reason
            if not reason.startswith(problem.source_id):
                reason = f"{problem.source_id}: {reason}"
            _warn(reason)
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
