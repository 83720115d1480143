"""Tables for people, drawn with rich: a record's (`extract --format table`) and eval's scores.

Each view is rendered to a string that the caller writes where it likes; nothing here prints,
so a table appears once. Colour only when the caller asks for it (a terminal, no NO_COLOR),
statuses in the palette's colours. Text from articles is shown as it is: never read as rich
markup or emoji codes.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from .palette import status_colour

if TYPE_CHECKING:
    from rich.console import RenderableType
    from rich.text import Text

    from ..evaluate import Report as Scores

TABLE_WIDTH = 120  # a record's table written to a file or a pipe
COLUMNS = ("kind", "what", "status / value", "detail")


def render(
    renderables: Iterable[RenderableType],
    *,
    colour: bool = False,
    width: int | None = TABLE_WIDTH,
    highlight: bool = False,
) -> str:
    """What rich would print, as a string. `width` None: the terminal's (80 without one)."""
    from rich.console import Console

    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=width,
        force_terminal=colour,
        no_color=not colour,
        color_system="auto" if colour else None,
        markup=False,
        emoji=False,
        highlight=highlight,
    )
    for renderable in renderables:
        console.print(renderable)
    return buffer.getvalue()


def render_record(
    record: dict[str, Any], *, colour: bool = False, width: int | None = TABLE_WIDTH
) -> str:
    return render(record_view(record), colour=colour, width=width)


def render_scores(scores: Scores, details: bool, *, colour: bool = False) -> str:
    return render(scores_view(scores, details), colour=colour, width=None, highlight=True)


def record_view(record: dict[str, Any]) -> list[RenderableType]:
    """A heading for the article, then a table for each incident with anything extracted (a
    line for one without), then the warnings; an error record is one line."""
    from rich.text import Text

    source = record.get("source", {})
    if "error" in record:
        error = record["error"]
        path = str(source.get("path"))
        return [Text.assemble((path, "bold"), f": error {error['type']}: {error['message']}")]
    heading = source.get("title") or source.get("path") or "(article)"
    published = source.get("published") or "unknown"
    view: list[RenderableType] = [Text.assemble((heading, "bold"), f"  published: {published}")]
    if not record["incidents"]:
        view.append("  no incident reported")
    view.extend(_incident_view(incident) for incident in record["incidents"])
    view.extend(f"  warning: {warning}" for warning in record.get("warnings", []))
    return view


def _incident_view(incident: dict[str, Any]) -> RenderableType:
    from rich.table import Table

    org = incident["organization"]
    title = (
        f"{org['name']} ({incident['role']}; {', '.join(incident['incident_types'])}; "
        f"data compromised: {incident['data_compromised']}; "
        f"confidence {incident['confidence']})"
    )
    rows = list(_rows(incident))
    if not rows:
        return f"  {title}: no services, dates or claims"
    table = Table(*COLUMNS, title=title, show_lines=False)
    for row in rows:
        table.add_row(*row)
    return table


def _rows(incident: dict[str, Any]) -> Iterator[tuple[str, str, str | Text, str]]:
    for service in incident["services"]:
        yield "service", service["service"], _status(service["status"]), service["mention"]
    for date in incident["dates"]:
        yield "date", date["text"], date["value"] or "unresolved", date["role"]
    for claim in incident["restoration_claims"]:
        detail = ", ".join(
            part
            for part in (
                claim["claimant"] and f"by {claim['claimant']}",
                claim["scope"] and f"scope {claim['scope']}",
                "hedged" if claim["hedged"] else None,
            )
            if part
        )
        yield "claim", claim["service"] or "(general)", _status(claim["status"]), detail


def _status(status: str) -> Text:
    from rich.text import Text

    return Text(status, style=status_colour(status))


def scores_view(scores: Scores, details: bool) -> list[RenderableType]:
    """eval's metrics as a table, then (with details) each article's misses and extras."""
    from rich.table import Table
    from rich.text import Text

    numbers = scores.to_dict()
    table = Table(title=f"incident-extract eval ({numbers['articles']} articles)")
    table.add_column("metric")
    table.add_column("value", justify="right")
    table.add_column("detail", justify="right")

    def fmt(value: float | None) -> str:
        return "n/a" if value is None else f"{value:.3f}"

    for name in (
        "primary_accuracy",
        "negatives_without_incident",
        "start_date_accuracy",
        "data_compromised_accuracy",
    ):
        item = numbers[name]
        table.add_row(name, fmt(item["value"]), f"{item['right']}/{item['total']}")
    for name, item in numbers.items():
        if name.endswith("_f1"):
            table.add_row(
                name,
                fmt(item["f1"]),
                f"P {fmt(item['precision'])} R {fmt(item['recall'])} "
                f"(tp {item['tp']} fp {item['fp']} fn {item['fn']})",
            )
    view: list[RenderableType] = [table]
    if details:
        for article_id, misses in scores.details.items():
            view.append(Text.assemble((article_id, "bold"), "" if misses else ": all right"))
            view.extend(Text(f"  - {miss}") for miss in misses)
    return view
