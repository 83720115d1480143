"""The JSON Schema of the article record, generated from the taxonomy and shipped as a file.

`incident-extract schema` prints the shipped file; a test checks that it still
equals what `build_schema()` generates, so the file never goes stale.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from .taxonomy import (
    SCHEMA_VERSION,
    DateRole,
    Granularity,
    IncidentType,
    PublishedFrom,
    Role,
    Service,
    Status,
    Tense,
)

SCHEMA_FILE = "incident-record.v1.json"


def _object(properties: dict[str, Any], optional: tuple[str, ...] = ()) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": properties,
        "required": [key for key in properties if key not in optional],
        "additionalProperties": False,
    }


def _enum(values: Any, nullable: bool = False) -> dict[str, Any]:
    options: list[Any] = [v.value for v in values]
    if nullable:
        return {"enum": [*options, None]}
    return {"enum": options}


NULLABLE_STRING = {"type": ["string", "null"]}
ISO_DATE = {"type": ["string", "null"], "pattern": r"^\d{4}-\d{2}-\d{2}$"}


def build_schema() -> dict[str, Any]:
    evidence = _object(
        {
            "text": {"type": "string"},
            "start": {"type": "integer", "minimum": 0},
            "end": {"type": "integer", "minimum": 0},
        }
    )
    date_mention = _object(
        {
            "text": {"type": "string"},
            "value": ISO_DATE,
            "granularity": _enum(Granularity),
            "approximate": {"type": "boolean"},
            "relative": {"type": "boolean"},
            "role": _enum(DateRole),
            "evidence": {"$ref": "#/$defs/evidence"},
        }
    )
    service_event = _object(
        {
            "status": _enum(Status),
            "mention": {"type": "string"},
            "date": {"oneOf": [{"$ref": "#/$defs/date_mention"}, {"type": "null"}]},
            "tense": {"enum": [tense.name.lower() for tense in Tense]},
            "evidence": {"$ref": "#/$defs/evidence"},
        }
    )
    service_impact = _object(
        {
            "service": _enum(Service),
            "mention": {"type": "string"},
            "status": _enum(Status),
            "evidence": {"$ref": "#/$defs/evidence"},
            "history": {"type": "array", "items": {"$ref": "#/$defs/service_event"}},
        },
        optional=("history",),  # an extension: records written before it still validate
    )
    claim_statuses = [Status.RESTORED, Status.PARTIALLY_RESTORED, Status.RESTORATION_EXPECTED]
    restoration_claim = _object(
        {
            "service": _enum(Service, nullable=True),
            "mention": {"type": "string"},
            "status": _enum(claim_statuses),
            "scope": NULLABLE_STRING,
            "claimant": NULLABLE_STRING,
            "date": {"oneOf": [{"$ref": "#/$defs/date_mention"}, {"type": "null"}]},
            "hedged": {"type": "boolean"},
            "evidence": {"$ref": "#/$defs/evidence"},
        }
    )
    organization = _object(
        {
            "name": {"type": "string", "minLength": 1},
            "aliases": {"type": "array", "items": {"type": "string"}},
            "mentions": {"type": "integer", "minimum": 1},
            "sector": {"enum": ["retail", None]},
            "evidence": {"type": "array", "items": {"$ref": "#/$defs/evidence"}},
        }
    )
    incident = _object(
        {
            "organization": {"$ref": "#/$defs/organization"},
            "role": _enum(Role),
            "incident_types": {"type": "array", "items": _enum(IncidentType), "uniqueItems": True},
            "dates": {"type": "array", "items": {"$ref": "#/$defs/date_mention"}},
            "services": {"type": "array", "items": {"$ref": "#/$defs/service_impact"}},
            "restoration_claims": {"type": "array", "items": {"$ref": "#/$defs/restoration_claim"}},
            "data_compromised": {"type": ["boolean", "null"]},
            "confidence": {"type": "number", "minimum": 0, "maximum": 1},
        }
    )
    source = _object(
        {
            "path": NULLABLE_STRING,
            "sha256": {"type": ["string", "null"], "pattern": "^[0-9a-f]{64}$"},
            "title": NULLABLE_STRING,
            "published": ISO_DATE,
            "published_from": _enum(PublishedFrom, nullable=True),
            "chars": {"type": "integer", "minimum": 0},
            "url": NULLABLE_STRING,
            "id": NULLABLE_STRING,
            "line": {"type": ["integer", "null"], "minimum": 1},
        }
    )
    extractor = _object(
        {
            "name": {"const": "incident-extract"},
            "version": {"type": "string"},
            "model": {"type": "string"},
        }
    )
    article = _object(
        {
            "schema_version": {"const": SCHEMA_VERSION},
            "source": {"$ref": "#/$defs/source"},
            "extractor": {"$ref": "#/$defs/extractor"},
            "incidents": {"type": "array", "items": {"$ref": "#/$defs/incident"}},
            "warnings": {"type": "array", "items": {"type": "string"}},
        }
    )
    # present only with --emit-text: the text every evidence offset refers to
    article["properties"]["text"] = {"type": "string"}
    error = _object(
        {
            "source": {
                "type": "object",
                "properties": {"path": NULLABLE_STRING, "sha256": {"type": ["string", "null"]}},
                "required": ["path", "sha256"],
            },
            "error": _object({"type": {"type": "string"}, "message": {"type": "string"}}),
        }
    )
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://incident-extract.invalid/schema/incident-record.v1.json",
        "title": "incident-extract article record (contract version 1)",
        "description": "One article record, or an error record for an unreadable input.",
        "oneOf": [{"$ref": "#/$defs/article_record"}, {"$ref": "#/$defs/error_record"}],
        "$defs": {
            "article_record": article,
            "error_record": error,
            "source": source,
            "extractor": extractor,
            "incident": incident,
            "organization": organization,
            "date_mention": date_mention,
            "service_impact": service_impact,
            "service_event": service_event,
            "restoration_claim": restoration_claim,
            "evidence": evidence,
        },
    }


def render_schema(schema: dict[str, Any]) -> str:
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def shipped_schema_text() -> str:
    return resources.files("incident_extract.schemas").joinpath(SCHEMA_FILE).read_text("utf-8")


def write_shipped_schema() -> None:
    """Regenerate the shipped file: `python -m incident_extract.schema`."""
    from pathlib import Path

    target = Path(__file__).with_name("schemas") / SCHEMA_FILE
    target.write_text(render_schema(build_schema()), encoding="utf-8")


if __name__ == "__main__":
    write_shipped_schema()
