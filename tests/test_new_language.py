"""Languages are data: a French data file, and nothing else, makes French quotes appear, with the
speaker linked to the same person as in every other language."""
import json
import shutil
import subprocess
import sys
from pathlib import Path

from syria_corpus.resources import config_dir

FRENCH = """\
code: fr
quotes:
  marks: {'«': ['»'], '"': ['"'], '“': ['”']}
  verbs: [a déclaré, a dit, a affirmé, a ajouté, a souligné, déclare, affirme]
  complementizers: [que, "qu'"]
  prefix_cues: [selon]
speakers:
  cased: true
  pronouns: {il: m, elle: f}
  roles:
    diplomat: [ministre des affaires étrangères, ambassadeur]
    minister: [ministre]
  role_modifiers: [le, la, du, des, de, russe, français]
  connectors: [de, du, des, le, la]
  org_heads: [ministère]
  stop: [Le, La, Les, Il, Elle]
"""

ARTICLE = ("Lavrov menace\n\nLe ministre russe des Affaires étrangères Sergueï Lavrov a déclaré que les frappes "
           "continueront. « Nous ne reculerons pas », a dit Lavrov lundi.\n")


def test_a_french_data_file_is_all_it_takes(tmp_path):
    configs = tmp_path / "configs"
    shutil.copytree(config_dir(), configs)
    (configs / "lang" / "fr.yaml").write_text(FRENCH, encoding="utf-8")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "article.txt").write_text(ARTICLE, encoding="utf-8")
    env = {"CORPUS_CONFIG_DIR": str(configs), "PATH": "/usr/bin:/bin"}
    corpus = [sys.executable, "-m", "syria_corpus"]
    store = ["--store", str(tmp_path / "store")]
    subprocess.run(corpus + ["ingest", str(tmp_path / "in")] + store, env=env, check=True, capture_output=True)
    out = subprocess.run(corpus + ["report", "--speaker", "Лавров", "--format", "jsonl",
                                   "--columns", "lang,speaker,speaker_text,kind,cue,text"] + store,
                         env=env, check=True, capture_output=True, text=True).stdout
    assert [json.loads(x) for x in out.splitlines()] == [
        {"lang": "fr", "speaker": "Sergei Lavrov", "speaker_text": "Sergueï Lavrov", "kind": "indirect",
         "cue": "a déclaré", "text": "les frappes continueront"},
        {"lang": "fr", "speaker": "Sergei Lavrov", "speaker_text": "Lavrov", "kind": "direct", "cue": "a dit",
         "text": "Nous ne reculerons pas"},
    ]
    assert not (Path(config_dir()) / "lang" / "fr.yaml").exists()  # the project's own data was not touched
