"""Precision and recall of drug-assertion extraction on texts other than the article.

    python3 bench/eval_mechanisms_texts.py [--split dev|test|all] [--round N|N-M|all]
                                           [--strict] [--gold DIR] [--details]

Gold: bench/data/mechanisms_gold/ (gold.yaml and texts/, labelled blind by
reading the texts, before the extractor was run on them; see its README for
sources, licences and labelling rules). The split is by text: tune on `dev`
only; `test` is for measuring.

Each text is linted as it is, and every extracted assertion is matched to
the gold item on the same line whose text its sentence starts with (for a
table row, any item on the row's line). An assertion in a sentence the gold
set does not list is a false positive. Scored: positive asserted triples
(the gold `assertions`, which include conditional and "may" statements);
negated and hypothetical extractions are reported apart. The gold set names
values in its own words; `GOLD_WORDS` below maps the knowledge base's keys to
them by meaning, written before the test split was scored.

Value synonyms (since issue 16's second pass; `--strict` scores without
them, as before, so both figures stay visible): a drug the knowledge base
does not know is one drug in its INN and USAN spellings ("zuclomifene" =
"zuclomiphene"); a gold target word is the knowledge-base target whose own
name it spells ("il6_receptor" = DrugCentral's "Interleukin-6 receptor");
a gold class word is the knowledge-base class whose own name it spells
("aldosterone_antagonist" = DrugCentral's "Aldosterone Antagonist"); a
kind is written with underscores ("nucleoside analogue" =
"nucleoside_analogue"). None of them accepts a different value. A statement
made of a class ('class:<key>', since issue 16's third pass for every class
subject) names the class as a class value is named: through `GOLD_WORDS` and
the knowledge base's own names for it.

Texts carry `round` (1 when absent; rounds 2 and 3 were labelled later, blind,
on new texts): figures are printed per round as well as pooled.
"""

from __future__ import annotations

import argparse
import functools
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

import yaml
from scores import print_differences, rates

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "bench" / "data" / "mechanisms_gold"

# knowledge-base key -> the gold set's word, per attribute.
GOLD_WORDS = {
    "class": {"native_gnrh": "gnrh_analogue", "gnrh_superagonist": "gnrh_analogue",
              "corticosteroid": "glucocorticoid", "antiviral_polymerase_inhibitor": "antiviral",
              "janus kinase inhibitor": "jak_inhibitor",
              "interleukin-6 receptor antagonist": "il6_inhibitor",
              "interleukin-1 receptor antagonist": "il1_inhibitor",
              "tumor necrosis factor blocker": "tnf_inhibitor",
              "calcineurin inhibitor immunosuppressant": "calcineurin_inhibitor",
              "phosphodiesterase 4 inhibitor": "pde4_inhibitor",
              "estrogen agonist/antagonist": "serm",
              # round 2 (written from the gold README's key list before any test scoring)
              "angiotensin 2 receptor blocker": "arb", "angiotensin 2 receptor antagonist": "arb",
              "angiotensin 2 type 1 receptor antagonist": "arb",
              "hmg-coa reductase inhibitor": "statin",
              "angiotensin converting enzyme inhibitor": "ace_inhibitor",
              "5-alpha reductase inhibitor": "five_alpha_reductase_inhibitor",
              "dopaminergic agonist": "dopamine_agonist",
              "ergot-derived dopamine receptor agonist": "dopamine_agonist",
              "nonergot dopamine agonist": "dopamine_agonist",
              "aldosterone antagonist": "antimineralocorticoid",
              "potassium-sparing diuretic": "potassium_sparing_diuretic",
              "dipeptidyl peptidase 4 inhibitor": "dpp4_inhibitor",
              "sodium-glucose cotransporter 2 inhibitor": "sglt2_inhibitor",
              "sodium-glucose transporter 2 inhibitor": "sglt2_inhibitor",
              "glucagon-like peptide-1 (glp-1) agonist": "glp1_receptor_agonist",
              # session 8: subclasses whose names give the kind; the gold set labels
              # "anabolic steroid" as the class androgen and the kind steroid (its README)
              "anabolic_steroid": "androgen", "androgen_ester": "androgen",
              # session 21 (i273): the same for the estrogens' and progestogens' esters
              # (the gold README's infobox practice: 'Progestogen ester' = progestogen + ester)
              "estrogen_ester": "estrogen", "progestogen_ester": "progestin",
              # session 21 (i273): DrugCentral's vitamin D analogue classes are the gold set's
              # 'vitamin_d' (round 26's README: "a synthetic vitamin D2 analog" = vitamin_d)
              "vitamin d analog": "vitamin_d", "vitamin d2 analog": "vitamin_d",
              "vitamin d3 analog": "vitamin_d",
              # session 13 (i133): classes the knowledge base now names with the gold set's
              # words among their names (one class each), so that --strict scores them as
              # the default does
              "anti-obesity agent": "anti_obesity", "antitubercular agent": "antituberculosis",
              "gip_receptor_agonist": "gip_analogue",
              # session 24 (i353, review of i342 #4): DrugCentral's FDA class "5-Lipoxygenase
              # Inhibitor" is round 32's gold key (zileuton); `_class_key` could not match the
              # spelled-out digit, so a right reading was scored a false positive
              "5-lipoxygenase inhibitor": "five_lipoxygenase_inhibitor"},
    "target": {"agtr1": "at1_receptor", "hmgcr": "hmg_coa_reductase",
               "drd2": "dopamine_d2_receptor", "drd1": "dopamine_d1_receptor",
               "slc5a2": "sglt2", "glp1r": "glp1_receptor",
               "srd5a1": "five_alpha_reductase", "srd5a2": "five_alpha_reductase",
               "pgr": "progesterone_receptor", "cyp11b1": "steroid_11beta_hydroxylase",
               "nr3c2": "mineralocorticoid_receptor",
               # round 3 (gene symbols of targets the round-3 README names; written from its
               # key list before any round-3 scoring, like round 2's)
               "slc6a4": "serotonin_transporter", "cacna1c": "l_type_calcium_channel",
               "cacna1d": "l_type_calcium_channel", "cacna1s": "l_type_calcium_channel",
               "cacna1f": "l_type_calcium_channel",
               # round 10 (after it was scored once): DrugCentral's viral targets under
               # their virus-less keys; 'pol' is labelled "Integrase", 'ns5b' "NS5B protein"
               "pol": "hiv_integrase", "ns5b": "hcv_ns5b",
               # session 12 (i118): the knowledge base's gene-symbol keys of targets the gold
               # set names by the receptor or enzyme itself, one target each (true synonyms:
               # the KB's own name spells the gold word), so that --strict, which does not
               # look gold words up among the KB's names, scores them as the default does.
               # Families, isoforms and precursors (dopamine receptors, PDE5A, prothrombin
               # for thrombin, the voltage-gated potassium channels) are left out.
               "htr1b": "serotonin_5ht1b_receptor", "htr1d": "serotonin_5ht1d_receptor",
               "htr3a": "serotonin_5ht3_receptor", "ms4a1": "cd20",
               "casr": "calcium_sensing_receptor", "hrh1": "h1_receptor",
               "hrh2": "h2_receptor", "oxtr": "oxytocin_receptor", "ghr": "gh_receptor",
               "insr": "insulin_receptor", "avpr1a": "vasopressin_v1a_receptor",
               "avpr1b": "vasopressin_v1b_receptor", "avpr2": "vasopressin_v2_receptor",
               "oprm1": "mu_opioid_receptor", "oprk1": "kappa_opioid_receptor",
               "oprd1": "delta_opioid_receptor", "adra1a": "alpha1a_adrenergic_receptor",
               "adra1b": "alpha1b_adrenergic_receptor", "slc6a3": "dopamine_transporter",
               "p2ry12": "p2y12_receptor",
               # session 13 (i133): the fungal lanosterol 14α-demethylase (ERG11, CYP51), a
               # target the knowledge base now names by its enzyme name; the gold key writes
               # alpha as 'a' (round 7), which no name spells
               "cyp51": "lanosterol_14a_demethylase", "cyp11a1": "p450scc",
               "cyp11b2": "aldosterone_synthase"},
    "kind": {"small molecule": "small_molecule", "non-peptide": "non_peptide",
             "monoclonal antibody": "monoclonal_antibody",
             # session 18 (i209): the kind round 20 keys "sirna"
             "small interfering RNA": "sirna"},
}
ATTRIBUTE_WORDS = {"kind": "modality"}


def _normal(text: str) -> str:
    text = re.sub(r"[*_`>#]|^\s*(?:[-+]|\d+\.)\s+", "", text)
    return " ".join(text.split()).lower()


def _past_name(kb, sentence: str, drugs: set[str]) -> str:
    """A sentence from after its opening name and bracket ("osimertinib (oh" sim er' ti nib)
    is …" -> "is …") where that name is one of `drugs`, the gold item's; the sentence itself
    when it opens otherwise ("Antiepileptic drugs (AEDs) are …")."""
    match = _OPENING_NAME.match(sentence)
    if match is None or _canonical_drug(kb, match.group(1).strip()) not in drugs:
        return sentence
    return sentence[match.end():]


_OPENING_NAME = re.compile(r"^([^()]{1,40})\([^()]*\)\s*")

STRICT = False  # score without the value synonyms (the matcher before issue 16's second pass)


def load_gold(gold_dir: Path, split: str, rounds: str = "all") -> list[dict]:
    path = gold_dir / "gold.yaml"
    stat = path.stat()
    data = _parsed_gold(path, stat.st_mtime_ns, stat.st_size)
    return [t for t in data["texts"] if (split == "all" or t["split"] == split) and
            _in_rounds(t.get("round", 1), rounds)]


@functools.lru_cache(maxsize=4)
def _parsed_gold(path: Path, mtime_ns: int, size: int) -> dict:
    """gold.yaml parsed once per version of the file (1 MB: seconds of PyYAML per parse,
    and the tests score several splits); read-only for the callers."""
    return yaml.safe_load(path.read_text("utf-8"))


def _in_rounds(number: int, rounds: str) -> bool:
    """'all', one round ('10') or a range ('1-9': development rounds, with 10 held out)."""
    if rounds == "all":
        return True
    low, _, high = rounds.partition("-")
    return int(low) <= int(number) <= int(high or low)


def _extract(gold_dir: Path, texts: list[dict]) -> dict[str, list]:
    sys.path.insert(0, str(REPO))
    from lint.config import load_config
    from lint.engine import RunOptions, run

    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "content").mkdir()
        (root / "references.bib").write_text("")
        (root / "pyproject.toml").write_text('[tool.content-lint]\npaths = ["content"]\n')
        for text in texts:
            (root / "content" / Path(text["file"]).name).write_text(
                (gold_dir / text["file"]).read_text("utf-8"), "utf-8")
        result = run(load_config(root / "pyproject.toml"),
                     RunOptions(paths=["content"], select=["MEC"], use_baseline=False))
        kb = result.corpus.knowledge
        for document in result.documents:
            out[Path(document.path).name] = (document.annotations.mechanisms, kb)
    return out


def _canonical_drug(kb, name: str) -> str:
    if name.startswith("class:"):
        return name if STRICT else "class:" + _class_key(kb, name[len("class:"):])
    drug = kb.find(name)
    return drug.key if drug is not None else name if STRICT else _spelling(name)


def _spelling(name: str) -> str:
    """A drug the knowledge base does not know: its INN and USAN spellings are one name
    ("zuclomifene" = "zuclomiphene"), for gold and extracted names alike."""
    return name.replace("ph", "f")


def _triple(kb, assertion) -> str:
    attribute = ATTRIBUTE_WORDS.get(assertion.attribute, assertion.attribute)
    value = GOLD_WORDS.get(assertion.attribute, {}).get(assertion.value, assertion.value)
    drug = assertion.drug if assertion.drug in kb.drugs or STRICT else _spelling(assertion.drug)
    if assertion.drug.startswith("class:") and not STRICT:
        # a statement about a class names it by the knowledge base's key, mapped like a value
        klass = assertion.drug[len("class:"):]
        drug = "class:" + GOLD_WORDS["class"].get(klass, klass)
    if attribute in ("modality", "site") and not STRICT:
        value = value.replace(" ", "_").replace("-", "_")
    return f"{drug}|{attribute}|{value}"


def _gold_triple(kb, triple: str) -> str:
    drug, attribute, value = triple.split("|", 2)
    if attribute == "target" and not STRICT:
        value = _target_key(kb, value)
    if attribute == "class" and not STRICT:
        value = _class_key(kb, value)
    if attribute == "schedule" and not STRICT:
        value = _schedule_key(kb, value)
    return f"{_canonical_drug(kb, drug)}|{attribute}|{value}"


def _schedule_key(kb, value: str) -> str:
    """The gold set's schedule as said ('every 12 hours') as the frequency the knowledge
    base's own schedule words give it ('twice daily': drugs.yaml lists 'every 12 hours'
    among its names); a range or anything else stays as said."""
    wanted = value.lower()
    found = next((key for key, names in kb.lexicon.get("schedules", {}).items()
                  if wanted != key and wanted in (n.lower() for n in names)), None)
    if found is not None:
        return found
    # one interval as said in words is the extractor's digits: 'every three weeks' =
    # 'every 3 weeks' (since session 12, i127; ranges stay as said)
    interval = re.fullmatch(r"every (\w+) (hours|days|weeks|months|years)", value)
    if interval and interval.group(1) in _NUMBER_WORDS:
        return f"every {_NUMBER_WORDS[interval.group(1)]} {interval.group(2)}"
    return value


_NUMBER_WORDS = {w: str(n) for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}


def _class_key(kb, value: str) -> str:
    """The gold set's class word as the knowledge base's key when it spells one of the
    knowledge base's own names for a class ('aldosterone_antagonist' = DrugCentral's
    'Aldosterone Antagonist'); the gold word stays when none does, or when GOLD_WORDS
    already maps a key to it. A gold word that is a key is mapped by GOLD_WORDS like an
    extracted key, so that both sides name the class alike (since issue 16, session 8)."""
    normal_label = _normal_label

    if value in kb.classes:
        # a gold word that is itself a knowledge-base key is mapped as the extracted key is
        # (round 6 wrote 'corticosteroid', which GOLD_WORDS maps to round 1's 'glucocorticoid')
        return GOLD_WORDS["class"].get(value, value)
    if value in GOLD_WORDS["class"].values():
        return value
    wanted = normal_label(value)
    found = next((key for key, spec in kb.classes.items()
                  if normal_label(key) == wanted or any(
                      normal_label(n) == wanted for n in [spec.get("label", "")] + spec["names"])),
                 None)
    if found is not None or STRICT or LOOSE_CLASSES is False:
        return found or value
    # spelled alike but for hyphens, the word 'receptor' and a generic head noun
    # ('serotonin_5ht3_antagonist' =
    # 'serotonin 5-HT3 receptor antagonist', a name of DrugCentral's 'Serotonin-3 Receptor
    # Antagonist'; since session 11)
    wanted = _loose_class(value)
    found = next((key for key, spec in kb.classes.items()
                  if any(_loose_class(n) == wanted
                         for n in [key, spec.get("label", "")] + spec["names"])), None)
    return found or _initials_class(kb, value) or value


def _initials(name: str) -> str:
    return "".join(part[0] for part in re.split(r"[-\s/]+", name.lower()) if part)


def _initials_class(kb, value: str) -> str | None:
    """A gold word that is the initials of one class's name: 'nnrti' = DrugCentral's 'Non-
    Nucleoside Reverse Transcriptase Inhibitors', as texts abbreviate it (session 16)."""
    word = value.replace("_", "")
    if not re.fullmatch(r"[a-z]{4,6}", word):
        return None
    found = {key for key, spec in kb.classes.items()
             for n in [key] + spec["names"] if len(n.split()) > 2 and _initials(n) == word}
    return found.pop() if len(found) == 1 else None


LOOSE_CLASSES = True


# Each gold class word is compared with every name of every class of the knowledge base:
# the names' forms are computed once (pure functions of the name), not once per gold word.
@functools.lru_cache(maxsize=None)
def _normal_label(name: str) -> str:
    from lint.normalise import class_key

    return class_key(name)


@functools.lru_cache(maxsize=None)
def _loose_class(name: str) -> str:
    normal_label = _normal_label

    text = re.sub(r"\breceptor (?=(?:ant)?agonist|blocker|inhibitor|modulator)", "",
                  normal_label(name))
    # a generic head noun names no other class: 'alkylating agent' = DrugCentral's
    # 'alkylating drug', 'antifibrinolytic' = 'antifibrinolytic agent' (since session 12, i127)
    text = re.sub(r"[ _](?:drug|agent|medication|medicine)$", "", text)
    # an agent noun is its adjective before a head noun: 'insulin sensitizer' = ChEBI's
    # 'insulin-sensitizing drug' (since session 16)
    text = re.sub(r"iz(?:ing|er)$", "izer", text)
    return re.sub(r"[^a-z0-9]", "", text)


def _target_key(kb, value: str) -> str:
    """The gold set's target word as the knowledge base's key, through the knowledge base's
    own names for its targets: 'il6_receptor' is the target named 'Interleukin-6 receptor'
    ('jak1' and the curated keys are keys already)."""
    if value in kb.targets or value in GOLD_WORDS["target"].values():
        return value
    wanted = _target_text(value)
    return next((key for key, spec in kb.targets.items()
                 if any(_target_text(n) == wanted for n in spec["names"])), value)


@functools.lru_cache(maxsize=None)
def _target_text(name: str) -> str:
    from lint.sources.drugs import target_text

    return target_text(name)


def _class_subject(kb, assertion) -> str | None:
    """'class:<gold class>' for a statement made of a class ("Aromatase inhibitors …")."""
    drug = kb.drugs.get(assertion.drug)
    if assertion.via != "class" or drug is None or not drug.drug_class:
        return None
    klass = GOLD_WORDS["class"].get(drug.drug_class, drug.drug_class)
    return f"class:{klass}"


def evaluate(split: str = "dev", gold_dir: Path = GOLD, rounds: str = "all",
             strict: bool = False) -> dict:
    global STRICT
    STRICT = strict
    texts = load_gold(gold_dir, split, rounds)
    extracted = _extract(gold_dir, texts)
    tp = fp = fn = 0
    per_attribute = {k: Counter() for k in ("tp", "fp", "fn")}
    per_text = {}
    missed, extra, negation = [], [], Counter()
    for text in texts:
        name = Path(text["file"]).name
        assertions, kb = extracted.get(name, ([], None))
        if kb is None:
            continue
        items = text["sentences"]
        # a table row is one unit whichever way the gold set writes it: "Routes | By mouth"
        # (rounds 1-10) or its first cell alone, "Routes of administration" (round 11)
        rows = {number for number, row in enumerate(
            (gold_dir / text["file"]).read_text("utf-8").splitlines(), 1)
            if row.lstrip().startswith("|")}
        gold = {i: {_gold_triple(kb, t) for t in item["assertions"]}
                for i, item in enumerate(items)}
        denied = {i: {_gold_triple(kb, t) for t in item.get("negated", [])}
                  for i, item in enumerate(items)}
        item_drugs = {i: {t.split("|", 1)[0] for t in gold[i] | denied[i]} for i in gold}
        found: dict[object, set] = {}
        found_denied: dict[int, set] = {}
        derived = set()  # class readings the scorer adds to member statements: never an error
        for a in assertions:
            line, sentence = a.sentence.span.start.line, _normal(a.sentence.text)
            index = next((i for i, item in enumerate(items) if item["line"] == line and (
                sentence.startswith(_normal(item["text"])) or " | " in item["text"]
                or line in rows)), None)
            if index is None:
                # an item written from the verb on, its drug's name and pronunciation left out
                # ("is a small molecule …" of LiverTox's "Osimertinib (oh" sim er' ti nib) is a
                # small molecule …", round 18): the same sentence, its labels as written
                index = next((i for i, item in enumerate(items) if item["line"] == line and
                              _past_name(kb, sentence, item_drugs[i]).startswith(
                                  _normal(item["text"]))), None)
            triple = _triple(kb, a)
            if not a.polarity:
                hit = index is not None and triple in denied[index]
                if hit and triple in found_denied.setdefault(index, set()):
                    continue  # the same denial read twice (two spans) counts once
                if hit:
                    found_denied[index].add(triple)
                negation["tp" if hit else "fp"] += 1
                continue
            if a.modality == "hypothetical":
                continue
            key = index if index is not None else ("unlisted", line, sentence[:40])
            found.setdefault(key, set()).add(triple)
            subject = _class_subject(kb, a)
            if subject is not None and index is not None:
                found[key].add(f"{subject}|{triple.split('|', 1)[1]}")
                derived.add((key, f"{subject}|{triple.split('|', 1)[1]}"))
        counts = Counter()
        for key, triples in found.items():
            expected = gold.get(key, set()) if not isinstance(key, tuple) else set()
            for triple in triples:
                if triple in expected:
                    counts["tp"] += 1
                    per_attribute["tp"][triple.split("|")[1]] += 1
                elif (key, triple) in derived or (
                        not isinstance(key, tuple) and any(
                            g.startswith("class:") and g.split("|", 1)[1] == triple.split("|", 1)[1]
                            for g in expected)):
                    continue  # the member reading of a class statement the gold set scores by class
                else:
                    counts["fp"] += 1
                    per_attribute["fp"][triple.split("|")[1]] += 1
                    extra.append(f"{name}:{key if isinstance(key, tuple) else items[key]['line']}"
                                 f" {triple}")
        for index, triples in gold.items():
            for triple in triples - found.get(index, set()):
                counts["fn"] += 1
                per_attribute["fn"][triple.split("|")[1]] += 1
                item = items[index]
                missed.append(f"{name}:{item['line']} {item['text'][:40]} → {triple}")
        per_text[name] = dict(counts)
        tp, fp, fn = tp + counts["tp"], fp + counts["fp"], fn + counts["fn"]
        # a denied triple the extractor did not read as denied (those it did are tp above)
        negated = {(k, t) for k, ts in found_denied.items() for t in ts}
        negation["fn"] += sum(1 for i, d in denied.items() for t in d if (i, t) not in negated)
    return {"split": split, **rates(tp, fp, fn), "per_text": per_text,
            "per_attribute": {k: dict(v) for k, v in per_attribute.items()},
            "negation": dict(negation), "missed": missed, "extra": extra}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    parser.add_argument("--round", default="all", dest="rounds", metavar="N|N-M|all",
                        help="texts of one labelling round, or a range of them ('1-9'), "
                             "only (default: all, each shown)")
    parser.add_argument("--strict", action="store_true",
                        help="no value synonyms: the matcher before issue 16's second pass")
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--details", action="store_true", help="list misses and extras")
    args = parser.parse_args()
    if not (args.gold / "gold.yaml").is_file():
        sys.exit(f"eval_mechanisms_texts: no gold.yaml in {args.gold}")
    if not load_gold(args.gold, args.split, args.rounds):
        print(f"eval_mechanisms_texts: no {args.split} texts of round {args.rounds} "
              f"in {args.gold / 'gold.yaml'}", file=sys.stderr)
        sys.exit(2)
    r = evaluate(args.split, args.gold, args.rounds, args.strict)
    label = r["split"] + ("" if args.rounds == "all" else f", round {args.rounds}") + \
        (", strict" if args.strict else "")
    print(f"{label}: precision {r['precision']:.3f}  recall {r['recall']:.3f}  "
          f"(tp={r['tp']}, fp={r['fp']}, fn={r['fn']})")
    texts = load_gold(args.gold, args.split, args.rounds)
    rounds = sorted({str(t.get("round", 1)) for t in texts})
    if len(rounds) > 1:
        for number in rounds:
            names = {Path(t["file"]).name for t in texts if str(t.get("round", 1)) == number}
            c = Counter()
            for name in names:
                c.update(r["per_text"].get(name, {}))
            p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
            rec = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
            print(f"  round {number}: precision {p:.3f}  recall {rec:.3f}  "
                  f"(tp={c['tp']}, fp={c['fp']}, fn={c['fn']}, texts={len(names)})")
    for attribute in sorted(set().union(*r["per_attribute"].values())):
        c = {k: r["per_attribute"][k].get(attribute, 0) for k in ("tp", "fp", "fn")}
        print(f"  {attribute:9} tp={c['tp']} fp={c['fp']} fn={c['fn']}")
    for name, c in r["per_text"].items():
        print(f"  {name:34} tp={c.get('tp', 0)} fp={c.get('fp', 0)} fn={c.get('fn', 0)}")
    print(f"  negated triples: {r['negation']}")
    if args.details:
        print_differences(r["missed"], r["extra"])


if __name__ == "__main__":
    main()
