"""A folder of ``.ics`` files (and saved Calendar API events) as a read-only CalendarSource."""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

from detector.model import ItemKind, SourceItem
from integrations import snapshot, sniff
from integrations.base import Changes
from integrations.errors import SourceUnavailable

_CURSOR_KIND = "ics-folder"


def _kind_of(file_name: str) -> ItemKind | None:
    lower = file_name.lower()
    if lower.endswith(".gcal.json"):
        return "gcal-json"
    if lower.endswith(".ics"):
        return "ics"
    return None


class IcsFolderSource:
    """Reads the ``*.ics`` and ``*.gcal.json`` files directly in one folder (not below it).

    Item ids are ``ics:<file name>``. A file is emitted again when its content changes (by
    SHA-256, so a mere ``touch`` or a copy that keeps the bytes is not a change) and listed in
    ``removed`` when it is deleted. ``.gcal.json`` files hold one Calendar API event each and
    become items of kind ``gcal-json``. The folder is only read, never written.
    """

    def __init__(self, path: Path, name: str = "ics") -> None:
        self.path = path
        self.name = name

    def changes(self, cursor: str | None) -> Changes:
        """Files added or changed since ``cursor`` (all when ``None``), and those removed.

        Raises :class:`~integrations.errors.SourceUnavailable` when the folder is missing. A file
        that cannot be read, or does not look like its kind, becomes a line in ``problems``.
        """
        if not self.path.is_dir():
            raise SourceUnavailable(
                f"calendar folder not found: {self.path} does not exist or is not a folder"
            )
        previous, reason = snapshot.decode(cursor, _CURSOR_KIND)
        # Calendar folders hold tens or hundreds of small files: hashing every file on each pass
        # is cheap and, unlike mtime, cannot miss an edit made within the same clock tick.
        found: list[tuple[int, str, ItemKind, bytes]] = []
        seen: dict[str, str] = {}
        problems: list[str] = []
        read = 0
        try:
            listing = sorted(os.scandir(self.path), key=lambda d: d.name)
        except OSError as exc:
            raise SourceUnavailable(f"cannot list {self.path}: {exc.strerror or exc}") from exc
        for dirent in listing:
            kind = _kind_of(dirent.name)
            if kind is None or dirent.name.startswith("."):
                continue
            item_id = f"ics:{dirent.name}"
            try:
                st = dirent.stat()
                if not stat.S_ISREG(st.st_mode):
                    continue
                raw = Path(dirent.path).read_bytes()
                read += 1
            except OSError as exc:
                problems.append(f"{item_id}: cannot read: {exc.strerror or exc}")
                # Unreadable now is not deleted: keep the old fingerprint until it is back.
                if item_id in previous:
                    seen[item_id] = previous[item_id]
                continue
            digest = hashlib.sha256(raw).hexdigest()[:32]
            seen[item_id] = digest
            if previous.get(item_id) == digest:
                continue
            check = sniff.gcal_json_problem if kind == "gcal-json" else sniff.ics_problem
            problem = check(raw)
            if problem is not None:
                problems.append(f"{item_id}: {problem}")
                continue
            found.append((st.st_mtime_ns, dirent.name, kind, raw))
        found.sort(key=lambda f: (f[0], f[1]))  # oldest first, as Changes promises
        items = tuple(SourceItem(id=f"ics:{n}", kind=k, raw=r) for _, n, k, r in found)
        return Changes(
            items=items,
            cursor=snapshot.encode(_CURSOR_KIND, seen),
            removed=snapshot.removed_ids(previous, seen),
            full_resync_reason=reason,
            problems=tuple(problems),
            cost={"files_read": read},
        )
