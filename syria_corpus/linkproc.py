"""The speaker linking in a process of its own (crossdoc.py says why): reads the job (the store, its
shard count and the shard files of the linked tables) as JSON on stdin, links, writes the new
shard files and prints the linked tables' shard files as JSON on stdout. An error is one line on
stderr and exit status 1; the ingest process then publishes nothing."""
from __future__ import annotations

import json
import sys

from .crossdoc import LINKED_TABLES, link_here
from .errors import CorpusError
from .store import Commit, Store


def main() -> int:
    job = json.load(sys.stdin)
    store = Store(job["store"])
    commit = Commit(store, {"shards": job["shards"], "tables": job["tables"]}, job["shards"])
    try:
        link_here(commit)
    except CorpusError as e:
        print(e, file=sys.stderr)
        return 1
    json.dump({t: commit.shards_of(t) for t in LINKED_TABLES}, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
