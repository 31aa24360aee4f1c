#!/usr/bin/python3
"""Shows that two .xlsx files are the same workbook in the sense the
benchmark needs: the same sheets in the same order, per sheet the same
number of cells of each kind (text, number, formula, by number format),
conditional-format ranges and charts, and the same tables (name and range)
and charts (by type and series count). Cell values are not compared.
Reads cells with openpyxl (read-only), the rest from the package's XML.
Prints a table of the figures and exits 1 when they differ.
usage: compare_workbooks.py A.xlsx B.xlsx"""
import collections, posixpath, re, sys, zipfile
import openpyxl

REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def parts(path):
    """Sheet name -> (sheet XML, its charts' XML), and the table XML list."""
    import xml.etree.ElementTree as ET
    z = zipfile.ZipFile(path)

    def rels(part):
        d, f = posixpath.split(part)
        name = posixpath.join(d, "_rels", f + ".rels")
        if name not in z.namelist():
            return {}
        return {r.get("Id"): posixpath.normpath(posixpath.join(d, r.get("Target")))
                for r in ET.fromstring(z.read(name)).iter(REL + "Relationship")}

    wb_rels = rels("xl/workbook.xml")
    ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
    rid = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
    sheets = collections.OrderedDict()
    for s in ET.fromstring(z.read("xl/workbook.xml")).find("m:sheets", ns):
        part = wb_rels[s.get(rid)]
        charts = []
        for target in rels(part).values():
            if "/drawings/" in target:
                charts += [z.read(t).decode() for t in rels(target).values() if "/charts/" in t]
        sheets[s.get("name")] = (z.read(part).decode(), charts)
    tables = [z.read(n).decode() for n in z.namelist() if n.startswith("xl/tables/")]
    return sheets, tables


def chart_kind(xml):
    kind = re.search(r"<c:(\w+)Chart>", xml).group(1)
    return "%s(%d series)" % (kind, xml.count("<c:ser>"))


def figures(path):
    out = collections.OrderedDict()
    sheets, tables = parts(path)
    wb = openpyxl.load_workbook(path, read_only=True)
    for ws in wb.worksheets:
        kinds = collections.Counter()
        for row in ws.iter_rows():
            for c in row:
                if c.value is None:
                    continue
                t = {"s": "text", "n": "number", "f": "formula", "b": "bool"}.get(c.data_type, c.data_type)
                kinds["%s %s" % (t, c.number_format)] += 1
        xml, charts = sheets[ws.title]
        f = collections.OrderedDict(("cells " + k, v) for k, v in sorted(kinds.items()))
        f["cells (all)"] = sum(kinds.values())
        f["conditional-format rules"] = xml.count("<cfRule ")
        f["autofilter"] = xml.count("<autoFilter ")
        for k, v in sorted(collections.Counter(chart_kind(c) for c in charts).items()):
            f["chart " + k] = v
        out[ws.title] = f
    wb.close()
    out["(tables)"] = collections.OrderedDict(
        ("table %s %s" % (re.search(r' name="([^"]*)"', t).group(1), re.search(r' ref="([^"]*)"', t).group(1)),
         t.count("<tableColumn ")) for t in tables)
    return out


def main():
    a, b = sys.argv[1], sys.argv[2]
    fa, fb = figures(a), figures(b)
    same = list(fa) == list(fb)
    print("sheets: %d and %d, %s order" % (len(fa), len(fb), "same" if same else "DIFFERENT"))
    totals = collections.Counter(), collections.Counter()
    shown = 0
    for sheet in list(fa) + [s for s in fb if s not in fa]:
        x, y = fa.get(sheet, {}), fb.get(sheet, {})
        for key in list(x) + [k for k in y if k not in x]:
            if key.startswith("cells (all)") or key.startswith("chart"):
                totals[0][key.split(" ")[0]] += x.get(key, 0)
                totals[1][key.split(" ")[0]] += y.get(key, 0)
            if x.get(key) != y.get(key):
                same = False
                if shown < 40:
                    print("DIFFERENT  %-30s %-40s %s vs %s" % (sheet[:30], key, x.get(key), y.get(key)))
                shown += 1
    if shown > 40:
        print("... %d differences in all" % shown)
    for sheet in ("(tables)",):
        for key, v in fa.get(sheet, {}).items():
            print("%s: %d columns" % (key, v))
    print("cells: %d and %d; charts: %d and %d" % (totals[0]["cells"], totals[1]["cells"],
                                                    totals[0]["chart"], totals[1]["chart"]))
    print("the same workbook" if same else "NOT the same workbook")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
