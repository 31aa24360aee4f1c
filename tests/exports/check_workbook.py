#!/usr/bin/python3
"""Checks an exported Readiness workbook against `readiness-cli score --json`.

usage: check_workbook.py OUT.xlsx SCORE.json [--trend TREND.json] [--compare COMPARE.json] [--charts]
                         [--libreoffice WORKDIR]

* openpyxl, twice: formulas (data_only=False) must be live formulas of the
  promised kind; cached values (data_only=True) must equal the JSON's means
  as every output shows them: cut at two decimals (review item 13).
* --trend: the Trends sheet (third sheet) holds, row by row, every point
  and change of `readiness-cli trend --json`: n, mean, SD, 95% interval,
  stage, change, threshold, verdict and the stage-change-within-noise flag;
  means, stages and changes are live formulas with those cached values.
* --compare: every row of the Comparison sheet (second sheet) equals the
  row of `readiness-cli compare --json` for that community and period:
  dimension means, the overall over the common dimensions and its stage.
* --charts: radar, line and bar charts exist in xl/charts/*.xml and their
  ranges resolve to the cells holding the right names and values.
* --libreoffice: LibreOffice headless converts every sheet to CSV with
  recalculation switched off (cached values) and again with it forced on
  (formulas recomputed); both must equal the JSON. A copy whose cached values
  are zeroed proves which of the two actually happened.
Prints one line per failure and exits 1 if there was any.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
import csv

import openpyxl

FAILURES = []


def fail(msg):
    FAILURES.append(msg)
    print("FAIL:", msg)


def fmt4(x):
    """Four decimals; None (a blank cell, a missing mean) stays None."""
    if x is None or x == "":
        return None
    return "%.4f" % round(float(x) + 0.0, 4)


def cut2(x):
    """A JSON mean as every output shows it: cut (not rounded) at two
    decimals (scoring/mean_format.h); None stays None. The JSON has four
    decimals, more near a whole number, so cutting its text cuts the mean."""
    if x is None or x == "":
        return None
    whole, _, frac = ("%s" % x).partition(".")
    return float(whole + "." + (frac + "00")[:2])


def shown4(x):
    """The cut mean with four decimals, to compare with a cell by fmt4."""
    return fmt4(cut2(x))


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)["rounds"]


# ------------------------------------------------------------------ layout
def summary_layout(ws):
    """Column indexes (0-based) of the Summary sheet from its header row."""
    header = [c.value for c in ws[1]]
    first_dim = 7
    round_id_col = len(header) - 1
    overall = round_id_col - 5
    dims = {}
    for i in range(first_dim, overall):
        code = str(header[i]).split(" ", 1)[0]
        dims[code] = i
    return dims, overall, round_id_col


def summary_rows(ws, round_id_col):
    rows = {}
    for r in ws.iter_rows(min_row=2, values_only=True):
        if r[round_id_col] is not None:
            rows[r[round_id_col]] = r
    return rows


def check_openpyxl(path, rounds):
    wb_f = openpyxl.load_workbook(path, data_only=False)
    wb_v = openpyxl.load_workbook(path, data_only=True)
    names = wb_f.sheetnames
    summary, scores = names[0], names[4] if len(names) > 4 else None
    scores = [n for n in names if n in ("Poäng", "Scores")] or [None]
    scores = scores[0]
    ws_f, ws_v = wb_f[summary], wb_v[summary]
    dims, overall, rid = summary_layout(ws_f)
    rows_f, rows_v = summary_rows(ws_f, rid), summary_rows(ws_v, rid)
    checked = 0
    for r in rounds:
        key = r["round_id"]
        if key not in rows_f:
            fail("summary has no row for round %s" % key)
            continue
        rf, rv = rows_f[key], rows_v[key]
        for d in r["dimensions"]:
            col = dims[d["code"]]
            if d["mean"] is None:
                if rf[col] != "–":
                    fail("%s %s: no mean expected, cell is %r" % (key, d["code"], rf[col]))
                continue
            f = str(rf[col])
            if not (f.startswith("=TRUNC(ROUND(AVERAGEIFS(") and "'%s'!" % scores.replace("'", "''") in f
                    and '"=%s"' % d["code"] in f):
                fail("%s %s: not a live cut AVERAGEIFS over %s: %r" % (key, d["code"], scores, f))
            if not isinstance(rv[col], (int, float)) or fmt4(rv[col]) != shown4(d["mean"]):
                fail("%s %s: cached %r != %s" % (key, d["code"], rv[col], d["mean"]))
            checked += 1
        o = r["overall"]
        if o is None:
            if rf[overall] != "–" or rf[overall + 1] != "–":
                fail("%s: no overall expected, cells are %r %r" % (key, rf[overall], rf[overall + 1]))
            continue
        # Cut for show, computed from the exact means (AVERAGEIFS), never
        # from the cut cells beside it.
        if not (str(rf[overall]).startswith("=TRUNC(ROUND(AVERAGE(AVERAGEIFS(") and
                str(rf[overall]).count("AVERAGEIFS(") == len(r["dimensions"])):
            fail("%s: overall not a live cut AVERAGE of the exact means: %r" % (key, rf[overall]))
        if not str(rf[overall + 1]).startswith("=INT(ROUND("):
            fail("%s: stage not a live INT(ROUND()): %r" % (key, rf[overall + 1]))
        if not str(rf[overall + 2]).startswith("=CHOOSE("):
            fail("%s: stage name not a live CHOOSE: %r" % (key, rf[overall + 2]))
        if fmt4(rv[overall]) != shown4(o["score"]):
            fail("%s: cached overall %r != %s" % (key, rv[overall], o["score"]))
        if rv[overall + 1] != o["stage"]:
            fail("%s: cached stage %r != %s" % (key, rv[overall + 1], o["stage"]))
        checked += 3
    # Every reference to another sheet is quoted: 'Name'!A1 (names with
    # spaces and å/ä/ö must work).
    for ws in wb_f.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if isinstance(v, str) and v.startswith("="):
                    if re.search(r"(?<!')\b[^'=(,]+!\$", v):
                        fail("%s!%s: unquoted sheet reference %r" % (ws.title, c.coordinate, v))
                    for ref in re.findall(r"'((?:[^']|'')+)'!", v):
                        if ref.replace("''", "'") not in names:
                            fail("%s!%s: reference to missing sheet %r" % (ws.title, c.coordinate, ref))
                    if ";" in v:
                        fail("%s!%s: formula not in US-English syntax: %r" % (ws.title, c.coordinate, v))
    print("openpyxl: %d formula cells checked against JSON in %s" % (checked, os.path.basename(path)))
    return wb_v


# ------------------------------------------------------------------ trends
TREND_COLS = ["community", "code", "issue", "mode", "round", "provisional", "dimension", "n", "mean", "sd",
              "low", "high", "stage", "change", "threshold", "verdict", "stage_in_noise", "remark"]
FIRST_TREND_ROW = 5  # 1-based: title, note, blank, header


def near4(got, want):
    """`want` is JSON rounded to 4 decimals; `got` the full number or None.
    Floating-point figures (SD, interval, threshold, change) may sit on a
    rounding tie (3.57345), so they match within half a unit of the 4th
    decimal instead of by their rounded text."""
    if got is None or want is None:
        return got is None and want is None
    return abs(float(got) - float(want)) <= 0.00005 + 1e-9


def trend_lines(trends):
    """(trend, point index, code or None for overall, estimate, change or None) in sheet order."""
    for t in trends:
        for i, p in enumerate(t["points"]):
            step = t["changes"][i - 1] if i > 0 else None
            for d in p["dimensions"]:
                yield t, p, d["code"], d, (next(c for c in step["dimensions"] if c["code"] == d["code"])
                                           if step else None)
            yield t, p, None, dict(p["overall"], mean=p["overall"]["score"]), step["overall"] if step else None


def verdict_ok(text, change):
    v = change["verdict"]
    if v == "beyond_noise":
        want = "↓" if change["difference"] is not None and change["difference"] < 0 else "↑"
    else:
        want = "≈" if v == "within_noise" else "?"
    return isinstance(text, str) and text.startswith(want)


def check_trend_row(what, cells, t, p, code, e, change, formulas=None):
    """Compares one sheet row (dict by TREND_COLS) with the JSON; returns values checked."""
    n = 0
    where = "%s %s %s %s" % (what, t["community"], p["round"], code or "overall")
    if cells["community"] != t["community"] or str(cells["round"]) != p["round"]:
        fail("%s: row is %r %r" % (where, cells["community"], cells["round"]))
        return 0
    if code is not None and str(cells["dimension"]).split(" ", 1)[0] != code:
        fail("%s: dimension cell %r" % (where, cells["dimension"]))
    if int(float(cells["n"])) != e["n"]:
        fail("%s: n %r != %s" % (where, cells["n"], e["n"]))
    for key, want in (("mean", e["mean"]), ("sd", e["sd"]),
                      ("low", e["ci95"]["low"] if e["ci95"] else None),
                      ("high", e["ci95"]["high"] if e["ci95"] else None)):
        got = None if cells[key] in (None, "", "–") else cells[key]
        same = fmt4(got) == shown4(want) if key == "mean" else near4(got, want)
        if not same:
            fail("%s: %s %r != %s" % (where, key, cells[key], want))
        n += 1
    stage = None if cells["stage"] in (None, "") else int(float(cells["stage"]))
    if stage != e["stage"]:
        fail("%s: stage %r != %s" % (where, cells["stage"], e["stage"]))
    n += 1
    if change is None:
        if any(cells[k] not in (None, "") for k in ("change", "threshold", "verdict", "stage_in_noise")):
            fail("%s: first round with a change" % where)
        return n
    # The change is the exact difference (of the exact means, not the cut cells).
    got = None if cells["change"] in (None, "") else cells["change"]
    if not near4(got, change["difference"]):
        fail("%s: change %r != %s" % (where, cells["change"], change["difference"]))
    got = None if cells["threshold"] in (None, "") else cells["threshold"]
    if not near4(got, change["threshold"]):
        fail("%s: threshold %r != %s" % (where, cells["threshold"], change["threshold"]))
    if not verdict_ok(cells["verdict"], change):
        fail("%s: verdict %r for %s" % (where, cells["verdict"], change["verdict"]))
    if bool(cells["stage_in_noise"]) != change["stage_change_within_noise"]:
        fail("%s: stage change within noise %r" % (where, cells["stage_in_noise"]))
    n += 4
    if formulas is not None:
        if e["mean"] is not None:
            f = str(formulas["mean"])
            want = "=TRUNC(ROUND(AVERAGE(AVERAGEIFS(" if code is None else "='"
            if not f.startswith(want):
                fail("%s: mean is not a live formula: %r" % (where, f))
            if not str(formulas["stage"]).startswith("=INT(ROUND("):
                fail("%s: stage is not a live formula: %r" % (where, formulas["stage"]))
        # A difference of the exact means: AVERAGEIFS − AVERAGEIFS, or for
        # the overall AVERAGE(AVERAGEIFS…) − AVERAGE(AVERAGEIFS…).
        want = r"^=AVERAGEIFS\(.*\)-AVERAGEIFS\(.*\)$" if code is not None else \
            r"^=AVERAGE\(AVERAGEIFS\(.*\)\)-AVERAGE\(AVERAGEIFS\(.*\)\)$"
        if change["difference"] is not None and not re.match(want, str(formulas["change"])):
            fail("%s: change is not a live difference of the exact means: %r" % (where, formulas["change"]))
    return n


def check_trends_openpyxl(path, trends):
    wb_f = openpyxl.load_workbook(path, data_only=False)
    wb_v = openpyxl.load_workbook(path, data_only=True)
    name = wb_f.sheetnames[2]
    rows_f = list(wb_f[name].iter_rows(min_row=FIRST_TREND_ROW, values_only=True))
    rows_v = list(wb_v[name].iter_rows(min_row=FIRST_TREND_ROW, values_only=True))
    n, i = 0, 0
    for t, p, code, e, change in trend_lines(trends):
        if i >= len(rows_v):
            fail("trends: sheet %s ends before %s %s" % (name, t["community"], p["round"]))
            break
        n += check_trend_row("openpyxl", dict(zip(TREND_COLS, rows_v[i])), t, p, code, e, change,
                             dict(zip(TREND_COLS, rows_f[i])))
        i += 1
    if any(any(v is not None for v in r) for r in rows_v[i:]):
        fail("trends: rows beyond the JSON on %s" % name)
    print("trends openpyxl: %d values checked on %s" % (n, name))


def check_trends_csv(rows, trends, what):
    rows = rows[FIRST_TREND_ROW - 1:]
    n, i = 0, 0
    for t, p, code, e, change in trend_lines(trends):
        if i >= len(rows):
            fail("%s: ends early" % what)
            break
        cells = dict(zip(TREND_COLS, rows[i] + [""] * len(TREND_COLS)))
        n += check_trend_row(what, cells, t, p, code, e, change)
        i += 1
    print("%s: %d values checked" % (what, n))


# -------------------------------------------------------------- comparison
def check_comparison_rows(rows, tables, what):
    """rows: the Comparison sheet's cell values, row by row. Returns values checked."""
    by_key = {}
    for t in tables:
        for r in t["rows"]:
            by_key[(r["community"], r["round"], t["issue"])] = (t, r)
    n, period, issue, in_table = 0, None, None, False
    for cells in rows:
        cells = [None if c == "" else c for c in cells]
        first = cells[0] if cells else None
        m = re.match(r"^[^:]+: (.*) · \S+ (\S+) · \S+$", str(first)) if first else None
        if m:
            issue, period, in_table = m.group(1), m.group(2), False
            continue
        if len(cells) > 1 and cells[1] in ("Kommunkod", "Municipality code"):
            header, in_table = cells, True
            continue
        if first is None:
            in_table = False  # a table ends at its first empty row
            continue
        if not in_table:
            continue
        hit = by_key.get((first, period, issue))
        if hit is None:
            fail("%s: no compare row for %s %s %s" % (what, first, period, issue))
            continue
        t, r = hit
        for i, d in enumerate(r["dimensions"]):
            got = cells[2 + i]
            if fmt4(got) != shown4(d["mean"]):
                fail("%s: %s %s %s = %r, want %s" % (what, first, period, d["code"], got, d["mean"]))
            n += 1
        col = 2 + len(r["dimensions"])
        o = r["overall"]
        want = (None, None) if o is None else (shown4(o["score"]), str(o["stage"]))
        got = (None, None) if cells[col] == "–" else (fmt4(cells[col]), str(cells[col + 1]).split(".")[0])
        if got != want:
            fail("%s: %s %s overall %r, want %r" % (what, first, period, got, want))
        n += 2
    print("%s: %d values checked" % (what, n))


def check_comparison_openpyxl(path, tables):
    wb_f = openpyxl.load_workbook(path, data_only=False)
    wb_v = openpyxl.load_workbook(path, data_only=True)
    name = wb_v.sheetnames[1]
    check_comparison_rows([list(r) for r in wb_v[name].iter_rows(values_only=True)], tables,
                          "comparison openpyxl")
    summary = wb_f.sheetnames[0].replace("'", "''")
    for row in wb_f[name].iter_rows():
        for c in row:
            if isinstance(c.value, str) and c.value.startswith("=") and not (
                    c.value.startswith("='%s'!" % summary) or c.value.startswith("=TRUNC(ROUND(AVERAGE(AVERAGEIFS(")
                    or c.value.startswith("=INT(ROUND(")):
                fail("comparison %s: unexpected formula %r" % (c.coordinate, c.value))


# ------------------------------------------------------------------ charts
def parse_ref(ref):
    m = re.match(r"^'?((?:[^']|'')+?)'?!\$([A-Z]+)\$(\d+)(?::\$([A-Z]+)\$(\d+))?$", ref)
    if not m:
        return None
    sheet = m.group(1).replace("''", "'")
    c1, r1 = m.group(2), int(m.group(3))
    c2, r2 = (m.group(4), int(m.group(5))) if m.group(4) else (c1, r1)
    return sheet, c1, r1, c2, r2


def ref_values(wb, ref):
    p = parse_ref(ref)
    if p is None:
        fail("chart reference does not parse: %r" % ref)
        return []
    sheet, c1, r1, c2, r2 = p
    if sheet not in wb.sheetnames:
        fail("chart reference to missing sheet %r" % ref)
        return []
    ws = wb[sheet]
    out = []
    for row in ws["%s%d:%s%d" % (c1, r1, c2, r2)]:
        for c in row:
            out.append(c.value)
    return out


def chart_series(xml):
    series = []
    for s in re.findall(r"<c:ser>(.*?)</c:ser>", xml, re.S):
        def f(tag):
            m = re.search(r"<c:%s>.*?<c:f>(.*?)</c:f>" % tag, s, re.S)
            return m.group(1).replace("&apos;", "'").replace("&amp;", "&") if m else None
        series.append({"name": f("tx"), "cat": f("cat"), "val": f("val")})
    return series


def check_charts(path, wb, rounds):
    by_community = {}
    for r in rounds:
        by_community.setdefault(r["community"], []).append(r)
    kinds = {"radar": 0, "line": 0, "bar": 0}
    with zipfile.ZipFile(path) as z:
        charts = sorted(n for n in z.namelist() if re.match(r"xl/charts/chart\d+\.xml$", n))
        for name in charts:
            xml = z.read(name).decode("utf-8")
            series = chart_series(xml)
            if not series:
                fail("%s has no series" % name)
            for s in series:
                for ref in s.values():
                    if ref is not None and not ref_values(wb, ref):
                        fail("%s: empty range %r" % (name, ref))
            for s in series:
                for k in ("cat", "val"):
                    if s[k] is None:
                        fail("%s: a series without %s range" % (name, k))
            if "<c:radarChart>" in xml:
                kinds["radar"] += 1
                sheet = parse_ref(series[-1]["val"])[0]
                rs = by_community.get(sheet)
                if not rs:
                    continue
                want = [rs[-1]] if len(series) == 1 else rs[-2:]
                for s, r in zip(series, want):
                    if str(ref_values(wb, s["name"])[0]) != r["round"]:
                        fail("%s: radar series name is not round %s" % (name, r["round"]))
                    cats = [str(v).split(" ", 1)[0] for v in ref_values(wb, s["cat"])]
                    if cats != [d["code"] for d in r["dimensions"]]:
                        fail("%s: radar categories %r" % (name, cats))
                    vals = [fmt4(v) for v in ref_values(wb, s["val"])]
                    if vals != [shown4(d["mean"]) for d in r["dimensions"]]:
                        fail("%s: radar values %r for %s %s" % (name, vals, sheet, r["round"]))
            elif "<c:lineChart>" in xml:
                kinds["line"] += 1
                sheet = parse_ref(series[0]["val"])[0]
                rs = by_community.get(sheet)
                if not rs:
                    continue
                if [str(v) for v in ref_values(wb, series[0]["cat"])] != [r["round"] for r in rs]:
                    fail("%s: line categories are not the rounds of %s" % (name, sheet))
                for i, s in enumerate(series):
                    code = str(ref_values(wb, s["name"])[0]).split(" ", 1)[0]
                    vals = [fmt4(v) for v in ref_values(wb, s["val"])]
                    want = [shown4(next(d["mean"] for d in r["dimensions"] if d["code"] == code)) for r in rs]
                    if vals != want:
                        fail("%s: line series %s values %r != %r" % (name, code, vals, want))
            elif "<c:barChart>" in xml:
                kinds["bar"] += 1
                latest = max(r["round"] for r in rounds)
                for s in series:
                    community = ref_values(wb, s["name"])[0]
                    r = next((r for r in rounds if r["community"] == community and r["round"] == latest), None)
                    if r is None:
                        continue  # overall-per-community variant
                    cats = [str(v).split(" ", 1)[0] for v in ref_values(wb, s["cat"])]
                    vals = [fmt4(v) for v in ref_values(wb, s["val"])]
                    want = [shown4(next(d["mean"] for d in r["dimensions"] if d["code"] == c)) for c in cats]
                    if vals != want:
                        fail("%s: bar series %s values %r != %r" % (name, community, vals, want))
    communities = len(by_community)
    if kinds["radar"] < communities or kinds["line"] < communities or kinds["bar"] < 1:
        fail("charts missing: %r for %d communities" % (kinds, communities))
    print("charts: %s" % kinds)


# ------------------------------------------------------------ LibreOffice
RECALC_XCU = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>%d</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>%d</value></prop></item>
</oor:items>
"""
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"


def soffice_csv(files, outdir, recalc):
    """Every sheet of every file to CSV. recalc: 0 always, 1 never."""
    profile = os.path.join(outdir, "profile")
    os.makedirs(os.path.join(profile, "user"), exist_ok=True)
    with open(os.path.join(profile, "user", "registrymodifications.xcu"), "w") as f:
        f.write(RECALC_XCU % (recalc, recalc))
    cmd = ["soffice", "-env:UserInstallation=file://" + os.path.abspath(profile), "--headless", "--norestore",
           "--convert-to", CSV_FILTER, "--outdir", outdir] + files
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=180)
    if p.returncode != 0:
        fail("soffice failed: %s" % p.stdout.decode(errors="replace"))


DECIMAL_COMMA = re.compile(r"^-?[0-9]+,[0-9]+$")


def read_csv(path):
    """LibreOffice writes numbers in its UI locale: under sv_SE a decimal
    comma ("3,5"). The values are what is checked, so read either form."""
    with open(path, encoding="utf-8") as f:
        return [[c.replace(",", ".") if DECIMAL_COMMA.match(c) else c for c in row] for row in csv.reader(f)]


def tamper(src, dst, summary_xml):
    """A copy whose cached formula results on the Summary sheet are 0."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == summary_xml:
                text = data.decode("utf-8")
                text = re.sub(r"(<c [^>]*>)(<f>[^<]*</f>)<v>[^<]*</v>", r"\1\2<v>0</v>", text)
                data = text.encode("utf-8")
            zout.writestr(item, data)


def compare_csv(rows, rounds, what, expect_zero=False):
    header = rows[0]
    dims = {}
    first_dim, rid = 7, len(header) - 1
    overall = rid - 5
    for i in range(first_dim, overall):
        dims[header[i].split(" ", 1)[0]] = i
    by_id = {r[rid]: r for r in rows[1:] if len(r) > rid}
    n = 0
    for r in rounds:
        row = by_id.get(r["round_id"])
        if row is None:
            fail("%s: no row for %s" % (what, r["round_id"]))
            continue
        for d in r["dimensions"]:
            if d["mean"] is None:
                continue
            got = row[dims[d["code"]]]
            want = "0.0000" if expect_zero else shown4(d["mean"])
            if fmt4(got) != want:
                fail("%s: %s %s = %s, want %s" % (what, r["round_id"], d["code"], got, want))
            n += 1
        if r["overall"] is not None:
            if fmt4(row[overall]) != ("0.0000" if expect_zero else shown4(r["overall"]["score"])):
                fail("%s: %s overall = %s" % (what, r["round_id"], row[overall]))
            want_stage = "0" if expect_zero else str(r["overall"]["stage"])
            if row[overall + 1] != want_stage:
                fail("%s: %s stage = %s, want %s" % (what, r["round_id"], row[overall + 1], want_stage))
            n += 2
    print("%s: %d values checked" % (what, n))


def check_libreoffice(path, rounds, workdir, trends=None, tables=None):
    if os.path.isdir(workdir):
        shutil.rmtree(workdir)
    os.makedirs(workdir)
    wb = openpyxl.load_workbook(path, read_only=True)
    summary, comparison_sheet, trends_sheet = wb.sheetnames[0], wb.sheetnames[1], wb.sheetnames[2]
    wb.close()
    base = os.path.join(workdir, "wb.xlsx")
    shutil.copy(path, base)
    zero = os.path.join(workdir, "zeroed.xlsx")
    tamper(base, zero, "xl/worksheets/sheet1.xml")
    for mode, recalc in (("cached", 1), ("recalc", 0)):
        out = os.path.join(workdir, mode)
        os.makedirs(out)
        soffice_csv([base, zero], out, recalc)
        for stem, zeroed in (("wb", False), ("zeroed", True)):
            f = os.path.join(out, "%s-%s.csv" % (stem, summary))
            if not os.path.exists(f):
                fail("LibreOffice wrote no %s (have %s)" % (f, os.listdir(out)))
                continue
            compare_csv(read_csv(f), rounds, "LibreOffice %s %s" % (mode, stem),
                        expect_zero=zeroed and mode == "cached")
        for want, sheet, check, what in ((tables, comparison_sheet, check_comparison_rows, "comparison"),
                                         (trends, trends_sheet, check_trends_csv, "trends")):
            if want is None:
                continue
            f = os.path.join(out, "wb-%s.csv" % sheet)
            if os.path.exists(f):
                check(read_csv(f), want, "LibreOffice %s %s" % (mode, what))
            else:
                fail("LibreOffice wrote no %s" % f)


def json_option(argv, flag, key):
    """The `key` list of the JSON file named after `flag`, or None without the flag."""
    if flag not in argv:
        return None
    with open(argv[argv.index(flag) + 1], encoding="utf-8") as f:
        return json.load(f)[key]


def main(argv):
    if len(argv) < 3:
        print(__doc__)
        return 2
    path, rounds = argv[1], load_json(argv[2])
    trends = json_option(argv, "--trend", "trends")
    tables = json_option(argv, "--compare", "tables")
    wb_v = check_openpyxl(path, rounds)
    if trends is not None:
        check_trends_openpyxl(path, trends)
    if tables is not None:
        check_comparison_openpyxl(path, tables)
    if "--charts" in argv:
        check_charts(path, wb_v, rounds)
    if "--libreoffice" in argv:
        check_libreoffice(path, rounds, argv[argv.index("--libreoffice") + 1], trends, tables)
    print("%d failure(s)" % len(FAILURES))
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
