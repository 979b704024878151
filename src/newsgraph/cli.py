"""The command line: a thin layer over the pipeline, the store and the query layer.

Data goes to stdout, diagnostics to stderr. Exit codes: 0 all documents stored,
3 some documents failed (see ``newsgraph failures``), 1 a fatal error with a
message that says what to do, 2 a usage error.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, cast

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from newsgraph.errors import NewsgraphError
from newsgraph.settings import Settings, load_settings

if TYPE_CHECKING:
    from newsgraph.evaluate.score import Score

app = typer.Typer(
    help="newsgraph: who did what to whom, and who said what, from raw news.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
dictionaries_app = typer.Typer(help="Import and manage actor dictionaries.", no_args_is_help=True)
app.add_typer(dictionaries_app, name="dictionaries")

err = Console(stderr=True)
EXIT_SOME_FAILED = 3


class Format(str, Enum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


DbOption = Annotated[
    str | None,
    typer.Option("--db", help="DuckDB store file (env NEWSGRAPH_DB; default newsgraph.duckdb)."),
]
FormatOption = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]
LimitOption = Annotated[int | None, typer.Option("--limit", min=0, help="At most this many rows.")]


def _settings(**flags: Any) -> Settings:
    return load_settings(**flags)


@contextmanager
def _fatal_errors() -> Iterator[None]:
    """Turn our errors into a message on stderr and the documented exit code."""
    try:
        yield
    except NewsgraphError as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        raise typer.Exit(exc.exit_code) from None


@contextmanager
def _open_store(db: str | None, read_only: bool = True) -> Iterator[Any]:
    from newsgraph.store import Store

    settings = _settings(db=db)
    if read_only and not Path(settings.db).exists():
        err.print(
            f"[red]error:[/red] no store at {settings.db}: run `newsgraph ingest PATH` first "
            "or point --db / NEWSGRAPH_DB at an existing store",
            highlight=False,
        )
        raise typer.Exit(1)
    with _fatal_errors():
        store = Store.open(settings.db, read_only=read_only)
        try:
            yield store
        finally:
            store.close()


def emit(rows: Sequence[dict[str, Any]], fmt: Format, columns: Sequence[str] | None = None) -> None:
    """Write rows to stdout as a table, JSON lines or CSV."""
    from newsgraph.exports import cell, write_rows

    if fmt is not Format.table:
        write_rows(rows, fmt.value, sys.stdout, None if fmt is Format.jsonl else columns)
        return
    cols = list(columns or (rows[0].keys() if rows else []))
    table = Table(show_lines=False)
    for c in cols:
        table.add_column(c, overflow="fold")
    for row in rows:
        table.add_row(*(cell(row.get(c)) for c in cols))
    _out().print(table)


def _out() -> Console:
    """stdout; when piped, wide enough that tables are not folded into slivers."""
    console = Console()
    return console if console.is_terminal else Console(width=240)


def _progress() -> Progress:
    return Progress(
        SpinnerColumn(),
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=False,
        disable=not err.is_terminal,
    )


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, globs, or - for stdin.")],
    db: DbOption = None,
    workers: Annotated[int | None, typer.Option("--workers", "-w", min=1, help="Parser processes.")] = None,
    date: Annotated[str | None, typer.Option("--date", help="Article date YYYY-MM-DD when the source gives none.")] = None,
    source: Annotated[str | None, typer.Option("--source", help="Name of the news source.")] = None,
    actors: Annotated[str | None, typer.Option("--actors", help="YAML actor dictionary to add.")] = None,
    model: Annotated[str | None, typer.Option("--model", help="Installed spaCy pipeline to use.")] = None,
    domestic: Annotated[bool, typer.Option("--domestic", help="Also code acts inside one state (police vs protesters), as PLOVER does.")] = False,
) -> None:
    """Read news, code events and quotes, and store them (re-running never duplicates)."""
    from newsgraph.ingest.readers import iter_documents
    from newsgraph.model import Failure, Result
    from newsgraph.pipeline import Pipeline
    from newsgraph.store import Store

    if date:
        from newsgraph.ingest.dates import normalize_date

        if normalize_date(date) is None:
            err.print(f"[red]error:[/red] --date {date!r} is not a date; use YYYY-MM-DD")
            raise typer.Exit(2)
    settings = _settings(
        db=db, workers=workers, date=date, source=source, actors_file=actors, model=model,
        domestic=domestic or None,
    )
    totals = {"read": 0, "new": 0, "duplicate": 0, "failed": 0, "events": 0, "quotes": 0}
    with _fatal_errors():
        store = Store.open(settings.db)
        try:
            results: list[Result] = []
            failures: list[Failure] = []

            def flush() -> None:
                if not results and not failures:
                    return
                stats = store.write_batch(results, failures)
                totals["new"] += stats.new
                totals["duplicate"] += stats.duplicate
                totals["events"] += stats.events
                totals["quotes"] += stats.quotes
                results.clear()
                failures.clear()

            def stored(article_id: str) -> bool:
                return bool(store.known_ids([article_id]))

            docs = iter_documents(paths, stdin=sys.stdin.buffer if "-" in paths else None)
            with _progress() as progress:
                task = progress.add_task("ingesting", total=None)
                for item in Pipeline(settings).process(docs, skip=stored):
                    totals["read"] += 1
                    if isinstance(item, str):
                        totals["duplicate"] += 1
                    elif isinstance(item, Failure):
                        totals["failed"] += 1
                        failures.append(item)
                        err.print(f"[yellow]failed[/yellow] {item.path} ({item.stage}): {item.reason}", highlight=False)
                    else:
                        results.append(item)
                    if len(results) + len(failures) >= settings.commit_every:
                        flush()
                    progress.advance(task)
                flush()
        finally:
            store.close()
    err.print(
        "read {read}, new {new}, duplicate {duplicate}, failed {failed}, "
        "events {events}, quotes {quotes}".format(**totals),
        highlight=False,
    )
    if totals["failed"]:
        raise typer.Exit(EXIT_SOME_FAILED)


@app.command()
def articles(db: DbOption = None, fmt: FormatOption = Format.table, limit: LimitOption = None) -> None:
    """List stored articles."""
    from newsgraph import query

    with _open_store(db) as store, _fatal_errors():
        rows = query.articles(store, limit=limit)
    cols = None if fmt is Format.jsonl else ["id", "date", "dateline", "title", "path", "events", "quotes"]
    emit(rows, fmt, cols)


@app.command()
def show(article_id: str, db: DbOption = None, fmt: FormatOption = Format.table) -> None:
    """Show one article's text with its mentions, events and quotes."""
    from newsgraph import query

    with _open_store(db) as store, _fatal_errors():
        row = query.article(store, article_id)
    if row is None:
        err.print(f"[red]error:[/red] no article {article_id!r}; list ids with `newsgraph articles`")
        raise typer.Exit(1)
    if fmt is not Format.table:
        emit([row], fmt)
        return
    from newsgraph.render import render_article

    _out().print(render_article(row))


@app.command()
def events(
    db: DbOption = None,
    fmt: FormatOption = Format.table,
    actor: Annotated[str | None, typer.Option(help="Source or target (principal or full code).")] = None,
    source: Annotated[str | None, typer.Option(help="Source principal or code.")] = None,
    target: Annotated[str | None, typer.Option(help="Target principal or code.")] = None,
    root: Annotated[str | None, typer.Option(help="CAMEO root, two digits.")] = None,
    code: Annotated[str | None, typer.Option(help="CAMEO code.")] = None,
    since: Annotated[str | None, typer.Option(help="From date YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="To date YYYY-MM-DD.")] = None,
    limit: LimitOption = None,
) -> None:
    """List coded events (who did what to whom)."""
    from newsgraph import query

    with _open_store(db) as store, _fatal_errors():
        rows = query.events(
            store, actor=actor, source=source, target=target, root=root, code=code,
            since=since, until=until, limit=limit,
        )
    cols = None if fmt is not Format.table else ["date", "source_actor", "code", "target_actor", "goldstein", "evidence"]
    emit(rows, fmt, cols)


@app.command()
def quotes(
    db: DbOption = None,
    fmt: FormatOption = Format.table,
    speaker: Annotated[str | None, typer.Option(help="Speaker name (substring, any case).")] = None,
    actor: Annotated[str | None, typer.Option(help="Speaker's actor code.")] = None,
    limit: LimitOption = None,
) -> None:
    """List direct quotations with their speakers."""
    from newsgraph import query

    with _open_store(db) as store, _fatal_errors():
        rows = query.quotes(store, speaker=speaker, actor=actor, limit=limit)
    cols = None if fmt is not Format.table else ["speaker", "speaker_actor", "cue", "text"]
    emit(rows, fmt, cols)


@app.command()
def actors(db: DbOption = None, fmt: FormatOption = Format.table, limit: LimitOption = None) -> None:
    """List the actors found, with mention counts."""
    from newsgraph import query

    with _open_store(db) as store, _fatal_errors():
        rows = query.actors(store)
    emit(rows[:limit] if limit is not None else rows, fmt)


@app.command()
def failures(db: DbOption = None, fmt: FormatOption = Format.table) -> None:
    """List the documents that could not be processed, and why."""
    from newsgraph import query

    with _open_store(db) as store, _fatal_errors():
        rows = query.failures(store)
    emit(rows, fmt, ["path", "stage", "reason"])


@app.command(name="eval")
def evaluate(
    gold: Annotated[list[Path], typer.Argument(help="Gold JSONL files (../shared/spec/gold-format.md).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    details: Annotated[bool, typer.Option("--details", help="List misses and extras on stderr.")] = False,
    causes: Annotated[
        bool, typer.Option("--causes", help="Count missed and extra events by cause (from the events of their sentence).")
    ] = False,
    blocked: Annotated[
        bool, typer.Option("--blocked", help="Count missed events of silent sentences by the condition that stopped a pattern there.")
    ] = False,
    model: Annotated[str | None, typer.Option("--model", help="Installed spaCy pipeline to use.")] = None,
) -> None:
    """Run the pipeline on gold articles and score events and quotes.

    --causes and --blocked count without printing any text, so they may be run on held-out
    gold (--causes also counts the root pairs of events found with another root: "ours 04;
    gold 05"); --details also lists, under each event missed in a sentence that coded nothing,
    the patterns whose trigger it holds and the check that stopped each.
    """
    from newsgraph.evaluate.run import evaluate_files

    settings = _settings(model=model)
    with _fatal_errors():
        score = evaluate_files([str(g) for g in gold], settings, blocked=blocked or details)
    data = score.to_dict()
    if details:
        for line in score.detail_lines():
            err.print(line, highlight=False, markup=False)
    if as_json:
        summary = {k: v for k, v in data.items() if k != "per_document"}
        sys.stdout.write(json.dumps(summary, ensure_ascii=False) + "\n")
        return
    ev = cast(dict[str, Any], data["events"])
    qu = cast(dict[str, Any], data["quotes"])
    emit(
        [
            {"what": "events (root)", "precision": ev["precision"], "recall": ev["recall"], "f1": ev["f1"]},
            {"what": "events (code)", **ev["strict"]},
            {"what": "quotes", "precision": qu["precision"], "recall": qu["recall"], "f1": qu["f1"],
             "speaker_accuracy": qu["speaker_accuracy"]},
        ],
        Format.table,
        ["what", "precision", "recall", "f1", "speaker_accuracy"],
    )
    if causes:
        _emit_causes("missed event cause", score.miss_causes())
        _emit_causes("extra event cause", score.extra_causes())
        swaps = score.root_swaps()
        if swaps:
            columns = ["another root", "roots", "count"]
            emit([dict(zip(columns, row)) for row in swaps], Format.table, columns)
    if blocked:
        _emit_blocked(score)


def _emit_blocked(score: Score) -> None:
    """The block trace's table: missed events of silent sentences, by the condition that
    stopped the patterns of their root (Score.blocked_conditions)."""
    from newsgraph.evaluate.diagnose import silent as coded_nothing

    silent = sum(n for cause, n in score.miss_causes() if coded_nothing(cause))
    columns = ["blocked condition", "stage", "nearest", "any"]
    rows = [dict(zip(columns, ("(missed events in silent sentences)", "", silent, silent)))]
    rows += [dict(zip(columns, row)) for row in score.blocked_conditions()]
    emit(rows, Format.table, columns)


def _emit_causes(title: str, counts: tuple[tuple[str, int], ...]) -> None:
    """One table of causes with their counts and shares, the most frequent first."""
    total = sum(n for _, n in counts)
    rows = [
        {title: cause, "count": n, "share": round(n / total, 3)}
        for cause, n in sorted(counts, key=lambda cn: -cn[1])
        if n
    ]
    emit(rows, Format.table, [title, "count", "share"])


@app.command()
def repair(
    file: Annotated[str, typer.Argument(help="A file, or - for stdin.")] = "-",
    explain: Annotated[bool, typer.Option("--explain", help="List each fix on stderr.")] = False,
) -> None:
    """Print a file's text with broken encodings (mojibake) repaired."""
    from newsgraph.ingest.repair import explain as explain_fixes
    from newsgraph.ingest.repair import repair_bytes

    try:
        data = sys.stdin.buffer.read() if file == "-" else Path(file).read_bytes()
    except OSError as exc:
        err.print(f"[red]error:[/red] cannot read {file}: {exc.strerror}")
        raise typer.Exit(1) from None
    repaired = repair_bytes(data)
    sys.stdout.write(repaired.text)
    if explain:
        for line in explain_fixes(repaired):
            err.print(line, highlight=False, markup=False)


@app.command()
def export(
    out: Annotated[Path, typer.Argument(help="Output file (or directory for parquet).")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="gdelt, plover, jsonl, csv, parquet, quotes-jsonl.")] = "jsonl",
    table: Annotated[str, typer.Option("--table", help="Table for jsonl/csv/parquet.")] = "events",
    db: DbOption = None,
) -> None:
    """Export events (GDELT 2.0 columns, PLOVER) or any table (jsonl, csv, parquet)."""
    from newsgraph.exports import export_store

    with _open_store(db) as store, _fatal_errors():
        n = export_store(store, fmt, table, out)
    err.print(f"wrote {n} rows to {out}", highlight=False)


@app.command(name="validate-petrarch")
def validate_petrarch(
    file: Annotated[Path, typer.Argument(help="PETRARCH validation records (PETR_Validate_records_*.xml); its dictionaries sit next to it unless --dictionaries says where.")],
    show: Annotated[bool, typer.Option("--show", help="List every uncoded and extra event on stderr.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    engine: Annotated[str, typer.Option("--engine", help="petrarch (the suite's verbs, PETRARCH semantics), patterns (our extractor on them) or ours.")] = "petrarch",
    dictionaries: Annotated[Path | None, typer.Option("--dictionaries", help="Folder of the dictionaries the file names (default: the file's folder).")] = None,
    model: Annotated[str | None, typer.Option("--model", help="Installed spaCy pipeline to use.")] = None,
) -> None:
    """Run the PETRARCH validation suite: correct / uncoded / extra per record category."""
    from newsgraph.events.validate import validate

    settings = _settings(model=model)
    with _fatal_errors(), _progress() as progress:
        task = progress.add_task("validating", total=None)
        report = validate(
            file, engine, settings, lambda done, total: progress.update(task, completed=done, total=total), dictionaries
        )
    if show:
        for line in report.details:
            err.print(line, highlight=False, markup=False)
    data = report.as_dict()
    if as_json:
        sys.stdout.write(json.dumps(data) + "\n")
        return
    cats = cast(dict[str, dict[str, Any]], data["categories"])
    rows = [{"category": k, **v} for k, v in cats.items()]
    rows.append({"category": "TOTAL", **cast(dict[str, Any], data["total"])})
    emit(rows, Format.table, ["category", "records", "expected", "correct", "uncoded", "extra", "correct_exact", "correct_rate", "extra_rate"])


@dictionaries_app.command("import")
def dictionaries_import(
    paths: Annotated[list[str], typer.Argument(help="PETRARCH/TABARI actor or agent dictionaries.")],
    out: Annotated[Path, typer.Option("--out", help="YAML file to write.")],
) -> None:
    """Convert PETRARCH/TABARI dictionaries into a newsgraph actor YAML file."""
    from newsgraph.actors.dictionaries import import_petrarch

    with _fatal_errors():
        counts = import_petrarch(paths, str(out))
    for name, n in counts.items():
        err.print(f"{name}: {n}", highlight=False)


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option("--host", help="Address to bind; anything but loopback needs --token.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port to listen on.")] = 8000,
    token: Annotated[str | None, typer.Option("--token", envvar="NEWSGRAPH_TOKEN", help="Bearer token that POST /api/ingest requires.")] = None,
) -> None:
    """Serve the web page and the JSON API; the server holds the store, so ingest through it."""
    import uvicorn

    from newsgraph.api import create_app, serve_address_allowed, serve_allowed_hosts

    if not serve_address_allowed(host, token):
        err.print(f"[red]error:[/red] --host {host} is reachable from other machines; give --token "
                  "(or NEWSGRAPH_TOKEN) so that only its holders can ingest", highlight=False)
        raise typer.Exit(2)
    settings = _settings(db=db)
    with _fatal_errors():
        web = create_app(settings, token=token, allowed_hosts=serve_allowed_hosts(host))
    err.print(f"serving {settings.db} at http://{host}:{port}/ (API docs at /docs); Ctrl-C stops", highlight=False)
    uvicorn.run(web, host=host, port=port, log_level="warning")


@app.command()
def spark(
    paths: Annotated[list[str], typer.Argument(help="Shards: files, directories, globs or URLs (txt, html, jsonl, warc).")],
    out: Annotated[str, typer.Option("--out", help="Output directory (any Hadoop URL) for the Parquet tables.")],
    master: Annotated[str | None, typer.Option("--master", help="Spark master (default: spark-submit's, else local[2]).")] = None,
    partitions: Annotated[int | None, typer.Option("--partitions", min=1, help="Analysis partitions (default: 2 per core).")] = None,
    date: Annotated[str | None, typer.Option("--date", help="Article date YYYY-MM-DD when the source gives none.")] = None,
    source: Annotated[str | None, typer.Option("--source", help="Name of the news source.")] = None,
    actors: Annotated[str | None, typer.Option("--actors", help="YAML actor dictionary to add.")] = None,
    model: Annotated[str | None, typer.Option("--model", help="Installed spaCy pipeline to use.")] = None,
) -> None:
    """Run the pipeline on Apache Spark and write Parquet tables (load them with `newsgraph load`)."""
    from newsgraph.distributed import run_spark

    settings = _settings(date=date, source=source, actors_file=actors, model=model)
    with _fatal_errors():
        stats = run_spark(paths, out, master, settings, partitions=partitions)
    sys.stdout.write(json.dumps(stats) + "\n")
    if stats["failures"]:
        raise typer.Exit(EXIT_SOME_FAILED)


@app.command()
def load(
    directory: Annotated[str, typer.Argument(help="Output directory of `newsgraph spark`.")],
    db: DbOption = None,
) -> None:
    """Add the Parquet tables of a Spark run to the store (re-loading never duplicates)."""
    from newsgraph.distributed import load_parquet
    from newsgraph.store import Store

    settings = _settings(db=db)
    with _fatal_errors(), Store.open(settings.db) as store:
        added = load_parquet(directory, store)
    sys.stdout.write(json.dumps(added) + "\n")


def main() -> None:
    """Console entry point."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    app()


if __name__ == "__main__":
    main()
