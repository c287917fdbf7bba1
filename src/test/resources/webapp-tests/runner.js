// A very small test runner for the browser modules: test(name, fn) registers,
// assertions throw, run() reports every test as {suite, name, ok, message}.

const registered = [];
let currentSuite = '';

export function suite(name) {
    currentSuite = name;
}

export function test(name, fn) {
    registered.push({ suite: currentSuite, name, fn });
}

/** Plain values compared by content (objects regardless of key order). */
function canonical(value) {
    if (Array.isArray(value)) {
        return value.map(canonical);
    }
    if (value && typeof value === 'object') {
        return Object.fromEntries(Object.keys(value).sort().map((key) => [key, canonical(value[key])]));
    }
    return value;
}

export function assertEqual(actual, expected, what = '') {
    const a = JSON.stringify(canonical(actual));
    const e = JSON.stringify(canonical(expected));
    if (a !== e) {
        throw new Error(`${what ? `${what}: ` : ''}expected ${e} but was ${a}`);
    }
}

export function assertMatch(actual, pattern, what = '') {
    if (typeof actual !== 'string' || !pattern.test(actual)) {
        throw new Error(`${what ? `${what}: ` : ''}expected something matching ${pattern} but was ${JSON.stringify(actual)}`);
    }
}

export async function run() {
    const results = [];
    for (const { suite: name, name: testName, fn } of registered) {
        try {
            await fn();
            results.push({ suite: name, name: testName, ok: true, message: '' });
        } catch (e) {
            results.push({ suite: name, name: testName, ok: false, message: String(e && e.stack ? e.stack : e) });
        }
    }
    return results;
}
