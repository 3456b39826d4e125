"""The drafter: pure functions from typed interviews (and an injected ``now``) to draft plans.

- :mod:`drafts.settings`: :class:`DraftSettings`, filled by the ``followup`` layer from config.
- :mod:`drafts.timing`: when a draft is due (end + delay, snapped into working hours).
- :mod:`drafts.recipients`: whom to thank.
- :mod:`drafts.compose`: the Jinja2 templates, MIME bytes, markers and body fingerprints.
- :mod:`drafts.plan`: the planner (CreateDraft / UpdateDraft / RetractDraft / MarkDraft /
  Skip / Note).

Only the leaf modules are re-exported here; import the planner from :mod:`drafts.plan` so that
``import drafts`` stays cheap and does not pull in Jinja2 for callers that need only timing.
"""

from drafts.settings import DraftSettings
from drafts.timing import due_for, due_time, interview_end

__all__ = ["DraftSettings", "due_for", "due_time", "interview_end"]
