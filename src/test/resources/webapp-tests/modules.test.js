// Every module of the browser app loads on its own, under the server's
// Content-Security-Policy, without touching the page. They are loaded here,
// before any test has put an element on this page, which has none of the
// app's: a module that reached for one while loading would fail.

import { assertEqual, test } from './runner.js';

const manifest = await (await fetch('manifest.json')).json();

const loaded = new Map();
for (const module of manifest.modules) {
    try {
        loaded.set(module, { exports: await import(`../js/${module}`) });
    } catch (e) {
        loaded.set(module, { error: e });
    }
}

for (const [module, outcome] of loaded) {
    test(`${module} loads without touching the page`, () => {
        if (outcome.error) {
            throw outcome.error;
        }
        assertEqual(Object.keys(outcome.exports).length > 0, true, `${module} exports something`);
    });
}

test('the app has modules to load', () => {
    assertEqual(['state.js', 'events.js', 'live.js', 'room.js'].every((module) => loaded.has(module)), true);
});
