"""The HTML timeline report in a real browser (headless Chromium): the charts render with no
network, one lane per service, and markup from a hostile article stays inert text."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from test_timeline import event, record

from incident_extract import timeline

pytest.importorskip("plotly", reason="the report extra (plotly) is not installed")
BROWSER = next(
    (
        shutil.which(name)
        for name in ("chromium", "chromium-browser", "google-chrome")
        if shutil.which(name)
    ),
    None,
)
pytestmark = pytest.mark.skipif(
    BROWSER is None, reason="no Chromium here (CI installs Debian's chromium package)"
)

HOSTILE_TITLE = "<script>document.documentElement.setAttribute('data-pwned','title')</script>"
HOSTILE_EVIDENCE = (
    "Tills failed <img src=x onerror=\"document.documentElement.setAttribute('data-pwned',"
    "'evidence')\"> at every store."
)


def _browser(*arguments: str) -> subprocess.CompletedProcess[str]:
    assert BROWSER is not None
    return subprocess.run(
        [
            BROWSER,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--virtual-time-budget=5000",
            "--enable-logging=stderr",
            "--v=0",
            *arguments,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _report(tmp_path: Path) -> Path:
    from incident_extract.views.timeline import render_html

    hostile = record(
        "hostile.html",
        "2025-05-06",
        {
            "card_payments": [event("disrupted", "2025-05-02", HOSTILE_EVIDENCE)],
            "online_orders": [event("suspended", None, "Orders were paused.")],
        },
        name="Harlow <b>& Finch</b>",
    )
    hostile["source"]["title"] = HOSTILE_TITLE
    later = record(
        "later.txt",
        "2025-05-20",
        {"card_payments": [event("restored", None, "Card payments are back.")]},
        name="Harlow <b>& Finch</b>",
    )
    other = record(
        "other.txt",
        "2025-03-01",
        {"website": [event("disrupted", None, "The website is down.")]},
        name="Corran Books",
    )
    page = tmp_path / "report.html"
    page.write_text(render_html(timeline.build([hostile, later, other])), encoding="utf-8")
    return page


def test_the_report_renders_a_lane_per_service_offline_and_keeps_hostile_markup_inert(
    tmp_path: Path,
) -> None:
    page = _report(tmp_path)
    dumped = _browser("--dump-dom", page.as_uri())
    assert dumped.returncode == 0, dumped.stderr[-2000:]
    dom = dumped.stdout
    charts = re.findall(r'class="[^"]*\bjs-plotly-plot\b[^"]*"', dom)
    assert len(charts) == 2  # a chart per incident, drawn by the inlined scripts
    lanes = set(re.findall(r'class="ytick"[^>]*>.*?<text[^>]*>([^<]+)</text>', dom))
    assert {"card_payments", "online_orders", "website", "articles"} <= lanes
    assert "data-pwned=" not in dom
    assert "&lt;script&gt;document.documentElement" in dom  # shown as text
    assert "&lt;img src=x onerror=" in dom
    assert "Uncaught" not in dumped.stderr
    shot = tmp_path / "report.png"
    captured = _browser("--screenshot=" + str(shot), "--window-size=1200,1600", page.as_uri())
    assert captured.returncode == 0 and shot.stat().st_size > 10_000
