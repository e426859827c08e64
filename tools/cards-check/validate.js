// Validates bound Adaptive Cards against Adaptive Cards 1.5 as the official JS renderer
// (the `adaptivecards` package that Web Chat uses) understands it. No npm package ships the
// official 1.5 JSON schema, so this combines the renderer's own checks with a strict walk:
//   1. version must be 1.0..1.5;
//   2. parse with a 1.5 serialization context: unknown element/action types, invalid enum
//      values and properties newer than 1.5 are parse events;
//   3. validateProperties(): duplicate ids and the renderer's other semantic checks;
//   4. every property of every typed object must be one the renderer's schema knows for that
//      type (the renderer silently drops unknown ones), with the JSON type the schema expects;
//   5. properties the 1.5 schema requires (input ids, TextBlock text, ...).
// Input: JSON on stdin, [{ name, card }]. Output: JSON on stdout, [{ name, errors: [] }].
"use strict";
const AC = require("adaptivecards");

const target = AC.Versions.v1_5;

// Keys that the renderer parses by hand rather than through its property schema.
const structural = {
    AdaptiveCard: ["body", "actions"],
    Container: ["items"],
    Column: ["items"],
    ColumnSet: ["columns"],
    ActionSet: ["actions"],
    ImageSet: ["images"],
    RichTextBlock: ["inlines"],
    Table: ["columns", "rows"],
    TableRow: ["cells"],
    TableCell: ["items"],
    "Action.ShowCard": ["card"],
};
const common = ["type", "fallback"];
const required = {
    TextBlock: ["text"], Image: ["url"], FactSet: ["facts"], "Action.OpenUrl": ["url"],
    "Action.ShowCard": ["card"], "Input.Text": ["id"], "Input.Number": ["id"], "Input.Date": ["id"],
    "Input.Time": ["id"], "Input.Toggle": ["id", "title"], "Input.ChoiceSet": ["id"], Media: ["sources"],
};
// Untyped children: validated for required keys only.
const untyped = { facts: ["title", "value"], choices: ["title", "value"] };

function schemaOf(type) {
    let instance;
    if (type === "AdaptiveCard") instance = new AC.AdaptiveCard();
    else if (type === "Column") instance = new AC.Column();
    else if (type === "TableRow") instance = new AC.TableRow();
    else if (type === "TableCell") instance = new AC.TableCell();
    else instance = AC.GlobalRegistry.elements.createInstance(type, target)
        ?? AC.GlobalRegistry.actions.createInstance(type, target);
    if (!instance) return undefined;
    const schema = instance.getSchema();
    const props = new Map();
    for (let i = 0; i < schema.getCount(); i++) {
        const p = schema.getItemAt(i);
        props.set(p.name, p);
    }
    return props;
}

function jsonType(value) {
    return Array.isArray(value) ? "array" : value === null ? "null" : typeof value;
}

const expected = { StringProperty: "string", BoolProperty: "boolean", NumProperty: "number", EnumProperty: "string" };

function walk(node, path, errors) {
    if (Array.isArray(node)) {
        node.forEach((item, i) => walk(item, `${path}[${i}]`, errors));
        return;
    }
    if (node === null || typeof node !== "object") return;
    const type = node.type;
    if (typeof type !== "string") {
        for (const [key, value] of Object.entries(node)) {
            if (key !== "data" && typeof value === "object") walk(value, `${path}.${key}`, errors);
        }
        return;
    }
    const props = schemaOf(type);
    if (!props) {
        errors.push(`${path}: unknown type "${type}"`);
        return;
    }
    const allowed = new Set([...props.keys(), ...common, ...(structural[type] ?? [])]);
    for (const [key, value] of Object.entries(node)) {
        if (!allowed.has(key)) {
            errors.push(`${path}.${key}: not a property of ${type}`);
            continue;
        }
        const prop = props.get(key);
        const want = prop && expected[prop.constructor.name];
        if (want && jsonType(value) !== want) {
            errors.push(`${path}.${key}: expected ${want}, got ${jsonType(value)}`);
        }
    }
    for (const key of required[type] ?? []) {
        if (node[key] === undefined) errors.push(`${path}: ${type} requires "${key}"`);
    }
    for (const [key, keys] of Object.entries(untyped)) {
        for (const [i, item] of (Array.isArray(node[key]) ? node[key] : []).entries()) {
            for (const k of keys) {
                if (typeof item?.[k] !== "string") errors.push(`${path}.${key}[${i}]: requires string "${k}"`);
            }
        }
    }
    for (const [key, value] of Object.entries(node)) {
        if (key !== "data" && typeof value === "object") walk(value, `${path}.${key}`, errors);
    }
}

function validate(card) {
    const errors = [];
    if (card?.type !== "AdaptiveCard") return ["root: type must be AdaptiveCard"];
    const version = AC.Version.parse(card.version, new AC.SerializationContext(target));
    if (!version || !version.isValid || version.compareTo(target) > 0) {
        errors.push(`root: version "${card.version}" must be at most 1.5`);
    }
    const context = new AC.SerializationContext(target);
    const parsed = new AC.AdaptiveCard();
    parsed.parse(card, context);
    for (let i = 0; i < context.eventCount; i++) errors.push(`parse: ${context.getEventAt(i).message}`);
    for (const e of parsed.validateProperties().validationEvents) errors.push(`validate: ${e.message}`);
    walk(card, "root", errors);
    return errors;
}

let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", chunk => (input += chunk));
process.stdin.on("end", () => {
    const cases = JSON.parse(input);
    const results = cases.map(c => ({ name: c.name, errors: validate(c.card) }));
    process.stdout.write(JSON.stringify(results));
});
