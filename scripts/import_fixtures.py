#!/usr/bin/env python3
"""Writes the sources of the import fixtures from tests/fixtures/import/resume.json.

Each producer gets the same resume in its own language: a Jake's-style LaTeX file, a two-column
LaTeX file, an HTML page (for Chromium and LibreOffice Writer), a Typst file, a Markdown file (for
pandoc) and LinkedIn's Positions.csv. scripts/import_fixtures.sh runs this, then the producers.
"""
import csv
import html
import io
import json
import sys
import zipfile
from pathlib import Path

out = Path(sys.argv[1])
resume = json.loads((out / "resume.json").read_text())


def tex(s):
    for a, b in [("\\", r"\textbackslash{}"), ("&", r"\&"), ("%", r"\%"), ("$", r"\$"),
                 ("#", r"\#"), ("_", r"\_"), ("{", r"\{"), ("}", r"\}")]:
        s = s.replace(a, b)
    return s.replace(" - ", " -- ")


JAKE_PREAMBLE = r"""%-------------------------
% Resume in Latex, in the shape of Jake Gutierrez's template (MIT licence)
%------------------------
\documentclass[letterpaper,11pt]{article}
\usepackage{latexsym}
\usepackage[empty]{fullpage}
\usepackage{titlesec}
\usepackage{marvosym}
\usepackage[usenames,dvipsnames]{color}
\usepackage{verbatim}
\usepackage{enumitem}
\usepackage[hidelinks]{hyperref}
\usepackage{fancyhdr}
\usepackage[english]{babel}
\usepackage{tabularx}
\input{glyphtounicode}
\pagestyle{fancy}
\fancyhf{}
\fancyfoot{}
\renewcommand{\headrulewidth}{0pt}
\renewcommand{\footrulewidth}{0pt}
\addtolength{\oddsidemargin}{-0.5in}
\addtolength{\evensidemargin}{-0.5in}
\addtolength{\textwidth}{1in}
\addtolength{\topmargin}{-.5in}
\addtolength{\textheight}{1.0in}
\urlstyle{same}
\raggedbottom
\raggedright
\setlength{\tabcolsep}{0in}
\titleformat{\section}{
  \vspace{-4pt}\scshape\raggedright\large
}{}{0em}{}[\color{black}\titlerule \vspace{-5pt}]
\pdfgentounicode=1
\newcommand{\resumeItem}[1]{
  \item\small{
    {#1 \vspace{-2pt}}
  }
}
\newcommand{\resumeSubheading}[4]{
  \vspace{-2pt}\item
    \begin{tabular*}{0.97\textwidth}[t]{l@{\extracolsep{\fill}}r}
      \textbf{#1} & #2 \\
      \textit{\small#3} & \textit{\small #4} \\
    \end{tabular*}\vspace{-7pt}
}
\renewcommand\labelitemii{$\vcenter{\hbox{\tiny$\bullet$}}$}
\newcommand{\resumeSubHeadingListStart}{\begin{itemize}[leftmargin=0.15in, label={}]}
\newcommand{\resumeSubHeadingListEnd}{\end{itemize}}
\newcommand{\resumeItemListStart}{\begin{itemize}}
\newcommand{\resumeItemListEnd}{\end{itemize}\vspace{-5pt}}
"""


def jake():
    lines = [JAKE_PREAMBLE, r"\begin{document}", r"\begin{center}",
             r"  \textbf{\Huge \scshape " + tex(resume["name"]) + r"} \\ \vspace{1pt}",
             r"  \small " + tex(resume["contact"]).replace("|", "$|$"), r"\end{center}", "",
             r"\section{Experience}", r"  \resumeSubHeadingListStart"]
    for r in resume["roles"]:
        lines.append(r"    \resumeSubheading")
        lines.append("      {%s}{%s}" % (tex(r["company"]), tex(r["dates"])))
        lines.append("      {%s}{%s}" % (tex(r["title"]), tex(r["place"])))
        lines.append(r"      \resumeItemListStart")
        for b in r["bullets"]:
            lines.append(r"        \resumeItem{%s}" % tex(b))
        lines.append(r"      \resumeItemListEnd")
    e = resume["education"]
    lines += [r"  \resumeSubHeadingListEnd", "", r"\section{Education}",
              r"  \resumeSubHeadingListStart",
              r"    \resumeSubheading{%s}{%s}{%s}{}" % (tex(e["school"]), tex(e["dates"]), tex(e["degree"])),
              r"  \resumeSubHeadingListEnd", "", r"\section{Technical Skills}",
              r" \begin{itemize}[leftmargin=0.15in, label={}]",
              r"    \small{\item{\textbf{Languages and tools}{: %s}}}" % tex(resume["skills"]),
              r" \end{itemize}", "", r"\end{document}", ""]
    return "\n".join(lines)


def twocol():
    lines = [r"\documentclass[10pt,twocolumn]{article}", r"\usepackage[margin=0.6in]{geometry}",
             r"\input{glyphtounicode}", r"\pdfgentounicode=1",
             r"\setlength{\columnsep}{0.4in}", r"\pagestyle{empty}",
             r"\begin{document}", r"{\Large\bfseries " + tex(resume["name"]) + r"}\par",
             tex(resume["contact"]) + r"\par", r"\section*{Experience}"]
    for r in resume["roles"]:
        lines.append(r"\noindent\textbf{%s} \hfill %s\\" % (tex(r["company"]), tex(r["dates"])))
        lines.append(r"\textit{%s} \hfill %s" % (tex(r["title"]), tex(r["place"])))
        lines.append(r"\begin{itemize}\setlength{\itemsep}{1pt}")
        for b in r["bullets"]:
            lines.append(r"  \item %s" % tex(b))
        lines.append(r"\end{itemize}")
    e = resume["education"]
    lines += [r"\section*{Education}", r"\noindent\textbf{%s} \hfill %s\\" % (tex(e["school"]), tex(e["dates"])),
              tex(e["degree"]), r"\section*{Skills}", tex(resume["skills"]), r"\end{document}", ""]
    return "\n".join(lines)


def page_html():
    h = html.escape
    parts = ["<!doctype html>", "<html><head><meta charset=\"utf-8\"><title>%s</title>" % h(resume["name"]),
             "<style>body{font-family:'DejaVu Sans',sans-serif;font-size:11pt;margin:0.6in;}"
             "h1{font-size:20pt;margin:0}h2{font-size:13pt;border-bottom:1px solid #000;margin-top:14pt}"
             ".row{display:flex;justify-content:space-between}ul{margin:2pt 0 8pt 0}</style></head><body>",
             "<h1>%s</h1>" % h(resume["name"]), "<p>%s</p>" % h(resume["contact"]), "<h2>Experience</h2>"]
    for r in resume["roles"]:
        parts.append('<div class="row"><b>%s</b><span>%s</span></div>' % (h(r["company"]), h(r["dates"])))
        parts.append('<div class="row"><i>%s</i><span>%s</span></div>' % (h(r["title"]), h(r["place"])))
        parts.append("<ul>" + "".join("<li>%s</li>" % h(b) for b in r["bullets"]) + "</ul>")
    e = resume["education"]
    parts += ["<h2>Education</h2>", '<div class="row"><b>%s</b><span>%s</span></div>' % (h(e["school"]), h(e["dates"])),
              "<div>%s</div>" % h(e["degree"]), "<h2>Skills</h2>", "<p>%s</p>" % h(resume["skills"]), "</body></html>", ""]
    return "\n".join(parts)


def writer_html():
    # LibreOffice Writer keeps tab stops better than flex boxes: role lines as "name<tab>dates".
    h = html.escape
    parts = ["<!doctype html>", "<html><head><meta charset=\"utf-8\"><title>%s</title></head><body>" % h(resume["name"]),
             "<h1>%s</h1>" % h(resume["name"]), "<p>%s</p>" % h(resume["contact"]), "<h2>Experience</h2>"]
    for r in resume["roles"]:
        parts.append("<p><b>%s</b></p>" % h(r["company"]))
        parts.append("<p><i>%s</i>, %s, %s</p>" % (h(r["title"]), h(r["place"]), h(r["dates"])))
        parts.append("<ul>" + "".join("<li>%s</li>" % h(b) for b in r["bullets"]) + "</ul>")
    e = resume["education"]
    parts += ["<h2>Education</h2>", "<p><b>%s</b>, %s</p>" % (h(e["school"]), h(e["dates"])),
              "<p>%s</p>" % h(e["degree"]), "<h2>Skills</h2>", "<p>%s</p>" % h(resume["skills"]), "</body></html>", ""]
    return "\n".join(parts)


def typ(s):
    for c in "\\#$*_`<>@[]~\"'":
        s = s.replace(c, "\\" + c)
    return s.replace(" - ", " -- ")


def typst():
    lines = ['#set page(paper: "us-letter", margin: 0.6in)', '#set text(size: 10.5pt)',
             '#show heading: it => block(below: 6pt)[#smallcaps(it.body) #line(length: 100%)]',
             "#text(size: 18pt, weight: \"bold\")[%s]" % typ(resume["name"]), "",
             typ(resume["contact"]), "", "= Experience"]
    for r in resume["roles"]:
        lines.append("#grid(columns: (1fr, auto), [*%s*], [%s], [_%s_], [_%s_])" % (
            typ(r["company"]), typ(r["dates"]), typ(r["title"]), typ(r["place"])))
        for b in r["bullets"]:
            lines.append("- %s" % typ(b))
        lines.append("")
    e = resume["education"]
    lines += ["= Education", "#grid(columns: (1fr, auto), [*%s*], [%s], [%s])" % (typ(e["school"]), typ(e["dates"]), typ(e["degree"])),
              "", "= Skills", typ(resume["skills"]), ""]
    return "\n".join(lines)


def md(s):
    for c in "\\*_`[]#<>$":
        s = s.replace(c, "\\" + c)
    return s


def markdown():
    lines = ["# " + md(resume["name"]), "", md(resume["contact"]), "", "## Experience", ""]
    for r in resume["roles"]:
        lines += ["### %s" % md(r["company"]), "", "*%s*, %s, %s" % (md(r["title"]), md(r["place"]), md(r["dates"])), ""]
        lines += ["- %s" % md(b) for b in r["bullets"]] + [""]
    e = resume["education"]
    lines += ["## Education", "", "**%s**, %s, %s" % (md(e["school"]), md(e["degree"]), md(e["dates"])), "",
              "## Skills", "", md(resume["skills"]), ""]
    return "\n".join(lines)


MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def month(ym):
    if not ym:
        return ""
    y, m = ym.split("-")
    return "%s %s" % (MONTHS[int(m) - 1], y)


def positions():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["Company Name", "Title", "Description", "Location", "Started On", "Finished On"])
    for r in resume["roles"]:
        w.writerow([r["company"], r["title"], "\n".join("\u2022 " + b for b in r["bullets"]),
                    r["place"], month(r.get("start")), month(r.get("end"))])
    return buf.getvalue()


(out / "jake.tex").write_text(jake())
(out / "twocol.tex").write_text(twocol())
(out / "chromium.html").write_text(page_html())
(out / "writer.html").write_text(writer_html())
(out / "resume.typ").write_text(typst())
(out / "pandoc.md").write_text(markdown())
(out / "Positions.csv").write_text(positions())
with zipfile.ZipFile(out / "linkedin.zip", "w", zipfile.ZIP_DEFLATED) as z:
    info = zipfile.ZipInfo("Positions.csv", date_time=(2026, 1, 1, 0, 0, 0))
    z.writestr(info, positions())
    info = zipfile.ZipInfo("Profile.csv", date_time=(2026, 1, 1, 0, 0, 0))
    z.writestr(info, "First Name,Last Name\nJordan,Rivera\n")
