"""Check a writing project as it is (no configuration) and summarise what docs/projects.md reports.

    python3 bench/project_survey.py PROJECT_ROOT

Runs in process with --jobs 2: documents found and checked, bibliography
entries, findings by rule, unknown keys that look like cross-references or
identifiers (there should be none), findings collapsed to column 1.
"""
import collections
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from lint.engine import RunOptions, run
from lint.project import project_config

root = Path(sys.argv[1]).resolve()
t = time.time()
config = project_config(root)
p = config.project
print("config:", config.source, "| kind:", p.kind if p else None, "| unit:", p.unit if p else None)
print("bibliographies:", config.bibliographies, "| missing:", p.missing if p else None)
result = run(config, RunOptions(use_baseline=False, jobs=2))
print("files checked:", len(result.files), "of documents:", len(config.paths))
rmd = [f for f in config.paths if f.lower().endswith((".rmd", ".qmd"))]
print(".Rmd/.qmd chapters:", len(rmd), "all checked:", set(rmd) <= set(result.files))
bib = result.corpus.bibliography
print("bibliography entries:", len(bib.entries) if bib else 0)
codes = collections.Counter(d.code for d in result.diagnostics)
print("exit:", result.exit_code, "| findings:", len(result.diagnostics),
      dict(sorted(codes.items())))
cit002 = [d for d in result.diagnostics if d.code == "CIT002"]
keys = collections.Counter(d.data.get("key") for d in cit002)
LOOKS = (r"(?i)(fig|tbl|tab|sec|eq|lst|ref)[-:(]"
         r"|(doi|pmid|pubmed|pmcid|url|isbn|arxiv|wikidata|clinicaltrials|tag):")
looks = [k for k in keys if re.match(LOOKS, k or "")]
print("CIT002 keys:", len(keys), "| like cross-ref/identifier:", looks[:20])
print("CIT002 sample:", list(keys.items())[:15])
collapsed = [d for d in result.diagnostics if d.path in result.files and d.span.start.col == 1
             and d.span.end == d.span.start and d.code != "DOC003"]
print("column-1 zero-length findings in documents:", len(collapsed))
for code in ("REF003", "REF001", "REF018", "REF008", "REF010", "DOC003", "DOC001", "DOC002"):
    sample = [f"{d.path}:{d.span.start.line} {d.message}"
              for d in result.diagnostics if d.code == code][:4]
    if sample:
        print(code, sample)
# Manubot's own citations: identifiers and aliases (tags, `[@a]: b` lines, citekey-aliases),
# and what an offline verification (empty cache, no network) says of them.
from lint.engine import registry_client  # noqa: E402
from lint.verify.identifiers import cited_identifiers, verify_identifiers  # noqa: E402

corpus = result.corpus
citations = [c for d in corpus.documents for c in d.citations]
aliases = corpus.aliases
print("citations:", len(citations), "| by scheme:",
      dict(collections.Counter(c.scheme or "key" for c in citations).most_common()))
print("aliases defined:", len(aliases.targets), "| tags file:", aliases.tags_file,
      "| citations through an alias:", sum(1 for c in citations if aliases.resolve(c.key)))
cited = cited_identifiers(corpus.documents, aliases, bib)
print("identifier citations to verify:", len(cited), "| distinct identifiers:",
      len({c.key for c in cited}), dict(collections.Counter(
          c.key.partition(":")[0] for c in {c.key: c for c in cited}.values())))
offline = registry_client(config, offline=True, cache_mode="off")
verdicts = verify_identifiers([c.key for c in cited], offline)
print("offline verdicts:", dict(collections.Counter(
    (v.status, v.how if v.how == "none" else "asked") for v in verdicts.values())),
    "| requests made:", offline.requests_made)
print("seconds:", round(time.time() - t, 1))
