#!/usr/bin/python3
"""Checks the workbook's action plan sheet and the Trends sheet's actions
column against the CLI (issue 13).

usage: check_plan_sheet.py OUT.xlsx PLAN.json TREND.json sv|en

* the plan sheet ("Handlingsplan"/"Action plan") has one row per action of
  `readiness-cli plan --json` (plans, then commitments, per community),
  with its municipality, id, activity, dimensions, period, status, the
  overdue mark exactly where the JSON says overdue, the channel, and the
  latest follow-up beginning with its year;
* the Trends sheet's column "Åtgärder under perioden"/"Actions in the
  period" lists, on each change row of a dimension, exactly the action ids
  of `trend --json` for that change, and nothing elsewhere.
Exits 1 with the first difference, prints what was checked otherwise."""
import json
import sys

import openpyxl

STATUS = {"sv": {"planned": "planerad", "ongoing": "pågående", "done": "genomförd", "postponed": "uppskjuten",
                 "cancelled": "inställd"},
          "en": {s: s for s in ["planned", "ongoing", "done", "postponed", "cancelled"]}}
SHEET = {"sv": ("Handlingsplan", "Utveckling", "Åtgärder under perioden", "Ja"),
         "en": ("Action plan", "Trends", "Actions in the period", "Yes")}


def fail(msg):
    print("FAIL: " + msg)
    sys.exit(1)


def period(a):
    if a["start"] == a["end"]:
        return a["start"]
    return a["start"] + "–" + a["end"]


def main():
    path, plan_path, trend_path, lang = sys.argv[1:5]
    plan = json.load(open(plan_path, encoding="utf-8"))
    trend = json.load(open(trend_path, encoding="utf-8"))
    plan_sheet, trend_sheet, actions_header, yes = SHEET[lang]
    wb = openpyxl.load_workbook(path)
    if plan_sheet not in wb.sheetnames:
        fail("no sheet %r in %s" % (plan_sheet, wb.sheetnames))
    rows = list(wb[plan_sheet].iter_rows(min_row=4, values_only=True))
    header, data = rows[0], [r for r in rows[1:] if any(v is not None for v in r)]
    col = {name: i for i, name in enumerate(header)}
    expected = []
    for c in plan["communities"]:
        for p in c["plans"]:
            expected += [(c["community"], a) for a in p["actions"]]
        for m in c["commitments"]:
            expected += [(c["community"], a) for a in m["items"]]
    if len(data) != len(expected):
        fail("%d rows on %s, %d actions in plan --json" % (len(data), plan_sheet, len(expected)))
    checked = 0
    for row, (community, a) in zip(data, expected):
        def cell(i):
            return row[i] if row[i] is not None else ""
        got = {"community": cell(0), "id": cell(2), "activity": cell(3), "dimensions": cell(6),
               "period": cell(7), "status": cell(9), "overdue": cell(10)}
        want = {"community": community, "id": a["id"], "activity": a["activity"],
                "dimensions": ", ".join(a["dimensions"]), "period": period(a),
                "status": STATUS[lang][a["status"]], "overdue": yes if a["overdue"] else ""}
        if got != want:
            fail("row of %s: %r != %r" % (a["id"], got, want))
        if a["follow_ups"]:
            latest = a["follow_ups"][-1]
            if not str(cell(12)).startswith("%d: %s" % (latest["year"], STATUS[lang][latest["status"]])):
                fail("latest follow-up of %s: %r" % (a["id"], cell(12)))
        elif cell(12):
            fail("%s has no follow-up, the sheet says %r" % (a["id"], cell(12)))
        checked += 1
    # Trends: column after the remark; change rows are the rows of the later round.
    ws = wb[trend_sheet]
    trows = list(ws.iter_rows(min_row=4, values_only=True))
    theader = list(trows[0])
    if actions_header not in theader:
        fail("no column %r on %s" % (actions_header, trend_sheet))
    ai = theader.index(actions_header)
    want_cells = {}
    for t in trend["trends"]:
        for ch in t["changes"]:
            for d in ch["dimensions"]:
                ids = [x["id"] for x in d["actions"]]
                if ids:
                    want_cells[(t["community"], t["issue"], ch["to"], d["code"])] = ids
    seen = 0
    for r in trows[1:]:
        if r[0] is None:
            continue
        text = r[ai] if ai < len(r) else None
        code = str(r[6]).split(" ")[0]
        key = (r[0], r[2], r[4], code)
        want = want_cells.get(key)
        if want is None:
            if text:
                fail("actions on %r where trend --json has none: %r" % (key, text))
            continue
        got_ids = [part.split(" ")[0] for part in text.split("; ")] if text else []
        if got_ids != want:
            fail("actions of %r: %r != %r" % (key, got_ids, want))
        seen += 1
    if seen != len(want_cells):
        fail("%d change rows with actions on the sheet, %d in trend --json" % (seen, len(want_cells)))
    print("plan sheet: %d actions checked; trends: %d change rows with actions" % (checked, seen))


main()
