"""The drafter's settings: a typed value the ``followup`` layer fills from the YAML config.

``drafts`` never reads configuration itself (the import rule keeps YAML out of the pure
layers), so every knob the drafter honours lives here, with the same defaults as the config.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

MONDAY_TO_FRIDAY = frozenset(range(5))


@dataclass(frozen=True)
class DraftSettings:
    """Everything the drafter needs to know about the user and their preferences.

    ``work_days`` uses ``datetime.weekday()`` numbers (Monday = 0). ``delay`` is added to the
    interview's end; the result is then moved into the next working window
    (``work_start``..``work_end`` on a ``work_day``) in ``timezone``. ``max_words`` bounds the
    body written by the templates (the signature is the user's own text and is not counted).
    """

    user_name: str
    user_email: str
    timezone: str = "UTC"
    signature: str = ""
    why_interested: str | None = None
    delay: timedelta = timedelta(hours=24)
    work_start: time = time(9, 0)
    work_end: time = time(18, 0)
    work_days: frozenset[int] = MONDAY_TO_FRIDAY
    late_limit: timedelta = timedelta(days=4)
    one_draft_per_interviewer: bool = True
    template_dir: Path | None = None
    max_words: int = 120
    keep_cancelled_drafts: bool = False
    second_followup_business_days: int = 7
    """Working days after the user sent our thank-you with no answer from the company before
    one short "checking in" draft is written in the same thread; 0 turns it off."""

    def __post_init__(self) -> None:
        # The config layer validates too; these checks make a hand-built value fail early with
        # one clear sentence instead of a confusing error deep inside timing or compose.
        if "@" not in self.user_email:
            raise ValueError(f"user_email {self.user_email!r} is not an e-mail address")
        try:
            ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {self.timezone!r}") from exc
        if not self.work_days or not self.work_days <= frozenset(range(7)):
            raise ValueError("work_days must be a non-empty set of weekday numbers 0..6")
        if self.work_start >= self.work_end:
            raise ValueError("work_end must be after work_start")
        if self.delay < timedelta(0) or self.late_limit < timedelta(0):
            raise ValueError("delay and late_limit must not be negative")
        if self.second_followup_business_days < 0:
            raise ValueError("second_followup_business_days must not be negative")
        if self.max_words < 20:
            raise ValueError("max_words below 20 leaves no room for a thank-you")

    @property
    def zone(self) -> ZoneInfo:
        """The user's zone as a ``ZoneInfo`` (cached by zoneinfo itself)."""
        return ZoneInfo(self.timezone)

    @property
    def mail_domain(self) -> str:
        """The domain of the user's address: the right-hand side of our Message-ID markers."""
        return self.user_email.rsplit("@", 1)[1].lower()
