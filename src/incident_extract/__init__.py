"""incident-extract: news articles about cyber attacks and IT failures -> JSON incident records.

The heavy machinery (spaCy, dateparser) is imported only when an extraction
runs, so `incident-extract --help` and `schema` start fast.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["__version__", "extract_text"]


def extract_text(text: str, published: Any = None, **options: Any) -> dict[str, Any]:
    """Extract one article record; see `incident_extract.api.extract_text`."""
    from .api import extract_text as _extract_text

    return _extract_text(text, published, **options)
