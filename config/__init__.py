"""The configuration: one YAML file validated by pydantic models.

Imports nothing else of ours. Use :func:`find_config_path` then :func:`load_settings`; any
problem raises :class:`ConfigInvalid` with every problem listed, one line each.
"""

from config.durations import format_duration, parse_duration
from config.loader import ConfigInvalid, ConfigProblem, find_config_path, load_settings
from config.models import Settings

__all__ = [
    "ConfigInvalid",
    "ConfigProblem",
    "Settings",
    "find_config_path",
    "format_duration",
    "load_settings",
    "parse_duration",
]
