//! Writes a synthetic contact book into a pressdesk database, through the store, for
//! trying the interface and the benchmark at scale:
//!
//!     cargo run --release --example gen_contacts -- 100000 /tmp/book-100k.sqlite3
//!     cargo run --release --example gen_contacts -- 1000000 /tmp/book-1m.sqlite3

mod synth;

use std::time::Instant;

use pressdesk::domain::phone::PhoneRules;
use pressdesk::store::{NewContact, NewOutlet, OutletRef, Store};

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let count: usize = args.next().unwrap_or_else(|| "100000".into()).parse()?;
    let path = std::path::PathBuf::from(
        args.next()
            .unwrap_or_else(|| format!("/tmp/pressdesk-book-{count}.sqlite3")),
    );
    if path.exists() {
        anyhow::bail!("{} exists; give a new path", path.display());
    }
    let start = Instant::now();
    let mut store = Store::open(&path, "generator")?;
    let rules = PhoneRules::for_country("RU").expect("known");
    let (people, outlets) = synth::book(count, 42);
    let now = 1_795_000_000;
    let mut outlet_ids = std::collections::HashMap::new();
    {
        let writer = store.write()?;
        for o in &outlets {
            let id = writer.create_outlet(
                &NewOutlet {
                    name: o.name.clone(),
                    kind: o.kind,
                    region: o.region.clone(),
                    phones: Vec::new(),
                    emails: Vec::new(),
                },
                &rules,
                now,
            )?;
            outlet_ids.insert(o.id, id);
        }
        writer.commit()?;
    }
    for chunk in people.chunks(50_000) {
        let writer = store.write()?;
        for p in chunk {
            let mut c = NewContact::named(
                &p.name,
                p.kind.unwrap_or(pressdesk::domain::ContactKind::Other),
            );
            c.outlet = p
                .outlet_id
                .and_then(|id| outlet_ids.get(&id))
                .map(|id| OutletRef::Existing(*id))
                .unwrap_or(OutletRef::None);
            c.position = p.position.clone();
            c.phones = p.phones.clone();
            c.emails = p.emails.clone();
            c.tags = p.tags.clone();
            c.notes = p.notes.clone();
            writer.create_contact(&c, &rules, now)?;
        }
        writer.commit()?;
        eprint!(".");
    }
    eprintln!();
    println!(
        "{count} contacts and {} outlets written to {} in {:.1} s",
        outlets.len(),
        path.display(),
        start.elapsed().as_secs_f64()
    );
    Ok(())
}
