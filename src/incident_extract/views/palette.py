"""One colour per service status, defined once for every view of records.

The names are rich colour names: the terminal table uses them as styles, and an HTML
view gets the same colour as CSS with `rich.color.Color.parse(name).get_truecolor().hex`.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from ..taxonomy import Status

STATUS_COLOURS: Mapping[Status, str] = MappingProxyType(
    {
        Status.DISRUPTED: "red",
        Status.SUSPENDED: "dark_orange",
        Status.PARTIALLY_RESTORED: "yellow",
        Status.RESTORATION_EXPECTED: "cyan",
        Status.RESTORED: "green",
        Status.UNAFFECTED: "grey50",
        Status.COMPROMISED: "magenta",
    }
)


def status_colour(status: str) -> str:
    """The colour of a status value, or "" (no colour) for a value outside the taxonomy."""
    try:
        return STATUS_COLOURS[Status(status)]
    except ValueError:
        return ""
