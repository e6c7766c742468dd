//! Dates and times in the viewer's language and time zone (through the browser's
//! `Intl.DateTimeFormat`), and the list of time zones a person can choose from.

use chrono::{DateTime, Utc};
use js_sys::{Array, Function, Object, Reflect};
use shared::locale::Locale;
use wasm_bindgen::{JsCast, JsValue};

/// The first segment of the IANA names offered in pickers (the rest are old aliases).
const REGIONS: [&str; 10] = [
    "Africa",
    "America",
    "Antarctica",
    "Arctic",
    "Asia",
    "Atlantic",
    "Australia",
    "Europe",
    "Indian",
    "Pacific",
];

fn intl_constructor(name: &str) -> Option<Function> {
    let intl = Reflect::get(&js_sys::global(), &JsValue::from_str("Intl")).ok()?;
    Reflect::get(&intl, &JsValue::from_str(name))
        .ok()?
        .dyn_into::<Function>()
        .ok()
}

/// An `Intl.DateTimeFormat`, or `None` when the browser refuses the options (an unknown zone).
fn date_time_format(locale: Locale, time_zone: &str) -> Option<JsValue> {
    let options = Object::new();
    let set = |key: &str, value: &str| {
        Reflect::set(&options, &JsValue::from_str(key), &JsValue::from_str(value)).is_ok()
    };
    if !(set("dateStyle", "medium") && set("timeStyle", "short") && set("timeZone", time_zone)) {
        return None;
    }
    let args = Array::of2(&Array::of1(&JsValue::from_str(locale.tag())), &options);
    Reflect::construct(&intl_constructor("DateTimeFormat")?, &args).ok()
}

/// `at` as a date and time in `locale`, on the wall clock of `time_zone` (UTC when the browser
/// does not know that zone).
pub fn date_time(at: DateTime<Utc>, locale: Locale, time_zone: &str) -> String {
    let date = js_sys::Date::new(&JsValue::from_f64(at.timestamp_millis() as f64));
    let formatted = date_time_format(locale, time_zone)
        .or_else(|| date_time_format(locale, "UTC"))
        .and_then(|format| {
            let function = Reflect::get(&format, &JsValue::from_str("format")).ok()?;
            let function = function.dyn_into::<Function>().ok()?;
            function.call1(&format, &date).ok()?.as_string()
        });
    formatted.unwrap_or_else(|| at.format("%Y-%m-%d %H:%M UTC").to_string())
}

/// The time zone this device is set to, e.g. `Europe/Riga`.
pub fn device_time_zone() -> Option<String> {
    let format = Reflect::construct(&intl_constructor("DateTimeFormat")?, &Array::new()).ok()?;
    let resolved = Reflect::get(&format, &JsValue::from_str("resolvedOptions"))
        .ok()?
        .dyn_into::<Function>()
        .ok()?
        .call0(&format)
        .ok()?;
    Reflect::get(&resolved, &JsValue::from_str("timeZone"))
        .ok()?
        .as_string()
}

/// The time zones offered in pickers, sorted, with `current` included even when it is an alias.
pub fn time_zone_names(current: &str) -> Vec<String> {
    let mut names: Vec<String> = chrono_tz::TZ_VARIANTS
        .iter()
        .map(|tz| tz.name())
        .filter(|name| {
            *name == "UTC"
                || name
                    .split_once('/')
                    .is_some_and(|(region, _)| REGIONS.contains(&region))
        })
        .map(str::to_owned)
        .collect();
    if !current.is_empty() && !names.iter().any(|n| n == current) {
        names.push(current.to_owned());
    }
    names.sort();
    names
}
