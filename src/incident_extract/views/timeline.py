"""Views of incident timelines for people: a terminal table, and a self-contained HTML report
with one chart per incident (Plotly, from the optional `report` extra).

Article text is untrusted: titles, names and evidence come from whatever pages users feed
in. In the HTML report every such string passes through `_inert` (HTML-escaped) before it
reaches the page or the chart, so nothing from an article can run there.
"""

from __future__ import annotations

import html
import json
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from ..taxonomy import Status
from .palette import status_colour
from .table import render

if TYPE_CHECKING:
    from rich.console import RenderableType

LANE_HEIGHT = 46  # pixels per service lane in a chart
ARTICLES_LANE = "articles"


# -- table ---------------------------------------------------------------------------------


def render_table(timelines: list[dict[str, Any]], *, colour: bool = False) -> str:
    if not timelines:
        return "No incidents in these records.\n"
    return render([view for t in timelines for view in _table_view(t)], colour=colour)


def _table_view(timeline: dict[str, Any]) -> list[RenderableType]:
    from rich.table import Table
    from rich.text import Text

    start = (timeline["start"] or {}).get("value") or "unknown"
    types = ", ".join(f"{t['type']} ({t['articles']})" for t in timeline["incident_types"])
    data = timeline["data_compromised"]
    heading = Text(
        f"{timeline['organization']['name']}  ·  {timeline['incident_id']}\n"
        f"start {start}; reported {timeline['first_reported']} to {timeline['last_reported']} "
        f"in {len(timeline['articles'])} articles; types: {types or 'none'}; data compromised: "
        f"{_data_text(data)}",
        style="bold",
    )
    table = Table(
        "service", "status", "as of", "down since", "restored on", "days down", "articles"
    )
    for service in timeline["services"]:
        status = service["current_status"] or ""
        articles = {json.dumps(e["article"], sort_keys=True) for e in service["events"]}
        table.add_row(
            service["service"],
            Text(status, style=status_colour(status)),
            service["as_of"] or "undated",
            service["down_since"] or "",
            service["restored_on"] or "",
            "" if service["days_down"] is None else str(service["days_down"]),
            str(len(articles)),
        )
    views: list[RenderableType] = [heading, table]
    for conflict in timeline["conflicts"]:
        views.append(
            Text(
                f"conflict: {conflict['service']} {conflict['statuses'][0]} on "
                f"{conflict['dates'][0]}, {conflict['statuses'][1]} on {conflict['dates'][1]}",
                style="yellow",
            )
        )
    views.extend(Text(f"warning: {warning}", style="dim") for warning in timeline["warnings"])
    return views


def _data_text(data: dict[str, Any]) -> str:
    if data["value"] is None:
        return "not said"
    since = f" since {data['since']}" if data["since"] else ""
    return f"{'yes' if data['value'] else 'no'}{since}"


# -- HTML report ---------------------------------------------------------------------------


def _inert(value: Any) -> str:
    """The one door for article text into the page: escaped, so markup shows as text."""
    return html.escape("" if value is None else str(value), quote=True)


def _css_colour(status: str) -> str:
    from rich.color import Color

    name = status_colour(status) or "grey50"
    return Color.parse(name).get_truecolor().hex


def render_html(timelines: list[dict[str, Any]]) -> str:
    """One self-contained page: the plotting library inlined once, a chart and an evidence
    table per incident, the most recently reported incident first."""
    from plotly.offline import get_plotlyjs

    ordered = sorted(
        timelines, key=lambda t: (t["last_reported"] or "", t["incident_id"]), reverse=True
    )
    sections = "\n".join(_section(index, t) for index, t in enumerate(ordered))
    legend = "".join(
        f'<span class="chip" style="background:{_css_colour(s.value)}">{s.value}</span>'
        for s in Status
    )
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        "<title>Incident timelines</title>"
        f"<style>{STYLE}</style><script>{get_plotlyjs()}</script></head><body>"
        f'<h1>Incident timelines</h1><p class="legend">{legend}</p>'
        f"{sections or '<p>No incidents in these records.</p>'}</body></html>\n"
    )


STYLE = """
body { font-family: system-ui, sans-serif; margin: 2em; color: #222; }
section { margin-bottom: 3em; }
table { border-collapse: collapse; width: 100%; font-size: 0.9em; }
th, td { border-bottom: 1px solid #ddd; padding: 4px 8px; text-align: left; vertical-align: top; }
.chip { display: inline-block; color: #fff; padding: 1px 8px; margin-right: 6px;
        border-radius: 8px; font-size: 0.85em; }
.meta { color: #555; }
"""


def _section(index: int, timeline: dict[str, Any]) -> str:
    import plotly.io

    figure = _figure(timeline)
    chart = plotly.io.to_html(
        figure,
        include_plotlyjs=False,
        full_html=False,
        div_id=f"chart-{index}",
        config={"displaylogo": False, "responsive": True},
    )
    start = (timeline["start"] or {}).get("value") or "unknown"
    rows = "".join(_event_rows(timeline))
    conflicts = "".join(
        f"<li>{_inert(c['service'])}: {_inert(c['statuses'][0])} on {_inert(c['dates'][0])}, "
        f"{_inert(c['statuses'][1])} on {_inert(c['dates'][1])}</li>"
        for c in timeline["conflicts"]
    )
    warnings = "".join(f"<li>{_inert(w)}</li>" for w in timeline["warnings"])
    return (
        f'<section class="incident" id="{_inert(timeline["incident_id"])}">'
        f"<h2>{_inert(timeline['organization']['name'])}</h2>"
        f'<p class="meta">start {_inert(start)} · reported {_inert(timeline["first_reported"])}'
        f" to {_inert(timeline['last_reported'])} · {len(timeline['articles'])} articles · "
        f"data compromised: {_inert(_data_text(timeline['data_compromised']))}</p>"
        f"{chart}"
        + (f"<h3>Conflicts</h3><ul>{conflicts}</ul>" if conflicts else "")
        + (f"<h3>Warnings</h3><ul>{warnings}</ul>" if warnings else "")
        + "<h3>Events</h3><table><thead><tr><th>date</th><th>service</th><th>status</th>"
        "<th>article</th><th>evidence</th></tr></thead>"
        f"<tbody>{rows}</tbody></table></section>"
    )


def _event_rows(timeline: dict[str, Any]) -> list[str]:
    titles = {_article_key(a): a.get("title") for a in timeline["articles"]}
    rows = []
    for service in timeline["services"]:
        for event in service["events"]:
            article = event["article"]
            label = titles.get(_article_key(article)) or article["path"] or article["url"]
            rows.append(
                f"<tr><td>{_inert(event['date'] or 'undated')}</td>"
                f"<td>{_inert(service['service'])}</td>"
                f'<td><span class="chip" style="background:{_css_colour(event["status"])}">'
                f"{_inert(event['status'])}</span></td>"
                f"<td>{_inert(label)}</td><td>{_inert(event['evidence']['text'])}</td></tr>"
            )
    return rows


def _article_key(article: dict[str, Any]) -> tuple[Any, ...]:
    return (article.get("path"), article.get("url"), article.get("id"), article.get("published"))


def _figure(timeline: dict[str, Any]) -> Any:
    """One lane per service over calendar time, a bar per stretch between events coloured by
    the status it began with, a marker per event, and a lane of article markers."""
    import plotly.graph_objects as go

    figure = go.Figure()
    lanes = [s["service"] for s in timeline["services"]]
    end = _day(timeline["last_reported"]) or _latest_event_day(timeline)
    for service in timeline["services"]:
        dated = [e for e in service["events"] if e["date"]]
        for position, event in enumerate(dated):
            begin = _day(event["date"])
            following = dated[position + 1]["date"] if position + 1 < len(dated) else None
            until = _day(following) if following else (end or begin)
            if begin is None or until is None:
                continue
            until = max(until, begin + timedelta(days=1))
            figure.add_trace(
                go.Scatter(
                    x=[begin.isoformat(), until.isoformat()],
                    y=[service["service"]] * 2,
                    mode="lines",
                    line={"color": _css_colour(event["status"]), "width": 18},
                    hoverinfo="skip",
                    showlegend=False,
                    name=_inert(event["status"]),
                )
            )
        figure.add_trace(
            go.Scatter(
                x=[e["date"] for e in dated],
                y=[service["service"]] * len(dated),
                mode="markers",
                marker={
                    "color": [_css_colour(e["status"]) for e in dated],
                    "size": 11,
                    "line": {"color": "#222", "width": 1},
                },
                hovertext=[_hover(e) for e in dated],
                hoverinfo="text",
                showlegend=False,
                name="events",
            )
        )
    articles = [a for a in timeline["articles"] if a["published"]]
    figure.add_trace(
        go.Scatter(
            x=[a["published"] for a in articles],
            y=[ARTICLES_LANE] * len(articles),
            mode="markers",
            marker={"symbol": "diamond", "size": 12, "color": "#444"},
            hovertext=[_inert(a["title"] or a["path"] or a["url"]) for a in articles],
            hoverinfo="text",
            showlegend=False,
            name=ARTICLES_LANE,
        )
    )
    figure.update_layout(
        height=120 + LANE_HEIGHT * (len(lanes) + 1),
        margin={"l": 150, "r": 20, "t": 20, "b": 40},
        xaxis={"type": "date"},
        yaxis={"categoryorder": "array", "categoryarray": [ARTICLES_LANE, *reversed(lanes)]},
        plot_bgcolor="#fafafa",
    )
    return figure


def _hover(event: dict[str, Any]) -> str:
    evidence = event["evidence"]["text"]
    if len(evidence) > 160:
        evidence = evidence[:157] + "..."
    return (
        f"{_inert(event['date'])} · {_inert(event['status'])}<br>"
        f"{_inert(event['article']['path'] or event['article']['url'])}<br>{_inert(evidence)}"
    )


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _latest_event_day(timeline: dict[str, Any]) -> date | None:
    days = [e["date"] for s in timeline["services"] for e in s["events"] if e["date"]]
    return date.fromisoformat(max(days)) if days else None
