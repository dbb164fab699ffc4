"""Where documents are processed: in this process, in a pool of worker processes, or on a Dask
cluster. Every engine runs the same `pipeline.process` on each document and yields the results
in input order, so the tables do not depend on the engine, the number of workers or which worker
took which document; what depends on many documents (speaker linking) is computed afterwards,
in the ingest process, over the store.

The Dask engine (`corpus ingest --engine dask [--scheduler tcp://HOST:8786]`) needs the `dask`
extra (`pip install "syria-corpus[dask]"`) on the client and the same version of syria-corpus
on every worker. Input files are read by the client, which ships the documents to the workers
and writes the store itself: the workers need neither the input files nor the store.
"""
from __future__ import annotations

import itertools
import multiprocessing as mp
import multiprocessing.pool
import os
import signal
from collections import deque
from collections.abc import Iterator
from functools import partial
from typing import Any

from .errors import CorpusError
from .pipeline import process, process_guarded
from .readers import RawDoc

ENGINES = ("local", "dask")
IN_FLIGHT_PER_JOB = 64         # documents read ahead of the local workers, per worker
LOCAL_CHUNK_DOCS = 16          # documents per message to a local worker: fewer messages to (un)pickle
DASK_BATCH_DOCS = 16            # documents per Dask task: fewer, larger tasks cost less scheduling
DASK_BATCH_CHARS = 400_000      # ... unless they are long
DASK_TASKS_PER_THREAD = 4       # tasks in flight per worker thread: enough to keep every worker busy
LOCAL_CLUSTER_PROCESSES = True  # a LocalCluster of processes (threads share one interpreter lock)


class LocalWorkers:
    """Documents through `process`, in order: in this process, or a pool of `jobs` processes."""

    def __init__(self, jobs: int, settings: dict):
        self.jobs, self.settings = jobs, settings
        self.pool: Any = None

    @property
    def slots(self) -> int:
        """Documents read ahead of the workers (bounds memory)."""
        return IN_FLIGHT_PER_JOB * self.jobs

    def imap(self, docs: Iterator[RawDoc]) -> Iterator[dict]:
        fn = partial(process_guarded, settings=self.settings)
        if self.jobs <= 1:
            return map(fn, docs)
        sample = list(itertools.islice(docs, WARM_UP_SAMPLE))
        if not sample:   # nothing to process (every file refused or unchanged): no pool, no warm-up
            return iter(())
        docs = itertools.chain(sample, docs)
        fork = hasattr(os, "fork")
        if fork:
            # the workers inherit what is loaded, instead of each loading it again
            warm_up(self.settings, sample)
        self.pool = _Pool(self.jobs, initializer=_ignore_interrupt, context=mp.get_context("fork" if fork else "spawn"))
        return self.pool.imap(fn, docs, chunksize=LOCAL_CHUNK_DOCS)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, *_):
        if self.pool is not None:
            if exc_type is None:
                self.pool.close()
            else:
                self.pool.terminate()
            self.pool.join()


class _Pool(multiprocessing.pool.Pool):
    """A Pool whose worker-watching thread wakes when a worker exits or the pool's state changes,
    not also whenever a result waits in the pipe: with that wake-up it spins, unable to take the
    result (the result thread does), until the result is read, taking the GIL and a core's time
    (about 5 s of the main process's CPU on 15,000 documents) from the workers and the main thread."""

    def _get_sentinels(self):
        return [self._change_notifier._reader]   # type: ignore[attr-defined]


def _ignore_interrupt() -> None:
    """Workers leave Ctrl-C to the main process, which stops them: no stray traceback per worker."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


# One sentence of news per language: enough to load its language data, tokenizer, detectors and
# extractors. Results are thrown away; only caches (pure functions of the configs) are filled.
_WARM_UP = {
    "en": "The foreign minister said on Monday that 12 people were killed in the shelling of the town.",
    "ar": "وقال وزير الخارجية يوم الاثنين إن 12 شخصا قتلوا في قصف المدينة الليلة الماضية.",
    "id": "Menteri luar negeri mengatakan pada hari Senin bahwa 12 orang tewas dalam serangan di kota itu.",
    "ru": "Министр иностранных дел заявил в понедельник, что 12 человек погибли при обстреле города.",
}


WARM_UP_SAMPLE = 16   # the run's first documents, whose languages are loaded before the workers fork


def warm_up(settings: dict, sample: list[RawDoc] | None = None) -> None:
    """Load in this process what every worker needs (configs, gazetteer, tokenizers, detectors), so
    worker processes forked from it share it rather than each reading and building it again. Given
    the run's first documents, only their languages: loading the four took 6.5 s of CPU before any
    worker started, 5.5 s of it for languages an Arabic corpus never uses (a worker that meets a
    language later loads it itself). The tables do not depend on what is loaded here."""
    from .langdata import languages_with_data

    wanted = _languages(sample, settings) if sample else set(_WARM_UP)
    for lang, text in _WARM_UP.items():
        if lang in wanted and lang in languages_with_data():
            process(RawDoc(path=f"<warm-up {lang}>", text=text), settings)


def _languages(sample: list[RawDoc], settings: dict) -> set[str]:
    from .language import detect  # the function the pipeline calls

    out = set()
    for d in sample:
        try:
            out.add(detect(d.text, settings).lang)
        except Exception:   # hostile text: its worker reports it (process_guarded); a warm-up only skips it
            continue
    return out


def _process_batch(docs: list[RawDoc], settings: dict, configs: str | None, digest: str) -> list[dict]:
    """A Dask task: `process` on a few documents, after checking that this worker runs the same code
    and language data as the client (else its rows could differ from a local run's)."""
    from .config import code_and_data_digest
    from .resources import CONFIG_ENV, use_configs

    if (os.environ.get(CONFIG_ENV) or None) != configs:
        use_configs(configs)
    mine = code_and_data_digest()
    if mine != digest:
        raise CorpusError(f"Dask worker runs another syria-corpus (code and data digest {mine}, the client's "
                          f"{digest}): install the same version on the workers, or pass --configs to both")
    return [process_guarded(d, settings) for d in docs]


class DaskWorkers:
    """Documents through `process` on a Dask cluster, in order. `scheduler`: the address of a
    running scheduler (`tcp://HOST:8786`), or None for a LocalCluster of `jobs` worker processes on
    this machine. A bounded number of tasks is in flight, so memory stays flat on long runs."""

    def __init__(self, jobs: int, settings: dict, scheduler: str | None = None, cluster: Any = None):
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise CorpusError('--engine dask needs Dask: pip install "syria-corpus[dask]" '
                              '(or: pip install "dask[distributed]")') from None
        self.settings = settings
        self._own_cluster = None
        if scheduler:
            try:
                self.client = Client(scheduler, timeout="20s")
            except OSError as e:
                raise CorpusError(f"cannot reach the Dask scheduler at {scheduler}: {e}") from None
        else:
            if cluster is None:
                cluster = self._own_cluster = LocalCluster(n_workers=jobs, threads_per_worker=1,
                                                           processes=LOCAL_CLUSTER_PROCESSES,
                                                           dashboard_address=None)
            self.client = Client(cluster)
        self.threads = max(1, sum(self.client.nthreads().values()))

    @property
    def slots(self) -> int:
        """Documents taken from the input before a result is handed back (the read-ahead window)."""
        return (self.threads * DASK_TASKS_PER_THREAD + 1) * DASK_BATCH_DOCS

    def imap(self, docs: Iterator[RawDoc]) -> Iterator[dict]:
        from .config import code_and_data_digest
        from .resources import CONFIG_ENV

        configs = os.environ.get(CONFIG_ENV) or None
        digest = code_and_data_digest()
        settings = self.settings
        in_flight: deque = deque()
        limit = self.threads * DASK_TASKS_PER_THREAD
        for batch in _batches(docs):
            in_flight.append(self.client.submit(_process_batch, batch, settings, configs, digest, pure=False))
            while len(in_flight) >= limit:
                yield from in_flight.popleft().result()
        while in_flight:
            yield from in_flight.popleft().result()

    def __enter__(self):
        return self

    def __exit__(self, *_):
        self.client.close()
        if self._own_cluster is not None:
            self._own_cluster.close()


def _batches(docs: Iterator[RawDoc]) -> Iterator[list[RawDoc]]:
    batch: list[RawDoc] = []
    chars = 0
    for d in docs:
        batch.append(d)
        chars += len(d.text)
        if len(batch) >= DASK_BATCH_DOCS or chars >= DASK_BATCH_CHARS:
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch


def workers(engine: str, jobs: int, settings: dict, scheduler: str | None = None) -> LocalWorkers | DaskWorkers:
    if engine == "dask":
        return DaskWorkers(jobs, settings, scheduler)
    if engine != "local":
        raise CorpusError(f"unknown engine {engine!r} (known: {', '.join(ENGINES)})")
    if scheduler:
        raise CorpusError("--scheduler applies to --engine dask")
    return LocalWorkers(jobs, settings)
