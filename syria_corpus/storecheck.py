"""`corpus check` and `corpus repair`: find the shards of a store that cannot be read back as their
table, and drop them so that the next ingest processes their source files again."""
from __future__ import annotations

from dataclasses import dataclass

from .model import PER_FILE_TABLES
from .store import FORMAT, MANIFEST, DamagedShard, Store, manifest_problem, shard_of


@dataclass
class Damage:
    what: str    # a shard path, or `manifest.json`
    why: str


def check(store_dir: str) -> tuple[int, list[Damage]]:
    """(shards read, damage found): the manifest's shape, then every shard it names, read in full."""
    store = Store(store_dir)
    store.require()
    try:
        man = store.read_manifest()
    except (OSError, ValueError) as e:
        return 0, [Damage(MANIFEST, f"unreadable: {e}")]
    problem = manifest_problem(man)
    if problem:
        return 0, [Damage(MANIFEST, problem)]
    damage, n = [], 0
    for table, files in sorted(man["tables"].items()):
        for _, rel in sorted(files.items()):
            n += 1
            try:
                store.read_shard(table, rel)
            except FileNotFoundError:
                damage.append(Damage(rel, "missing"))
            except DamagedShard as e:
                damage.append(Damage(rel, e.why))
    return n, damage


def repair(store_dir: str) -> tuple[list[Damage], int]:
    """Drop what `check` finds damaged; returns it and how many source files will be read again.
    A damaged shard takes the same shard of every per-file table with it (their rows come from the
    same files), and those files leave the manifest, so the next ingest processes them again; the
    speakers are marked unlinked. A manifest of the wrong shape is replaced by an empty one."""
    store = Store(store_dir)
    store.require()
    with store.lock():
        _, damage = check(store_dir)
        if not damage:
            return [], 0
        if damage[0].what == MANIFEST:
            store.publish({"format": FORMAT, "tables": {}, "sources": {}})
            return damage, 0
        man = store.manifest()
        shards = man.get("shards") or 16
        bad = {d.what for d in damage}
        sids = {sid for t, files in man["tables"].items() if t in PER_FILE_TABLES
                for sid, rel in files.items() if rel in bad}
        for table, files in man["tables"].items():
            for sid in [s for s, rel in files.items() if rel in bad or (table in PER_FILE_TABLES and s in sids)]:
                del files[sid]
        gone = [k for k in man["sources"] if f"{shard_of(k, shards):03d}" in sids]
        for k in gone:
            del man["sources"][k]
        man["linked"] = False
        store.publish(man)
        return damage, len(gone)

