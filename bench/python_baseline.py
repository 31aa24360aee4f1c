#!/usr/bin/python3
"""The bench workbook written with Python xlsxwriter (Debian python3-xlsxwriter)
from the data bench_export --dump wrote: same sheets, cells, formulas with
cached values, table and charts as exports/workbook_export.cpp (Summary,
Comparison, one sheet per community with radar and line chart, Agreement
values omitted, Scores table). Prints the median seconds of N runs.
usage: python_baseline.py DATA.json OUT.xlsx [RUNS]"""
import json, statistics, sys, time
import xlsxwriter
from xlsxwriter.utility import xl_rowcol_to_cell as cell


def q(name):
    return "'" + name.replace("'", "''") + "'"


def write(data, path):
    wb = xlsxwriter.Workbook(path)
    hdr = wb.add_format({"bold": True, "text_wrap": True, "bg_color": "#D9E2F3", "bottom": 1})
    score = wb.add_format({"num_format": "0.00"})
    dims = data["dimensions"]
    rounds = data["rounds"]
    summary = wb.add_worksheet("Sammanfattning")
    comparison = wb.add_worksheet("Jämförelse")
    by_comm = {}
    for r in rounds:
        by_comm.setdefault(r["community"], []).append(r)
    csheets = {c: wb.add_worksheet(c[:31]) for c in by_comm}
    wb.add_worksheet("Samstämmighet")
    wb.add_worksheet("Metod").write(0, 0, "Metod och regler")
    scores = wb.add_worksheet("Poäng")
    row = 1
    for r in rounds:
        for s in r["scores"]:
            scores.write_string(row, 0, r["community"]); scores.write_string(row, 1, r["issue"])
            scores.write_string(row, 2, r["label"]); scores.write_string(row, 3, r["id"])
            scores.write_string(row, 4, s[0]); scores.write_string(row, 5, s[1]); scores.write_string(row, 6, s[2])
            scores.write_string(row, 7, s[3]); scores.write_number(row, 8, s[4], score)
            scores.write_number(row, 9, s[5], score); scores.write_number(row, 10, s[6], score)
            scores.write_string(row, 11, s[7])
            row += 1
    last = row - 1
    heads = ["Kommun/område", "Fråga", "Omgång", "Omgångs-id", "Intervju", "Respondent", "Sektor", "Dimension",
             "Bedömare A", "Bedömare B", "Konsensus", "Motivering"]
    scores.add_table(0, 0, last, 11, {"name": "Scores", "columns": [{"header": h} for h in heads]})
    rng = lambda c: q("Poäng") + "!" + cell(1, c, True, True) + ":" + cell(last, c, True, True)
    for i, h in enumerate(["Län", "Kommunkod", "Kommun/område", "Fråga", "Omgång", "Metod", "Intervjuer (n)"]
                          + [d["label"] for d in dims] + ["Totalt", "Steg", "Stegets namn", "Lägsta", "Preliminär",
                                                          "Omgångs-id"]):
        summary.write(0, i, h, hdr)
    fd, ov = 7, 7 + len(dims)
    pos = {}
    for i, r in enumerate(rounds):
        row = i + 1
        pos[r["id"]] = row
        for c, v in enumerate([r["county"], r["code"], r["community"], r["issue"], r["label"], "intervju"]):
            summary.write_string(row, c, v)
        summary.write_number(row, 6, r["n"])
        for j, m in enumerate(r["means"]):
            f = "AVERAGEIFS(%s,%s,\"=%s\",%s,\"=%s\")" % (rng(10), rng(3), r["id"], rng(7), m["code"])
            summary.write_formula(row, fd + j, f, score, m["mean"])
        summary.write_formula(row, ov, "AVERAGE(%s:%s)" % (cell(row, fd), cell(row, ov - 1)), score, r["overall"])
        summary.write_formula(row, ov + 1, "INT(ROUND(%s,9))" % cell(row, ov), None, r["stage"])
        choose = "CHOOSE(%s,%s)" % (cell(row, ov + 1), ",".join('"%s"' % s for s in data["stages"]))
        summary.write_formula(row, ov + 2, choose, None, data["stages"][r["stage"] - 1])
        summary.write_string(row, ov + 3, ", ".join(r["lowest"]))
        summary.write_string(row, ov + 4, "Ja" if r["provisional"] else "Nej")
        summary.write_string(row, ov + 5, r["id"])
    for k in range(1, 10):
        summary.conditional_format(1, fd, len(rounds), ov + 1, {"type": "cell", "criteria": "between", "minimum": k,
                                                                "maximum": k + 0.999999999, "format": score})
    summary.freeze_panes(1, 4)
    summary.autofilter(0, 0, len(rounds), ov + 5)
    for comm, rs in by_comm.items():
        ws = csheets[comm]
        name = ws.get_name()
        ws.write(0, 0, comm)
        ws.write(3, 0, "Dimension", hdr)
        for i, r in enumerate(rs):
            ws.write_string(3, 1 + i, r["label"], hdr)
        for d, dim in enumerate(dims):
            ws.write_string(4 + d, 0, dim["label"])
            for i, r in enumerate(rs):
                ws.write_formula(4 + d, 1 + i, q("Sammanfattning") + "!" + cell(pos[r["id"]], fd + d, True, True),
                                 score, r["means"][d]["mean"])
        radar = wb.add_chart({"type": "radar", "subtype": "with_markers"})
        for col in (len(rs) - 1, len(rs)):
            radar.add_series({"categories": [name, 4, 0, 3 + len(dims), 0], "values": [name, 4, col, 3 + len(dims), col],
                              "name": [name, 3, col]})
        ws.insert_chart(14, 0, radar)
        line = wb.add_chart({"type": "line"})
        for d in range(len(dims)):
            line.add_series({"categories": [name, 3, 1, 3, len(rs)], "values": [name, 4 + d, 1, 4 + d, len(rs)],
                             "name": [name, 4 + d, 0]})
        ws.insert_chart(14, 4, line)
    latest = max(r["label"] for r in rounds)
    rows = [r for r in rounds if r["label"] == latest]
    for i, r in enumerate(rows):
        comparison.write_string(3 + i, 0, r["community"])
        for d in range(len(dims)):
            comparison.write_formula(3 + i, 2 + d, q("Sammanfattning") + "!" + cell(pos[r["id"]], fd + d, True, True),
                                     score, r["means"][d]["mean"])
    bar = wb.add_chart({"type": "bar"})
    bar.add_series({"categories": ["Jämförelse", 3, 0, 2 + len(rows), 0], "values": ["Jämförelse", 3, 2, 2 + len(rows), 2]})
    comparison.insert_chart(2, 10, bar)
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
