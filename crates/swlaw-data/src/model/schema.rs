//! JSON Schemas of the model's values that serialize by hand (dates, topics, detail values): the
//! schema says what the `Serialize` impl writes for people, not the bundled binary form.

use super::{Activity, Day, Detail, DetailValue, PartialDate, Requirement, Status, Topic};
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use std::borrow::Cow;

impl JsonSchema for Day {
    fn schema_name() -> Cow<'static, str> {
        "Day".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A calendar day, YYYY-MM-DD.",
            "type": "string",
            "format": "date",
        })
    }
}

impl JsonSchema for PartialDate {
    fn schema_name() -> Cow<'static, str> {
        "PartialDate".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A date as precise as the sources give it: YYYY, YYYY-MM or YYYY-MM-DD.",
            "type": "string",
            "pattern": "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$",
        })
    }
}

impl JsonSchema for Topic {
    fn schema_name() -> Cow<'static, str> {
        "Topic".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        let names: Vec<&str> = Activity::ALL
            .iter()
            .map(|a| a.as_str())
            .chain(Detail::ALL.iter().map(|d| d.as_str()))
            .collect();
        json_schema!({
            "description": "One of the four activities or one of the details.",
            "type": "string",
            "enum": names,
        })
    }
}

impl JsonSchema for DetailValue {
    fn schema_name() -> Cow<'static, str> {
        "DetailValue".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A detail's value: a status, or whether something is required.",
            "anyOf": [generator.subschema_for::<Status>(), generator.subschema_for::<Requirement>()],
        })
    }
}
