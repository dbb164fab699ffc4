"""The `corpus` command: parses options and calls the library (ingest, report, output)."""
from __future__ import annotations

import os
import sys
import time
import traceback

import click

from . import __version__
from .errors import CorpusError
from .model import INPUT_FORMATS, STANCES, TABLES
from .output import FORMATS, column_names, render, select

DEFAULT_STORE = "corpus-store"
INTERNAL_ERROR = 3  # a bug, not the user's input: the store keeps its last commit
REPORTS = TABLES + ("claims", "html")   # tables of the store, and reports computed from them
INTERRUPTED = 130
store_option = click.option("--store", "store", envvar="CORPUS_STORE", default=DEFAULT_STORE, show_default=True,
                            type=click.Path(file_okay=False),
                            help="Store folder, or an fsspec URL such as s3://bucket/corpus (env CORPUS_STORE).")


class _Main(click.Group):
    """Library errors become one line on stderr and their exit status; -v shows the traceback."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except (CorpusError, OSError) as e:
            if ctx.obj and ctx.obj.get("verbose"):
                traceback.print_exc()
            if isinstance(e, OSError) and not isinstance(e, BrokenPipeError):  # disk full, permissions...
                e = CorpusError(f"{e.strerror or e}{f': {e.filename}' if e.filename else ''}")
            elif isinstance(e, BrokenPipeError):
                raise
            click.echo(f"corpus: error: {e}", err=True)
            ctx.exit(e.exit_code)
        except KeyboardInterrupt:   # Ctrl-C: the store keeps its last commit; 130 as shells report SIGINT
            click.echo("corpus: interrupted", err=True)
            ctx.exit(INTERRUPTED)
        except (click.exceptions.Exit, click.ClickException, click.Abort, BrokenPipeError):
            raise
        except Exception as e:  # a bug: one line for users, the traceback with -v
            if ctx.obj and ctx.obj.get("verbose"):
                traceback.print_exc()
            click.echo(f"corpus: internal error: {type(e).__name__}: {e} (run with -v for the traceback)", err=True)
            ctx.exit(INTERNAL_ERROR)


@click.group(cls=_Main)
@click.option("-v", "--verbose", is_flag=True, help="Show warnings and tracebacks.")
@click.option("--configs", type=click.Path(file_okay=False, exists=True),
              help="Your own configs folder (language data, gazetteer, defaults) instead of the packaged one "
                   "(env CORPUS_CONFIG_DIR).")
@click.version_option(__version__, prog_name="corpus")
@click.pass_context
def cli(ctx, verbose, configs):
    """Who said what, when, and with which figures, in news about the Syrian war."""
    ctx.obj = {"verbose": verbose}
    if configs:
        from .resources import use_configs

        use_configs(configs)   # read by this process and inherited by the worker processes


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@store_option
@click.option("--jobs", "-j", type=click.IntRange(0), default=0, help="Worker processes (0: one per core).")
@click.option("--config", "config", type=click.Path(dir_okay=False), help="YAML settings merged over the defaults.")
@click.option("--prune", is_flag=True, help="Drop documents whose files are gone.")
@click.option("--input-format", type=click.Choice(INPUT_FORMATS), help="Read every file as this format.")
@click.option("--quiet", "-q", is_flag=True, help="No progress and no summary line.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Where documents are processed: local processes, or a Dask cluster (the `dask` extra).")
@click.option("--scheduler", metavar="ADDRESS",
              help="--engine dask: a running scheduler (tcp://HOST:8786); "
                   "without it, a LocalCluster of --jobs workers.")
@click.pass_context
def ingest(ctx, paths, store, jobs, config, prune, input_format, quiet, engine, scheduler):
    """Read files and folders (recursively) and write their tables to the store."""
    from .config import load_settings
    from .ingest import ingest as run
    from .store import use_arrow_pool, use_c_heap

    err = sys.stderr
    verbose = ctx.obj["verbose"]
    show_progress = not quiet and err.isatty()

    def warn(msg):
        if verbose or (not quiet and err.isatty()):
            _clear(show_progress)
            click.echo(f"warning: {msg}", err=True)

    started = time.monotonic()

    def progress(done, total, docs):
        if show_progress and (total > 3 or docs >= 50):
            rate = docs / max(time.monotonic() - started, 1e-6)
            err.write(f"\r{done}/{total} files, {docs} documents, {rate:.0f} docs/s")
            err.flush()

    use_arrow_pool()   # (this process's: a library caller keeps its own)
    use_c_heap()
    summary = run(list(paths), store, load_settings(config), jobs=jobs or None, prune=prune,
                  input_format=input_format, warn=warn, progress=progress, engine=engine, scheduler=scheduler)
    _clear(show_progress)
    for path, why in summary.failed:
        click.echo(f"failed: {path}: {why}", err=True)
    if not quiet:
        click.echo(summary.line(), err=True)
    ctx.exit(1 if summary.failed else 0)


def _clear(active: bool) -> None:
    if active:
        sys.stderr.write("\r\x1b[K")


@cli.command()
@click.argument("table", required=False, type=click.Choice(REPORTS), default=None, metavar="[TABLE]")
@store_option
@click.option("--speaker", help="A person or body, in any script or spelling (Lavrov, لافروف, Лавров).")
@click.option("--lang", "langs", multiple=True, help="Only these languages (ISO 639-1); repeatable.")
@click.option("--doc", "docs", multiple=True, help="Only this document (doc_id, path or file name); repeatable.")
@click.option("--category", multiple=True, help="figures, claims: only this category (killed, sorties...); repeatable.")
@click.option("--kind", type=click.Choice(["direct", "indirect"]), help="quotes: only this kind.")
@click.option("--sum", "sum_", is_flag=True, help="figures: totals per --by group instead of rows.")
@click.option("--by", multiple=True, help="figures --sum: group by these columns (default category).")
@click.option("--timeline", is_flag=True, help="dates: calendar values in order, with counts.")
@click.option("--stance", multiple=True, type=click.Choice(STANCES), help="quotes: only this stance; repeatable.")
@click.option("--place", help="places, figures, claims: only this place and the places inside it, in any "
                              "spelling (Aleppo, حلب, Алеппо).")
@click.option("--since", help="claims, html: from this date (YYYY-MM-DD, YYYY-MM or YYYY).")
@click.option("--until", help="claims, html: up to this date.")
@click.option("--min-ratio", type=click.FloatRange(1.0), help="claims: only groups whose largest number is at "
                                                              "least this many times their smallest.")
@click.option("--threshold", type=click.FloatRange(1.0, min_open=True), default=1.5, show_default=True,
              help="claims: claimants disagree when one's number is this many times another's.")
@click.option("--max-gap", type=click.FloatRange(1.0, min_open=True), default=10.0, show_default=True,
              help="claims: numbers this many times apart are flagged `apart` (two incidents, or a part and its "
                   "whole, far more often than two counts of one event), not `disagree`.")
@click.option("--window", type=click.IntRange(0), default=3, show_default=True,
              help="claims: days before its publication a figure without a date of its own may be about.")
@click.option("--disagree", is_flag=True, help="claims: only groups whose claimants disagree.")
@click.option("--detail", is_flag=True, help="claims: one row per claim instead of one per group.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="html: the file to write (report.html).")
@click.option("--columns", help="Comma-separated columns to show.")
@click.option("--limit", type=click.IntRange(0), help="At most this many rows.")
@click.option("--format", "fmt", type=click.Choice(FORMATS),
              help="Output format (default: table on a terminal, jsonl otherwise).")
def report(table, store, speaker, langs, docs, category, kind, sum_, by, timeline, stance, place, since, until,
           min_ratio, threshold, max_gap, window, disagree, detail, output, columns, limit, fmt):
    """Print a table (documents, quotes, speakers, dates, figures, places), the claims that disagree
    (claims), or write the HTML report (html -o FILE); with only --speaker, that speaker's quotes."""
    from . import report as rep

    if speaker is not None and not speaker.strip():
        raise click.UsageError("--speaker needs a name (it was empty)")
    if table is None:
        if not speaker:
            raise click.UsageError("name a TABLE or give --speaker")
        table = "quotes"
    for name, given, tables in (("--since", since, ("claims", "html")), ("--until", until, ("claims", "html")),
                                ("--min-ratio", min_ratio, ("claims",)), ("--disagree", disagree, ("claims",)),
                                ("--detail", detail, ("claims",)), ("--output", output, ("html",)),
                                ("--stance", stance, ("quotes",)),
                                ("--place", place, ("places", "figures", "claims"))):
        if given and table not in tables:
            raise click.UsageError(f"{name} applies to {' and '.join(tables)}")
    if table == "html":
        from .html_report import write_report

        path = output or "report.html"
        info = write_report(store, path, langs=langs, since=since, until=until)
        click.echo(f"wrote {path} ({info})", err=True)
        return
    if table == "claims":
        from .claims import report as claims_report

        df = claims_report(store, categories=category, place=place, since=since, until=until, min_ratio=min_ratio,
                           langs=langs, threshold=threshold, max_gap=max_gap, window=window, disagree_only=disagree,
                           details=detail)
        _emit(df, columns, limit, fmt)
        return
    if sum_ and table != "figures":
        raise click.UsageError("--sum applies to the figures table")
    if timeline and table != "dates":
        raise click.UsageError("--timeline applies to the dates table")
    rows = rep.query_arrow(store, table, speaker=speaker, langs=langs, docs=docs, category=category, kind=kind,
                           limit=None if (sum_ or timeline) else limit, stance=stance, place=place)
    if sum_:
        rows = rep.figures_sum(rows, by)
    elif timeline:
        rows = rep.timeline(rows)
    if (speaker or table == "speakers") and not rep.is_linked(store):
        click.echo("corpus: warning: speakers are not linked (the last ingest stopped early); "
                   "run `corpus ingest` again to link them", err=True)
    elif speaker and len(rows) == 0:
        click.echo(f"corpus: no speaker matches {speaker!r} (see `corpus report speakers`)", err=True)
    _emit(rows, columns, limit if (sum_ or timeline) else None, fmt)


def _emit(rows, columns, limit, fmt) -> None:
    """The chosen columns and the first `limit` rows (a pyarrow Table or a DataFrame), rendered to stdout."""
    wanted = None
    if columns:
        known = column_names(rows)
        wanted = [c.strip() for c in columns.split(",") if c.strip()]
        unknown = [c for c in wanted if c not in known]
        if unknown:
            raise click.UsageError(f"unknown column(s) {', '.join(unknown)}; known: {', '.join(known)}")
    rows = select(rows, wanted, limit)
    out = sys.stdout
    try:
        render(rows, fmt or ("table" if out.isatty() else "jsonl"), out)
        out.flush()
    except BrokenPipeError:
        _quiet_broken_pipe()


@cli.command()
@store_option
@click.pass_context
def check(ctx, store):
    """Read every shard the store's manifest names; list what is damaged (exit 1 when anything is)."""
    from .storecheck import check as run

    n, damage = run(store)
    for d in damage:
        click.echo(f"damaged: {d.what}: {d.why}")
    click.echo(f"{n} shards read, {len(damage)} damaged" + (" (`corpus repair` drops them)" if damage else ""),
               err=True)
    ctx.exit(1 if damage else 0)


@cli.command()
@store_option
def repair(store):
    """Drop damaged shards and mark their source files for the next ingest."""
    from .storecheck import repair as run

    damage, files = run(store)
    for d in damage:
        click.echo(f"dropped: {d.what}: {d.why}")
    click.echo(f"{len(damage)} damaged parts dropped; {files} source files will be read again by the next "
               "`corpus ingest`" if damage else "nothing damaged", err=True)


def _quiet_broken_pipe() -> None:
    """The reader left (`| head`): that is success, and nothing more is written or said."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    sys.exit(0)


def main() -> None:
    """Entry point: data to stdout; a closed pipe (`| head`) ends quietly."""
    try:
        cli(prog_name="corpus")
    except BrokenPipeError:
        _quiet_broken_pipe()
