//! The fixtures folder, and hostile or long files made on the spot.

use std::io::Write;
use std::path::{Path, PathBuf};

/// `tests/fixtures/import/NAME`.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/import")
        .join(name)
}

/// A valid PDF of `pages` pages, each with an Experience heading, a role line and `bullets`
/// bullets set in Helvetica, written by hand (no producer needed).
pub fn long_pdf(pages: usize, bullets: usize) -> Vec<u8> {
    let mut objects: Vec<String> = Vec::new();
    // 1: catalog, 2: pages, 3: font; then a page and its content per page.
    objects.push("<< /Type /Catalog /Pages 2 0 R >>".into());
    let kids: Vec<String> = (0..pages).map(|i| format!("{} 0 R", 4 + 2 * i)).collect();
    objects.push(format!(
        "<< /Type /Pages /Kids [{}] /Count {pages} >>",
        kids.join(" ")
    ));
    objects.push("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".into());
    for p in 0..pages {
        let mut text = String::from("BT /F1 11 Tf 72 740 Td (Experience) Tj ET\n");
        text.push_str(&format!(
            "BT /F1 11 Tf 72 720 Td (Company {p} Inc) Tj ET\nBT /F1 11 Tf 420 720 Td (Jan 2020 - Present) Tj ET\n"
        ));
        text.push_str("BT /F1 11 Tf 72 706 Td (Staff Engineer) Tj ET\n");
        for b in 0..bullets {
            let y = 690 - 14 * b as i32;
            text.push_str(&format!(
                "BT /F1 11 Tf 80 {y} Td (-) Tj ET\nBT /F1 11 Tf 92 {y} Td (Shipped feature {b} of page {p} in Rust) Tj ET\n"
            ));
        }
        objects.push(format!(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents {} 0 R >>",
            5 + 2 * p
        ));
        objects.push(format!(
            "<< /Length {} >>\nstream\n{text}endstream",
            text.len()
        ));
    }
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, o) in objects.iter().enumerate() {
        offsets.push(out.len());
        write!(out, "{} 0 obj\n{o}\nendobj\n", i + 1).unwrap();
    }
    let xref = out.len();
    write!(out, "xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).unwrap();
    for off in offsets {
        writeln!(out, "{off:010} 00000 n ").unwrap();
    }
    write!(
        out,
        "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
        objects.len() + 1
    )
    .unwrap();
    out
}

/// A DOCX whose document.xml unpacks to `mb` megabytes (a zip bomb when large).
pub fn zip_bomb_docx(mb: usize) -> Vec<u8> {
    let mut buf = std::io::Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut buf);
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        zip.start_file("word/document.xml", opts).unwrap();
        let chunk = vec![b' '; 1024 * 1024];
        for _ in 0..mb {
            zip.write_all(&chunk).unwrap();
        }
        zip.finish().unwrap();
    }
    buf.into_inner()
}

/// Makes a named pipe (FIFO) at `path`.
pub fn mkfifo(path: &Path) {
    let c = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).unwrap();
    // SAFETY: mkfifo with a valid C string for a path inside a temp folder we own.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0, "mkfifo");
}
