// Expands Adaptive Card templates with the official templating engine, the reference our C#
// binder (src/Bot/Cards/Templating) is compared against in tests/Bot.Tests/Cards.
// Input: JSON on stdin, [{ name, template, data }]. Output: JSON on stdout,
// [{ name, output }] or [{ name, error }] when the engine throws.
"use strict";
const ACData = require("adaptivecards-templating");

function expand(template, data) {
    try {
        const output = new ACData.Template(template).expand({ $root: data });
        return { output: output === undefined ? null : output };
    } catch (e) {
        return { error: String(e && e.message ? e.message : e) };
    }
}

let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", chunk => (input += chunk));
process.stdin.on("end", () => {
    const cases = JSON.parse(input);
    const results = cases.map(c => ({ name: c.name, ...expand(c.template, c.data) }));
    process.stdout.write(JSON.stringify(results));
});
