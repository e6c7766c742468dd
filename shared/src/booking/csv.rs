//! The settlement as CSV (RFC 4180): a header row, then per mentor their lines followed by their
//! totals; CRLF line ends; a field is quoted when it holds a comma, a quote or a line break, with
//! quotes doubled. Names that a spreadsheet would run as a formula (starting with `=`, `+`, `-`,
//! `@`, a tab or a carriage return) get a leading `'`.

use super::money::format_minor_units;
use super::settlement::{Settlement, SettlementLine, SettlementTotal, Tally};

const HEADER: [&str; 15] = [
    "month",
    "row",
    "mentor_id",
    "mentor",
    "program_id",
    "program",
    "realized",
    "no_show",
    "cancelled_late",
    "stopped_unprepared",
    "billable_sessions",
    "billable_minutes",
    "unmarked",
    "currency",
    "amount",
];

/// Renders a settlement as CSV; the same settlement always gives the same bytes.
pub fn settlement_csv(settlement: &Settlement) -> String {
    let mut out = String::new();
    push_row(&mut out, HEADER.iter().map(|h| h.to_string()));
    let month = settlement.month.to_string();
    let mut totals = settlement.totals.iter().peekable();
    let mut lines = settlement.lines.iter().peekable();
    while let Some(first) = lines.peek() {
        let mentor = first.mentor;
        while let Some(line) = lines.next_if(|l| l.mentor == mentor) {
            push_row(&mut out, line_fields(&month, line));
        }
        while let Some(total) = totals.next_if(|t| t.mentor == mentor) {
            push_row(&mut out, total_fields(&month, total));
        }
    }
    out
}

fn line_fields(month: &str, line: &SettlementLine) -> Vec<String> {
    let mut fields = vec![
        month.to_owned(),
        "line".to_owned(),
        line.mentor.to_string(),
        text(&line.mentor_name),
        line.program.to_string(),
        text(&line.program_name),
    ];
    fields.extend(tally_fields(&line.tally));
    fields.push(line.currency.map(|c| c.to_string()).unwrap_or_default());
    fields.push(line.amount.map(format_minor_units).unwrap_or_default());
    fields
}

fn total_fields(month: &str, total: &SettlementTotal) -> Vec<String> {
    let mut fields = vec![
        month.to_owned(),
        "total".to_owned(),
        total.mentor.to_string(),
        text(&total.mentor_name),
        String::new(),
        String::new(),
    ];
    fields.extend(tally_fields(&total.tally));
    fields.push(total.currency.map(|c| c.to_string()).unwrap_or_default());
    fields.push(total.amount.map(format_minor_units).unwrap_or_default());
    fields
}

fn tally_fields(t: &Tally) -> [String; 7] {
    [
        t.realized.to_string(),
        t.no_show.to_string(),
        t.cancelled_late.to_string(),
        t.stopped_unprepared.to_string(),
        t.billable_sessions().to_string(),
        t.billable_minutes.to_string(),
        t.unmarked.to_string(),
    ]
}

/// A person's or program's text, defused for spreadsheets.
fn text(raw: &str) -> String {
    if raw.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{raw}")
    } else {
        raw.to_owned()
    }
}

fn push_row(out: &mut String, fields: impl IntoIterator<Item = String>) {
    for (i, field) in fields.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        if field.contains([',', '"', '\r', '\n']) {
            out.push('"');
            out.push_str(&field.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(&field);
        }
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(fields: &[&str]) -> String {
        let mut out = String::new();
        push_row(&mut out, fields.iter().map(|f| f.to_string()));
        out
    }

    #[test]
    fn fields_with_commas_quotes_or_line_breaks_are_quoted() {
        assert_eq!(row(&["a", "b c", ""]), "a,b c,\r\n");
        assert_eq!(row(&["Kowalska, Anna"]), "\"Kowalska, Anna\"\r\n");
        assert_eq!(row(&["say \"hi\""]), "\"say \"\"hi\"\"\"\r\n");
        assert_eq!(row(&["two\nlines", "x"]), "\"two\nlines\",x\r\n");
        assert_eq!(row(&["cr\rx"]), "\"cr\rx\"\r\n");
    }

    #[test]
    fn formulas_are_defused_but_ordinary_names_are_not() {
        assert_eq!(text("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(text("-1"), "'-1");
        assert_eq!(text("@me"), "'@me");
        assert_eq!(text("Анна Петрова"), "Анна Петрова");
        assert_eq!(text("Jan-Maria"), "Jan-Maria");
    }
}
