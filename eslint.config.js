// ESLint flat config for the site's few browser scripts (no build step).
// https://eslint.org/docs/latest/use/configure/configuration-files
const js = require("@eslint/js");
const globals = require("globals");

module.exports = [
    {
        ignores: [
            "node_modules/",
            "staticfiles/",
            ".venv/",
            "media/",
            ".test-media/",
        ],
    },
    js.configs.recommended,
    {
        files: ["static/js/**/*.js"],
        languageOptions: {
            ecmaVersion: 2020,
            sourceType: "script",
            globals: globals.browser,
        },
    },
    {
        files: ["eslint.config.js"],
        languageOptions: { sourceType: "commonjs", globals: globals.node },
    },
];
