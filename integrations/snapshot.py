"""Cursors for sources that can only be listed, not asked "what changed?" (folders, fakes).

Such a source lists everything on each pass and compares each item's *fingerprint* (size and
mtime, a content hash, ...) with the fingerprints recorded in the cursor of the previous pass.
The cursor is an opaque JSON string: ``{"v": 1, "kind": ..., "seen": {item id: fingerprint}}``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

_VERSION = 1


def encode(kind: str, seen: Mapping[str, str]) -> str:
    """Build the cursor string recording ``seen`` (item id -> fingerprint) for a ``kind`` source."""
    # Sorted and compact: the same folder state always gives the same cursor string.
    return json.dumps(
        {"v": _VERSION, "kind": kind, "seen": dict(seen)},
        sort_keys=True,
        separators=(",", ":"),
    )


def decode(cursor: str | None, kind: str) -> tuple[dict[str, str], str | None]:
    """Return ``(seen, reason)`` from a cursor made by :func:`encode` for the same ``kind``.

    ``None`` (never synced) gives ``({}, None)``. A cursor that cannot be used gives
    ``({}, reason)`` with a one-line reason; the caller then does a full read and reports the
    reason in :attr:`integrations.base.Changes.full_resync_reason`.
    """
    if cursor is None:
        return {}, None
    try:
        data = json.loads(cursor)
    except ValueError:
        return {}, "the stored cursor is not valid JSON; reading everything again"
    if not isinstance(data, dict) or data.get("v") != _VERSION:
        return {}, "the stored cursor has an unknown format; reading everything again"
    if data.get("kind") != kind:
        return {}, (
            f"the stored cursor belongs to a {data.get('kind')!r} source, not {kind!r}; "
            "reading everything again"
        )
    seen = data.get("seen")
    if not isinstance(seen, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in seen.items()
    ):
        return {}, "the stored cursor is damaged; reading everything again"
    return dict(seen), None


def removed_ids(previous: Mapping[str, str], current: Mapping[str, str]) -> tuple[str, ...]:
    """Ids recorded in ``previous`` that are no longer in ``current``, sorted."""
    return tuple(sorted(set(previous) - set(current)))
