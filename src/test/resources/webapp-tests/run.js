// Loads every test file the server lists, runs them, and publishes the results
// for the page's reader and for the JUnit test that drives this page:
// window.__results is the JSON of [{suite, name, ok, message}].

import { run, suite, test } from './runner.js';

function publish(results) {
    const list = document.getElementById('results');
    for (const result of results) {
        const item = document.createElement('li');
        item.textContent = `${result.ok ? 'ok' : 'FAILED'} ${result.suite}: ${result.name}${result.ok ? '' : ` — ${result.message}`}`;
        list.append(item);
    }
    const failed = results.filter((result) => !result.ok).length;
    document.getElementById('summary').textContent = `${results.length} tests, ${failed} failed`;
    window.__results = JSON.stringify(results);
}

async function main() {
    const manifest = await (await fetch('manifest.json')).json();
    for (const file of manifest.tests) {
        suite(file);
        try {
            await import(`./${file}`);
        } catch (e) {
            test('loads', () => { throw e; });
        }
    }
    publish(await run());
}

main().catch((e) => publish([{ suite: 'run.js', name: 'runs the tests', ok: false, message: String(e && e.stack ? e.stack : e) }]));
