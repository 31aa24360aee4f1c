#!/usr/bin/env python3
"""Check the bundled interview instruments and the sector register.

Usage: check_instruments.py [DATA_DIR]

DATA_DIR defaults to the questionnaires/ folder next to this script's folder.
Checks, with every fault reported as "file: place: what":

* cr6-sv.json, cr6-en.json, cr5-sv.json, cr5-en.json against the instrument
  format in questionnaires/README.md (unknown keys, types, nine anchors,
  nine stages in order, placeholders, question dimensions, ...);
* that the Swedish and English file of each instrument are structurally
  identical (dimension codes in order, question ids in order with the same
  dimension, required flag and number of follow-ups, stage numbers and
  strategy counts);
* that dimensions shared by cr5 and cr6 (same code) have the same name and
  anchors in the same language, so comparisons by code are sound;
* sectors.json against its format.

Exit status 1 if any fault was found, 0 otherwise. Python 3 standard library
only.
"""
import json
import os
import re
import sys

INSTRUMENT_FILES = ["cr6-sv.json", "cr6-en.json", "cr5-sv.json", "cr5-en.json"]
PAIRS = [("cr6-sv.json", "cr6-en.json"), ("cr5-sv.json", "cr5-en.json")]
SECTORS_FILE = "sectors.json"
REQUIRED_SECTORS = ["police", "school", "social_services", "health_region", "politics",
                    "administration", "ngo_faith", "youth", "business", "other"]

TOP_KEYS = {"format", "format_version", "id", "version", "language", "title",
            "description", "scorer_guide", "dimensions", "questions", "stages"}
TOP_REQUIRED = {"format", "format_version", "id", "version", "language",
                "dimensions", "questions", "stages"}
DIM_KEYS = {"code", "name", "description", "anchors"}
Q_KEYS = {"id", "dimension", "required", "text", "followups"}
STAGE_KEYS = {"number", "name", "description", "goal", "channels", "strategies"}
SECTORS_TOP_KEYS = {"format", "format_version", "sectors"}
SECTOR_KEYS = {"id", "sv", "en"}

ID_RE = re.compile(r"^[a-z0-9-]+$")
CODE_RE = re.compile(r"^[A-Z]{1,3}$")
SECTOR_ID_RE = re.compile(r"^[a-z][a-z0-9_]*$")
BRACE_RE = re.compile(r"\{([^{}]*)\}")
ALLOWED_PLACEHOLDERS = {"issue", "community"}
N_ANCHORS = 9
N_STAGES = 9


class Report:
    def __init__(self):
        self.faults = []

    def add(self, file, place, what):
        self.faults.append(f"{file}: {place}: {what}" if place else f"{file}: {what}")


def _no_duplicate_keys(pairs):
    obj = {}
    dups = []
    for k, v in pairs:
        if k in obj:
            dups.append(k)
        obj[k] = v
    if dups:
        obj["\0duplicate_keys"] = dups
    return obj


def load_json(path, name, rep):
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except OSError as e:
        rep.add(name, "", f"cannot read: {e.strerror}")
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        rep.add(name, "", f"not valid UTF-8 at byte {e.start}")
        return None
    if text.startswith("\ufeff"):
        rep.add(name, "", "starts with a byte order mark")
        text = text[1:]
    try:
        return json.loads(text, object_pairs_hook=_no_duplicate_keys)
    except json.JSONDecodeError as e:
        rep.add(name, "", f"invalid JSON at line {e.lineno}, column {e.colno}: {e.msg}")
        return None


def check_keys(obj, allowed, required, name, place, rep):
    """Unknown, duplicate and missing keys of one object. False if obj is not an object."""
    if not isinstance(obj, dict):
        rep.add(name, place, "not an object")
        return False
    for k in obj.get("\0duplicate_keys", []):
        rep.add(name, place, f'duplicate key "{k}"')
    for k in obj:
        if k != "\0duplicate_keys" and k not in allowed:
            rep.add(name, place, f'unknown key "{k}"')
    for k in sorted(required):
        if k not in obj:
            rep.add(name, place, f'missing key "{k}"')
    return True


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def nonempty_str(v):
    return isinstance(v, str) and v.strip() != ""


def check_text(obj, key, name, place, rep, required=True, placeholders=False):
    """A text field: a string, non-empty if required; braces only as allowed placeholders."""
    if key not in obj:
        return
    v = obj[key]
    where = f"{place}.{key}" if place else key
    if not isinstance(v, str):
        rep.add(name, where, "not a string")
        return
    if required and v.strip() == "":
        rep.add(name, where, "empty")
    check_braces(v, name, where, rep, placeholders)


def check_braces(text, name, where, rep, placeholders):
    for m in BRACE_RE.finditer(text):
        if not placeholders:
            rep.add(name, where, f'placeholder "{m.group(0)}" outside a question (only question texts are filled in)')
        elif m.group(1) not in ALLOWED_PLACEHOLDERS:
            rep.add(name, where, f'unknown placeholder "{m.group(0)}" (only {{issue}} and {{community}})')
    stripped = BRACE_RE.sub("", text)
    if "{" in stripped or "}" in stripped:
        rep.add(name, where, "unbalanced brace")


def check_text_list(obj, key, name, place, rep, min_len=0, exact_len=None, placeholders=False):
    if key not in obj:
        return None
    v = obj[key]
    where = f"{place}.{key}" if place else key
    if not isinstance(v, list):
        rep.add(name, where, "not a list")
        return None
    if exact_len is not None and len(v) != exact_len:
        rep.add(name, where, f"has {len(v)} entries, must have exactly {exact_len}")
    elif len(v) < min_len:
        rep.add(name, where, f"has {len(v)} entries, must have at least {min_len}")
    for i, s in enumerate(v):
        if not isinstance(s, str):
            rep.add(name, f"{where}[{i}]", "not a string")
        elif s.strip() == "":
            rep.add(name, f"{where}[{i}]", "empty")
        else:
            check_braces(s, name, f"{where}[{i}]", rep, placeholders)
    return v


def check_instrument(doc, name, rep):
    if not check_keys(doc, TOP_KEYS, TOP_REQUIRED, name, "", rep):
        return
    if "format" in doc and doc["format"] != "readiness-instrument":
        rep.add(name, "format", f'is {json.dumps(doc["format"])}, must be "readiness-instrument"')
    if "format_version" in doc and not (is_int(doc["format_version"]) and doc["format_version"] == 1):
        rep.add(name, "format_version", f'is {json.dumps(doc["format_version"])}, must be 1')
    if "id" in doc:
        if not isinstance(doc["id"], str) or not ID_RE.match(doc["id"]):
            rep.add(name, "id", f'{json.dumps(doc["id"])} must be lower-case letters, digits and "-"')
        elif doc["id"] + ".json" != os.path.basename(name):
            rep.add(name, "id", f'"{doc["id"]}" does not match the file name')
    if "version" in doc and not nonempty_str(doc["version"]):
        rep.add(name, "version", "must be a non-empty string")
    if "language" in doc:
        if doc["language"] not in ("sv", "en"):
            rep.add(name, "language", f'is {json.dumps(doc["language"])}, must be "sv" or "en"')
        elif isinstance(doc.get("id"), str) and not doc["id"].endswith("-" + doc["language"]):
            rep.add(name, "language", f'"{doc["language"]}" does not match id "{doc["id"]}"')
    for key in ("title", "description", "scorer_guide"):
        check_text(doc, key, name, "", rep, required=True)
        if key not in doc:
            # optional in the format, but the bundled instruments must have them
            rep.add(name, "", f'missing key "{key}" (required for bundled instruments)')

    # dimensions
    codes = []
    dims = doc.get("dimensions")
    if "dimensions" in doc:
        if not isinstance(dims, list):
            rep.add(name, "dimensions", "not a list")
            dims = []
        elif not dims:
            rep.add(name, "dimensions", "must have at least one dimension")
    else:
        dims = []
    for i, d in enumerate(dims):
        code = d.get("code") if isinstance(d, dict) else None
        place = f"dimensions[{i}]" + (f" ({code})" if isinstance(code, str) else "")
        if not check_keys(d, DIM_KEYS, {"code", "name", "anchors"}, name, place, rep):
            continue
        if "code" in d:
            if not isinstance(code, str) or not CODE_RE.match(code):
                rep.add(name, place, f"code {json.dumps(code)} must be 1-3 upper-case letters")
            elif code in codes:
                rep.add(name, place, f'duplicate dimension code "{code}"')
            else:
                codes.append(code)
        check_text(d, "name", name, place, rep)
        check_text(d, "description", name, place, rep, required=False)
        check_text_list(d, "anchors", name, place, rep, exact_len=N_ANCHORS)
        if isinstance(d.get("anchors"), list):
            texts = [a for a in d["anchors"] if isinstance(a, str)]
            if len(set(texts)) != len(texts):
                rep.add(name, f"{place}.anchors", "two levels have the same text")

    # questions
    qids = []
    used_dims = set()
    qs = doc.get("questions")
    if "questions" in doc and not isinstance(qs, list):
        rep.add(name, "questions", "not a list")
        qs = []
    qs = qs or []
    if "questions" in doc and not qs:
        rep.add(name, "questions", "no questions")
    for i, q in enumerate(qs):
        qid = q.get("id") if isinstance(q, dict) else None
        place = f"questions[{i}]" + (f" ({qid})" if isinstance(qid, str) else "")
        if not check_keys(q, Q_KEYS, {"id", "dimension", "text"}, name, place, rep):
            continue
        if "id" in q:
            if not nonempty_str(qid):
                rep.add(name, place, "id must be a non-empty string")
            elif qid in qids:
                rep.add(name, place, f'duplicate question id "{qid}"')
            else:
                qids.append(qid)
        if "dimension" in q:
            if q["dimension"] not in codes:
                rep.add(name, place, f"unknown dimension {json.dumps(q['dimension'])}")
            else:
                used_dims.add(q["dimension"])
        if "required" in q and not isinstance(q["required"], bool):
            rep.add(name, place, "required must be true or false")
        check_text(q, "text", name, place, rep, placeholders=True)
        check_text_list(q, "followups", name, place, rep, placeholders=True)
    for c in codes:
        if c not in used_dims:
            rep.add(name, "dimensions", f'dimension "{c}" has no question')

    # stages
    stages = doc.get("stages")
    if "stages" in doc:
        if not isinstance(stages, list):
            rep.add(name, "stages", "not a list")
            stages = []
        elif len(stages) != N_STAGES:
            rep.add(name, "stages", f"has {len(stages)} stages, must have exactly {N_STAGES}")
    else:
        stages = []
    for i, s in enumerate(stages):
        place = f"stages[{i}]"
        if not check_keys(s, STAGE_KEYS, {"number", "name", "description", "goal", "strategies"}, name, place, rep):
            continue
        if "number" in s and not (is_int(s["number"]) and s["number"] == i + 1):
            rep.add(name, place, f"number is {json.dumps(s['number'])}, must be {i + 1}")
        for key in ("name", "description", "goal"):
            check_text(s, key, name, place, rep)
        check_text(s, "channels", name, place, rep, required=False)
        check_text_list(s, "strategies", name, place, rep, min_len=1)


def structure(doc):
    """What must agree between the sv and en version of one instrument."""
    def lst(key):
        v = doc.get(key) if isinstance(doc, dict) else None
        return [x for x in v if isinstance(x, dict)] if isinstance(v, list) else []
    return {
        "version": doc.get("version") if isinstance(doc, dict) else None,
        "dimensions": [d.get("code") for d in lst("dimensions")],
        "questions": [(q.get("id"), q.get("dimension"), q.get("required", False),
                       len(q["followups"]) if isinstance(q.get("followups"), list) else 0)
                      for q in lst("questions")],
        "stages": [(s.get("number"),
                    len(s["strategies"]) if isinstance(s.get("strategies"), list) else None)
                   for s in lst("stages")],
    }


def compare_pair(a_name, a, b_name, b, rep):
    sa, sb = structure(a), structure(b)
    if sa["version"] != sb["version"]:
        rep.add(a_name, "version", f"{json.dumps(sa['version'])} differs from {json.dumps(sb['version'])} in {b_name}")
    if sa["dimensions"] != sb["dimensions"]:
        rep.add(a_name, "dimensions", f"codes {sa['dimensions']} differ from {sb['dimensions']} in {b_name}")
    qa, qb = sa["questions"], sb["questions"]
    if len(qa) != len(qb):
        rep.add(a_name, "questions", f"{len(qa)} questions, {b_name} has {len(qb)}")
    for i, (x, y) in enumerate(zip(qa, qb)):
        place = f"questions[{i}] ({x[0]})"
        if x[0] != y[0]:
            rep.add(a_name, place, f"id {json.dumps(x[0])} differs from {json.dumps(y[0])} in {b_name}")
            continue
        if x[1] != y[1]:
            rep.add(a_name, place, f"dimension {json.dumps(x[1])} differs from {json.dumps(y[1])} in {b_name}")
        if x[2] != y[2]:
            rep.add(a_name, place, f"required {json.dumps(x[2])} differs from {json.dumps(y[2])} in {b_name}")
        if x[3] != y[3]:
            rep.add(a_name, place, f"{x[3]} follow-ups, {b_name} has {y[3]}")
    ta, tb = sa["stages"], sb["stages"]
    if len(ta) != len(tb):
        rep.add(a_name, "stages", f"{len(ta)} stages, {b_name} has {len(tb)}")
    for i, (x, y) in enumerate(zip(ta, tb)):
        if x[0] != y[0]:
            rep.add(a_name, f"stages[{i}]", f"number {x[0]} differs from {y[0]} in {b_name}")
        if x[1] != y[1]:
            rep.add(a_name, f"stages[{i}]", f"{x[1]} strategies, {b_name} has {y[1]}")


def compare_shared_dimensions(a_name, a, b_name, b, rep):
    """Dimensions with the same code in two instruments of one language must be the same dimension."""
    def dims(doc):
        v = doc.get("dimensions") if isinstance(doc, dict) else None
        return {d.get("code"): d for d in v if isinstance(d, dict)} if isinstance(v, list) else {}
    da, db = dims(a), dims(b)
    for code, d in da.items():
        if code not in db:
            continue
        other = db[code]
        if d.get("name") != other.get("name"):
            rep.add(a_name, f"dimensions ({code})", f"name differs from the same code in {b_name}")
        if d.get("anchors") != other.get("anchors"):
            rep.add(a_name, f"dimensions ({code})", f"anchors differ from the same code in {b_name}")


def check_sectors(doc, name, rep):
    if not check_keys(doc, SECTORS_TOP_KEYS, SECTORS_TOP_KEYS, name, "", rep):
        return
    if doc.get("format") != "readiness-sectors":
        rep.add(name, "format", f'is {json.dumps(doc.get("format"))}, must be "readiness-sectors"')
    if not (is_int(doc.get("format_version")) and doc.get("format_version") == 1):
        rep.add(name, "format_version", f'is {json.dumps(doc.get("format_version"))}, must be 1')
    sectors = doc.get("sectors")
    if not isinstance(sectors, list) or not sectors:
        rep.add(name, "sectors", "must be a non-empty list")
        return
    seen = []
    for i, s in enumerate(sectors):
        sid = s.get("id") if isinstance(s, dict) else None
        place = f"sectors[{i}]" + (f" ({sid})" if isinstance(sid, str) else "")
        if not check_keys(s, SECTOR_KEYS, SECTOR_KEYS, name, place, rep):
            continue
        if not isinstance(sid, str) or not SECTOR_ID_RE.match(sid):
            rep.add(name, place, f"id {json.dumps(sid)} must be lower-case letters, digits and _")
        elif sid in seen:
            rep.add(name, place, f'duplicate sector id "{sid}"')
        else:
            seen.append(sid)
        for lang in ("sv", "en"):
            if lang in s and not nonempty_str(s[lang]):
                rep.add(name, f"{place}.{lang}", "must be a non-empty string")
    for sid in REQUIRED_SECTORS:
        if sid not in seen:
            rep.add(name, "sectors", f'missing sector "{sid}"')


def main(argv):
    if len(argv) > 2 or (len(argv) == 2 and argv[1] in ("-h", "--help")):
        print(__doc__.strip())
        return 0 if len(argv) == 2 else 2
    here = os.path.dirname(os.path.abspath(__file__))
    data_dir = argv[1] if len(argv) == 2 else os.path.join(here, "..", "questionnaires")
    rep = Report()
    docs = {}
    for fname in INSTRUMENT_FILES:
        doc = load_json(os.path.join(data_dir, fname), fname, rep)
        if doc is not None:
            check_instrument(doc, fname, rep)
            docs[fname] = doc
    ids = {}
    for fname, doc in docs.items():
        if isinstance(doc, dict) and isinstance(doc.get("id"), str):
            if doc["id"] in ids:
                rep.add(fname, "id", f'"{doc["id"]}" is also used by {ids[doc["id"]]}')
            else:
                ids[doc["id"]] = fname
    for a, b in PAIRS:
        if a in docs and b in docs:
            compare_pair(a, docs[a], b, docs[b], rep)
            for x, y in ((a, b), (b, a)):
                la = docs[x].get("language") if isinstance(docs[x], dict) else None
                lb = docs[y].get("language") if isinstance(docs[y], dict) else None
                if la == lb:
                    rep.add(x, "language", f"same language as {y}")
    for lang in ("sv", "en"):
        a, b = f"cr5-{lang}.json", f"cr6-{lang}.json"
        if a in docs and b in docs:
            compare_shared_dimensions(a, docs[a], b, docs[b], rep)
    sectors = load_json(os.path.join(data_dir, SECTORS_FILE), SECTORS_FILE, rep)
    if sectors is not None:
        check_sectors(sectors, SECTORS_FILE, rep)

    for f in rep.faults:
        print(f)
    if rep.faults:
        print(f"{len(rep.faults)} fault(s)", file=sys.stderr)
        return 1
    print(f"OK: {len(docs)} instruments and {SECTORS_FILE} checked in {os.path.normpath(data_dir)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
