//! Synthetic contact books for the benchmarks: Russian, Ukrainian and Polish names,
//! outlets and positions in those languages, phones written every which way.
//! Deterministic: the same seed gives the same book.

use pressdesk::domain::ContactKind;
use pressdesk::domain::contact::{ContactSummary, OutletKind, OutletSummary};

pub struct Dice(u64);

impl Dice {
    pub fn new(seed: u64) -> Dice {
        Dice(seed | 1)
    }

    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }

    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
}

const RU_SURNAMES: &[&str] = &[
    "Иванов",
    "Смирнов",
    "Кузнецов",
    "Попов",
    "Васильев",
    "Петров",
    "Соколов",
    "Михайлов",
    "Новиков",
    "Фёдоров",
    "Морозов",
    "Волков",
    "Алексеев",
    "Лебедев",
    "Семёнов",
    "Егоров",
    "Павлов",
    "Козлов",
    "Степанов",
    "Николаев",
    "Орлов",
    "Андреев",
    "Макаров",
    "Никитин",
    "Захаров",
    "Зайцев",
    "Соловьёв",
    "Борисов",
    "Яковлев",
    "Григорьев",
    "Романов",
    "Воробьёв",
    "Сергеев",
    "Кузьмин",
    "Фролов",
    "Александров",
    "Дмитриев",
    "Королёв",
    "Гусев",
    "Киселёв",
];
const RU_MALE: &[&str] = &[
    "Александр",
    "Дмитрий",
    "Максим",
    "Сергей",
    "Андрей",
    "Алексей",
    "Артём",
    "Илья",
    "Кирилл",
    "Михаил",
    "Егор",
    "Денис",
    "Олег",
    "Виктор",
    "Павел",
];
const RU_FEMALE: &[&str] = &[
    "Анна",
    "Мария",
    "Елена",
    "Ольга",
    "Наталья",
    "Татьяна",
    "Ирина",
    "Екатерина",
    "Светлана",
    "Юлия",
    "Алёна",
    "Дарья",
    "Ксения",
    "Полина",
    "Вера",
];
const RU_FATHERS: &[&str] = &[
    "Иванов",
    "Петров",
    "Сергеев",
    "Александров",
    "Викторов",
    "Андреев",
    "Николаев",
    "Павлов",
];
const UA_SURNAMES: &[&str] = &[
    "Шевченко",
    "Коваленко",
    "Бондаренко",
    "Ткаченко",
    "Кравченко",
    "Олійник",
    "Шевчук",
    "Поліщук",
    "Бойко",
    "Мельник",
    "Коваль",
    "Лисенко",
    "Марченко",
    "Руденко",
    "Савченко",
    "Ковальчук",
    "Гончаренко",
    "Кравчук",
    "Мороз",
    "Левченко",
];
const UA_MALE: &[&str] = &[
    "Олександр",
    "Андрій",
    "Сергій",
    "Володимир",
    "Дмитро",
    "Михайло",
    "Тарас",
    "Богдан",
    "Юрій",
    "Іван",
];
const UA_FEMALE: &[&str] = &[
    "Олена",
    "Оксана",
    "Наталія",
    "Ірина",
    "Юлія",
    "Тетяна",
    "Ганна",
    "Марія",
    "Соломія",
    "Христина",
];
const PL_SURNAMES: &[(&str, &str)] = &[
    ("Nowak", "Nowak"),
    ("Kowalski", "Kowalska"),
    ("Wiśniewski", "Wiśniewska"),
    ("Wójcik", "Wójcik"),
    ("Kowalczyk", "Kowalczyk"),
    ("Kamiński", "Kamińska"),
    ("Lewandowski", "Lewandowska"),
    ("Zieliński", "Zielińska"),
    ("Szymański", "Szymańska"),
    ("Woźniak", "Woźniak"),
    ("Dąbrowski", "Dąbrowska"),
    ("Kozłowski", "Kozłowska"),
    ("Jankowski", "Jankowska"),
    ("Mazur", "Mazur"),
    ("Krawczyk", "Krawczyk"),
];
const PL_MALE: &[&str] = &[
    "Piotr",
    "Krzysztof",
    "Andrzej",
    "Tomasz",
    "Paweł",
    "Michał",
    "Marcin",
    "Jakub",
    "Jan",
];
const PL_FEMALE: &[&str] = &[
    "Anna",
    "Katarzyna",
    "Małgorzata",
    "Agnieszka",
    "Barbara",
    "Ewa",
    "Magdalena",
    "Zofia",
];

const OUTLET_STEMS: &[(&str, OutletKind)] = &[
    ("Радио", OutletKind::Radio),
    ("Газета", OutletKind::Print),
    ("ТРК", OutletKind::Tv),
    ("Вести", OutletKind::Tv),
    ("Новости", OutletKind::Online),
    ("Портал", OutletKind::Online),
    ("Суспільне", OutletKind::Tv),
    ("Радіо", OutletKind::Radio),
    ("Gazeta", OutletKind::Print),
    ("Radio", OutletKind::Radio),
    ("Telewizja", OutletKind::Tv),
    ("Kurier", OutletKind::Print),
    ("Телеграм-канал", OutletKind::Blog),
    ("Агентство", OutletKind::Agency),
];
const PLACES: &[&str] = &[
    "Кузбасса",
    "Новосибирска",
    "Томска",
    "Омска",
    "Кемерово",
    "Барнаула",
    "Красноярска",
    "Львів",
    "Київ",
    "Харків",
    "Одеса",
    "Дніпро",
    "Kraków",
    "Warszawa",
    "Gdańsk",
    "Wrocław",
    "Poznań",
    "Łódź",
];
const POSITIONS: &[&str] = &[
    "корреспондент",
    "редактор",
    "обозреватель",
    "шеф-редактор",
    "ведущий эфира",
    "продюсер",
    "кореспондент",
    "редактор відділу",
    "оглядач",
    "dziennikarz",
    "redaktor",
    "reporter",
    "главный редактор",
    "фотокорреспондент",
];
const TAGS: &[&str] = &[
    "здравоохранение",
    "ЖКХ",
    "транспорт",
    "образование",
    "экология",
    "медицина",
    "социалка",
    "освіта",
    "медицина",
    "zdrowie",
    "transport",
    "samorząd",
    "политика",
    "экономика",
];
const NOTES: &[&str] = &[
    "Предпочитает Telegram, звонить после 11:00.",
    "Критично пишет о платных услугах.",
    "Просить відповідати письмово.",
    "Woli kontakt mailowy, odpowiada szybko.",
    "Готовит сюжеты к вечернему выпуску, синхрон до 15:00.",
    "Знает тему, можно давать фон.",
];

fn phone(dice: &mut Dice, country: usize) -> String {
    let d = |dice: &mut Dice, n: usize| -> String {
        (0..n)
            .map(|_| char::from(b'0' + dice.below(10) as u8))
            .collect()
    };
    match country {
        0 => {
            let code = format!("9{}", d(dice, 2));
            let (a, b, c) = (d(dice, 3), d(dice, 2), d(dice, 2));
            match dice.below(4) {
                0 => format!("+7 {code} {a}-{b}-{c}"),
                1 => format!("8 ({code}) {a} {b} {c}"),
                2 => format!("8{code}{a}{b}{c}"),
                _ => format!("+7({code}){a}{b}{c}"),
            }
        }
        1 => {
            let op = *dice.pick(&["50", "63", "66", "67", "68", "73", "93", "97"]);
            let (a, b, c) = (d(dice, 3), d(dice, 2), d(dice, 2));
            if dice.chance(50) {
                format!("+380 {op} {a} {b} {c}")
            } else {
                format!("0{op}{a}{b}{c}")
            }
        }
        _ => {
            let (a, b, c) = (d(dice, 3), d(dice, 3), d(dice, 3));
            if dice.chance(50) {
                format!("+48 {a} {b} {c}")
            } else {
                format!("{a} {b} {c}")
            }
        }
    }
}

/// `count` outlets with unique names.
pub fn outlets(count: usize, dice: &mut Dice) -> Vec<OutletSummary> {
    (0..count)
        .map(|i| {
            let (stem, kind) = *dice.pick(OUTLET_STEMS);
            let place = *dice.pick(PLACES);
            OutletSummary {
                id: i as i64 + 1,
                name: format!("{stem} «{place} {}»", i + 1),
                kind,
                region: place.to_string(),
            }
        })
        .collect()
}

/// One synthetic person, with an outlet from `outlets` most of the time.
pub fn person(id: i64, dice: &mut Dice, outlets: &[OutletSummary]) -> ContactSummary {
    let country = match dice.below(10) {
        0..=4 => 0,
        5..=7 => 1,
        _ => 2,
    };
    let female = dice.chance(55);
    let name = match country {
        0 => {
            let surname = *dice.pick(RU_SURNAMES);
            let (surname, first) = if female {
                (format!("{surname}а"), *dice.pick(RU_FEMALE))
            } else {
                (surname.to_string(), *dice.pick(RU_MALE))
            };
            if dice.chance(50) {
                let father = *dice.pick(RU_FATHERS);
                let suffix = if female { "на" } else { "ич" };
                format!("{surname} {first} {father}{suffix}")
            } else {
                format!("{surname} {first}")
            }
        }
        1 => {
            let first = if female {
                *dice.pick(UA_FEMALE)
            } else {
                *dice.pick(UA_MALE)
            };
            format!("{} {first}", dice.pick(UA_SURNAMES))
        }
        _ => {
            let (m, f) = *dice.pick(PL_SURNAMES);
            if female {
                format!("{} {f}", dice.pick(PL_FEMALE))
            } else {
                format!("{} {m}", dice.pick(PL_MALE))
            }
        }
    };
    let outlet = (!outlets.is_empty() && dice.chance(85)).then(|| dice.pick(outlets).clone());
    let kind = match dice.below(20) {
        0..=15 => ContactKind::Journalist,
        16..=17 => ContactKind::Expert,
        18 => ContactKind::Colleague,
        _ => ContactKind::Other,
    };
    let mut phones = vec![phone(dice, country)];
    if dice.chance(40) {
        phones.push(phone(dice, country));
    }
    let emails = if dice.chance(50) {
        vec![format!("person{id}@example.org")]
    } else {
        Vec::new()
    };
    let tags = (0..dice.below(3))
        .map(|_| dice.pick(TAGS).to_string())
        .collect();
    ContactSummary {
        id,
        name,
        kind: Some(kind),
        outlet_id: outlet.as_ref().map(|o| o.id),
        outlet: outlet.map(|o| o.name),
        position: dice.pick(POSITIONS).to_string(),
        tags,
        phones,
        emails,
        relationship: pressdesk::domain::Relationship::Neutral,
        notes: if dice.chance(20) {
            dice.pick(NOTES).to_string()
        } else {
            String::new()
        },
    }
}

/// A whole book of `count` people, sorted by name as the store lists it.
pub fn book(count: usize, seed: u64) -> (Vec<ContactSummary>, Vec<OutletSummary>) {
    let mut dice = Dice::new(seed);
    let outlets = outlets((count / 50).clamp(20, 2000), &mut dice);
    let mut people: Vec<ContactSummary> = (0..count)
        .map(|i| person(i as i64 + 1, &mut dice, &outlets))
        .collect();
    people.sort_by(|a, b| a.name.cmp(&b.name).then(a.id.cmp(&b.id)));
    (people, outlets)
}
