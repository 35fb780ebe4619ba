#!/usr/bin/env bash
# Regenerates the import fixtures in tests/fixtures/import/ from resume.json, with the real
# producers people use. CI does not run this: the files it makes are committed.
#
# Needs (Debian 12): apt-get install texlive-latex-base texlive-latex-recommended
#   texlive-latex-extra texlive-fonts-recommended pandoc libreoffice-writer-nogui chromium
#   poppler-utils fonts-dejavu-core; and pip install typst (the Typst compiler as a Python module).
set -euo pipefail
cd "$(dirname "$0")/../tests/fixtures/import"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 ../../../scripts/import_fixtures.py .

# pdflatex, Jake's template and a two-column article.
for name in jake twocol; do
  cp "$name.tex" "$work/"
  (cd "$work" && pdflatex -interaction=nonstopmode -halt-on-error "$name.tex" >/dev/null)
  cp "$work/$name.pdf" .
done

# Headless Chromium printing an HTML resume.
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$PWD/chromium.pdf" "file://$PWD/chromium.html" 2>/dev/null

# LibreOffice Writer: HTML into Writer, saved as DOCX, and that DOCX exported to PDF.
soffice --headless --infilter="HTML (StarWriter)" --convert-to 'docx:MS Word 2007 XML' \
  --outdir "$work" writer.html >/dev/null
cp "$work/writer.docx" writer.docx
soffice --headless --convert-to pdf --outdir "$work" writer.docx >/dev/null
cp "$work/writer.pdf" writer.pdf

# Typst.
python3 -c 'import typst, sys; typst.compile(sys.argv[1], output=sys.argv[2])' resume.typ typst.pdf

# pandoc: Markdown to DOCX.
pandoc pandoc.md -o pandoc.docx

# An image-only PDF: the first page of Jake's PDF as a picture, put on a page by Typst.
pdftoppm -r 100 -png -singlefile jake.pdf "$work/scan"
cp "$work/scan.png" "$work/scan-page.png"
printf '#set page(paper: "us-letter", margin: 0pt)\n#image("scan-page.png", width: 100%%)\n' > "$work/scan.typ"
python3 -c 'import typst, sys; typst.compile(sys.argv[1], output=sys.argv[2])' "$work/scan.typ" scan.pdf

ls -l
