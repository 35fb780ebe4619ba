fn main() {
    for p in std::env::args().skip(1) {
        let t = std::time::Instant::now();
        match rung::import::read_file(std::path::Path::new(&p)) {
            Ok(r) => {
                println!("== {p} ({:?}) {:?}", r.format, t.elapsed());
                for n in &r.notices { println!("NOTICE {n}"); }
                for role in &r.roles {
                    println!("ROLE company={:?} title={:?} dates={:?}", role.company, role.title, role.dates.as_ref().map(|d| (&d.text, &d.start, &d.end, d.current)));
                    for b in &role.bullets { println!("  - [{}] {}", b.source, b.text); }
                }
                for u in &r.unplaced { println!("UNPLACED [{}] {}", u.source, u.text); }
            }
            Err(e) => println!("== {p}: ERROR {e}"),
        }
    }
}
