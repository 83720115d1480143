"""Organisation-name normalisation shared by extraction (grouping) and evaluation (matching)."""

from __future__ import annotations

import re

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})
_SUFFIXES = (
    "plc",
    "ltd",
    "limited",
    "inc",
    "incorporated",
    "corp",
    "corporation",
    "co",
    "group",
    "holdings",
    "llc",
    "sa",
    "ag",
    "nv",
    "company",
    "companies",
    "stores",
    "uk",
    "usa",
)
_SUFFIX_RE = re.compile(r"(?:[\s,]+(?:" + "|".join(_SUFFIXES) + r")\.?)+$")


def normalize_org_name(name: str) -> str:
    """Fold case, '&'/'and', a leading 'the', possessives, '.com' and company suffixes."""
    value = name.translate(_APOSTROPHES).lower().strip()
    value = value.replace("&", " and ")
    value = re.sub(r"^the\s+", "", value)
    value = re.sub(r"'s\b", "", value)
    value = re.sub(r"\.com\b", "", value)
    value = re.sub(r"[^\w\s-]", " ", value)
    value = re.sub(r"\s+", " ", value).strip()
    stripped = re.sub(r"\s+and$", "", _SUFFIX_RE.sub("", value).strip())
    return stripped or value


def spelled_key(name: str) -> str:
    """The letters and digits of a name, a web address's '.com' left out: 'Macy's' and
    'Macys.com' spell the same key."""
    return re.sub(r"[\W_]+", "", re.sub(r"\.com\b", "", name.translate(_APOSTROPHES).lower()))
