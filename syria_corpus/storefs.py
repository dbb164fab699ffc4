"""Where a store's files live: a local folder (LocalFS) or any fsspec URL (UrlFS).

Store (store.py) reads and writes its files through one of these, by names relative to the store
(`manifest.json`, `quotes/003-<digest>.parquet`, `lock`):

    exists(rel)               is there a file
    read_text(rel)            a whole (small) file: the manifest
    write_atomic(rel, data)   readers see the old file or the new one, never a part
    put_shard(rel, data)      a content-named shard file, written unless already there
    parquet(rel)              (source, filesystem) to give pyarrow.parquet (footers, row groups)
    collect(live)             remove shard and temp files `live` does not name
    lock()                    the exclusive right to write, as a context manager

A plain path is LocalFS: flock, fsync, rename and the umask, exactly as the store always worked.
A URL (`s3://bucket/corpus`, `gcs://…`, `memory://…`, `file:///…`) is UrlFS, through fsspec, which
the `dask` extra installs; the backend of a protocol (s3fs, gcsfs…) is the user's to install. Only
the `corpus` process (ingest, report, check, repair) opens the store: Dask workers never do.

On a URL the shard files are named by the hash of their bytes, so writing one is idempotent (a
partial upload has the wrong size and is written again; object stores never show a partial PUT),
and the manifest is the commit point: it is written whole under a temp name and moved over
`manifest.json`. On an object store a single PUT (or the server-side copy `mv` makes) replaces an
object atomically, so readers see the old manifest or the new one; on a file system `mv` is a
rename. The lock is described at UrlFS.lock.
"""
from __future__ import annotations

import contextlib
import errno
import fcntl
import json
import os
import re
import socket
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .errors import CorpusError, StoreLocked

URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*://")


def is_url(root: str | os.PathLike) -> bool:
    return isinstance(root, str) and bool(URL.match(root))


def store_fs(root: str | os.PathLike) -> LocalFS | UrlFS:
    if isinstance(root, str) and is_url(root):
        return UrlFS(root)
    return LocalFS(Path(root), os.fspath(root))


# -- a local folder: today's store, unchanged ------------------------------------------------

def _fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def atomic_write(path: Path, data: bytes) -> None:
    """Write `data` to `path` so that readers see the old file or the new one, never a part. The file
    gets the permissions the umask gives (mkstemp alone would make every store file 0600)."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".part")
    try:
        os.fchmod(fd, 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_dir(path.parent)


class LocalFS:
    """A store folder on this machine."""

    def __init__(self, root: Path, given: str | None = None):
        self.root = root
        self.name = str(root)
        self.folder: str | None = str(root) if given is None else given   # never read as input
        self.location = os.path.abspath(root)   # where another process opens the same store
        self.shared = True                        # (another process of this machine sees it)

    def path(self, rel: str) -> Path:
        return self.root / rel

    def exists(self, rel: str) -> bool:
        return (self.root / rel).is_file()

    def read_text(self, rel: str) -> str:
        with open(self.root / rel, encoding="utf-8") as f:
            return f.read()

    def write_atomic(self, rel: str, data: bytes) -> None:
        atomic_write(self.root / rel, data)

    def put_shard(self, rel: str, data: bytes) -> None:
        path = self.root / rel
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(path, data)

    def parquet(self, rel: str) -> tuple[Any, Any]:
        return self.root / rel, None

    def collect(self, live: set[str]) -> None:
        for f in [self.root / x for x in os.listdir(self.root)] + [
                f for d in self.root.iterdir() if d.is_dir() for f in d.iterdir()]:
            rel = f.relative_to(self.root).as_posix()
            if rel not in live and (f.suffix == ".parquet" or f.name.startswith(".tmp-")):
                with contextlib.suppress(OSError):
                    f.unlink()

    def check_lock(self) -> None:
        """Nothing to check: flock holds until the descriptor is closed or the process dies."""

    @contextlib.contextmanager
    def lock(self) -> Iterator[None]:
        """Exclusive right to write; refused at once, not waited for, when another run holds it."""
        self.root.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.root / "lock", os.O_RDWR | os.O_CREAT, 0o644)
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as e:
                if e.errno not in (errno.EAGAIN, errno.EACCES):
                    raise
                holder = os.pread(fd, 32, 0).decode(errors="replace").strip()
                raise StoreLocked(f"store {self.root} is being written by another `corpus ingest`"
                                  f"{f' (pid {holder})' if holder else ''}; try again when it ends") from None
            os.ftruncate(fd, 0)
            os.pwrite(fd, str(os.getpid()).encode(), 0)
            yield
        finally:
            os.close(fd)  # closing releases the lock, as does the death of the process


# -- any fsspec URL -----------------------------------------------------------------------------

LEASE_SECONDS = 600.0     # a lock not renewed for this long is stale (its writer died)
RENEW_SECONDS = 60.0      # the writer renews its lock this often


class UrlFS:
    """A store at an fsspec URL. Paths given to the filesystem are `<root>/<rel>`."""

    def __init__(self, url: str):
        self.name = url
        try:
            import fsspec
        except ImportError:
            raise CorpusError(f'--store {url} needs fsspec: pip install "syria-corpus[dask]"') from None
        protocol = url.split("://", 1)[0]
        try:
            fs, root = fsspec.core.url_to_fs(url)
        except ValueError:   # fsspec: "Protocol not known: foo"
            raise CorpusError(f"--store {url}: fsspec knows no protocol {protocol!r}") from None
        except ImportError as e:  # a known protocol whose backend is not installed (s3fs, gcsfs...)
            why = " ".join(str(e).split())[:160]
            raise CorpusError(f"--store {url} needs the fsspec backend of {protocol!r}: {why}") from None
        self.fs = fs
        self.root = root.rstrip("/")
        # a file:// store is a folder of this machine: ingest never reads it as input
        self.folder: str | None = root if "file" in _protocols(fs) else None
        self.location = url
        # fsspec's memory filesystem lives in this process: another process would find it empty
        self.shared = "memory" not in _protocols(fs)
        self._arrow: Any = None
        self._token: str | None = None

    def path(self, rel: str) -> str:
        return f"{self.root}/{rel}"

    def exists(self, rel: str) -> bool:
        return bool(self.fs.isfile(self.path(rel)))

    def read_text(self, rel: str) -> str:
        return self.fs.cat_file(self.path(rel)).decode("utf-8")

    def write_atomic(self, rel: str, data: bytes) -> None:
        """The whole file under a temp name, then moved over `rel`: on an object store the copy is one
        atomic replacement of the object (a single PUT would be too), on a file system a rename."""
        tmp = self.path(f".tmp-{uuid.uuid4().hex}.part")
        try:
            self.fs.pipe_file(tmp, data)
            self.fs.mv(tmp, self.path(rel))
        except BaseException:
            with contextlib.suppress(Exception):
                self.fs.rm_file(tmp)
            raise

    def put_shard(self, rel: str, data: bytes) -> None:
        """Idempotent: the name is the hash of the bytes, so a file of that name and size is this shard
        (a write cut short has another size, and is written again). No reader sees it before a
        manifest names it."""
        path = self.path(rel)
        try:
            if self.fs.size(path) == len(data):
                return
        except FileNotFoundError:
            pass
        with contextlib.suppress(FileExistsError):
            self.fs.makedirs(self.path(rel.rsplit("/", 1)[0]), exist_ok=True)
        self.fs.pipe_file(path, data)

    def parquet(self, rel: str) -> tuple[Any, Any]:
        """pyarrow reads the file through the fsspec filesystem: footers first, then only the row
        groups and columns asked for, so the row-group pruning of Store.read_where holds."""
        if self._arrow is None:
            from pyarrow.fs import FSSpecHandler, PyFileSystem

            self._arrow = PyFileSystem(FSSpecHandler(self.fs))
        return self.path(rel), self._arrow

    def collect(self, live: set[str]) -> None:
        try:
            found = self.fs.find(self.root)
        except FileNotFoundError:
            return
        prefix = self.root + "/"
        for p in found:
            if not p.startswith(prefix):
                continue
            rel = p[len(prefix):]
            name = rel.rsplit("/", 1)[-1]
            if rel.count("/") <= 1 and rel not in live and (name.endswith(".parquet") or name.startswith(".tmp-")):
                with contextlib.suppress(Exception):
                    self.fs.rm_file(p)

    # -- the lock ---------------------------------------------------------------------------
    # There is no flock on an object store. The lock is a file `lock` created exclusively (mode "x":
    # a conditional PUT on object stores that support it, O_EXCL on file systems, atomic in memory://);
    # it holds a random token, the host, the pid and the time. The writer renews the time every
    # RENEW_SECONDS and removes the file when it ends. A stale lock never blocks for ever: one whose
    # time is LEASE_SECONDS old (its writer died or lost the network), or whose pid is gone on this
    # host, is taken over. Before each commit the writer checks the lock still holds its token, so a
    # writer whose lock was taken over stops instead of publishing over the newer one. Where the
    # filesystem cannot create a file exclusively, the lock is written plainly after a check: two
    # writers starting in the same instant could both write it; the lock is read back after it is
    # written and before every commit, so only the writer whose token the file holds commits, but
    # running one writer at a time is then the user's responsibility. (A backend that accepts mode
    # "x" without enforcing it is such a filesystem too.)

    def _lock_info(self) -> dict | None:
        try:
            info = json.loads(self.read_text("lock"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError):
            return {}
        return info if isinstance(info, dict) else {}

    def _stale(self, info: dict) -> bool:
        if not info:   # empty or unreadable: a write cut short
            return True
        if time.time() - float(info.get("time", 0)) > LEASE_SECONDS:
            return True
        if info.get("host") == socket.gethostname() and isinstance(info.get("pid"), int):
            try:
                os.kill(info["pid"], 0)
            except ProcessLookupError:
                return True
            except OSError:
                pass
        return False

    def _create_lock(self, data: bytes) -> bool:
        path = self.path("lock")
        try:
            with self.fs.open(path, "xb") as f:
                f.write(data)
            return True
        except FileExistsError:
            return False
        except (ValueError, NotImplementedError, TypeError):   # no exclusive create here: check, then write
            if self.fs.exists(path):
                return False
            self.fs.pipe_file(path, data)
            return True

    def holds_lock(self) -> bool:
        info = self._lock_info()
        return info is not None and info.get("token") == self._token is not None

    def check_lock(self) -> None:
        """Before a commit: the lock taken is still ours (not taken over as stale meanwhile)."""
        if self._token is not None and not self.holds_lock():
            raise StoreLocked(f"store {self.name}: this run's lock was taken over by another `corpus ingest` "
                              f"(not renewed for {LEASE_SECONDS:.0f} s); nothing more was committed")

    @contextlib.contextmanager
    def lock(self) -> Iterator[None]:
        """Exclusive right to write; refused at once, not waited for, when a live run holds it."""
        with contextlib.suppress(FileExistsError):
            self.fs.makedirs(self.root, exist_ok=True)
        token = uuid.uuid4().hex

        def body() -> bytes:
            return json.dumps({"token": token, "host": socket.gethostname(), "pid": os.getpid(),
                               "time": time.time()}).encode()

        if not self._create_lock(body()):
            info = self._lock_info()
            if info is not None and not self._stale(info):
                holder = f" (pid {info.get('pid')} on {info.get('host')})" if info.get("pid") else ""
                raise StoreLocked(f"store {self.name} is being written by another `corpus ingest`{holder}; "
                                  "try again when it ends")
            with contextlib.suppress(FileNotFoundError):
                self.fs.rm_file(self.path("lock"))   # stale: taken over
            if not self._create_lock(body()):
                raise StoreLocked(f"store {self.name} is being written by another `corpus ingest`; "
                                  "try again when it ends")
        self._token = token
        if not self.holds_lock():   # read back: a backend without exclusive create, and a racing writer won
            self._token = None
            raise StoreLocked(f"store {self.name} is being written by another `corpus ingest`; "
                              "try again when it ends")
        stop = threading.Event()

        def renew() -> None:
            while not stop.wait(RENEW_SECONDS):
                with contextlib.suppress(Exception):
                    if self.holds_lock():
                        self.fs.pipe_file(self.path("lock"), body())

        renewer = threading.Thread(target=renew, name="corpus-store-lock", daemon=True)
        renewer.start()
        try:
            yield
        finally:
            stop.set()
            renewer.join()
            with contextlib.suppress(Exception):
                if self.holds_lock():
                    self.fs.rm_file(self.path("lock"))
            self._token = None


def _protocols(fs: Any) -> tuple[str, ...]:
    p = fs.protocol
    return (p,) if isinstance(p, str) else tuple(p)
