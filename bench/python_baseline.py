#!/usr/bin/python3
"""The bench workbook written with Python xlsxwriter (Debian python3-xlsxwriter)
from the data bench_export --dump wrote: the same sheets, cells, formats,
formulas with cached values, conditional formats, table and charts as
exports/workbook_*.cpp (Summary, Comparison, Trends, one sheet per community,
Agreement, Method, Scores table). Every figure (means, stages, agreement,
strategies) comes from the dump, so only the writing is timed, as on the
C++ side. bench/compare_workbooks.py checks that both are the same
workbook. Prints the median seconds of N runs.
usage: python_baseline.py DATA.json OUT.xlsx [RUNS]"""
import json, statistics, sys, time
import xlsxwriter
from xlsxwriter.utility import xl_rowcol_to_cell as cell

STAGE_COLOURS = ["#F4B6B6", "#F8CBAD", "#FCE4B6", "#FFF2A8", "#F2F5A9", "#DDEFB5", "#C6E8B8", "#A9DCA9", "#8FD19E"]
SERIES_COLOURS = ["#2F5597", "#C55A11", "#548235", "#7030A0", "#BF9000", "#0097A7",
                  "#A5A5A5", "#E91E63", "#264478", "#9E480E", "#43682B", "#636363"]


def q(name):
    return "'" + name.replace("'", "''") + "'"


def formats(wb):
    f = lambda **p: wb.add_format(p)
    fmt = dict(
        title=f(bold=True, font_size=16, font_color="#1F3864"), subtitle=f(font_color="#595959"),
        heading=f(bold=True, font_size=12, font_color="#1F3864"),
        header=f(bold=True, text_wrap=True, valign="top", bg_color="#D9E2F3", bottom=1),
        header_number=f(bold=True, text_wrap=True, valign="top", align="right", bg_color="#D9E2F3", bottom=1),
        bold=f(bold=True), wrap=f(text_wrap=True, valign="top"), note=f(italic=True, font_color="#595959"),
        score=f(num_format="0.00"), score_bold=f(num_format="0.00", bold=True),
        change=f(num_format="+0.00;-0.00;0.00"), integer=f(num_format="0", align="right"),
        integer_bold=f(num_format="0", bold=True, align="right"), percent=f(num_format="0%"),
        centre=f(align="center"))
    fmt["decimal"] = fmt["score"]
    fmt["stage"] = [f(bg_color=c) for c in STAGE_COLOURS]
    return fmt


def colour_by_stage(ws, fmt, r0, c0, r1, c1):
    for k in range(1, 10):
        ws.conditional_format(r0, c0, r1, c1, {"type": "cell", "criteria": "between", "minimum": k,
                                               "maximum": k + 0.999999999, "format": fmt["stage"][k - 1]})


def style_chart(chart, title):
    chart.set_title({"name": title, "name_font": {"size": 11, "bold": False}})
    chart.set_legend({"position": "bottom"})


def line_series(i, dashed=False):
    c = SERIES_COLOURS[i % len(SERIES_COLOURS)]
    line = {"color": c, "width": 2.25}
    if dashed:
        line["dash_type"] = "dash"
    return {"line": line, "marker": {"type": "circle", "size": 6, "fill": {"color": c}, "border": {"color": c}}}


SCORE_AXIS = {"min": 1, "max": 9, "major_unit": 1}


def write_scores(ws, data, t, fmt):
    rounds = data["rounds"]
    row = 1
    for r in rounds:
        for s in r["scores"]:
            ws.write_string(row, 0, r["community"]); ws.write_string(row, 1, r["issue"])
            ws.write_string(row, 2, r["label"]); ws.write_string(row, 3, r["id"])
            ws.write_string(row, 4, s[0]); ws.write_string(row, 5, s[1]); ws.write_string(row, 6, s[2])
            ws.write_string(row, 7, s[3]); ws.write_number(row, 8, s[4], fmt["score"])
            ws.write_number(row, 9, s[5], fmt["score"]); ws.write_number(row, 10, s[6], fmt["score"])
            ws.write_string(row, 11, s[7])
            row += 1
    last = row - 1
    heads = [t[k] for k in ("community", "issue", "round", "round_id", "interview", "respondent", "sector",
                            "dimension", "scorer_a", "scorer_b", "consensus", "reason", "note_a", "note_b")]
    ws.add_table(0, 0, last, 13, {"name": "Scores", "style": "Table Style Light 9",
                                  "columns": [{"header": h} for h in heads]})
    ws.freeze_panes(1, 0)
    for c, w in enumerate([16, 30, 9, 18, 10, 12, 22, 11, 12, 12, 12, 50, 40, 40]):
        ws.set_column(c, c, w)
    return last


def write_summary(ws, data, t, fmt, scores_name, last):
    dims, rounds = data["dimensions"], data["rounds"]
    rng = lambda c: q(scores_name) + "!" + cell(1, c, True, True) + ":" + cell(last, c, True, True)
    crit = lambda s: '"=' + s.replace("~", "~~").replace("*", "~*").replace("?", "~?").replace('"', '""') + '"'
    fd = 7
    ov = fd + len(dims)
    for i, k in enumerate(("county", "municipality_code", "community", "issue", "round", "mode", "interviews_n")):
        ws.write_string(0, i, t[k], fmt["header_number"] if i == 6 else fmt["header"])
    for i, d in enumerate(dims):
        ws.write_string(0, fd + i, d["label"], fmt["header_number"])
    ws.write_string(0, ov, t["overall"], fmt["header_number"])
    ws.write_string(0, ov + 1, t["stage"], fmt["header_number"])
    for i, k in enumerate(("stage_name", "lowest", "provisional", "round_id")):
        ws.write_string(0, ov + 2 + i, t[k], fmt["header"])
    choose_tail = "," + ",".join('"%s"' % s.replace('"', '""') for s in data["stages"]) + ")"
    pos = {}
    for i, r in enumerate(rounds):
        row = i + 1
        pos[r["id"]] = row
        for c, v in enumerate((r["county"], r["code"], r["community"], r["issue"], r["label"], r["mode"])):
            ws.write_string(row, c, v)
        ws.write_number(row, 6, r["n"], fmt["integer"])
        for j, m in enumerate(r["means"]):
            f = "AVERAGEIFS(%s,%s,%s,%s,%s)" % (rng(10), rng(3), crit(r["id"]), rng(7), crit(m["code"]))
            ws.write_formula(row, fd + j, f, fmt["score"], m["mean"])
        cells = ",".join(cell(row, fd + j) for j in range(len(r["means"])))
        ws.write_formula(row, ov, "AVERAGE(%s)" % cells, fmt["score_bold"], r["overall"])
        ws.write_formula(row, ov + 1, "INT(ROUND(%s,9))" % cell(row, ov), fmt["integer_bold"], r["stage"])
        ws.write_formula(row, ov + 2, "CHOOSE(" + cell(row, ov + 1) + choose_tail, None, r["stage_name"])
        ws.write_string(row, ov + 3, r["lowest"])
        ws.write_string(row, ov + 4, t["yes"] if r["provisional"] else t["no"])
        ws.write_string(row, ov + 5, r["id"], fmt["note"])
    n = len(rounds)
    colour_by_stage(ws, fmt, 1, fd, n, ov + 1)
    ws.freeze_panes(1, 4)
    ws.autofilter(0, 0, n, ov + 5)
    ws.set_row(0, 48)
    for c0, c1, w in ((0, 0, 17), (1, 1, 11), (2, 2, 15), (3, 3, 28), (4, 4, 8), (5, 5, 10), (6, 6, 10),
                      (fd, ov - 1, 12), (ov, ov + 1, 8), (ov + 2, ov + 2, 20), (ov + 3, ov + 3, 26),
                      (ov + 4, ov + 4, 11), (ov + 5, ov + 5, 20)):
        ws.set_column(c0, c1, w)
    ws.set_landscape()
    ws.set_paper(8)
    ws.fit_to_pages(1, 0)
    ws.print_area(0, 0, n, ov + 4)
    ws.repeat_rows(0, 0)
    ws.set_margins(0.4, 0.4, 0.5, 0.5)
    return pos, fd


def mean_ref(summary_name, pos, fd, r, d):
    return q(summary_name) + "!" + cell(pos[r["id"]], fd + d, True, True)


def write_community(wb, ws, comm, rs, data, t, fmt, summary_name, pos, fd):
    dims = data["dimensions"]
    name = ws.get_name()
    nd, nr = len(dims), len(rs)
    ws.write_string(0, 0, comm["name"], fmt["title"])
    ws.write_string(1, 0, comm["subtitle"], fmt["subtitle"])
    ws.set_column(0, 0, 36)
    top = 3
    ws.write_string(top, 0, "%s: %s (%s)" % (t["profile_title"], rs[0]["issue"], rs[0]["mode"]), fmt["heading"])
    header, first = top + 1, top + 2
    change = nr + 1
    ws.write_string(header, 0, t["dimension"], fmt["header"])
    for i, r in enumerate(rs):
        ws.write_string(header, 1 + i, r["label"], fmt["header_number"])
    ws.write_string(header, change, t["change"], fmt["header_number"])
    ws.set_column(1, 7, 15)
    ws.set_column(7, 7, 22)
    for d, dim in enumerate(dims):
        row = first + d
        ws.write_string(row, 0, dim["label"])
        for i, r in enumerate(rs):
            ws.write_formula(row, 1 + i, mean_ref(summary_name, pos, fd, r, d), fmt["score"], r["means"][d]["mean"])
        ws.write_formula(row, change, "%s-%s" % (cell(row, nr), cell(row, nr - 1)), fmt["change"],
                         rs[-1]["means"][d]["mean"] - rs[-2]["means"][d]["mean"])
    last_dim = first + nd - 1
    colour_by_stage(ws, fmt, first, 1, last_dim, nr)
    ov = last_dim + 1
    ws.write_string(ov, 0, t["overall"], fmt["bold"])
    ws.write_string(ov + 1, 0, t["stage"], fmt["bold"])
    ws.write_string(ov + 2, 0, t["stage_name"])
    ws.write_string(ov + 3, 0, t["interviews_n"])
    ws.write_string(ov + 4, 0, t["provisional"])
    for i, r in enumerate(rs):
        ref = lambda k: q(summary_name) + "!" + cell(pos[r["id"]], fd + nd + k, True, True)
        ws.write_formula(ov, 1 + i, ref(0), fmt["score_bold"], r["overall"])
        ws.write_formula(ov + 1, 1 + i, ref(1), fmt["integer_bold"], r["stage"])
        ws.write_formula(ov + 2, 1 + i, ref(2), None, r["stage_name"])
        ws.write_number(ov + 3, 1 + i, r["n"], fmt["integer"])
        ws.write_string(ov + 4, 1 + i, t["yes"] if r["provisional"] else t["no"], fmt["centre"])
    ws.write_formula(ov, change, "%s-%s" % (cell(ov, nr), cell(ov, nr - 1)), fmt["change"],
                     rs[-1]["overall"] - rs[-2]["overall"])
    colour_by_stage(ws, fmt, ov, 1, ov + 1, nr)
    ws.write_string(ov + 5, 0, t["blank_note"], fmt["note"])
    chart_row = ov + 7
    latest, previous = rs[-1], rs[-2]
    radar = wb.add_chart({"type": "radar", "subtype": "with_markers"})
    style_chart(radar, t["radar_title"].replace("%s", latest["label"], 1).replace("%s", previous["label"], 1))
    for col, colour in ((nr - 1, 6), (nr, 0)):
        s = {"categories": [name, first, 0, last_dim, 0], "values": [name, first, col, last_dim, col],
             "name": [name, header, col]}
        s.update(line_series(colour, colour != 0))
        radar.add_series(s)
    radar.set_y_axis(SCORE_AXIS)
    ws.insert_chart(chart_row, 0, radar, {"x_scale": 1.0, "y_scale": 1.2})
    line = wb.add_chart({"type": "line"})
    style_chart(line, t["trend_title"])
    for d in range(nd):
        s = {"categories": [name, header, 1, header, nr], "values": [name, first + d, 1, first + d, nr],
             "name": [name, first + d, 0]}
        s.update(line_series(d))
        line.add_series(s)
    line.set_y_axis(SCORE_AXIS)
    line.show_blanks_as("gap")
    ws.insert_chart(chart_row, 4, line, {"x_scale": 1.0, "y_scale": 1.2})
    row = chart_row + 20
    ws.write_string(row, 0, t["detail_title"].replace("%s", latest["label"], 1), fmt["heading"])
    row += 1
    for c, k in enumerate(("dimension", "mean", None, "sd", "min", "max", "stage")):
        ws.write_string(row, c, t[k] if k else "n", fmt["header_number"] if c else fmt["header"])
    ws.write_string(row, 7, t["stage_name"], fmt["header"])
    row += 1
    first_detail = row
    for d, m in enumerate(latest["means"]):
        ws.write_string(row, 0, dims[d]["label"])
        ws.write_formula(row, 1, cell(first + d, nr), fmt["score"], m["mean"])
        ws.write_formula(row, 6, "INT(ROUND(%s,9))" % cell(row, 1), fmt["integer"], m["stage"])
        choose = "CHOOSE(%s,%s)" % (cell(row, 6), ",".join('"%s"' % s for s in data["stages"]))
        ws.write_formula(row, 7, choose, None, m["stage_name"])
        ws.write_number(row, 2, m["n"], fmt["integer"])
        ws.write_number(row, 3, m["sd"], fmt["decimal"])
        ws.write_number(row, 4, m["min"], fmt["score"])
        ws.write_number(row, 5, m["max"], fmt["score"])
        row += 1
    colour_by_stage(ws, fmt, first_detail, 1, row - 1, 1)
    colour_by_stage(ws, fmt, first_detail, 6, row - 1, 6)
    if comm["suggestions"]:
        r = row + 1
        ws.write_string(r, 0, t["next_steps_title"], fmt["heading"])
        r += 1
        for s in comm["suggestions"]:
            ws.write_string(r, 0, s["title"], fmt["bold"])
            r += 1
            for key in ("goal", "channels"):
                if s[key]:
                    ws.write_string(r, 0, t[key])
                    ws.write_string(r, 1, s[key])
                    r += 1
            for i, strategy in enumerate(s["strategies"]):
                if i == 0:
                    ws.write_string(r, 0, t["strategies"])
                ws.write_string(r, 1, "• " + strategy)
                r += 1
            r += 1
    ws.set_landscape()
    ws.set_paper(9)
    ws.fit_to_pages(1, 0)
    ws.set_margins(0.4, 0.4, 0.5, 0.5)


def write_comparison(wb, ws, data, t, fmt, summary_name, pos, fd):
    dims, rounds = data["dimensions"], data["rounds"]
    nd = len(dims)
    ws.write_string(0, 0, t["comparison_title"], fmt["title"])
    ws.set_column(0, 0, 18)
    ws.set_column(1, 1, 11)
    latest = max(r["label"] for r in rounds)
    rows = [r for r in rounds if r["label"] == latest]
    top = 2
    ws.write_string(top, 0, "%s: %s · %s %s · %s" % (t["issue"], rows[0]["issue"], t["period"], latest,
                                                     rows[0]["mode"]), fmt["heading"])
    header = top + 1
    ws.set_row(header, 48)
    ws.write_string(header, 0, t["community"], fmt["header"])
    ws.write_string(header, 1, t["municipality_code"], fmt["header"])
    for d, dim in enumerate(dims):
        ws.write_string(header, 2 + d, dim["label"], fmt["header_number"])
    oc = 2 + nd
    ws.write_string(header, oc, t["common_overall"], fmt["header_number"])
    ws.write_string(header, oc + 1, t["stage"], fmt["header_number"])
    row = header + 1
    for r in rows:
        ws.write_string(row, 0, r["community"])
        ws.write_string(row, 1, r["code"])
        for d in range(nd):
            ws.write_formula(row, 2 + d, mean_ref(summary_name, pos, fd, r, d), fmt["score"], r["means"][d]["mean"])
        avg = "AVERAGE(%s)" % ",".join(cell(row, 2 + d, False, False) for d in range(nd))
        ws.write_formula(row, oc, avg, fmt["score_bold"], r["overall"])
        ws.write_formula(row, oc + 1, "INT(ROUND(%s,9))" % cell(row, oc, False, False), fmt["integer_bold"],
                         r["stage"])
        row += 1
    first, last = header + 1, row - 1
    colour_by_stage(ws, fmt, first, 2, last, oc + 1)
    bar = wb.add_chart({"type": "bar"})
    style_chart(bar, t["comparison_overall_chart_title"])
    bar.add_series({"categories": [ws.get_name(), first, 0, last, 0], "values": [ws.get_name(), first, oc, last, oc],
                    "name": [ws.get_name(), header, oc]})
    bar.set_legend({"none": True})
    bar.set_y_axis({"reverse": True})
    bar.set_x_axis(SCORE_AXIS)
    ws.insert_chart(top, oc + 3, bar, {"y_scale": min(40.0, max(1.0, len(rows) / 14.0))})
    ws.set_column(2, 2 + nd + 1, 12)
    ws.set_landscape()
    ws.set_paper(9)
    ws.fit_to_pages(1, 0)


def write_trends(ws, data, t, fmt, summary_name, pos, fd):
    ws.write_string(0, 0, t["trends_title"], fmt["title"])
    ws.write_string(1, 0, t["trends_note"], fmt["note"])
    header = 3
    heads = [t[k] for k in ("community", "municipality_code", "issue", "mode", "round", "provisional", "dimension")]
    heads += ["n"] + [t[k] for k in ("mean", "sd", "ci_low", "ci_high", "stage", "change_since_previous",
                                     "threshold", "verdict", "stage_change_in_noise", "remark")]
    for c, h in enumerate(heads):
        ws.write_string(header, c, h, fmt["header_number"] if 7 <= c <= 14 else fmt["header"])
    ws.set_row(header, 62)
    rounds = data["rounds"]
    row = header + 1
    first_dim_row = row
    previous = {}  # dimension index -> mean row of the previous round
    rows_now = {}
    for line in data["trends"]:
        if line["dim"] == 0:
            first_dim_row = row
            if "change" not in line:
                previous = {}
            else:
                previous = rows_now
            rows_now = {}
        bold = fmt["bold"] if line["dim"] < 0 else None
        for c, v in enumerate(line["labels"]):
            if v:
                ws.write_string(row, c, v, bold)
        ws.write_number(row, 7, line["n"], fmt["integer"])
        if line["mean"] is None:
            ws.write_string(row, 8, t["none"], fmt["centre"])
        else:
            if line["dim"] >= 0:
                f = mean_ref(summary_name, pos, fd, rounds[line["round"]], line["dim"])
                ws.write_formula(row, 8, f, fmt["score"], line["mean"])
            else:
                f = "AVERAGE(%s:%s)" % (cell(first_dim_row, 8), cell(row - 1, 8))
                ws.write_formula(row, 8, f, fmt["score_bold"], line["mean"])
            if line["sd"] is not None:
                ws.write_number(row, 9, line["sd"], fmt["score"])
            if line["low"] is not None:
                ws.write_number(row, 10, line["low"], fmt["score"])
                ws.write_number(row, 11, line["high"], fmt["score"])
            ws.write_formula(row, 12, "INT(ROUND(%s,9))" % cell(row, 8), fmt["integer"], line["stage"])
        if "change" in line:
            key = line["dim"]
            if line["change"] is not None:
                ws.write_formula(row, 13, "%s-%s" % (cell(row, 8), cell(previous[key], 8)), fmt["change"],
                                 line["change"])
            if line["threshold"] is not None:
                ws.write_number(row, 14, line["threshold"], fmt["score"])
            ws.write_string(row, 15, line["verdict"],
                            fmt["bold"] if line["beyond"] else fmt["note"] if not line["assessable"] else None)
            if line["in_noise"]:
                ws.write_string(row, 16, t["yes"], fmt["bold"])
        rows_now[line["dim"]] = row
        row += 1
    colour_by_stage(ws, fmt, header + 1, 8, row - 1, 8)
    ws.freeze_panes(header + 1, 0)
    ws.autofilter(header, 0, max(row - 1, header), 17)
    for c0, c1, w in ((0, 0, 18), (1, 1, 11), (2, 2, 26), (3, 5, 10), (6, 6, 38), (7, 7, 5), (8, 12, 8),
                      (13, 13, 12), (14, 14, 14), (15, 15, 22), (16, 16, 11), (17, 17, 40)):
        ws.set_column(c0, c1, w)
    ws.set_landscape()
    ws.set_paper(9)
    ws.fit_to_pages(1, 0)


def write_agreement(ws, data, t, fmt):
    heads = ["n"] + [t[k] for k in ("exact", "within_half", "within_one", "kappa", "icc", "large_differences")]

    def headers(row, col):
        for i, h in enumerate(heads):
            ws.write_string(row, col + i, h, fmt["header_number"])

    def stats(row, col, s):
        n, exact, half, one, kappa, icc, large = s
        ws.write_number(row, col, n, fmt["integer"])
        if n > 0:
            ws.write_number(row, col + 1, exact, fmt["percent"])
            ws.write_number(row, col + 2, half, fmt["percent"])
            ws.write_number(row, col + 3, one, fmt["percent"])
        else:
            for c in (1, 2, 3):
                ws.write_string(row, col + c, t["none"], fmt["centre"])
        for c, v in ((4, kappa), (5, icc)):
            if v is None:
                ws.write_string(row, col + c, t["none"], fmt["centre"])
            else:
                ws.write_number(row, col + c, v, fmt["decimal"])
        ws.write_number(row, col + 6, large, fmt["integer"])

    ws.write_string(0, 0, t["agreement_title"], fmt["title"])
    ws.write_string(1, 0, t["agreement_note"], fmt["note"])
    row = 3
    ws.write_string(row, 0, t["dimension"], fmt["header"])
    headers(row, 1)
    ws.set_row(row, 32)
    row += 1
    for label, s in data["agreement"]:
        ws.write_string(row, 0, label)
        stats(row, 1, s)
        row += 1
    ws.write_string(row, 0, t["all_dimensions"], fmt["bold"])
    stats(row, 1, data["agreement_all"])
    row += 3
    ws.write_string(row, 0, t["agreement_by_round"], fmt["heading"])
    row += 1
    header = row
    ws.write_string(row, 0, t["community"], fmt["header"])
    ws.write_string(row, 1, t["round"], fmt["header"])
    ws.write_string(row, 2, t["dimension"], fmt["header"])
    headers(row, 3)
    ws.set_row(row, 32)
    row += 1
    for r in data["rounds"]:
        for code, s in r["agreement"]:
            ws.write_string(row, 0, r["community"])
            ws.write_string(row, 1, r["label"])
            ws.write_string(row, 2, code)
            stats(row, 3, s)
            row += 1
        ws.write_string(row, 0, r["community"], fmt["bold"])
        ws.write_string(row, 1, r["label"], fmt["bold"])
        ws.write_string(row, 2, t["total"], fmt["bold"])
        stats(row, 3, r["agreement_total"])
        row += 1
    ws.autofilter(header, 0, max(row - 1, header), 9)
    ws.set_column(0, 0, 36)
    ws.set_column(1, 2, 11)
    ws.set_column(3, 9, 12)
    ws.set_paper(9)
    ws.fit_to_pages(1, 0)


def write_method(ws, data, fmt):
    ws.set_column(0, 0, 26, fmt["wrap"])
    ws.set_column(1, 1, 110, fmt["wrap"])
    row = 0
    for item in data["method"]:
        kind = item[0]
        if kind == "title":
            ws.write_string(row, 0, item[1], fmt["title"])
            row += 2
        elif kind == "heading":
            ws.write_string(row, 0, item[1], fmt["heading"])
            row += 1
        elif kind == "skip":
            row += 1
        else:
            label, value = item[1], item[2]
            if label:
                ws.write_string(row, 0, label, fmt["bold"])
            if value:
                ws.write_string(row, 1, value, fmt["wrap"])
            lines = max(1, (len(value.encode()) + 104) // 105)
            if lines > 1:
                ws.set_row(row, 15.0 * lines)
            row += 1
    ws.set_paper(9)
    ws.fit_to_pages(1, 0)


def write(data, path):
    wb = xlsxwriter.Workbook(path)
    wb.set_properties({"title": data["title"], "company": data["owner"], "author": "Readiness",
                       "comments": "Community Readiness results"})
    t = data["text"]
    fmt = formats(wb)
    rounds = data["rounds"]
    summary = wb.add_worksheet(t["summary_sheet"])
    comparison = wb.add_worksheet(t["comparison_sheet"])
    trends = wb.add_worksheet(t["trends_sheet"])
    by_comm = {}
    for r in rounds:
        by_comm.setdefault(r["community"], []).append(r)
    csheets = [(c, wb.add_worksheet(c["name"][:31])) for c in data["communities"]]
    agreement = wb.add_worksheet(t["agreement_sheet"])
    method = wb.add_worksheet(t["method_sheet"])
    scores = wb.add_worksheet(t["scores_sheet"])
    last = write_scores(scores, data, t, fmt)
    pos, fd = write_summary(summary, data, t, fmt, t["scores_sheet"], last)
    write_comparison(wb, comparison, data, t, fmt, t["summary_sheet"], pos, fd)
    write_trends(trends, data, t, fmt, t["summary_sheet"], pos, fd)
    for comm, ws in csheets:
        write_community(wb, ws, comm, by_comm[comm["name"]], data, t, fmt, t["summary_sheet"], pos, fd)
    write_agreement(agreement, data, t, fmt)
    write_method(method, data, fmt)
    summary.activate()
    wb.close()


def main():
    data = json.load(open(sys.argv[1], encoding="utf-8"))
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    times, cpu = [], []
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        write(data, sys.argv[2])
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    print("median_seconds %.3f" % statistics.median(times))
    # CPU time of this process: on a shared, loaded machine it varies far
    # less than wall-clock time.
    print("median_cpu_seconds %.3f" % statistics.median(cpu))


if __name__ == "__main__":
    main()
